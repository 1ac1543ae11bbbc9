/**
 * Targets are checked on the displayed value (workbook.md §6): a share meets «не менее 90 %» iff
 * its value rounded half up to 0.1 satisfies it, so 89.95 % (1799 of 2000) is met and 89.94 % is
 * not. The expected status is computed with exact integer arithmetic from the numerator and the
 * denominator, never with the core's rounding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion, Figure, Target } from '../../core/index';
import { computeCriterion } from '../../core/engine/compute';
import { columnOf } from '../../core/column';
import type { Dataset } from '../../core/records';
import { renderWorkbook, workbookArb } from '../arbitraries/workbook';
import { compute, displayedTenths, PRESET_IDS } from './support';

type Op = Target['op'];
const OPS: readonly Op[] = ['>=', '>', '<=', '<', '='];

function holds(shown: bigint, op: Op, target: bigint): boolean {
  switch (op) {
    case '>=':
      return shown >= target;
    case '>':
      return shown > target;
    case '<=':
      return shown <= target;
    case '<':
      return shown < target;
    default:
      return shown === target;
  }
}

/** The status a figure must have, from its numerator and denominator (share) or value (count). */
function expectedStatus(kind: string, f: Figure, target: Target): Figure['status'] {
  if (f.value === null) return 'no-data';
  if (typeof target.value === 'boolean' || typeof f.value === 'boolean') return f.value === target.value ? 'met' : 'below';
  const t = BigInt(Math.round(target.value * 10));
  const shown = kind === 'share' || kind === 'orgShare' ? displayedTenths(f.numerator as number, f.denominator as number) : BigInt(Math.round(f.value * 10));
  return holds(shown, target.op, t) ? 'met' : 'below';
}

function dataset(yes: number, total: number): Dataset {
  const rows = Array.from({ length: total }, (_, i) => i + 2);
  const pk = rows.map((_, i) => i < yes);
  return {
    organizations: [{ name: 'Школа №1', type: 'ОО', typeInferred: false, listed: true, flags: {}, numbers: {}, columns: new Set(['pk']), rows, values: new Map([['pk', columnOf(pk)]]) }],
    municipality: new Map(),
    hasMunicipalitySheet: false,
    hasOrganizationsSheet: true,
    issues: [],
  };
}

const shareCase = fc
  .oneof(fc.integer({ min: 1, max: 3000 }), fc.constantFrom(3, 7, 20, 40, 200, 2000))
  .chain((den) =>
    fc.record({
      den: fc.constant(den),
      num: fc.integer({ min: 0, max: den }),
      op: fc.constantFrom(...OPS),
      // The target near the displayed value (in tenths), or any whole percent.
      offset: fc.integer({ min: -2, max: 2 }),
      near: fc.boolean(),
      whole: fc.integer({ min: 0, max: 100 }),
    }),
  )
  .map(({ den, num, op, offset, near, whole }) => {
    const tenths = Number(displayedTenths(num, den)) + offset;
    return { num, den, target: { op, value: near ? tenths / 10 : whole } as Target };
  });

describe('targets are checked on the value rounded to 0.1', () => {
  it('the boundary cases of the contract', () => {
    expect(displayedTenths(1799, 2000)).toBe(900n); // 89.95 → 90.0
    expect(displayedTenths(17989, 20000)).toBe(899n); // 89.945 → 89.9
    const status = (num: number, den: number) => computeCriterion(dataset(num, den), criterion({ op: '>=', value: 90 })).total.status;
    expect(status(1799, 2000)).toBe('met');
    expect(status(17989, 20000)).toBe('below');
  });

  it('share: met iff round-half-up(value, 1) satisfies the target', () => {
    fc.assert(
      fc.property(shareCase, ({ num, den, target }) => {
        const r = computeCriterion(dataset(num, den), criterion(target));
        expect([r.total.numerator, r.total.denominator]).toEqual([num, den]);
        expect(r.total.status, `${num}/${den} ${target.op} ${String(target.value)}`).toBe(expectedStatus('share', r.total, target));
        expect(r.byOrganization['Школа №1']?.status).toBe(r.total.status);
      }),
      { numRuns: 300 },
    );
  });

  it('every figure of every preset on generated workbooks', () => {
    fc.assert(
      fc.property(workbookArb(), fc.constantFrom(...PRESET_IDS), (model, presetId) => {
        const result = compute(renderWorkbook(model).sheets, presetId);
        for (const r of result.criteria) {
          const target = r.criterion.target;
          // A distribution's figures carry bands, not a value; an orgShare organisation carries a flag.
          if (r.criterion.kind === 'distribution') continue;
          const figures = [r.total, ...(r.criterion.kind === 'orgShare' ? [] : Object.values(r.byOrganization))];
          for (const f of figures) {
            if (!target) expect(f.status, r.criterion.id).toBe(f.value === null ? 'no-data' : 'no-target');
            else expect(f.status, r.criterion.id).toBe(expectedStatus(r.criterion.kind, f, target));
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

function criterion(target: Target): Criterion {
  return {
    id: 'T', kind: 'share', name: 'проверка', shortName: 'проверка', track: 'т', indicator: 'и', target,
    population: { op: 'true' }, condition: { op: 'yes', field: 'pk' },
  };
}
