/**
 * A period's figures in the one shape the recommendation rules read, whether they come from this
 * run or from last year's rows of `История`. Applying the same rules to both is how the program
 * tells which of last year's recommendations were carried out (file 001 §9).
 */
import { parseHistoryRow, type HistoryRow } from '../history/history';
import { round2, roundDisplayed, type ComputeResult, type Status } from '../result';

export interface SnapshotFigure {
  readonly value: number | boolean | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly status: Status;
}

export interface Snapshot {
  readonly period: string;
  /** criterion id → municipal figure. */
  readonly total: ReadonlyMap<string, SnapshotFigure>;
  /** criterion id → organisation → figure. */
  readonly byOrganization: ReadonlyMap<string, ReadonlyMap<string, SnapshotFigure>>;
}

export function snapshotOfResult(result: ComputeResult): Snapshot {
  const total = new Map<string, SnapshotFigure>();
  const byOrganization = new Map<string, Map<string, SnapshotFigure>>();
  for (const r of result.criteria) {
    total.set(r.criterion.id, r.total);
    byOrganization.set(r.criterion.id, new Map(Object.entries(r.byOrganization)));
  }
  return { period: result.period, total, byOrganization };
}

export function snapshotOfHistory(rows: readonly HistoryRow[], period: string, preset: string): Snapshot {
  const total = new Map<string, SnapshotFigure>();
  const byOrganization = new Map<string, Map<string, SnapshotFigure>>();
  for (const row of rows) {
    const e = parseHistoryRow(row);
    if (e.period !== period || e.preset !== preset) continue;
    const f: SnapshotFigure = { value: exactValue(e.value, e.numerator, e.denominator), numerator: e.numerator, denominator: e.denominator, status: e.status ?? (e.value === null ? 'no-data' : 'no-target') };
    if (e.organization === null) total.set(e.criterionId, f);
    else {
      const m = byOrganization.get(e.criterionId) ?? new Map<string, SnapshotFigure>();
      m.set(e.organization, f);
      byOrganization.set(e.criterionId, m);
    }
  }
  return { period, total, byOrganization };
}

/**
 * `История` keeps values rounded to 0.01, and rounding those again to the 0.1 shown can move the
 * shown value (1 из 22 = 4,545… is shown 4,5 but stored 4,55, which would show 4,6). Every rule
 * compares values as shown, so when the numerator and the denominator give the exact value (a
 * share n × 100 / d or a mean sum / n that rounds to the stored value) and it shows differently
 * from the stored one, the shown value is used instead; otherwise the stored value is kept as is.
 */
function exactValue(stored: number | boolean | null, numerator: number | null, denominator: number | null): number | boolean | null {
  if (typeof stored !== 'number' || numerator === null || denominator === null || denominator <= 0) return stored;
  for (const exact of [(numerator * 100) / denominator, numerator / denominator]) {
    if (Math.abs(round2(exact) - stored) < 1e-9) return roundDisplayed(exact) === roundDisplayed(stored) ? stored : roundDisplayed(exact);
  }
  return stored;
}
