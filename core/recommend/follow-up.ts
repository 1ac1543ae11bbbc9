/**
 * Effectiveness of the measures taken (file 001 §9): last period's recommendations, derived by
 * the same rules from its rows in `История`, compared with this period's. One whose gap has
 * closed is done; one still open is repeated.
 */
import type { Criterion } from '../criteria';
import { MIN_POPULATION_FOR_COMPARISON, recommendationKey, valueWords, type Recommendation } from './rules';
import type { Snapshot } from './snapshot';
import { FOLLOW_UP } from '../texts/ru/recommend';

export interface DoneRecommendation {
  readonly organization: string | null;
  readonly criterion: Criterion;
  readonly kind: Recommendation['kind'];
  readonly previousText: string;
  readonly currentText: string;
  readonly text: string;
}

export interface FollowUp {
  readonly previousPeriod: string;
  readonly done: readonly DoneRecommendation[];
  /** Keys of this period's recommendations that were already given last period. */
  readonly repeated: ReadonlySet<string>;
}

const keyOf = (r: Recommendation) => recommendationKey({ kind: r.kind, organization: r.organization, criterionId: r.criterion.id });

export function followUp(
  previous: readonly Recommendation[],
  current: readonly Recommendation[],
  snap: Snapshot,
  previousPeriod: string,
  /** «Минимум человек для вывода»: a zone closes only over at least this many people (and 5). */
  minPeople: number = MIN_POPULATION_FOR_COMPARISON,
): FollowUp {
  const currentKeys = new Set(current.map(keyOf));
  const repeated = new Set<string>();
  const done: DoneRecommendation[] = [];
  for (const p of previous) {
    if (p.kind === 'success') continue;
    const key = keyOf(p);
    if (currentKeys.has(key)) {
      repeated.add(key);
      continue;
    }
    const now = p.organization === null ? snap.total.get(p.criterion.id) : snap.byOrganization.get(p.criterion.id)?.get(p.organization);
    if (!now || now.value === null) continue;
    // Closed means closed: a shortfall is done when the target is met now (not when the target
    // was dropped), a zone when the organisation is still large enough to be compared — as many
    // people as a zone needs to be found at all (the thin-data rule, workbook.md §5).
    if (p.kind === 'attention' ? (now.denominator ?? 0) < Math.max(minPeople, MIN_POPULATION_FOR_COMPARISON) : now.status !== 'met') continue;
    const currentText = valueWords(p.criterion, now);
    const what = p.kind === 'attention' ? FOLLOW_UP.attentionClosed : FOLLOW_UP.targetMet;
    done.push({
      organization: p.organization,
      criterion: p.criterion,
      kind: p.kind,
      previousText: p.valueText,
      currentText,
      text: FOLLOW_UP.done(p.criterion.shortName, p.criterion.id, previousPeriod, p.valueText, currentText, what),
    });
  }
  return { previousPeriod, done, repeated };
}
