/**
 * The body of the report: each track with a chart of its municipal values against the targets,
 * each indicator as a table of its criteria (target, value with numerator and denominator,
 * change, status; subjects as sub-rows), and the organisations compared on the track's share
 * criteria — the same selection as the `Сводка` sheet — as a table and a column chart.
 */
import { organizationTitle, SUBJECTS_ROSTER_ONLY } from '../texts/ru/org-reports';
import { partialSubjects } from '../recommend/subjects';
import type { Criterion } from '../criteria';
import type { RunPlan } from '../run-plan';
import { CHART_PALETTE } from '../output/charts';
import { describeBands, describeFigure, formatTarget, STATUS_LABELS } from '../output/present';
import { changeRows, isPercent, shownValue, trackComparisons, type ChangeRow, type TrackComparison } from '../output/summary-figures';
import { MUNICIPALITY_LABEL } from '../history/history';
import type { CriterionResult, Figure, Status } from '../result';
import { trackLabel } from '../texts/ru/summary';
import { changeText } from './dynamics';
import { el, pct, type Content, type Html } from './html';
import { barChart, columnChart, type BarRow } from './svg';
import { table, type Column, type Row } from './table';
import { R } from '../texts/ru/report';

const STATUS_CLASS: Readonly<Record<Status, string | undefined>> = { met: 's-met', below: 's-below', 'no-target': undefined, 'no-data': 's-nd' };

export function tracksSection(plan: RunPlan, heading: string, id: string, number: number): Html {
  const result = plan.result;
  const changes = new Map(changeRows(result, plan.analysis.previous).map((r) => [r.result.criterion.id, r]));
  const comparisons = new Map(trackComparisons(result).map((t) => [t.track, t]));
  const tracks = [...new Set(result.criteria.map((r) => r.criterion.track))];
  const partial = partialSubjects(result);
  return el('section', { id },
    el('h2', null, heading),
    partial.size > 0 ? el('p', { class: 'note' }, R.subjectsRosterOnly(SUBJECTS_ROSTER_ONLY, [...partial].join(', '))) : null,
    tracks.map((track, i) => {
      const criteria = result.criteria.filter((r) => r.criterion.track === track);
      const indicators = [...new Set(criteria.map((r) => r.criterion.indicator))];
      const comparison = comparisons.get(track);
      return el('section', { id: `${id}-${i + 1}` },
        el('h3', null, `${number}.${i + 1}. ${track}`),
        trackChart(track, criteria),
        indicators.map((ind) => [el('h4', null, ind), indicatorTable(criteria.filter((r) => r.criterion.indicator === ind), changes, plan.analysis.previous !== null)]),
        comparison ? comparisonBlock(plan, comparison) : null);
    }));
}

function trackChart(track: string, criteria: readonly CriterionResult[]): Html | null {
  const rows: BarRow[] = [];
  for (const r of criteria) {
    const c = r.criterion;
    const value = shownValue(r.total);
    if (!isPercent(c) || value === null) continue;
    const target = typeof c.target?.value === 'number' ? c.target.value : null;
    rows.push({ label: `${c.id} ${c.shortName}`, value, target, tone: r.total.status === 'met' ? 'met' : r.total.status === 'below' ? 'below' : 'none' });
  }
  if (rows.length === 0) return null;
  const title = R.trackChart(track);
  const l = R.trackChartLegend;
  const item = (cls: string, label: string) => el('li', null, el('i', { class: cls }), label);
  return el('figure', null, el('figcaption', null, title), barChart(title, rows),
    el('ul', { class: 'legend' }, (['met', 'below', 'none'] as const).filter((tone) => rows.some((r) => r.tone === tone)).map((tone) => item(`k-${tone}`, l[tone])),
      rows.some((r) => r.target !== null) ? item('mark', l.target) : null));
}

function indicatorTable(criteria: readonly CriterionResult[], changes: ReadonlyMap<string, ChangeRow>, withChange: boolean): Html {
  const [n, name, target, value, change, status] = R.indicatorHeader;
  const columns: Column[] = [
    { header: n, width: 7 },
    { header: name, width: withChange ? 41 : 50 },
    { header: target, width: 10 },
    { header: value, width: 18, numeric: true },
    ...(withChange ? [{ header: change, width: 10, numeric: true }] : []),
    { header: status, width: withChange ? 14 : 15 },
  ];
  const rows: Row[] = [];
  for (const r of criteria) {
    const c = r.criterion;
    const ch = changes.get(c.id);
    const changeCell = ch ? changeText(ch) : { text: '—', className: null };
    rows.push({ cells: [c.id, c.name, formatTarget(c), figureText(c, r.total), ...(withChange ? [{ content: changeCell.text, className: changeCell.className ?? undefined }] : []), statusCell(r.total)] });
    for (const s of r.bySubject ?? []) {
      rows.push({ className: 'sub', cells: ['', R.ofSubject(s.subject), '', figureText(c, s.total), ...(withChange ? [''] : []), s.total.status === 'no-target' ? '' : statusCell(s.total)] });
    }
  }
  return table(columns, rows);
}

function figureText(c: Criterion, f: Figure): string {
  return f.bands ? describeBands(f) : describeFigure(c, f);
}

function statusCell(f: Figure): { content: Content; className?: string } {
  return { content: STATUS_LABELS[f.status], className: STATUS_CLASS[f.status] };
}

function comparisonBlock(plan: RunPlan, t: TrackComparison): Html {
  const orgs = plan.result.organizations;
  const each = Math.floor((62 / t.criteria.length) * 10) / 10;
  const columns: Column[] = [
    { header: R.comparisonColumns.organization, width: 100 - 8 - each * t.criteria.length },
    { header: R.comparisonColumns.type, width: 8 },
    ...t.criteria.map((r) => ({ header: r.criterion.id, width: each, numeric: true })),
  ];
  const cell = (f: Figure | undefined): Row['cells'][number] => {
    const v = shownValue(f);
    return { content: v === null ? R.noDataMark : pct(v), className: f && v !== null ? STATUS_CLASS[f.status] : 's-nd' };
  };
  const rows: Row[] = orgs.map((o) => ({ cells: [organizationTitle(o), o.type, ...t.criteria.map((r) => cell(r.byOrganization[o.name]))] }));
  rows.push({ className: 'total', cells: [MUNICIPALITY_LABEL, '', ...t.criteria.map((r) => cell(r.total))] });
  const title = R.comparisonChart(trackLabel(t.track));
  const series = t.criteria.map((r) => ({ name: `${r.criterion.id} ${r.criterion.shortName}`, values: [...orgs.map((o) => shownValue(r.byOrganization[o.name])), shownValue(r.total)] }));
  return el('div', { class: 'comparison' },
    el('h4', null, R.comparison),
    el('p', { class: 'note' }, R.comparisonBasis[t.basis]),
    table(columns, rows),
    el('p', { class: 'note' }, R.criteriaList(t.criteria.map((r) => `${r.criterion.id} — ${r.criterion.shortName}`).join('; ')), ' ', R.noDataNote),
    el('figure', null, el('figcaption', null, title), columnChart(title, [...orgs.map((o) => o.name), MUNICIPALITY_LABEL], series),
      el('ul', { class: 'legend' }, series.map((s, i) => el('li', null, el('i', { style: `background:${CHART_PALETTE[i % CHART_PALETTE.length]}` }), s.name)))));
}
