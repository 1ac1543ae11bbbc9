/**
 * A period's figures in the one shape the recommendation rules read, whether they come from this
 * run or from last year's rows of `История`. Applying the same rules to both is how the program
 * tells which of last year's recommendations were carried out (file 001 §9).
 */
import { parseHistoryRow, type HistoryRow } from '../history/history';
import type { ComputeResult, Status } from '../result';

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
    const f: SnapshotFigure = { value: e.value, numerator: e.numerator, denominator: e.denominator, status: e.status ?? (e.value === null ? 'no-data' : 'no-target') };
    if (e.organization === null) total.set(e.criterionId, f);
    else {
      const m = byOrganization.get(e.criterionId) ?? new Map<string, SnapshotFigure>();
      m.set(e.organization, f);
      byOrganization.set(e.criterionId, m);
    }
  }
  return { period, total, byOrganization };
}
