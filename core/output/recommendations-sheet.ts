/**
 * `Рекомендации` (issue 17): one table a methodologist can filter, laid out as pages to hand
 * over as they are. Under one frozen header (repeated on every printed page): the municipal page
 * first — the management decisions and the recommendations to the municipal methodological service
 * and the education department — then one page per organisation with its own recommendations,
 * its successful practices and what it has done since last period. Every row still names its
 * organisation, so the filter works across pages. Further sections (deficits, measures) plug in
 * through recommendations-sections.ts. Figures only, never a name.
 */
import { MEASURE_TEXT } from '../texts/ru/measures';
import { DR } from '../texts/ru/deficits';
import { deficitRecommendationsByOrganization } from '../deficits/recommendation-rows';
import { organizationTitle } from '../texts/ru/org-reports';
import type { Analysis } from '../recommend/index';
import type { DoneRecommendation } from '../recommend/follow-up';
import { gapWithUnit, organizationLabel, recommendationKey, type Recommendation, type RecommendationKind } from '../recommend/rules';
import { plural } from '../texts/ru/plural';
import { SHEET } from '../read/workbook';
import type { ComputeResult } from '../result';
import { allClearOr, coverageOf, coverageSentence } from './coverage';
import { formatNumber } from './present';
import { RECOMMENDATION_SECTIONS, type SectionContext } from './recommendations-sections';
import { SheetBuilder, type OutputSheet, type Tone } from './table';

export const KIND_LABELS: Readonly<Record<RecommendationKind, string>> = {
  'below-target': 'ниже цели',
  missing: 'не выполнено',
  attention: 'зона внимания',
  success: 'успешная практика',
};

/** The recommendations table's columns; «Мероприятия» lines up with them (core/measures/template.ts). */
export const RECOMMENDATIONS_HEADER = ['Приоритет', 'Организация', 'Адресат', 'Критерий', 'Наименование', 'Вид', 'Значение', 'Цель', 'Разрыв', 'Рекомендация', 'Статус'] as const;
export const RECOMMENDATIONS_WIDTHS: readonly number[] = [86, 140, 146, 76, 170, 96, 118, 90, 76, 430, 84];
/** Column of the recommendation text (the widest), for sections that write one long line. */
export const TEXT_COLUMN = 9;
export const DECISION_KIND = 'управленческое решение';
export const THIN_MARK = 'мало данных';
export const MUNICIPAL_DECISION_ADDRESSEE = 'Управление образования; МКУ ИМЦ';
export const RECOMMENDATION_HEADER: readonly string[] = RECOMMENDATIONS_HEADER;

function toneOf(r: Recommendation): Tone | null {
  if (r.kind === 'success') return 'met';
  return r.priority === 1 ? 'below' : r.priority === 2 ? 'warning' : null;
}

export function buildRecommendationsSheet(result: ComputeResult, analysis: Analysis): OutputSheet {
  const b = new SheetBuilder(SHEET.recommendations, RECOMMENDATIONS_WIDTHS);
  const recs = analysis.recommendations;
  // Every list the pages need, grouped by organisation once (1,200 pages would each filter all
  // 10,000 recommendations otherwise); each keeps the order of the list it comes from.
  const own = groupBy(recs, (r) => r.organization);
  const done = groupBy(analysis.followUp?.done ?? [], (d) => d.organization);
  const deficits = deficitRecommendationsByOrganization(analysis.deficitRecommendations);
  const repeated = analysis.followUp?.repeated ?? new Set<string>();
  const priorities = priorityCounts(recs);
  const practices = recs.filter((r) => r.kind === 'success').length;
  const minPeople = result.minPeople ?? 5;
  b.row([`Адресные рекомендации и управленческие решения: ${result.preset.title}, период ${result.period}`], 'title');
  b.note(
    `Рекомендаций: ${recs.length} (приоритет 1 — ${priorities[1]}, приоритет 2 — ${priorities[2]}, приоритет 3 — ${priorities[3]}; успешных практик — ${practices}). ` +
      `Зона внимания и успешная практика — отклонение от среднего по муниципалитету не менее чем на ${formatNumber(result.attentionThreshold)} п.п. ` +
      `«${THIN_MARK}» — в расчёте меньше ${minPeople} ${plural(minPeople, 'человека', 'человек', 'человек')}: такой вывод предварительный и не бывает приоритетом 1. ` +
      'Каждая организация — на отдельной странице при печати.',
    'muted',
  );
  const coverage = coverageOf(result);
  if (coverage.mostMissing) b.note(coverageSentence(coverage), 'warning');
  const headerRow = b.rowCount;
  b.row([...RECOMMENDATIONS_HEADER], 'header');
  const ctx: SectionContext = { result, analysis, builder: b, deficitsOf: (o) => deficits.get(o) ?? [] };

  // The municipal page: decisions, then the recommendations to the municipal level.
  b.row([`Муниципальный уровень: управленческие решения и рекомендации (${MUNICIPAL_DECISION_ADDRESSEE})`], 'track');
  b.row(['Управленческие решения (первоочередные)'], 'indicator');
  if (analysis.decisions.length === 0) b.row(['', '', '', '', '', '', '', '', '', allClearOr(coverage, 'Первоочередных управленческих решений не требуется: целевые значения достигнуты, зон внимания нет.'), ''], 'info');
  analysis.decisions.forEach((d, i) => {
    b.row([i + 1, organizationLabel(null), MUNICIPAL_DECISION_ADDRESSEE, d.criterionIds.join(', '), d.title, DECISION_KIND, '', '', '', `${d.text} Основание: ${d.basis}`, '']);
  });
  b.row(['Рекомендации муниципальной методической службе и Управлению образования'], 'indicator');
  const municipal = own.get(null) ?? [];
  if (municipal.length === 0) b.row(['', '', '', '', '', '', '', '', '', allClearOr(coverage, 'По муниципалитету в целом целевые значения достигнуты.'), ''], 'info');
  const titles = new Map(result.organizations.map((o) => [o.name, organizationTitle(o)]));
  for (const r of municipal) recRow(b, r, repeated, titles);
  doneRows(b, analysis, done.get(null));
  for (const s of RECOMMENDATION_SECTIONS) s.municipal?.(ctx);

  // One page per organisation (organisations' names are unique: tab names, or «Сведения ОО» rows
  // that no tab took).
  for (const o of result.organizations) {
    b.pageBreak();
    const page = { name: o.name, title: organizationTitle(o) };
    const mine = own.get(o.name) ?? [];
    const open = mine.filter((r) => r.kind !== 'success');
    const successes = mine.filter((r) => r.kind === 'success');
    const byPriority = priorityCounts(open);
    const deficitCount = deficits.get(o.name)?.length ?? 0;
    b.row([`${page.title} (${o.type}): адресные рекомендации`], 'track');
    b.row([
      `Работников в мониторинге: ${o.rows}. Рекомендаций: ${open.length}` +
        (open.length > 0 ? ` (приоритет 1 — ${byPriority[1]}, 2 — ${byPriority[2]}, 3 — ${byPriority[3]})` : '') +
        `; успешных практик: ${successes.length}.` +
        (deficitCount > 0 ? DR.pageCount(deficitCount) : ''),
    ], 'muted');
    if (mine.length === 0) b.row(['', o.name, '', '', '', '', '', '', '', allClearOr(coverage, 'Рекомендаций нет: целевые значения достигнуты, зон внимания не выявлено.'), ''], 'info');
    for (const r of open) recRow(b, r, repeated, titles);
    for (const r of successes) recRow(b, r, repeated, titles);
    doneRows(b, analysis, done.get(o.name));
    for (const s of RECOMMENDATION_SECTIONS) s.organization?.(ctx, page);
  }

  for (const s of RECOMMENDATION_SECTIONS) {
    if (!s.end) continue;
    const start = b.rowCount;
    s.end(ctx);
    // A section with rows starts a page of its own; one with nothing to say leaves no empty page.
    if (b.rowCount > start) b.pageBreakAt(start);
  }
  return b.build({
    frozenRows: headerRow + 1,
    frozenColumns: 0,
    wrapColumns: [1, 2, 4, 5, 6, 7, 9],
    filterHeaderRow: headerRow,
  });
}

/** How many of `list` are recommendations (not successful practices) of priority 1, 2 and 3, by priority. */
function priorityCounts(list: readonly Recommendation[]): readonly number[] {
  const counts = [0, 0, 0, 0];
  for (const r of list) if (r.kind !== 'success' && r.priority >= 1 && r.priority <= 3) counts[r.priority]!++;
  return counts;
}

/** The items of `list` by key, each group in the list's order. */
function groupBy<T, K>(list: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const by = new Map<K, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = by.get(k);
    if (group) group.push(item);
    else by.set(k, [item]);
  }
  return by;
}

function recRow(b: SheetBuilder, r: Recommendation, repeated: ReadonlySet<string>, titles: ReadonlyMap<string, string>): void {
  const key = recommendationKey({ kind: r.kind, organization: r.organization, criterionId: r.criterion.id });
  b.row([
    { value: r.priority, tone: toneOf(r) },
    (r.organization !== null && titles.get(r.organization)) || organizationLabel(r.organization),
    r.addressee,
    r.criterion.id,
    r.criterion.shortName,
    r.thin ? `${KIND_LABELS[r.kind]} (${THIN_MARK})` : KIND_LABELS[r.kind],
    r.valueText,
    r.targetText,
    r.gap === null ? '' : gapWithUnit(r.criterion, r.gap),
    r.text,
    r.measure ? MEASURE_TEXT.coveredMark : repeated.has(key) ? 'повторно' : 'новая',
  ]);
}

/** Last period's recommendations to one organisation (or the municipality) that are done now. */
function doneRows(b: SheetBuilder, analysis: Analysis, done: readonly DoneRecommendation[] | undefined): void {
  const f = analysis.followUp;
  if (!f || !done || done.length === 0) return;
  b.row([`Результативность мер: выполнено из рекомендаций периода ${f.previousPeriod}`], 'indicator');
  for (const d of done) {
    b.row(['', organizationLabel(d.organization), '', d.criterion.id, d.criterion.shortName, KIND_LABELS[d.kind], d.currentText, '', '', d.text, { value: 'выполнено', tone: 'met' }]);
  }
}
