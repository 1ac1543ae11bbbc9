/**
 * `Сводка` (issue 8): the run on one screen for methodologists who would rather look than read —
 * key figures, each criterion with a numeric target against its target (with a bar chart), per
 * track the organisations compared on a few share criteria (with a column chart), and the change
 * since the previous period. Charts are ChartSpecs over the tables' own cells; each host draws
 * them natively, and room is left under every table so a chart never covers one. Aggregates only.
 */
import { organizationTitle } from '../texts/ru/org-reports';
import type { Criterion } from '../criteria';
import type { Analysis } from '../recommend/index';
import { MUNICIPALITY_LABEL } from '../history/history';
import { SHEET } from '../read/workbook';
import { roundDisplayed, type ComputeResult, type Figure } from '../result';
import { chartSpec, rowsFor, type ChartSpec } from './charts';
import { coverageOf, coverageSentence } from './coverage';
import { changeCell } from './indicators-sheet';
import { STATUS_LABELS, UNIT_FORMAT } from './present';
import { changeRows, isPercent, keyFigures, MAX_COMPARED, shownValue, targetRows, trackComparisons, type TrackComparison } from './summary-figures';
import { FORMAT, SheetBuilder, type Cell, type OutputSheet, type Tone } from './table';
import { S } from '../texts/ru/summary';
import { NO, YES } from '../texts/ru/workbook';
import { deficitSummaryBlock } from '../deficits/summary-block';

export const SUMMARY_WIDTHS: readonly number[] = [64, 340, ...Array.from({ length: MAX_COMPARED }, () => 124)];
/** A share as the sheet shows it: 85,3 %. */
export const PERCENT_FORMAT = UNIT_FORMAT.percent;
const TARGET_OPS = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;

export function buildSummarySheet(result: ComputeResult, analysis: Analysis): OutputSheet {
  const b = new SheetBuilder(SHEET.summary, SUMMARY_WIDTHS);
  const charts: ChartSpec[] = [];
  b.row([S.title(result.preset.title)], 'title');
  b.row([S.subtitle(result.period, result.referenceDate, result.preset.id, analysis.previous?.period ?? null)], 'muted');
  b.row([]);
  keyFigureRows(b, result, analysis);
  const coverage = coverageOf(result);
  if (coverage.noData > 0) {
    b.note(coverageSentence(coverage), coverage.mostMissing ? 'warning' : 'muted');
    b.row([]);
  }
  // Each table with its chart on a printed page of its own: a chart is never cut by a page.
  b.pageBreak();
  targetTable(b, result, charts);
  trackComparisons(result).forEach((t, i) => {
    b.pageBreak();
    trackTable(b, result, t, i + 1, charts);
  });
  const beforeDeficits = b.rowCount;
  deficitSummaryBlock(b, result, charts);
  if (b.rowCount > beforeDeficits) b.pageBreakAt(beforeDeficits);
  b.pageBreak();
  changeTable(b, result, analysis);
  return { ...b.build({ frozenRows: 0, frozenColumns: 0, wrapColumns: [1] }), charts };
}

function keyFigureRows(b: SheetBuilder, result: ComputeResult, analysis: Analysis): void {
  const k = keyFigures(result, analysis);
  b.row([S.keyTitle], 'track');
  b.row(['', S.keyHeader[0], S.keyHeader[1]], 'header');
  const line = (label: string, value: number, tone: Tone | null = null) => b.row(['', label, { value, format: FORMAT.integer, tone }]);
  line(S.organizations, k.organizations);
  for (const [type, n] of Object.entries(k.byType)) if (n > 0) line(S.ofType(type), n);
  line(S.staff, k.staff);
  line(S.criteria, k.criteria);
  line(S.status.met, k.statuses.met, 'met');
  line(S.status.below, k.statuses.below, k.statuses.below > 0 ? 'below' : null);
  line(S.status.noTarget, k.statuses['no-target']);
  line(S.status.noData, k.statuses['no-data'], k.statuses['no-data'] > 0 ? 'no-data' : null);
  k.priorities.forEach((n, i) => line(S.priority(i + 1), n, i === 0 && n > 0 ? 'below' : i === 1 && n > 0 ? 'warning' : null));
  line(S.practices, k.practices, k.practices > 0 ? 'met' : null);
  line(S.decisions, k.decisions);
  line(S.issues.error, k.issues.error, k.issues.error > 0 ? 'error' : null);
  line(S.issues.warning, k.issues.warning, k.issues.warning > 0 ? 'warning' : null);
  line(S.issues.info, k.issues.info);
  if (k.change) {
    line(S.better(k.change.period), k.change.better, k.change.better > 0 ? 'met' : null);
    line(S.worse(k.change.period), k.change.worse, k.change.worse > 0 ? 'below' : null);
    line(S.same(k.change.period), k.change.same);
  }
  b.row([]);
}

function targetTable(b: SheetBuilder, result: ComputeResult, charts: ChartSpec[]): void {
  const rows = targetRows(result);
  b.row([S.targetTitle], 'track');
  if (rows.length === 0) {
    b.row(['', S.noTargets], 'info');
    b.row([]);
    return;
  }
  const headerRow = b.rowCount;
  b.row([...S.targetHeader], 'header');
  for (const r of rows) {
    const c = r.result.criterion;
    const op = TARGET_OPS[c.target!.op];
    b.row([
      c.id,
      c.shortName,
      { value: r.value, format: valueFormat(c), tone: toneOf(r.result.total) },
      { value: r.target, format: `"${op} "${Number.isInteger(r.target) ? '0' : '0.0'}${isPercent(c) ? '" %"' : ''}` },
      { value: STATUS_LABELS[r.result.total.status], tone: toneOf(r.result.total) },
    ]);
  }
  const percentRows = rows.filter((r) => isPercent(r.result.criterion)).length;
  b.row(['', S.targetNote], 'muted');
  b.row([]);
  if (percentRows === 0) return;
  const height = Math.min(640, Math.max(220, 80 + percentRows * 34));
  charts.push(
    chartSpec({
      id: 'summary-targets',
      kind: 'bar',
      title: S.targetChart,
      headerRow,
      rowCount: percentRows,
      labelColumn: 1,
      series: [S.targetHeader[2]],
      target: { name: S.targetHeader[3], style: 'bar' },
      anchor: { row: b.rowCount, column: 0 },
      size: { width: 760, height },
      axes: { category: { title: S.criterionAxis }, value: { title: S.percentAxis, min: 0, max: 100 } },
      valueFormat: FORMAT.integer,
    }),
  );
  for (let i = rowsFor(height); i > 0; i--) b.row([]);
}

function trackTable(b: SheetBuilder, result: ComputeResult, t: TrackComparison, index: number, charts: ChartSpec[]): void {
  b.row([S.trackTitle(t.track)], 'track');
  b.row(['', S.trackBasis[t.basis]], 'muted');
  const headerRow = b.rowCount;
  const names = t.criteria.map((r) => `${r.criterion.id} ${r.criterion.shortName}`);
  b.row([S.typeHeader, S.orgHeader, ...names], 'header');
  for (const o of result.organizations) {
    b.row([o.type, organizationTitle(o), ...t.criteria.map((r) => valueCell(r.criterion, r.byOrganization[o.name]))]);
  }
  b.row([{ value: '', tone: 'indicator' }, { value: MUNICIPALITY_LABEL, tone: 'indicator' }, ...t.criteria.map((r) => valueCell(r.criterion, r.total))]);
  b.row(['', S.emptyMeansNoData], 'muted');
  b.row([]);
  const groups = result.organizations.length + 1;
  const width = Math.min(1100, Math.max(640, 160 + groups * (t.criteria.length * 10 + 24)));
  const height = 340;
  charts.push(
    chartSpec({
      id: `summary-track-${index}`,
      kind: 'column',
      title: S.trackChart(t.track),
      headerRow,
      rowCount: groups,
      labelColumn: 1,
      series: names,
      anchor: { row: b.rowCount, column: 0 },
      size: { width, height },
      axes: { category: { title: S.orgAxis }, value: { title: S.percentAxis, min: 0, max: 100 } },
      valueFormat: FORMAT.integer,
    }),
  );
  for (let i = rowsFor(height); i > 0; i--) b.row([]);
}

function changeTable(b: SheetBuilder, result: ComputeResult, analysis: Analysis): void {
  b.row([S.changeTitle], 'track');
  const previous = analysis.previous;
  if (!previous) {
    b.row(['', S.noPrevious], 'info');
    return;
  }
  b.row([S.changeHeader[0], S.changeHeader[1], S.periodHeader(previous.period), S.periodHeader(result.period), S.changeHeader[2]], 'header');
  const rows = changeRows(result, previous);
  if (rows.length === 0) b.row(['', S.nothingToCompare], 'info');
  for (const r of rows) {
    const c = r.result.criterion;
    b.row([c.id, c.shortName, plainCell(c, r.before.value), plainCell(c, r.result.total.value), changeCell(c, r.result.total, r.before)]);
  }
}

function valueFormat(c: Criterion): string {
  return isPercent(c) ? PERCENT_FORMAT : c.kind === 'count' ? UNIT_FORMAT.people : FORMAT.decimal1;
}

function plainCell(c: Criterion, value: number | boolean | null): Cell {
  if (typeof value === 'boolean') return value ? YES : NO;
  return { value: value === null || c.kind === 'count' ? value : roundDisplayed(value), format: valueFormat(c) };
}

/** A value for a chart: the displayed number, or an empty cell (never text a chart would plot as 0). */
function valueCell(c: Criterion, f: Figure | undefined): Cell {
  const value = shownValue(f);
  const tone: Tone | null = !f ? 'muted' : value === null ? (f.reason === 'not-applicable' ? 'muted' : 'no-data') : toneOf(f);
  return { value, format: valueFormat(c), tone };
}

function toneOf(f: Figure): Tone | null {
  return f.status === 'met' ? 'met' : f.status === 'below' ? 'below' : f.status === 'no-data' ? 'no-data' : null;
}
