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
import { deriveRecommendations, MIN_POPULATION_FOR_COMPARISON, type Recommendation, type SubjectFigure } from './rules';
import { snapshotOfHistory, snapshotOfResult, type Snapshot } from './snapshot';
import { coverByOpenMeasures } from '../measures/cover';
import { judgeMeasures, type JudgedMeasure } from '../measures/judge';
import { reportedTitle } from '../texts/ru/org-reports';
import { partialSubjects } from './subjects';

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
  const minPeople = result.minPeople ?? MIN_POPULATION_FOR_COMPARISON;
  const prevPeriod = previousPeriod(existingHistory, result.period, result.preset.id);
  const previous: Snapshot | null = prevPeriod !== null ? snapshotOfHistory(existingHistory, prevPeriod, result.preset.id) : null;
  const measures = judgeMeasures(result.measures ?? [], result, existingHistory, prevPeriod);
  const reported = new Set(result.organizations.filter((o) => o.reported).map((o) => o.name));
  const label = (org: string): string => (reported.has(org) ? reportedTitle(org) : org);
  const recommendations = coverByOpenMeasures(
    deriveRecommendations(criteria, current, orgs, result.attentionThreshold, { minPeople, previous, subjects: subjectFigures(result), partialSubjects: partialSubjects(result), label }),
    measures,
  );
  let follow: FollowUp | null = null;
  if (previous !== null && prevPeriod !== null) {
    const prevOrgs = [...new Set([...previous.byOrganization.values()].flatMap((m) => [...m.keys()]))];
    const prevRecs = deriveRecommendations(criteria, previous, prevOrgs, result.attentionThreshold, { minPeople });
    follow = followUp(prevRecs, recommendations, current, prevPeriod, minPeople);
  }
  // `История` after the run is read only by a host writing the sheets (a row per organisation and
  // criterion, each figure formatted): built on first read, then kept.
  let history: readonly HistoryRow[] | undefined;
  return {
    recommendations,
    decisions: managementDecisions(recommendations, label),
    previous,
    followUp: follow,
    get history(): readonly HistoryRow[] {
      history ??= mergeHistory(existingHistory, currentHistoryRows(result), result.period, result.preset.id);
      return history;
    },
    measures,
    deficitRecommendations: deriveDeficitRecommendations(result.deficits, result.attentionThreshold, result.minPeople, previous),
  };
}

/** criterion id → organisation ('' for the municipality) → the figures of its subjects. */
function subjectFigures(result: ComputeResult): Map<string, Map<string, SubjectFigure[]>> {
  const out = new Map<string, Map<string, SubjectFigure[]>>();
  for (const r of result.criteria) {
    if (!r.bySubject || r.bySubject.length === 0) continue;
    const byOrg = new Map<string, SubjectFigure[]>();
    const add = (org: string, subject: string, f: { numerator: number | null; denominator: number | null } | undefined) => {
      if (!f || f.numerator === null || f.denominator === null || f.denominator === 0) return;
      const list = byOrg.get(org) ?? [];
      list.push({ subject, numerator: f.numerator, denominator: f.denominator });
      byOrg.set(org, list);
    };
    for (const s of r.bySubject) {
      add('', s.subject, s.total);
      for (const [org, f] of Object.entries(s.byOrganization)) add(org, s.subject, f);
    }
    out.set(r.criterion.id, byOrg);
  }
  return out;
}

export { recommendationKey, priorityOf, lowerIsBetter, MIN_POPULATION_FOR_COMPARISON, type Recommendation, type RecommendationKind } from './rules';
export type { ManagementDecision } from './decisions';
export type { FollowUp, DoneRecommendation } from './follow-up';
export { topicOf } from './topics';
export { partialSubjects } from './subjects';
export { remedyOf, remedyKeys, type Remedy } from './remedies';
export type { RecommendContext, SubjectFigure } from './rules';
