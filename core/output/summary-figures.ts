/**
 * The figures a summary is made of, worked out once so the `Сводка` sheet and the HTML report
 * (core/report) say the same: key counts, each criterion against its numeric target, which
 * criteria compare the organisations of a track, and the change since the previous period.
 * Aggregates only — organisations and the municipality, never a person.
 */
import type { Criterion, OrgType } from '../criteria';
import type { Analysis } from '../recommend/index';
import { lowerIsBetter } from '../recommend/rules';
import type { Snapshot, SnapshotFigure } from '../recommend/snapshot';
import { roundDisplayed, type ComputeResult, type CriterionResult, type Figure, type Status } from '../result';
import { ORG_TYPES } from '../texts/ru/workbook';

export { ORG_TYPES };

/** At most this many criteria compare the organisations of one track, so a chart stays readable. */
export const MAX_COMPARED = 8;

export interface KeyFigures {
  readonly organizations: number;
  readonly byType: Readonly<Record<OrgType, number>>;
  readonly staff: number;
  readonly criteria: number;
  readonly statuses: Readonly<Record<Status, number>>;
  /** Open recommendations by priority (successful practices apart). */
  readonly priorities: readonly [number, number, number];
  readonly practices: number;
  readonly decisions: number;
  readonly issues: { readonly error: number; readonly warning: number; readonly info: number };
  /** Criteria better, worse and unchanged since the previous period, when there is one. */
  readonly change: { readonly period: string; readonly better: number; readonly worse: number; readonly same: number } | null;
}

export function keyFigures(result: ComputeResult, analysis: Analysis): KeyFigures {
  const statuses: Record<Status, number> = { met: 0, below: 0, 'no-target': 0, 'no-data': 0 };
  for (const r of result.criteria) statuses[r.total.status]++;
  const byType: Record<OrgType, number> = { ОО: 0, ДОО: 0, УДО: 0 };
  for (const o of result.organizations) byType[o.type]++;
  const open = analysis.recommendations.filter((r) => r.kind !== 'success');
  const sev = (s: string) => result.issues.filter((i) => i.severity === s).length;
  const priority = (p: number) => open.filter((r) => r.priority === p).length;
  const changes = changeRows(result, analysis.previous);
  return {
    organizations: result.organizations.length,
    byType,
    staff: result.organizations.reduce((n, o) => n + o.rows, 0),
    criteria: result.criteria.length,
    statuses,
    priorities: [priority(1), priority(2), priority(3)],
    practices: analysis.recommendations.length - open.length,
    decisions: analysis.decisions.length,
    issues: { error: sev('error'), warning: sev('warning'), info: sev('info') },
    change: analysis.previous
      ? {
          period: analysis.previous.period,
          better: changes.filter((c) => c.direction === 'better').length,
          worse: changes.filter((c) => c.direction === 'worse').length,
          same: changes.filter((c) => c.direction === 'same').length,
        }
      : null,
  };
}

/** Whether a criterion's values are percentages (one axis from 0 to 100). */
export function isPercent(c: Criterion): boolean {
  return c.kind === 'share' || c.kind === 'orgShare';
}

export interface TargetRow {
  readonly result: CriterionResult;
  /** Municipal value as displayed (0.1), null when there is no data. */
  readonly value: number | null;
  readonly target: number;
}

/** Criteria with a numeric target, percentages first (they share one chart), each in preset order. */
export function targetRows(result: ComputeResult): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const r of result.criteria) {
    const t = r.criterion.target;
    if (!t || typeof t.value !== 'number' || r.criterion.kind === 'distribution') continue;
    rows.push({ result: r, value: typeof r.total.value === 'number' ? roundDisplayed(r.total.value) : null, target: t.value });
  }
  return [...rows.filter((r) => isPercent(r.result.criterion)), ...rows.filter((r) => !isPercent(r.result.criterion))];
}

export interface TrackComparison {
  readonly track: string;
  /** 'targets': the track's share criteria with a numeric target; 'headline': the first share criterion of each indicator. */
  readonly basis: 'targets' | 'headline';
  readonly criteria: readonly CriterionResult[];
}

/** Per track, the share criteria that compare its organisations (at most MAX_COMPARED). */
export function trackComparisons(result: ComputeResult): TrackComparison[] {
  const tracks = [...new Set(result.criteria.map((r) => r.criterion.track))];
  const out: TrackComparison[] = [];
  for (const track of tracks) {
    const eligible = result.criteria.filter((r) => r.criterion.track === track && r.criterion.kind === 'share' && Object.keys(r.byOrganization).length > 0);
    const withTargets = eligible.filter((r) => typeof r.criterion.target?.value === 'number');
    const headline = eligible.filter((r, i) => eligible.findIndex((x) => x.criterion.indicator === r.criterion.indicator) === i);
    // Targets nobody has data for yet (a new column such as П14's) would leave the chart empty.
    const basis = withTargets.some((r) => r.total.value !== null) ? 'targets' : 'headline';
    const criteria = (basis === 'targets' ? withTargets : headline).slice(0, MAX_COMPARED);
    if (criteria.length > 0 && result.organizations.length > 0) out.push({ track, basis, criteria });
  }
  return out;
}

/** An organisation's value as displayed, or null when there is none (no data, not applicable). */
export function shownValue(f: Figure | SnapshotFigure | undefined): number | null {
  return f && typeof f.value === 'number' ? roundDisplayed(f.value) : null;
}

export interface ChangeRow {
  readonly result: CriterionResult;
  readonly before: SnapshotFigure;
  /** In the criterion's unit: p.p. of displayed values for shares, points for means, people for counts; null for yes/no. */
  readonly delta: number | null;
  readonly direction: 'better' | 'worse' | 'same';
}

/** Criteria with a value in both periods, in preset order (distributions have no single value). */
export function changeRows(result: ComputeResult, previous: Snapshot | null): ChangeRow[] {
  if (!previous) return [];
  const rows: ChangeRow[] = [];
  for (const r of result.criteria) {
    const c = r.criterion;
    const before = previous.total.get(c.id);
    const now = r.total.value;
    if (c.kind === 'distribution' || !before || before.value === null || now === null) continue;
    if (typeof now === 'boolean' || typeof before.value === 'boolean') {
      const direction = now === before.value ? 'same' : now === true ? 'better' : 'worse';
      rows.push({ result: r, before, delta: null, direction });
      continue;
    }
    const delta = c.kind === 'count' ? now - before.value : roundDisplayed(roundDisplayed(now) - roundDisplayed(before.value));
    const direction = delta === 0 ? 'same' : (lowerIsBetter(c) ? delta < 0 : delta > 0) ? 'better' : 'worse';
    rows.push({ result: r, before, delta, direction });
  }
  return rows;
}
