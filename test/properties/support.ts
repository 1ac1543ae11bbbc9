/**
 * What the property tests share: running the core on generated sheets, and the figures of a
 * result in a canonical, order-free form (object keys sorted, subjects sorted) so two results can
 * be compared as JSON whatever the order of their tabs.
 */
import { computeWorkbook, PRESETS, type ComputeResult, type Figure, type SheetData } from '../../core/index';
import { REFERENCE_DATE } from '../arbitraries/workbook';

export const PRESET_IDS = PRESETS.map((p) => p.id);

export function compute(sheets: readonly SheetData[], presetId?: string): ComputeResult {
  return computeWorkbook(sheets, { today: REFERENCE_DATE, referenceDate: REFERENCE_DATE, ...(presetId ? { presetId } : {}) });
}

/** JSON with the keys of every object sorted. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Totals, per-organisation and per-subject figures of every criterion, by criterion id. */
export function figuresOf(result: ComputeResult): Record<string, unknown> {
  return Object.fromEntries(
    result.criteria.map((r) => [
      r.criterion.id,
      {
        total: r.total,
        byOrganization: r.byOrganization,
        bySubject: [...(r.bySubject ?? [])].sort((a, b) => (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0)),
      },
    ]),
  );
}

/** Round half up to tenths of a percent of num/den, exactly (integers only): 89.95 → 900. */
export function displayedTenths(num: number, den: number): bigint {
  const n = BigInt(num);
  const d = BigInt(den);
  return (2000n * n + d) / (2n * d);
}

export function hasValue(f: Figure | undefined): f is Figure & { value: number } {
  return f !== undefined && typeof f.value === 'number';
}
