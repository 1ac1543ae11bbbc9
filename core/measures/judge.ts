/**
 * The effect of measures (file 001 §9, workbook.md §8): every measure of «Мероприятия» that is not
 * cancelled is judged, criterion by criterion, by the criterion's value for its organisation (or
 * the municipal total) in the period it was decided — read from `История` — and now:
 *  - achieved: the criterion has a target and meets it now;
 *  - improved / worse: the value as displayed moved by more than 0.1 in the better / worse
 *    direction (lower is better for criteria that count a problem);
 *  - unchanged: it moved by 0.1 or less (p.p. for shares, people for counts);
 *  - noData: either value is missing (no `История` for that period, «нет данных» now, a measure
 *    decided in the current period).
 * A measure past its deadline at the reference date and not done is overdue, whatever its effect.
 * A measure «worked» when at least one of its criteria is achieved or improved and none is worse.
 */
import type { Criterion } from '../criteria';
import { parseHistoryRow, type HistoryRow } from '../history/history';
import { lowerIsBetter } from '../recommend/rules';
import { snapshotOfHistory, type Snapshot, type SnapshotFigure } from '../recommend/snapshot';
import { roundDisplayed, type ComputeResult, type Figure } from '../result';
import type { Verdict } from '../texts/ru/measures';
import type { Measure } from './read';

export interface JudgedCriterion {
  readonly criterion: Criterion;
  /** The value in the measure's period (from `История`), or null. */
  readonly before: SnapshotFigure | null;
  /** This run's figure, or null when the organisation has none. */
  readonly now: Figure | null;
  /** Displayed now minus displayed before (p.p., people or points); null without both. */
  readonly change: number | null;
  readonly verdict: Verdict;
}

export interface JudgedMeasure {
  readonly measure: Measure;
  /** The period the measure is compared from (its own, or the one before the current). */
  readonly basePeriod: string | null;
  /** True when the measure was decided in the current period (nothing to compare yet). */
  readonly current: boolean;
  readonly criteria: readonly JudgedCriterion[];
  readonly overdue: boolean;
  /** Achieved or improved on some criterion and worse on none. */
  readonly worked: boolean;
  /** Planned or in progress. */
  readonly open: boolean;
}

export interface MeasuresSummary {
  /** Measures judged (not cancelled). */
  readonly measures: number;
  readonly worked: number;
  readonly overdue: number;
}

/** "2022–2023", "2022/23", "2022-2023 уч. год" → "2022-2023"; other text as normalised. */
export function periodKey(period: string): string {
  const m = /(\d{4})\s*[-–—/]\s*(\d{2,4})/.exec(period);
  if (m) {
    const second = m[2]!.length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]!;
    return `${m[1]}-${second}`;
  }
  return period.trim().toLowerCase();
}

/** The school year before "2023-2024": "2022-2023"; null for a period of another form. */
export function periodBefore(period: string): string | null {
  const m = /^(\d{4})-(\d{4})$/.exec(periodKey(period));
  return m ? `${Number(m[1]) - 1}-${Number(m[2]) - 1}` : null;
}

const EPSILON = 1e-9;

export function verdictOf(c: Criterion, before: SnapshotFigure | null, now: Figure | null): { verdict: Verdict; change: number | null } {
  const b = before?.value ?? null;
  const n = now?.value ?? null;
  if (b === null || n === null || typeof b !== typeof n) return { verdict: 'noData', change: null };
  if (c.target && now?.status === 'met') {
    return { verdict: 'achieved', change: typeof n === 'number' && typeof b === 'number' ? roundDisplayed(roundDisplayed(n) - roundDisplayed(b)) : null };
  }
  if (typeof n === 'boolean' || typeof b === 'boolean') {
    if (n === b) return { verdict: 'unchanged', change: null };
    const better = c.target ? n === c.target.value : n === true;
    return { verdict: better ? 'improved' : 'worse', change: null };
  }
  const change = roundDisplayed(roundDisplayed(n) - roundDisplayed(b));
  if (Math.abs(change) <= 0.1 + EPSILON) return { verdict: 'unchanged', change };
  const up = change > 0;
  return { verdict: up !== lowerIsBetter(c) ? 'improved' : 'worse', change };
}

/** The periods `История` has rows of for this preset, by periodKey → as written. */
function historyPeriods(rows: readonly HistoryRow[], preset: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) {
    const e = parseHistoryRow(row);
    if (e.preset === preset && e.period !== '' && !out.has(periodKey(e.period))) out.set(periodKey(e.period), e.period);
  }
  return out;
}

/**
 * Judges every measure that is not cancelled. `previousPeriod` is the latest earlier period of
 * `История` (the default period of a measure that names none).
 */
export function judgeMeasures(
  measures: readonly Measure[],
  result: ComputeResult,
  history: readonly HistoryRow[],
  previousPeriod: string | null,
): JudgedMeasure[] {
  const byId = new Map(result.criteria.map((r) => [r.criterion.id, r]));
  const periods = historyPeriods(history, result.preset.id);
  const snapshots = new Map<string, Snapshot>();
  const snapshotOf = (period: string): Snapshot => {
    let s = snapshots.get(period);
    if (!s) {
      s = snapshotOfHistory(history, period, result.preset.id);
      snapshots.set(period, s);
    }
    return s;
  };
  const currentKey = periodKey(result.period);
  const out: JudgedMeasure[] = [];
  for (const m of measures) {
    if (m.status === 'cancelled') continue;
    const wanted = m.period ?? previousPeriod ?? periodBefore(result.period);
    const current = wanted !== null && periodKey(wanted) === currentKey;
    // The period as `История` spells it, when it has it.
    const base = wanted === null ? null : (periods.get(periodKey(wanted)) ?? wanted);
    const snap = base === null || current || !periods.has(periodKey(base)) ? null : snapshotOf(base);
    const criteria: JudgedCriterion[] = [];
    for (const id of m.criterionIds) {
      const r = byId.get(id);
      if (!r) continue;
      const before = snap ? ((m.organization === null ? snap.total.get(id) : snap.byOrganization.get(id)?.get(m.organization)) ?? null) : null;
      const now = (m.organization === null ? r.total : r.byOrganization[m.organization]) ?? null;
      const { verdict, change } = verdictOf(r.criterion, before, now);
      criteria.push({ criterion: r.criterion, before, now, change, verdict });
    }
    const overdue = m.status !== 'done' && m.deadline !== null && m.deadline < result.referenceDate;
    const worked = criteria.some((c) => c.verdict === 'achieved' || c.verdict === 'improved') && !criteria.some((c) => c.verdict === 'worse');
    out.push({ measure: m, basePeriod: base, current, criteria, overdue, worked, open: m.status === 'planned' || m.status === 'inProgress' });
  }
  return out;
}

export function summarizeMeasures(judged: readonly JudgedMeasure[]): MeasuresSummary {
  return { measures: judged.length, worked: judged.filter((j) => j.worked).length, overdue: judged.filter((j) => j.overdue).length };
}
