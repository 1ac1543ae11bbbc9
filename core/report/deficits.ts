/**
 * The report's section on what the diagnostics found (seed 001 §7.1: «анализ выявленных
 * дефицитов педагогических работников, прошедших диагностику»): which kinds dominate, where, in
 * which subjects, and the share of people with a deficit and no route; a bar chart of the kinds,
 * the organisations and subjects as tables, the change since the previous period, and where the
 * deficit recommendations are: in «Рекомендации», the municipal ones in the municipal part and a
 * director's on the organisation's own page (deficitRecommendationList writes them there).
 * Present only when the run has deficits.
 */
import { hasData, unrouted, type DeficitFigures } from '../deficits/compute';
import { DEFICIT_SERIES_IDS, DEFICIT_SERIES_KEYS, seriesFigure, seriesLabel } from '../deficits/figures';
import { DEFICIT_KEYS } from '../deficits/kinds';
import type { DeficitRecommendation } from '../deficits/recommend';
import { DEFICIT_MIN_PEOPLE, dominantKind } from '../deficits/sheet';
import { DR, DREPORT, KIND_GENITIVE, KIND_LABELS } from '../texts/ru/deficits';
import { addresseeText } from '../deficits/recommendation-rows';
import { NO_SUBJECT } from '../engine/compute';
import { MUNICIPALITY_LABEL } from '../history/history';
import { roundDisplayed, type Figure } from '../result';
import type { RunPlan } from '../run-plan';
import { el, num, period, type Html } from './html';
import { barChart } from './svg';
import { table, type Column, type Row } from './table';

const TEXT = DREPORT;

function share(f: Figure): string {
  return hasData(f) ? DR.share(f.numerator, f.denominator, num(f.value)) : TEXT.dash;
}

function percent(f: Figure): string {
  return hasData(f) ? TEXT.percent(num(f.value)) : TEXT.dash;
}

const COLUMNS = (first: string): Column[] => [
  { header: first, width: 22 },
  { header: TEXT.columns.diagnosed, width: 9, numeric: true },
  ...DEFICIT_KEYS.map((k): Column => ({ header: KIND_LABELS[k], width: 9, numeric: true })),
  { header: TEXT.columns.risk, width: 8, numeric: true },
  { header: TEXT.columns.routed, width: 9, numeric: true },
  { header: TEXT.columns.unrouted, width: 7, numeric: true },
];

function figureCells(label: string, f: DeficitFigures): Row['cells'] {
  const none = unrouted(f);
  return [label, f.diagnosed.denominator ?? TEXT.dash, ...DEFICIT_KEYS.map((k) => percent(f.kinds[k])), percent(f.risk), percent(f.routed), none === null ? TEXT.dash : String(none)];
}

export function deficitsSection(plan: RunPlan, heading: string, id: string, number: number): Html {
  const d = plan.result.deficits;
  if (!d) return el('section', { id }, el('h2', null, heading), el('p', null, TEXT.none));
  const t = d.total;
  const diagnosed = t.diagnosed.denominator ?? 0;
  const top = dominantKind(t);
  const none = unrouted(t);
  const withData = d.organizations.filter((o) => o.hasColumns && hasData(o.figures.withDeficit));
  const worstOrgs = withData
    .filter((o) => (o.figures.diagnosed.denominator ?? 0) >= (plan.result.minPeople ?? DEFICIT_MIN_PEOPLE) && hasData(o.figures.risk))
    .sort((a, b) => (b.figures.risk.value as number) - (a.figures.risk.value as number))
    .slice(0, 3)
    .map((o) => TEXT.placeRisk(o.name, percent(o.figures.risk)));
  const topSubjects = d.subjects
    .filter((s) => s.subject !== NO_SUBJECT && hasData(s.total.withDeficit) && (s.total.withDeficit.denominator ?? 0) > 0)
    .sort((a, b) => (b.total.withDeficit.denominator ?? 0) - (a.total.withDeficit.denominator ?? 0))
    .slice(0, 3)
    .map((s) => TEXT.subjectShare(s.subject.toLowerCase(), s.total.withDeficit.denominator ?? 0, s.total.diagnosed.denominator ?? 0));

  const lead: Html[] = [el('p', null, TEXT.lead(diagnosed, t.withDeficit.denominator))];
  if (top) lead.push(el('p', null, TEXT.dominant(KIND_GENITIVE[top], share(t.kinds[top]))));
  if (hasData(t.risk)) lead.push(el('p', null, TEXT.risk(share(t.risk))));
  if (none !== null && hasData(t.routed)) lead.push(el('p', null, TEXT.routes(none, share(t.routed))));
  if (topSubjects.length > 0) lead.push(el('p', null, TEXT.subjectsTop(topSubjects.join(', '))));
  if (worstOrgs.length > 0) lead.push(el('p', null, TEXT.placesTop(worstOrgs.join(', '))));

  const bars = [...DEFICIT_KEYS, 'risk' as const]
    .map((k) => ({ k, f: seriesFigure(t, k) }))
    .filter((x) => hasData(x.f))
    .map((x) => ({ label: seriesLabel(x.k), value: roundDisplayed(x.f.value as number), target: null, tone: 'none' as const }));

  const orgRows: Row[] = d.organizations.map((o) =>
    o.hasColumns ? { cells: figureCells(o.name, o.figures) } : { cells: [o.name, TEXT.noData, ...Array.from({ length: DEFICIT_KEYS.length + 3 }, () => TEXT.dash)] },
  );
  orgRows.push({ cells: figureCells(MUNICIPALITY_LABEL, t), className: 'total' });
  const subjectRows: Row[] = d.subjects.map((s) => ({ cells: figureCells(s.subject, s.total) }));

  const previous = plan.analysis.previous;
  const dynamics: Row[] = [];
  if (previous) {
    for (const k of DEFICIT_SERIES_KEYS) {
      const before = previous.total.get(DEFICIT_SERIES_IDS[k]);
      const now = seriesFigure(t, k);
      if (!before || typeof before.value !== 'number' || !hasData(now)) continue;
      const change = roundDisplayed(roundDisplayed(now.value) - roundDisplayed(before.value));
      const better = change === 0 ? null : k === 'routed' ? change > 0 : change < 0;
      dynamics.push({ cells: [seriesLabel(k), TEXT.percent(num(before.value)), TEXT.percent(num(now.value)), { content: TEXT.change(change > 0 ? '▲ +' : change < 0 ? '▼ ' : '= ', num(change)), className: better === null ? undefined : better ? 'better' : 'worse' }] });
    }
  }

  const recs = plan.analysis.deficitRecommendations;
  return el('section', { id },
    el('h2', null, heading),
    lead,
    bars.length > 0 ? barChart(TEXT.chart, bars) : null,
    el('h3', null, `${number}.1. ${TEXT.byOrganization}`),
    table(COLUMNS(TEXT.columns.organization), orgRows),
    subjectRows.length > 0 ? [el('h3', null, `${number}.2. ${TEXT.bySubject}`), table(COLUMNS(TEXT.columns.subject), subjectRows)] : null,
    dynamics.length > 0 && previous
      ? [el('h3', null, `${number}.3. ${TEXT.dynamics(period(previous.period))}`), table([{ header: TEXT.dynamicsColumns[0], width: 46 }, { header: TEXT.dynamicsColumns[1], width: 18, numeric: true }, { header: TEXT.dynamicsColumns[2], width: 18, numeric: true }, { header: TEXT.dynamicsColumns[3], width: 18, numeric: true }], dynamics)]
      : null,
    recs.length > 0 ? [el('h3', null, `${number}.4. ${TEXT.recommendations}`), el('p', null, TEXT.recommendationsWhere)] : null);
}

export const DEFICITS_SECTION_TITLE = TEXT.heading;

/** Deficit recommendations as a list, each led by its addressee («Руководитель ОО», «… (математика)»). */
export function deficitRecommendationList(recs: readonly DeficitRecommendation[]): Html {
  return el('ol', { class: 'deficit-recs' }, recs.map((r) => el('li', null, el('b', null, `${addresseeText(r)}: `), r.thin ? el('span', { class: 'note' }, `(${DR.thinKind}) `) : null, r.text)));
}
