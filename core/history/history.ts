/**
 * `История`: one row per period × criterion × organisation (and the municipal total), so the
 * next year's run can show the dynamics and check whether last year's recommendations worked
 * (file 001 §9). Rerunning a period replaces that period's rows for the same preset; rows of
 * every other period are kept exactly as they were.
 */
import { cellText, type SheetGrid } from '../cells';
import { deficitSeries } from '../deficits/figures';
import { STATUS_LABELS } from '../output/present';
import { formatTarget } from '../output/present';
import { round2, type ComputeResult, type Figure, type Status } from '../result';
import { normalizeText } from '../text';
import { HISTORY_HEADER, MUNICIPALITY_LABEL, NO, YES } from '../texts/ru/workbook';

/** The columns of `История`, and how the municipal total is named there and in recommendations. */
export { HISTORY_HEADER, MUNICIPALITY_LABEL };
import { REPORTED_MARK } from '../texts/ru/org-reports';

export type HistoryValue = string | number | boolean | null;
export type HistoryRow = readonly HistoryValue[];

export interface HistoryEntry {
  readonly period: string;
  readonly preset: string;
  readonly criterionId: string;
  /** Organisation name, or null for the municipal total. */
  readonly organization: string | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly value: number | boolean | null;
  readonly status: Status | null;
}

/**
 * The rows of an existing `История` sheet below its header, in the current layout (empty when
 * absent or unreadable). Columns are found by their header, so every layout the program has
 * written reads the same: the 10 columns of releases before «Сведения ОО» (no `Источник`) as well
 * as the current 11. A column the sheet lacks is empty in every row: for `Источник` that is
 * exact, since before «Сведения ОО» every figure came from a roster, which is what an empty
 * `Источник` means. The run then writes the whole sheet back in the current layout, old rows
 * included, so a workbook never mixes layouts.
 */
export function readHistoryRows(grid: SheetGrid | undefined): HistoryRow[] {
  if (!grid || grid.length === 0) return [];
  const header = (grid[0] ?? []).map((c) => normalizeText(cellText(c)));
  const at = HISTORY_HEADER.map((h) => header.indexOf(normalizeText(h)));
  // Period and criterion are what a history row is; without them the sheet is not a history table.
  if (at[HISTORY.period] !== 0 || at[HISTORY.criterion]! < 0) return [];
  return grid
    .slice(1)
    .filter((r) => cellText(r[0]) !== '')
    .map((r) => at.map((i) => (i < 0 ? null : toHistoryValue(r[i]))));
}

/** Indexes of the current layout's columns (HISTORY_HEADER). */
const HISTORY = { period: 0, criterion: 2 } as const;

function toHistoryValue(v: unknown): HistoryValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

const STATUS_BY_LABEL = new Map<string, Status>(Object.entries(STATUS_LABELS).map(([k, v]) => [v, k as Status]));

export function parseHistoryRow(row: HistoryRow): HistoryEntry {
  const num = (v: HistoryValue) => (typeof v === 'number' ? v : null);
  const raw = row[7] ?? null;
  const value = typeof raw === 'number' ? raw : raw === YES ? true : raw === NO ? false : typeof raw === 'boolean' ? raw : null;
  const org = cellText(row[4] ?? null);
  return {
    period: cellText(row[0] ?? null),
    preset: cellText(row[1] ?? null),
    criterionId: cellText(row[2] ?? null),
    organization: org === MUNICIPALITY_LABEL ? null : org,
    numerator: num(row[5] ?? null),
    denominator: num(row[6] ?? null),
    value,
    status: STATUS_BY_LABEL.get(cellText(row[8] ?? null)) ?? null,
  };
}

function figureRow(result: ComputeResult, id: string, name: string, target: string, org: string, f: Figure, reported = false): HistoryRow {
  const value = typeof f.value === 'number' ? round2(f.value) : typeof f.value === 'boolean' ? (f.value ? YES : NO) : null;
  // An empty cell is null, as readHistoryRows gives it back, so rows survive a round trip through the sheet unchanged.
  return [result.period, result.preset.id, id, name, org, f.numerator === null ? null : round2(f.numerator), f.denominator, value, STATUS_LABELS[f.status], target === '' ? null : target, reported ? REPORTED_MARK : null];
}

/** This run's rows: for each criterion the total first, then each organisation in tab order. */
export function currentHistoryRows(result: ComputeResult): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const r of result.criteria) {
    const c = r.criterion;
    if (c.kind === 'distribution') continue;
    const target = formatTarget(c);
    rows.push(figureRow(result, c.id, c.shortName, target, MUNICIPALITY_LABEL, r.total));
    for (const o of result.organizations) {
      const f = r.byOrganization[o.name];
      if (f) rows.push(figureRow(result, c.id, c.shortName, target, o.name, f, o.reported === true));
    }
  }
  // «Дефициты» figures too, so the next period shows whether deficits shrink.
  for (const d of deficitSeries(result.deficits)) {
    rows.push(figureRow(result, d.id, d.name, '', MUNICIPALITY_LABEL, d.total));
    for (const o of d.organizations) rows.push(figureRow(result, d.id, d.name, '', o.name, o.figure));
  }
  return rows;
}

/** First year of a period for ordering: "2023-2024" → 2023; other text sorts by itself. */
function periodKey(period: string): string {
  const m = /(\d{4})/.exec(period);
  return m ? `${m[1]}|${period}` : `9999|${period}`;
}

/**
 * Existing rows with this run's period replaced: groups of (period, preset) keep their rows
 * verbatim and are ordered by period; the current group takes its place in that order.
 */
export function mergeHistory(existing: readonly HistoryRow[], current: readonly HistoryRow[], period: string, preset: string): HistoryRow[] {
  const groups = new Map<string, HistoryRow[]>();
  const keyOf = (p: string, s: string) => `${periodKey(p)}\u0000${s}`;
  for (const row of existing) {
    const key = keyOf(cellText(row[0] ?? null), cellText(row[1] ?? null));
    const g = groups.get(key) ?? [];
    g.push(row);
    groups.set(key, g);
  }
  groups.set(keyOf(period, preset), [...current]);
  return [...groups.keys()].sort().flatMap((k) => groups.get(k) ?? []);
}

/** The latest period before `period` that has rows for `preset`, or null. */
export function previousPeriod(rows: readonly HistoryRow[], period: string, preset: string): string | null {
  const current = periodKey(period);
  let best: string | null = null;
  for (const row of rows) {
    const p = cellText(row[0] ?? null);
    if (cellText(row[1] ?? null) !== preset || p === period) continue;
    if (periodKey(p) < current && (best === null || periodKey(p) > periodKey(best))) best = p;
  }
  return best;
}
