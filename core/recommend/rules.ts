/**
 * The rules that turn figures into targeted recommendations (issue 4, file 001 §7):
 * - below target → to the organisation; the municipal total and presence criteria → to the
 *   municipal service; stating the value, the target, the gap and how many people close it;
 * - no target and at least N p.p. worse than the municipal value → «зона внимания»;
 * - at least N p.p. better than the municipal value and meeting any target → «успешная практика».
 * Priority 1/2/3 comes from the gap and the number of people behind it. Figures only; no names.
 */
import type { Criterion, Target } from '../criteria';
import { statusOf } from '../engine/figures';
import { MUNICIPALITY_LABEL } from '../history/history';
import { plural } from '../messages';
import { formatNumber } from '../output/present';
import { roundDisplayed } from '../result';
import type { Snapshot, SnapshotFigure } from './snapshot';
import { SUCCESS_ADDRESSEE, SUCCESS_MEASURES, TOPIC_TEXTS } from './texts';
import { topicOf } from './topics';

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
  readonly text: string;
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

const OP_WORDS: Readonly<Record<Target['op'], string>> = { '>=': 'не менее', '>': 'более', '<=': 'не более', '<': 'менее', '=': '' };

export function targetWords(c: Criterion): string {
  const t = c.target;
  if (!t) return '';
  if (typeof t.value === 'boolean') return t.value ? '«да» (наличие)' : '«нет»';
  return `${OP_WORDS[t.op]} ${formatNumber(t.value)}${unitSuffix(c)}`;
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
  const up = target.op === '>=' || target.op === '>';
  let n = up ? Math.max(num, Math.floor((target.value * den) / 100) - 1) : Math.min(num, Math.ceil((target.value * den) / 100) + 1);
  // Walk to the first count that meets the target (a few steps at most around the estimate).
  while (up ? n <= den && !met(n) : n >= 0 && !met(n)) n += up ? 1 : -1;
  if (up ? n > den : n < 0) return null;
  return Math.abs(n - num);
}

function peopleWords(c: Criterion, people: number | null): string {
  if (people === null || people <= 0) return '';
  if (lowerIsBetter(c)) return ` Чтобы выйти на цель, число таких работников нужно сократить на ${people} ${plural(people, 'человека', 'человек', 'человек')}.`;
  return ` Для достижения цели не хватает ${people} ${plural(people, 'человека', 'человек', 'человек')}.`;
}

function gapWord(c: Criterion): string {
  return lowerIsBetter(c) ? 'превышение' : 'отставание';
}

function gapUnit(c: Criterion): string {
  return c.kind === 'count' ? 'чел.' : c.kind === 'mean' ? plural(2, 'балл', 'балла', 'баллов') : 'п.п.';
}

/** Below-target and presence recommendations, zones and practices for one period. */
export function deriveRecommendations(criteria: readonly Criterion[], snap: Snapshot, organizations: readonly string[], threshold: number): Recommendation[] {
  const out: Recommendation[] = [];
  criteria.forEach((c) => {
    const texts = TOPIC_TEXTS[topicOf(c)];
    const total = snap.total.get(c.id);
    const byOrg = snap.byOrganization.get(c.id) ?? new Map<string, SnapshotFigure>();
    const name = `«${c.shortName}» (критерий ${c.id})`;

    // Municipal total below its target, or a required structure that is absent.
    if (total && total.status === 'below' && c.target) {
      const below = organizations.filter((o) => byOrg.get(o)?.status === 'below');
      const belowText = below.length > 0 ? ` Ниже цели: ${below.join(', ')}.` : '';
      if (typeof total.value === 'boolean') {
        out.push({
          kind: 'missing', organization: null, addressee: texts.municipalAddressee, criterion: c, value: total.value,
          valueText: valueWords(c, total), targetText: targetWords(c), gap: null, people: null, priority: 2,
          text: `В муниципалитете не выполнен критерий ${name}: значение ${valueWords(c, total)} при требуемом ${targetWords(c)}. ${texts.municipalMeasures}`,
        });
      } else if (typeof total.value === 'number' && typeof c.target.value === 'number') {
        const gap = roundDisplayed(Math.abs(c.target.value - total.value));
        const people = peopleToTarget(c, total, c.target);
        out.push({
          kind: 'below-target', organization: null, addressee: texts.municipalAddressee, criterion: c, value: total.value,
          valueText: valueWords(c, total), targetText: targetWords(c), gap, people, priority: priorityOf(gap, people),
          text: `В целом по муниципалитету ${name} — ${valueWords(c, total)} при целевом значении ${targetWords(c)}; ${gapWord(c)} — ${formatNumber(gap)} ${gapUnit(c)}${gapUnit(c).endsWith('.') ? '' : '.'}${peopleWords(c, people)}${belowText} ${texts.municipalMeasures}`,
        });
      }
    }

    for (const org of organizations) {
      const f = byOrg.get(org);
      if (!f || typeof f.value !== 'number' || c.kind === 'orgShare') continue;
      if (f.status === 'below' && c.target && typeof c.target.value === 'number') {
        const gap = roundDisplayed(Math.abs(c.target.value - f.value));
        const people = peopleToTarget(c, f, c.target);
        out.push({
          kind: 'below-target', organization: org, addressee: texts.orgAddressee, criterion: c, value: f.value,
          valueText: valueWords(c, f), targetText: targetWords(c), gap, people, priority: priorityOf(gap, people),
          text: `${name} — ${valueWords(c, f)} при целевом значении ${targetWords(c)}; ${gapWord(c)} — ${formatNumber(gap)} ${gapUnit(c)}${gapUnit(c).endsWith('.') ? '' : '.'}${peopleWords(c, people)} ${texts.orgMeasures}`,
        });
        continue;
      }
      if (c.kind !== 'share' || !total || typeof total.value !== 'number' || (f.denominator ?? 0) < MIN_POPULATION_FOR_COMPARISON) continue;
      const lower = lowerIsBetter(c);
      const diff = roundDisplayed(f.value) - roundDisplayed(total.value);
      const worse = roundDisplayed(lower ? diff : -diff);
      const municipal = `${formatNumber(total.value)} %`;
      if (!c.target && worse >= threshold) {
        const reach: Target = lower ? { op: '<=', value: roundDisplayed(total.value) } : { op: '>=', value: roundDisplayed(total.value) };
        const people = peopleToTarget(c, f, reach);
        out.push({
          kind: 'attention', organization: org, addressee: texts.orgAddressee, criterion: c, value: f.value,
          valueText: valueWords(c, f), targetText: '', gap: worse, people, priority: (people ?? 0) >= 5 ? 2 : 3,
          text: `Зона внимания: ${name} — ${valueWords(c, f)}, это на ${formatNumber(worse)} п.п. ${lower ? 'выше' : 'ниже'}, чем в среднем по муниципалитету (${municipal}).${people ? ` До уровня муниципалитета не хватает ${people} ${plural(people, 'человека', 'человек', 'человек')}.` : ''} ${texts.orgMeasures}`,
        });
      } else if (-worse >= threshold && (!c.target || f.status === 'met')) {
        out.push({
          kind: 'success', organization: org, addressee: SUCCESS_ADDRESSEE, criterion: c, value: f.value,
          valueText: valueWords(c, f), targetText: targetWords(c), gap: -worse, people: null, priority: 3,
          text: `Успешная практика: ${name} — ${valueWords(c, f)}, это на ${formatNumber(-worse)} п.п. ${lower ? 'ниже' : 'выше'}, чем в среднем по муниципалитету (${municipal}). ${SUCCESS_MEASURES}`,
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
