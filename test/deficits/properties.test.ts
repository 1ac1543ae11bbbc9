/**
 * A property of «Дефициты» on generated workbooks (some tabs with all five «Дефицит: …» columns,
 * some with a few, some with none, unknown cells anywhere): every municipal figure is the sum of
 * the organisations' figures shown above it — numerators and denominators — over the
 * organisations that have deficit columns and data for that figure; every subject's figure is the
 * sum of its organisations'; and no organisation's share lies outside 0–100 or counts more people
 * than it diagnosed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWorkbook, type Figure } from '../../core/index';
import type { DeficitFigures } from '../../core/deficits/compute';
import { REFERENCE_DATE, renderWorkbook, workbookArb } from '../arbitraries/workbook';

const KINDS = ['deficitSubject', 'deficitMethod', 'deficitPsych', 'deficitComm', 'deficitDigital'] as const;
const figuresOf = (f: DeficitFigures): Figure[] => [f.diagnosed, ...KINDS.map((k) => f.kinds[k]), f.risk, f.withDeficit, f.routed];

function sumOf(parts: readonly Figure[]): [number | null, number | null] {
  const withData = parts.filter((f) => f.numerator !== null && f.denominator !== null);
  if (withData.length === 0) return [null, null];
  return [withData.reduce((n, f) => n + (f.numerator as number), 0), withData.reduce((n, f) => n + (f.denominator as number), 0)];
}

describe('«Дефициты» totals', () => {
  it('equal the sum of the organisations, and each subject the sum of its organisations', () => {
    fc.assert(
      fc.property(workbookArb(), (model) => {
        const result = computeWorkbook(renderWorkbook(model).sheets, { today: REFERENCE_DATE, referenceDate: REFERENCE_DATE });
        const d = result.deficits;
        if (!d) {
          expect(result.organizations.length).toBeGreaterThan(0);
          return;
        }
        const shown = d.organizations.filter((o) => o.hasColumns);
        const total = figuresOf(d.total);
        total.forEach((t, i) => {
          expect([t.numerator, t.denominator]).toEqual(sumOf(shown.map((o) => figuresOf(o.figures)[i]!)));
        });
        for (const o of d.organizations) {
          // Without a deficit column an organisation has no kind figures at all.
          if (!o.hasColumns) for (const k of KINDS) expect(o.figures.kinds[k].numerator).toBeNull();
          const diagnosed = o.figures.diagnosed.denominator ?? 0;
          for (const f of [...KINDS.map((k) => o.figures.kinds[k]), o.figures.risk]) {
            if (f.numerator === null || f.denominator === null) continue;
            expect(f.numerator).toBeLessThanOrEqual(f.denominator);
            expect(f.denominator).toBeLessThanOrEqual(diagnosed);
          }
          const routed = o.figures.routed;
          if (routed.denominator !== null) expect(routed.denominator).toBeLessThanOrEqual(o.figures.withDeficit.denominator ?? 0);
        }
        for (const s of d.subjects) {
          const parts = Object.values(s.byOrganization);
          figuresOf(s.total).forEach((t, i) => expect([t.numerator, t.denominator]).toEqual(sumOf(parts.map((p) => figuresOf(p)[i]!))));
        }
      }),
      { numRuns: 60 },
    );
  });
});
