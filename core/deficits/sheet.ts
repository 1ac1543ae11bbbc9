/**
 * The «Дефициты» output sheet (workbook.md §4), written only when some roster has a «Дефицит: …»
 * column: per organisation, per subject, and per organisation and subject, the diagnosed, each
 * kind of deficit (people and share), two or more («зона риска»), those with a deficit and how many
 * of them have a route; the municipality as the ratio of sums. The largest gaps against the
 * municipality are shown red, thin figures grey, and the last block compares the municipal figures
 * with the previous period from «История». Figures only, never a name.
 */
import { MUNICIPALITY_LABEL } from '../history/history';
import type { Analysis } from '../recommend/index';
import { MIN_POPULATION_FOR_COMPARISON } from '../recommend/rules';
import { roundDisplayed, type ComputeResult, type Figure } from '../result';
import { formatNumber } from '../output/present';
/** A share as the sheets show it: 85,3 %. */
const PERCENT_FORMAT = '0.0" %"';
import { FORMAT, SheetBuilder, type Cell, type OutputSheet, type Tone } from '../output/table';
import { SHEET } from '../read/workbook';
import { hasData, unrouted, type DeficitFigures, type DeficitResult } from './compute';
import { DEFICIT_SERIES_IDS, DEFICIT_SERIES_KEYS, seriesFigure, seriesLabel } from './figures';
import { DEFICIT_KEYS, type DeficitKey } from './kinds';
import { D, KIND_LABELS } from '../texts/ru/deficits';

/**
 * The default of «Минимум человек для вывода» (workbook.md §5): fewer diagnosed people than the
 * setting, and shares are shown but never highlighted («мало данных»).
 */
export const DEFICIT_MIN_PEOPLE = MIN_POPULATION_FOR_COMPARISON;

const WIDTHS: readonly number[] = [260, 60, 100, ...DEFICIT_KEYS.flatMap(() => [90, 80]), 100, 80, 90, 110, 110, 90];

export function header(first: string, second: string): string[] {
  return [
    first,
    second,
    D.diagnosedHeader,
    ...DEFICIT_KEYS.flatMap((k) => [D.kindCount(KIND_LABELS[k]), D.kindShare(KIND_LABELS[k])]),
    D.riskCount,
    D.riskShare,
    D.withDeficitHeader,
    D.routedCount,
    D.routedShare,
    D.unroutedHeader,
  ];
}

/** How a share cell of an organisation or subject compares with the municipality. */
export type Gap = 'above' | 'below' | null;

/**
 * The gap rule of the sheet and of the recommendations: a deficit share at least `threshold` p.p.
 * above the municipal one, or a route share at least `threshold` p.p. below it, on values as
 * displayed, when at least `minPeople` («Минимум человек для вывода») stand behind the share.
 */
export function isGap(f: Figure, municipal: Figure, threshold: number, routes: boolean, minPeople: number = DEFICIT_MIN_PEOPLE): boolean {
  if (!hasData(f) || !hasData(municipal) || f.denominator < minPeople) return false;
  const diff = roundDisplayed(f.value) - roundDisplayed(municipal.value);
  return roundDisplayed(routes ? -diff : diff) >= threshold;
}

export function buildDeficitsSheet(result: ComputeResult, analysis: Analysis): OutputSheet | null {
  const deficits = result.deficits;
  if (!deficits) return null;
  const b = new SheetBuilder(SHEET.deficits, WIDTHS);
  const threshold = result.attentionThreshold;
  const minPeople = result.minPeople ?? DEFICIT_MIN_PEOPLE;
  const figureRow = (label: string, second: string | number, f: DeficitFigures, municipal: DeficitFigures) => figureCells(label, second, f, municipal, threshold, minPeople);
  b.row([D.sheetTitle(result.period)], 'title');
  b.row([D.sheetNote(formatNumber(threshold), minPeople)], 'muted');
  b.row([]);

  b.row([D.byOrganization], 'track');
  b.row(header(D.orgHeader, D.typeHeader), 'header');
  for (const o of deficits.organizations) {
    if (!o.hasColumns) {
      b.row([o.name, o.type, { value: D.noColumns, tone: 'no-data' }]);
      continue;
    }
    b.row(figureRow(o.name, o.type, o.figures, deficits.total));
  }
  b.row(totalRow(MUNICIPALITY_LABEL, '', deficits));
  b.row([]);

  b.row([D.bySubject], 'track');
  b.row(header(D.subjectHeader, D.orgCountHeader), 'header');
  for (const s of deficits.subjects) b.row(figureRow(s.subject, Object.keys(s.byOrganization).length, s.total, deficits.total));
  b.row([]);

  b.row([D.byOrganizationSubject], 'track');
  b.row(header(D.subjectHeader, ''), 'header');
  for (const o of deficits.organizations) {
    const subjects = deficits.subjects.filter((s) => s.byOrganization[o.name] !== undefined);
    if (subjects.length === 0) continue;
    b.row([{ value: o.name, tone: 'indicator' }, ...Array.from({ length: WIDTHS.length - 1 }, (): Cell => ({ value: null, tone: 'indicator' }))]);
    // Within an organisation a subject is compared with the same subject across the municipality.
    for (const s of subjects) b.row(figureRow(s.subject, '', s.byOrganization[o.name]!, s.total));
  }
  b.row([]);

  dynamicsBlock(b, deficits, analysis);
  return b.build({ frozenRows: 0, frozenColumns: 1, wrapColumns: [0] });
}

function figureCells(label: string, second: string | number, f: DeficitFigures, municipal: DeficitFigures, threshold: number, minPeople: number): Cell[] {
  const thin = !hasData(f.diagnosed) || f.diagnosed.denominator < minPeople;
  const share = (x: Figure, m: Figure, routes: boolean): Cell => {
    const tone: Tone | null = !hasData(x) ? 'no-data' : thin ? 'muted' : isGap(x, m, threshold, routes, minPeople) ? 'below' : null;
    return { value: hasData(x) ? roundDisplayed(x.value) : null, format: PERCENT_FORMAT, tone };
  };
  return [
    label,
    second,
    count(f.diagnosed.denominator),
    ...DEFICIT_KEYS.flatMap((k) => [count(f.kinds[k].numerator), share(f.kinds[k], municipal.kinds[k], false)]),
    count(f.risk.numerator),
    share(f.risk, municipal.risk, false),
    count(f.withDeficit.denominator),
    count(f.routed.numerator),
    share(f.routed, municipal.routed, true),
    count(unrouted(f)),
  ];
}

/** The municipal row: the dominant kind (largest share) is marked, the rest plain. */
function totalRow(label: string, second: string, deficits: DeficitResult): Cell[] {
  const t = deficits.total;
  const top = dominantKind(t);
  const tone = (k: DeficitKey): Tone => (k === top ? 'warning' : 'indicator');
  const shareCell = (f: Figure, cellTone: Tone): Cell => ({ value: hasData(f) ? roundDisplayed(f.value) : null, format: PERCENT_FORMAT, tone: hasData(f) ? cellTone : 'no-data' });
  const countCell = (n: number | null): Cell => ({ value: n, format: FORMAT.integer, tone: 'indicator' });
  return [
    { value: label, tone: 'indicator' },
    { value: second, tone: 'indicator' },
    countCell(t.diagnosed.denominator),
    ...DEFICIT_KEYS.flatMap((k) => [countCell(t.kinds[k].numerator), shareCell(t.kinds[k], tone(k))]),
    countCell(t.risk.numerator),
    shareCell(t.risk, 'indicator'),
    countCell(t.withDeficit.denominator),
    countCell(t.routed.numerator),
    shareCell(t.routed, 'indicator'),
    countCell(unrouted(t)),
  ];
}

/** The kind with the largest share (the first of equal ones), or null when none has data or any people. */
export function dominantKind(f: DeficitFigures): DeficitKey | null {
  let best: DeficitKey | null = null;
  for (const k of DEFICIT_KEYS) {
    const x = f.kinds[k];
    if (!hasData(x) || x.numerator === 0) continue;
    if (best === null || roundDisplayed(x.value) > roundDisplayed((f.kinds[best] as { value: number }).value)) best = k;
  }
  return best;
}

function count(n: number | null): Cell {
  return { value: n, format: FORMAT.integer };
}

function dynamicsBlock(b: SheetBuilder, deficits: DeficitResult, analysis: Analysis): void {
  const previous = analysis.previous;
  const before = previous ? DEFICIT_SERIES_KEYS.map((k) => previous.total.get(DEFICIT_SERIES_IDS[k])) : [];
  if (!previous || before.every((f) => f === undefined)) {
    b.row([D.dynamics(previous?.period ?? '—')], 'track');
    b.row([D.noPrevious], 'info');
    return;
  }
  b.row([D.dynamics(previous.period)], 'track');
  const h = D.dynamicsHeader;
  b.row([h[0], '', h[1], h[2], h[3]], 'header');
  DEFICIT_SERIES_KEYS.forEach((k, i) => {
    const now = seriesFigure(deficits.total, k);
    const then = before[i];
    const thenValue = typeof then?.value === 'number' ? roundDisplayed(then.value) : null;
    const nowValue = hasData(now) ? roundDisplayed(now.value) : null;
    const change = thenValue !== null && nowValue !== null ? roundDisplayed(nowValue - thenValue) : null;
    // Fewer deficits is better; more routes is better.
    const better = change === null || change === 0 ? null : k === 'routed' ? change > 0 : change < 0;
    b.row([
      k === 'risk' ? D.riskLabel : k === 'routed' ? D.routedLabel : seriesLabel(k),
      '',
      { value: thenValue, format: PERCENT_FORMAT },
      { value: nowValue, format: PERCENT_FORMAT },
      { value: change, format: '+0.0;-0.0;0.0', tone: better === null ? null : better ? 'met' : 'below' },
    ]);
  });
}

/**
 * A «Дефициты» the program wrote in an earlier run, when this run has no deficit columns: its old
 * figures would pass for current ones, so the sheet is rewritten to say why it is empty.
 */
export function staleDeficitsSheet(result: ComputeResult, existing: readonly string[], created: ReadonlySet<string>): OutputSheet | null {
  if (result.deficits || !created.has(SHEET.deficits) || !existing.includes(SHEET.deficits)) return null;
  const b = new SheetBuilder(SHEET.deficits, WIDTHS);
  b.row([D.sheetTitle(result.period)], 'title');
  b.row([D.stale], 'info');
  return b.build({ frozenRows: 0, frozenColumns: 0, wrapColumns: [] });
}
