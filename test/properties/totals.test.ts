/**
 * Properties of the municipal total (workbook.md §6): it is the ratio of sums over the
 * organisations that have data, never a mean of their shares, so it lies between the lowest and
 * the highest organisation value; counts add up; orgShare counts organisations. Checked for every
 * criterion of every preset (and every subject breakdown) on generated workbooks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWorkbook, type CriterionResult, type Figure } from '../../core/index';
import { REFERENCE_DATE, renderWorkbook, workbookArb } from '../arbitraries/workbook';
import { compute, hasValue, PRESET_IDS } from './support';

const presetArb = fc.constantFrom(...PRESET_IDS);

/** Per-organisation figures and the total of a criterion and of each of its subjects. */
function groups(r: CriterionResult): { label: string; total: Figure; orgs: Figure[] }[] {
  return [
    { label: r.criterion.id, total: r.total, orgs: Object.values(r.byOrganization) },
    ...(r.bySubject ?? []).map((s) => ({ label: `${r.criterion.id} / ${s.subject}`, total: s.total, orgs: Object.values(s.byOrganization) })),
  ];
}

describe('municipal totals', () => {
  it('6.1: an organisation with 0 planned staff is «нет данных» and stays out of the total', () => {
    const result = computeWorkbook(
      [
        { name: 'Организации', values: [['Организация', 'Тип', 'Штатная численность', 'Фактическая численность'], ['Школа №1', 'ОО', 0, 5], ['Школа №2', 'ОО', 10, 5]] },
        { name: 'Школа №1', values: [['ФИО', 'Должность'], ['Работник 1', 'учитель']] },
        { name: 'Школа №2', values: [['ФИО', 'Должность'], ['Работник 2', 'учитель']] },
      ],
      { today: REFERENCE_DATE },
    );
    const r = result.criteria.find((c) => c.criterion.id === '6.1');
    expect(r?.byOrganization['Школа №1']?.status).toBe('no-data');
    expect(r?.total).toMatchObject({ numerator: 5, denominator: 10, value: 50, status: 'below' });
  });

  it('a share total lies between the lowest and the highest organisation value', () => {
    fc.assert(
      fc.property(workbookArb(), presetArb, (model, presetId) => {
        const result = compute(renderWorkbook(model).sheets, presetId);
        for (const r of result.criteria.filter((c) => c.criterion.kind === 'share')) {
          for (const g of groups(r)) {
            const values = g.orgs.filter(hasValue).map((f) => f.value);
            if (values.length === 0) {
              if (r.byOrganization && Object.keys(r.byOrganization).length > 0) expect(g.total.value, `${g.label}: no organisation has data`).toBeNull();
              continue;
            }
            expect(hasValue(g.total), g.label).toBe(true);
            expect(g.total.value, g.label).toBeGreaterThanOrEqual(Math.min(...values));
            expect(g.total.value, g.label).toBeLessThanOrEqual(Math.max(...values));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is the ratio of sums over the organisations with data (Σ numerators / Σ denominators)', () => {
    fc.assert(
      fc.property(workbookArb(), presetArb, (model, presetId) => {
        const result = compute(renderWorkbook(model).sheets, presetId);
        for (const r of result.criteria) {
          const kind = r.criterion.kind;
          for (const g of groups(r)) {
            if (Object.keys(r.byOrganization).length === 0) continue; // municipal-only (8.1, presence from Муниципалитет)
            const withData = g.orgs.filter((f) => f.value !== null);
            const num = withData.reduce((s, f) => s + (f.numerator ?? 0), 0);
            const den = withData.reduce((s, f) => s + (f.denominator ?? 0), 0);
            if (kind === 'share' || kind === 'orgShare' || kind === 'mean') {
              if (g.total.numerator === null) {
                // «нет данных» in total (a column or a source missing everywhere): no organisation has data either.
                expect(g.total.status, g.label).toBe('no-data');
                expect(withData, g.label).toHaveLength(0);
                continue;
              }
              expect([g.total.numerator, g.total.denominator], g.label).toEqual([num, den]);
              if (den === 0) expect(g.total.value, g.label).toBeNull();
              else expect(g.total.value as number, g.label).toBeCloseTo(kind === 'mean' ? num / den : (num * 100) / den, 9);
            } else if (kind === 'count') {
              if (withData.length > 0) expect(g.total.value, g.label).toBe(withData.reduce((s, f) => s + (f.value as number), 0));
            } else if (kind === 'distribution' && g.total.bands) {
              const bands = g.total.bands.map((_, i) => g.orgs.reduce((s, f) => s + (f.bands?.[i]?.count ?? 0), 0));
              expect(g.total.bands.map((b) => b.count), g.label).toEqual(bands);
            }
          }
          if (kind === 'orgShare') {
            const flagged = Object.values(r.byOrganization).filter((f) => typeof f.flag === 'boolean');
            expect([r.total.numerator, r.total.denominator], r.criterion.id).toEqual([flagged.filter((f) => f.flag).length, flagged.length]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
