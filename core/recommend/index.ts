/**
 * The second half of the job (issue 4): from this run's result and the workbook's `История`,
 * the recommendations, the management decisions, last period's figures for the dynamics, and
 * which earlier recommendations are done. Pure; run-plan.ts calls it.
 */
import { currentHistoryRows, mergeHistory, previousPeriod, type HistoryRow } from '../history/history';
import type { ComputeResult } from '../result';
import { deriveDeficitRecommendations, type DeficitRecommendation } from '../deficits/recommend';
import { managementDecisions, type ManagementDecision } from './decisions';
import { followUp, type FollowUp } from './follow-up';
import { deriveRecommendations, type Recommendation } from './rules';
import { snapshotOfHistory, snapshotOfResult, type Snapshot } from './snapshot';
import { coverByOpenMeasures } from '../measures/cover';
import { judgeMeasures, type JudgedMeasure } from '../measures/judge';

export interface Analysis {
  readonly recommendations: readonly Recommendation[];
  readonly decisions: readonly ManagementDecision[];
  /** Last period's figures, when `История` has them. */
  readonly previous: Snapshot | null;
  readonly followUp: FollowUp | null;
  /** `История` after this run. */
  readonly history: readonly HistoryRow[];
  /** Every measure of «Мероприятия» that is not cancelled, judged against `История`. */
  readonly measures: readonly JudgedMeasure[];
  /** From what the diagnostics found (deficits/recommend.ts); empty without «Дефицит: …» columns. */
  readonly deficitRecommendations: readonly DeficitRecommendation[];
}

export function analyze(result: ComputeResult, existingHistory: readonly HistoryRow[]): Analysis {
  const orgs = result.organizations.map((o) => o.name);
  const criteria = result.criteria.map((r) => r.criterion);
  const current = snapshotOfResult(result);
  const prevPeriod = previousPeriod(existingHistory, result.period, result.preset.id);
  const measures = judgeMeasures(result.measures ?? [], result, existingHistory, prevPeriod);
  const recommendations = coverByOpenMeasures(deriveRecommendations(criteria, current, orgs, result.attentionThreshold), measures);
  let previous: Snapshot | null = null;
  let follow: FollowUp | null = null;
  if (prevPeriod !== null) {
    previous = snapshotOfHistory(existingHistory, prevPeriod, result.preset.id);
    const prevOrgs = [...new Set([...previous.byOrganization.values()].flatMap((m) => [...m.keys()]))];
    const prevRecs = deriveRecommendations(criteria, previous, prevOrgs, result.attentionThreshold);
    follow = followUp(prevRecs, recommendations, current, prevPeriod);
  }
  return {
    recommendations,
    decisions: managementDecisions(recommendations),
    previous,
    followUp: follow,
    history: mergeHistory(existingHistory, currentHistoryRows(result), result.period, result.preset.id),
    measures,
    deficitRecommendations: deriveDeficitRecommendations(result.deficits, result.attentionThreshold),
  };
}

export { recommendationKey, priorityOf, lowerIsBetter, MIN_POPULATION_FOR_COMPARISON, type Recommendation, type RecommendationKind } from './rules';
export type { ManagementDecision } from './decisions';
export type { FollowUp, DoneRecommendation } from './follow-up';
export { topicOf } from './topics';
