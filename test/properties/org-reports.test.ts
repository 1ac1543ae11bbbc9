/**
 * «Сведения ОО» against rosters (workbook.md §9): an organisation's roster split into its counts —
 * per criterion the numerator and the denominator of a share, the count of a count criterion, the
 * «да»/«нет» of a «доля ОО» test — and fed through «Сведения ОО» instead of its tab must give
 * exactly the municipal totals the roster gave, for every criterion it reported, in every preset.
 * That is what "the total stays the ratio of sums, whatever the source" means.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import { isNumberShare } from '../../core/criteria';
import type { ComputeResult, Figure } from '../../core/result';
import { normalizeText } from '../../core/text';
import { renderWorkbook, workbookArb } from '../arbitraries/workbook';
import { compute, PRESET_IDS } from './support';

/** The «Сведения ОО» rows that say what the roster of `org` gave, and the criteria they cover. */
function countsOf(result: ComputeResult, org: string): { rows: CellValue[][]; ids: string[] } {
  const rows: CellValue[][] = [];
  const ids: string[] = [];
  for (const r of result.criteria) {
    const c = r.criterion;
    const f: Figure | undefined = r.byOrganization[org];
    if (!f || f.status === 'no-data' && f.reason !== 'zero-denominator') continue;
    if (c.kind === 'share' && !isNumberShare(c) && f.numerator !== null && f.denominator !== null) {
      rows.push([org, c.id, f.numerator, f.denominator, null]);
    } else if (c.kind === 'count' && typeof f.value === 'number') {
      rows.push([org, c.id, null, null, f.value]);
    } else if (c.kind === 'orgShare' && f.flag !== undefined && !c.orgTypes) {
      rows.push([org, c.id, null, null, f.flag ? 'да' : 'нет']);
    } else continue;
    ids.push(c.id);
  }
  return { rows, ids };
}

const same = (a: Figure, b: Figure, label: string): void => {
  expect(b.numerator, label).toBe(a.numerator);
  expect(b.denominator, label).toBe(a.denominator);
  expect(b.status, label).toBe(a.status);
  if (typeof a.value === 'number') expect(b.value as number, label).toBeCloseTo(a.value, 9);
  else expect(b.value, label).toBe(a.value);
};

describe('«Сведения ОО» property', () => {
  it('replacing a roster by its counts keeps every municipal total of the criteria reported', () => {
    fc.assert(
      fc.property(workbookArb({ clean: true }), fc.nat(), fc.constantFrom(...PRESET_IDS), (model, pick, presetId) => {
        const index = pick % model.orgs.length;
        const org = model.orgs[index]!;
        // The organisation must be known without its tab: listed on «Организации», or no such sheet.
        fc.pre(!model.organizationsSheet || org.listing !== null);
        const sheets = renderWorkbook(model).sheets;
        const before = compute(sheets, presetId);
        const name = before.organizations.find((o) => o.name === org.name)?.name;
        fc.pre(name !== undefined);
        const { rows, ids } = countsOf(before, name!);
        fc.pre(ids.length > 0);
        const reported: SheetData = { name: 'Сведения ОО', values: [['Организация', 'Критерий', 'Числитель', 'Знаменатель', 'Значение'], ...rows] };
        const after = compute([...sheets.filter((s) => s.name !== name), reported], presetId);

        // Named as «Организации» writes it (the tab's name may be spelt differently there).
        const counted = after.organizations.find((o) => normalizeText(o.name) === normalizeText(name!));
        expect(counted).toMatchObject({ reported: true, rows: 0 });
        expect(after.issues.filter((i) => i.code === 'org-reports' && i.severity === 'warning')).toEqual([]);
        for (const id of ids) {
          const a = before.criteria.find((r) => r.criterion.id === id)!;
          const b = after.criteria.find((r) => r.criterion.id === id)!;
          same(a.total, b.total, `${presetId} ${id} total`);
          same(a.byOrganization[name!]!, b.byOrganization[counted!.name]!, `${presetId} ${id} ${name}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
