/**
 * The rules that turn figures into targeted recommendations (issue 4, file 001 §7):
 * - below target → to the organisation; the municipal total and presence criteria → to the
 *   municipal service; stating the value, the target, the gap and how many people close it;
 * - no target and at least N p.p. worse than the municipal value → «зона внимания»;
 * - at least N p.p. better than the municipal value and meeting any target → «успешная практика».
 * Priority 1/2/3 comes from the gap and the number of people behind it (priorityOf) for a shortfall
 * against a target; a zone of attention, which has no target, is 2 when it takes 5 people or more
 * to reach the municipal value and 3 otherwise; an absent structure is 2; a practice is 3.
 * Gaps and differences are taken between values as displayed (rounded to 0.1). Figures only; no names.
 */
import type { Criterion, Target } from '../criteria';
import { statusOf } from '../engine/figures';
import { MUNICIPALITY_LABEL } from '../history/history';
import { plural } from '../texts/ru/plural';
import { formatNumber } from '../output/present';
import { roundDisplayed } from '../result';
import type { Snapshot, SnapshotFigure } from './snapshot';
import type { CoveringMeasure } from '../measures/cover';
import { remedyOf } from './remedies';
import { SUBJECT_TEXT, SUCCESS_ADDRESSEE, SUCCESS_MEASURES, THIN_TEXT, TOPIC_TEXTS, TREND_TEXT } from '../texts/ru/recommend';
import { topicOf } from './topics';
import { orgShareRecommendation } from './org-share';

export type RecommendationKind = 'below-target' | 'missing' | 'attention' | 'success';
export type Priority = 1 | 2 | 3;

export interface Recommendation {
  readonly kind: RecommendationKind;
  /** Organisation name, or null for the municipality as a whole. */
  readonly organization: string | null;
  readonly addressee: string;
  readonly criterion: Criterion;
  readonly value: number | boolean | null;
  /** The value as the sheet shows it, e.g. "45,7 % (32 из 70)". */
  readonly valueText: string;
  readonly targetText: string;
  /** Distance to the target (or to the municipal value) in p.p., persons or points; null for presence. */
  readonly gap: number | null;
  /** People it takes to close the gap; null where it does not apply. */
  readonly people: number | null;
  readonly priority: Priority;
  /**
   * Fewer people behind the figure than `Минимум человек для вывода`: never priority 1, never a
   * practice, never behind a management decision; the text starts with «Мало данных».
   */
  readonly thin: boolean;
  readonly text: string;
  /** An open measure of «Мероприятия» for this criterion and organisation (the text then says so). */
  readonly measure?: CoveringMeasure;
}

/** Organisations smaller than this (in the criterion's population) get no zone or practice. */
export const MIN_POPULATION_FOR_COMPARISON = 5;

const KIND_ORDER: Readonly<Record<RecommendationKind, number>> = { 'below-target': 0, missing: 1, attention: 2, success: 3 };

export function recommendationKey(r: Pick<Recommendation, 'kind' | 'organization'> & { criterionId: string }): string {
  return `${r.kind}|${r.organization ?? ''}|${r.criterionId}`;
}

/**
 * 1 for a gap of 15 p.p. or more behind which are at least 5 people, a gap of 30 p.p. or more
 * behind at least 3, or 20 people or more; 2 for 5 p.p. or 5 people; else 3.
 */
export function priorityOf(gap: number, people: number | null): Priority {
  const p = people ?? 0;
  if ((gap >= 15 && p >= 5) || (gap >= 30 && p >= 3) || p >= 20) return 1;
  if (gap >= 5 || p >= 5) return 2;
  return 3;
}

/** Whether a lower value is the improvement for this criterion. */
export function lowerIsBetter(c: Criterion): boolean {
  if (c.better) return c.better === 'lower';
  return c.target?.op === '<' || c.target?.op === '<=';
}

const OP_WORDS: Readonly<Record<Target['op'], string>> = { '>=': 'не менее ', '>': 'более ', '<=': 'не более ', '<': 'менее ', '=': '' };

export function targetWords(c: Criterion): string {
  const t = c.target;
  if (!t) return '';
  if (typeof t.value === 'boolean') return t.value ? '«да» (наличие)' : '«нет»';
  return `${OP_WORDS[t.op]}${formatNumber(t.value)}${unitSuffix(c)}`;
}

function unitSuffix(c: Criterion): string {
  return c.kind === 'share' || c.kind === 'orgShare' ? ' %' : c.kind === 'count' ? ' чел.' : '';
}

export function valueWords(c: Criterion, f: SnapshotFigure): string {
  if (f.value === null) return 'нет данных';
  if (typeof f.value === 'boolean') return f.value ? '«да»' : '«нет»';
  if (c.kind === 'count') return `${formatNumber(f.value, 0)} чел.`;
  if (c.kind === 'mean') return `${formatNumber(f.value)} ${Number.isInteger(roundDisplayed(f.value)) ? plural(roundDisplayed(f.value), 'балл', 'балла', 'баллов') : 'балла'}`;
  if (c.kind === 'orgShare') return `${formatNumber(f.value)} % организаций (${f.numerator} из ${f.denominator})`;
  return `${formatNumber(f.value)} % (${f.numerator} из ${f.denominator})`;
}

/**
 * People to add to (or, for "менее" targets, take from) the numerator so the displayed value meets
 * `target`, with the denominator fixed; null when not a share of people.
 */
export function peopleToTarget(c: Criterion, f: SnapshotFigure, target: Target): number | null {
  if (c.kind !== 'share' || 'source' in c || typeof target.value !== 'number') return null;
  const num = f.numerator;
  const den = f.denominator;
  if (num === null || den === null || den === 0) return null;
  const met = (n: number) => statusOf((n * 100) / den, target) === 'met';
  if (met(num)) return 0;
  const up = target.op === '>=' || target.op === '>' || (target.op === '=' && (num * 100) / den < target.value);
  const step = up ? 1 : -1;
  let n = up ? Math.max(num, Math.floor((target.value * den) / 100) - 1) : Math.min(num, Math.ceil((target.value * den) / 100) + 1);
  // Walk to a count that meets the target (a few steps at most around the estimate)...
  while (up ? n <= den && !met(n) : n >= 0 && !met(n)) n += step;
  if (up ? n > den : n < 0) return null;
  // ...then back to the first one: with a large denominator, rounding to 0.1 as displayed can
  // make the estimate itself, and a few counts before it, meet the target. Stops at `num`, which does not.
  while (met(n - step)) n -= step;
  return Math.abs(n - num);
}

/**
 * Distance to the target in the units shown, computed on the displayed value (so «6,3 % при
 * целевом значении не менее 10 %» gives 3,7 п.п., as a reader would subtract).
 */
export function gapToTarget(value: number, target: number): number {
  return roundDisplayed(Math.abs(target - roundDisplayed(value)));
}

/** "не хватает 1 человека / 2 человек / 5 человек / 21 человека" (genitive after «не хватает»). */
export function shortOfPeople(n: number): string {
  return `не хватает ${n} ${plural(n, 'человека', 'человек', 'человек')}`;
}

/** "сократить на 1 человека / 2 человека / 5 человек / 21 человека" (accusative after «на»). */
export function reduceByPeople(n: number): string {
  return `сократить на ${n} ${plural(n, 'человека', 'человека', 'человек')}`;
}

/** How many people close the gap, as a sentence; `goal` is where they take the value. */
function peopleWords(c: Criterion, people: number | null, goal: 'target' | 'municipal'): string {
  if (people === null || people <= 0) return '';
  if (lowerIsBetter(c)) {
    return goal === 'target'
      ? ` Чтобы выйти на цель, число таких работников нужно ${reduceByPeople(people)}.`
      : ` Чтобы выйти на уровень муниципалитета, число таких работников нужно ${reduceByPeople(people)}.`;
  }
  return goal === 'target' ? ` Для достижения цели ${shortOfPeople(people)}.` : ` До уровня муниципалитета ${shortOfPeople(people)}.`;
}

function gapWord(c: Criterion): string {
  return lowerIsBetter(c) ? 'превышение' : 'отставание';
}

/** The gap with its unit, agreeing with the number: "3,7 п.п.", "4 чел.", "1 балл", "2,5 балла", "5 баллов". */
export function gapWithUnit(c: Criterion, gap: number): string {
  const unit = c.kind === 'count' ? 'чел.' : c.kind === 'mean' ? (Number.isInteger(gap) ? plural(gap, 'балл', 'балла', 'баллов') : 'балла') : 'п.п.';
  return `${formatNumber(gap)} ${unit}`;
}

/**
 * "; отставание — 3,7 п.п." — or, for a strict target ("менее 10 %") met exactly at its bound,
 * where the distance is 0, a clause saying the value has to go beyond it. Ends without a period.
 */
function gapClause(c: Criterion, gap: number): string {
  if (gap === 0) {
    return `; ${gapWord(c)}: значение равно пороговому, а требуется ${targetWords(c)}`;
  }
  return `; ${gapWord(c)} — ${gapWithUnit(c, gap)}`;
}

/** Ends a clause with one period, even after an abbreviation such as «п.п.» or «чел.». */
function endSentence(s: string): string {
  return s.endsWith('.') ? s : `${s}.`;
}

/** Facts beyond the period's own figures that make a recommendation specific. */
export interface RecommendContext {
  /** `Минимум человек для вывода`. */
  readonly minPeople: number;
  /** Last period's figures, for the trend. */
  readonly previous?: Snapshot | null;
  /** criterion id → organisation ('' for the municipality) → its subjects' figures. */
  readonly subjects?: ReadonlyMap<string, ReadonlyMap<string, readonly SubjectFigure[]>>;
  /**
   * Criteria whose municipal value takes in organisations of «Сведения ОО», which have no subject
   * breakdown: the municipal line says its subjects cover the organisations with a roster only.
   */
  readonly partialSubjects?: ReadonlySet<string>;
  /** How an organisation is named inside a text («… (по сведениям ОО)» for one without a roster). */
  readonly label?: (organization: string) => string;
}

export interface SubjectFigure {
  readonly subject: string;
  readonly numerator: number;
  readonly denominator: number;
}

export const DEFAULT_CONTEXT: RecommendContext = { minPeople: MIN_POPULATION_FOR_COMPARISON };

/** Below-target and presence recommendations, zones and practices for one period. */
export function deriveRecommendations(
  criteria: readonly Criterion[],
  snap: Snapshot,
  organizations: readonly string[],
  threshold: number,
  context: RecommendContext = DEFAULT_CONTEXT,
): Recommendation[] {
  const out: Recommendation[] = [];
  const minPeople = context.minPeople;
  criteria.forEach((c) => {
    const remedy = remedyOf(c);
    const total = snap.total.get(c.id);
    const byOrg = snap.byOrganization.get(c.id) ?? new Map<string, SnapshotFigure>();
    const name = `«${c.shortName}» (критерий ${c.id})`;
    const before = (org: string | null) => (org === null ? context.previous?.total.get(c.id) : context.previous?.byOrganization.get(c.id)?.get(org));
    const facts = (org: string | null, f: SnapshotFigure) =>
      `${trendWords(c, f, before(org), context.previous?.period ?? null)}${subjectWords(c, context.subjects?.get(c.id)?.get(org ?? ''), org === null && (context.partialSubjects?.has(c.id) ?? false))}`;
    const label = context.label ?? ((o: string) => o);

    // Municipal total below its target, or a required structure that is absent.
    if (total && total.status === 'below' && c.target) {
      const below = organizations.filter((o) => byOrg.get(o)?.status === 'below');
      const belowText = below.length > 0 ? ` Ниже цели: ${below.map(label).join(', ')}.` : '';
      if (typeof total.value === 'boolean') {
        out.push({
          kind: 'missing', organization: null, addressee: remedy.municipalAddressee, criterion: c, value: total.value,
          valueText: valueWords(c, total), targetText: targetWords(c), gap: null, people: null, priority: 2, thin: false,
          text: `В муниципалитете не выполнен критерий ${c.id} «${c.shortName}»: значение ${valueWords(c, total)} при требуемом ${targetWords(c)}.${facts(null, total)} ${remedy.municipal}`,
        });
      } else if (typeof total.value === 'number' && typeof c.target.value === 'number') {
        const gap = gapToTarget(total.value, c.target.value);
        const people = peopleToTarget(c, total, c.target);
        const thin = isThin(c, total, minPeople);
        out.push({
          kind: 'below-target', organization: null, addressee: remedy.municipalAddressee, criterion: c, value: total.value,
          valueText: valueWords(c, total), targetText: targetWords(c), gap, people, priority: thin ? 3 : priorityOf(gap, people), thin,
          text: `${thin ? thinWords(total) : ''}В целом по муниципалитету ${name} — ${valueWords(c, total)} при целевом значении ${targetWords(c)}${endSentence(gapClause(c, gap))}${peopleWords(c, people, 'target')}${facts(null, total)}${belowText} ${remedy.municipal}`,
        });
      }
    }

    // What every organisation's comparison shares, worked out once per criterion (the loop below
    // runs criteria × organisations times, and most of its turns produce nothing).
    const orgShareTexts = c.kind === 'orgShare' ? { ...TOPIC_TEXTS[topicOf(c)], orgAddressee: remedy.orgAddressee, orgMeasures: remedy.org } : null;
    const lower = lowerIsBetter(c);
    const totalValue = total && typeof total.value === 'number' ? total.value : null;
    const shownTotal = totalValue === null ? null : roundDisplayed(totalValue);
    const municipal = totalValue === null ? '' : `${formatNumber(totalValue)} %`;
    for (const org of organizations) {
      const f = byOrg.get(org);
      if (!f || typeof f.value !== 'number') continue;
      if (c.kind === 'orgShare') {
        // P1-like targets per organisation: quote the organisation's own share (org-share.ts).
        const r = orgShareRecommendation(c, f, org, orgShareTexts!, minPeople, before(org), context.previous?.period ?? null);
        if (r) out.push(r);
        continue;
      }
      const thin = isThin(c, f, minPeople);
      if (f.status === 'below' && c.target && typeof c.target.value === 'number') {
        const gap = gapToTarget(f.value, c.target.value);
        const people = peopleToTarget(c, f, c.target);
        out.push({
          kind: 'below-target', organization: org, addressee: remedy.orgAddressee, criterion: c, value: f.value,
          valueText: valueWords(c, f), targetText: targetWords(c), gap, people, priority: thin ? 3 : priorityOf(gap, people), thin,
          text: `${thin ? thinWords(f) : ''}${name} — ${valueWords(c, f)} при целевом значении ${targetWords(c)}${endSentence(gapClause(c, gap))}${peopleWords(c, people, 'target')}${facts(org, f)} ${remedy.org}`,
        });
        continue;
      }
      // Comparisons with the municipal value need enough people to mean anything.
      if (c.kind !== 'share' || shownTotal === null || thin || (f.denominator ?? 0) < MIN_POPULATION_FOR_COMPARISON) continue;
      const diff = roundDisplayed(f.value) - shownTotal;
      const worse = roundDisplayed(lower ? diff : -diff);
      if (!c.target && worse >= threshold) {
        const reach: Target = lower ? { op: '<=', value: shownTotal } : { op: '>=', value: shownTotal };
        const people = peopleToTarget(c, f, reach);
        out.push({
          kind: 'attention', organization: org, addressee: remedy.orgAddressee, criterion: c, value: f.value,
          valueText: valueWords(c, f), targetText: '', gap: worse, people, priority: (people ?? 0) >= 5 ? 2 : 3, thin: false,
          text: `Зона внимания: ${name} — ${valueWords(c, f)}, это на ${formatNumber(worse)} п.п. ${lower ? 'выше' : 'ниже'}, чем в среднем по муниципалитету (${municipal}).${peopleWords(c, people, 'municipal')}${facts(org, f)} ${remedy.org}`,
        });
      } else if (-worse >= threshold && (!c.target || f.status === 'met') && c.better !== 'lower') {
        // A criterion that counts a problem (part-timers, overload) has no practice to spread:
        // having fewer of them is the absence of a problem, not a method.
        out.push({
          kind: 'success', organization: org, addressee: SUCCESS_ADDRESSEE, criterion: c, value: f.value,
          valueText: valueWords(c, f), targetText: targetWords(c), gap: -worse, people: null, priority: 3, thin: false,
          text: `Успешная практика: ${name} — ${valueWords(c, f)}, это на ${formatNumber(-worse)} п.п. ${lower ? 'ниже' : 'выше'}, чем в среднем по муниципалитету (${municipal}).${trendWords(c, f, before(org), context.previous?.period ?? null)} ${SUCCESS_MEASURES}`,
        });
      }
    }
  });
  const index = new Map(criteria.map((c, i) => [c.id, i]));
  const orgIndex = new Map(organizations.map((o, i) => [o, i]));
  return out.sort(
    (a, b) =>
      a.priority - b.priority ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (b.gap ?? 0) - (a.gap ?? 0) ||
      (index.get(a.criterion.id) ?? 0) - (index.get(b.criterion.id) ?? 0) ||
      (a.organization === null ? -1 : orgIndex.get(a.organization) ?? 0) - (b.organization === null ? -1 : orgIndex.get(b.organization) ?? 0),
  );
}

export function organizationLabel(org: string | null): string {
  return org ?? MUNICIPALITY_LABEL;
}

/**
 * A figure over fewer people than the minimum: shares (from rosters, from «Сведения ОО», or from
 * the numbers of «Организации»/«Муниципалитет», whose denominators are people or posts too) and
 * means. Counts and presence never are; an orgShare is judged on its inner share (org-share.ts).
 */
export function isThin(c: Criterion, f: SnapshotFigure, minPeople: number): boolean {
  if (c.kind !== 'share' && c.kind !== 'mean') return false;
  return f.denominator !== null && f.denominator < minPeople;
}

/** "Мало данных (в расчёте 3 человека), вывод предварительный. " */
function thinWords(f: SnapshotFigure): string {
  return THIN_TEXT.lead(f.denominator ?? 0);
}

/**
 * " За период 2022-2023 было 40 % (8 из 20): рост на 5,7 п.п." — the change since last period in
 * the criterion's direction, or nothing when last period has no figure.
 */
export function trendWords(c: Criterion, now: SnapshotFigure, before: SnapshotFigure | undefined, period: string | null): string {
  if (before && period !== null && typeof before.value === 'boolean' && typeof now.value === 'boolean') {
    // Presence: the same answer, or the one the target asks for (improvement) or away from it.
    const wanted = typeof c.target?.value === 'boolean' ? c.target.value : true;
    return TREND_TEXT.presence(period, valueWords(c, before), before.value === now.value ? 'same' : now.value === wanted ? 'better' : 'worse');
  }
  if (!before || period === null || typeof before.value !== 'number' || typeof now.value !== 'number') return '';
  const delta = c.kind === 'count' ? now.value - before.value : roundDisplayed(roundDisplayed(now.value) - roundDisplayed(before.value));
  const unit = c.kind === 'count' ? 'чел.' : c.kind === 'mean' ? plural(Math.abs(delta), 'балл', 'балла', 'баллов') : 'п.п.';
  const better = lowerIsBetter(c) ? delta < 0 : delta > 0;
  const change = delta === 0 ? 'без изменений' : `${better ? 'улучшение' : 'ухудшение'} на ${formatNumber(Math.abs(delta))} ${unit}`;
  // «п.п.» and «чел.» end the sentence with their own period.
  return endSentence(` За период ${period} было ${valueWords(c, before)}: ${change}`);
}

/**
 * " Меньше всего охвачены: физика — 0 из 3, химия — 1 из 4." — the subjects furthest behind, for
 * criteria broken down by subject (at most three, only those behind the whole).
 */
function subjectWords(c: Criterion, subjects: readonly SubjectFigure[] | undefined, partial = false): string {
  if (!subjects || subjects.length < 2) return '';
  const num = subjects.reduce((n, s) => n + s.numerator, 0);
  const den = subjects.reduce((n, s) => n + s.denominator, 0);
  if (den === 0) return '';
  const lower = lowerIsBetter(c);
  const share = (s: SubjectFigure) => s.numerator / s.denominator;
  const behind = subjects
    .filter((s) => s.denominator > 0 && (lower ? share(s) > num / den : share(s) < num / den))
    .sort((a, b) => (lower ? share(b) - share(a) : share(a) - share(b)) || b.denominator - a.denominator || a.subject.localeCompare(b.subject))
    .slice(0, 3);
  if (behind.length === 0) return '';
  return SUBJECT_TEXT.behind(behind.map((s) => SUBJECT_TEXT.figure(s.subject.toLowerCase(), s.numerator, s.denominator)), partial);
}
