/**
 * Properties of order and layout: the figures do not depend on the order of rows in a tab or of
 * the tabs in the workbook, and splitting an organisation's people across two tabs (a school
 * with a second building entered separately) leaves every municipal numerator and denominator of
 * the roster-based criteria as it was. Every preset, generated workbooks with unknown values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../core/index';
import { seededShuffle } from '../arbitraries/render';
import { renderWorkbook, splitOrganization, workbookArb } from '../arbitraries/workbook';
import { canonicalJson, compute, figuresOf, PRESET_IDS } from './support';

const presetArb = fc.constantFrom(...PRESET_IDS);

describe('order and layout do not change figures', () => {
  it('reordering the rows below the header in every tab', () => {
    fc.assert(
      fc.property(workbookArb(), fc.nat(), presetArb, (model, seed, presetId) => {
        const { sheets, tabs } = renderWorkbook(model);
        const reordered: SheetData[] = sheets.map((s, i) => {
          const tab = tabs.find((t) => t.name === s.name);
          if (!tab) return s;
          const head = s.values.slice(0, tab.headerIndex + 1);
          return { name: s.name, values: [...head, ...seededShuffle(s.values.slice(tab.headerIndex + 1), seed + i)] };
        });
        expect(canonicalJson(figuresOf(compute(reordered, presetId)))).toBe(canonicalJson(figuresOf(compute(sheets, presetId))));
      }),
      { numRuns: 40 },
    );
  });

  it('reordering the sheets', () => {
    fc.assert(
      fc.property(
        workbookArb().chain((model) => {
          const { sheets } = renderWorkbook(model);
          return fc.tuple(fc.constant(sheets), fc.shuffledSubarray(sheets, { minLength: sheets.length, maxLength: sheets.length }));
        }),
        presetArb,
        ([sheets, reordered], presetId) => {
          expect(canonicalJson(figuresOf(compute(reordered, presetId)))).toBe(canonicalJson(figuresOf(compute(sheets, presetId))));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('splitting an organisation across two tabs keeps every municipal numerator and denominator', () => {
    fc.assert(
      fc.property(workbookArb({ maxOrgs: 4 }), fc.nat(), fc.array(fc.boolean(), { minLength: 1, maxLength: 14 }), presetArb, (model, which, keep, presetId) => {
        const index = which % model.orgs.length;
        const split = splitOrganization(model, index, keep);
        const before = compute(renderWorkbook(model).sheets, presetId);
        const after = compute(renderWorkbook(split).sheets, presetId);
        expect(after.organizations).toHaveLength(before.organizations.length + 1);
        const additive = (kind: string) => kind === 'share' || kind === 'count' || kind === 'mean' || kind === 'distribution';
        const totals = (r: typeof before) =>
          r.criteria
            .filter((c) => additive(c.criterion.kind) && 'population' in c.criterion)
            .map((c) => ({
              id: c.criterion.id,
              numerator: c.total.numerator,
              denominator: c.total.denominator,
              bands: c.total.bands?.map((b) => b.count) ?? null,
              subjects: Object.fromEntries((c.bySubject ?? []).map((s) => [s.subject, [s.total.numerator, s.total.denominator]])),
            }));
        expect(canonicalJson(totals(after))).toBe(canonicalJson(totals(before)));
      }),
      { numRuns: 40 },
    );
  });
});
