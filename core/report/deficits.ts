/**
 * The report's section on what the diagnostics found (seed 001 §7.1: «анализ выявленных
 * дефицитов педагогических работников, прошедших диагностику»): which kinds dominate, where, in
 * which subjects, and the share of people with a deficit and no route; a bar chart of the kinds,
 * the organisations and subjects as tables, the change since the previous period, and the
 * deficit recommendations. Present only when the run has deficits.
 */
import { hasData, unrouted, type DeficitFigures } from '../deficits/compute';
import { DEFICIT_SERIES_IDS, DEFICIT_SERIES_KEYS, seriesFigure, seriesLabel } from '../deficits/figures';
import { DEFICIT_KEYS } from '../deficits/kinds';
import { ADDRESSEE_LABELS, type DeficitRecommendation } from '../deficits/recommend';
import { dominantKind } from '../deficits/sheet';
import { KIND_GENITIVE, KIND_LABELS } from '../deficits/texts';
import { NO_SUBJECT } from '../engine/compute';
import { MUNICIPALITY_LABEL } from '../history/history';
import { plural } from '../messages';
import { roundDisplayed, type Figure } from '../result';
import type { RunPlan } from '../run-plan';
import { el, num, period, type Html } from './html';
import { barChart } from './svg';
import { table, type Column, type Row } from './table';

const TEXT = {
  heading: 'Профессиональные дефициты по результатам диагностики',
  none: 'Прошедших региональную диагностику педагогов с данными о дефицитах нет.',
  lead: (diagnosed: number, withDeficit: number | null) =>
    `Региональную диагностику прошли ${diagnosed} ${plural(diagnosed, 'педагогический работник', 'педагогических работника', 'педагогических работников')}` +
    (withDeficit === null ? '.' : `; хотя бы один профессиональный дефицит выявлен у ${withDeficit}.`),
  dominant: (kind: string, value: string) => `Преобладают дефициты ${kind} компетенций (${value} прошедших диагностику).`,
  risk: (value: string) => `В зоне риска (два дефицита и более) — ${value}.`,
  routes: (none: number, share: string) =>
    `Маршрут (ИОМ ЦНППМ или ИППР) есть у ${share} имеющих дефицит; без маршрута — ${none} ${plural(none, 'человек', 'человека', 'человек')}.`,
  chart: 'Доля педагогов с дефицитом, % от прошедших региональную диагностику',
  byOrganization: 'По организациям',
  bySubject: 'По предметам',
  dynamics: (previous: string) => `Динамика к периоду ${previous}`,
  recommendations: 'Рекомендации по итогам анализа дефицитов',
  noColumns: 'нет данных',
  subjectsTop: (list: string) => `Больше всего педагогов с дефицитами среди прошедших диагностику — по предметам: ${list}.`,
  placesTop: (list: string) => `Наибольшая доля дефицитов — в организациях: ${list}.`,
} as const;

function share(f: Figure): string {
  return hasData(f) ? `${f.numerator} из ${f.denominator} (${num(f.value)} %)` : '—';
}

function percent(f: Figure): string {
  return hasData(f) ? `${num(f.value)} %` : '—';
}

const COLUMNS = (first: string): Column[] => [
  { header: first, width: 22 },
  { header: 'Прошли диагностику', width: 9, numeric: true },
  ...DEFICIT_KEYS.map((k): Column => ({ header: KIND_LABELS[k], width: 9, numeric: true })),
  { header: 'Зона риска', width: 8, numeric: true },
  { header: 'С маршрутом', width: 9, numeric: true },
  { header: 'Без маршрута, чел.', width: 7, numeric: true },
];

function figureCells(label: string, f: DeficitFigures): Row['cells'] {
  const none = unrouted(f);
  return [label, f.diagnosed.denominator ?? '—', ...DEFICIT_KEYS.map((k) => percent(f.kinds[k])), percent(f.risk), percent(f.routed), none === null ? '—' : String(none)];
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
    .filter((o) => (o.figures.diagnosed.denominator ?? 0) >= 5 && hasData(o.figures.risk))
    .sort((a, b) => (b.figures.risk.value as number) - (a.figures.risk.value as number))
    .slice(0, 3)
    .map((o) => `${o.name} (зона риска ${percent(o.figures.risk)})`);
  const topSubjects = d.subjects
    .filter((s) => s.subject !== NO_SUBJECT && hasData(s.total.withDeficit) && (s.total.withDeficit.denominator ?? 0) > 0)
    .sort((a, b) => (b.total.withDeficit.denominator ?? 0) - (a.total.withDeficit.denominator ?? 0))
    .slice(0, 3)
    .map((s) => `${s.subject.toLowerCase()} (${s.total.withDeficit.denominator} из ${s.total.diagnosed.denominator})`);

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
    o.hasColumns ? { cells: figureCells(o.name, o.figures) } : { cells: [o.name, TEXT.noColumns, ...Array.from({ length: DEFICIT_KEYS.length + 3 }, () => '—')] },
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
      dynamics.push({ cells: [seriesLabel(k), `${num(before.value)} %`, `${num(now.value)} %`, { content: `${change > 0 ? '▲ +' : change < 0 ? '▼ ' : '= '}${num(change)} п.п.`, className: better === null ? undefined : better ? 'better' : 'worse' }] });
    }
  }

  const recs = plan.analysis.deficitRecommendations;
  return el('section', { id },
    el('h2', null, heading),
    lead,
    bars.length > 0 ? barChart(TEXT.chart, bars) : null,
    el('h3', null, `${number}.1. ${TEXT.byOrganization}`),
    table(COLUMNS('Организация'), orgRows),
    subjectRows.length > 0 ? [el('h3', null, `${number}.2. ${TEXT.bySubject}`), table(COLUMNS('Предмет'), subjectRows)] : null,
    dynamics.length > 0 && previous
      ? [el('h3', null, `${number}.3. ${TEXT.dynamics(period(previous.period))}`), table([{ header: 'Показатель', width: 46 }, { header: 'Было', width: 18, numeric: true }, { header: 'Стало', width: 18, numeric: true }, { header: 'Изменение', width: 18, numeric: true }], dynamics)]
      : null,
    recs.length > 0
      ? [el('h3', null, `${number}.4. ${TEXT.recommendations}`), el('ol', null, recs.map((r) => el('li', null, el('b', null, `${addresseeOf(r)}: `), r.text)))]
      : null);
}

export const DEFICITS_SECTION_TITLE = TEXT.heading;

function addresseeOf(r: DeficitRecommendation): string {
  if (r.organization !== null) return `${ADDRESSEE_LABELS[r.addressee]} (${r.organization})`;
  if (r.subject !== null) return `${ADDRESSEE_LABELS[r.addressee]} (${r.subject.toLowerCase()})`;
  return ADDRESSEE_LABELS[r.addressee];
}
