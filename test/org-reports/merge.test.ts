/**
 * Municipalities with organisations of both kinds, combined (`compute a.xlsx b.xlsx`) and merged
 * (`merge a.json b.json`): a count-only organisation stays count-only under its prefixed name, and
 * both ways give the same regional totals — the ratio of sums over every organisation.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import { combineWorkbooks, mergeResults } from '../../core/merge/index';
import { BASE_LISTINGS, district, yesFor } from '../helpers/district';
import { orgsSheet } from '../helpers/workbook';
import { resultOf } from '../merge/split';

const HEADER = ['Организация', 'Критерий', 'Числитель', 'Знаменатель', 'Значение'];

function town(count: string, rows: readonly (readonly CellValue[])[], diag: string[]): SheetData[] {
  return [
    ...district(yesFor('diagRegional', ...diag), { listings: null }),
    orgsSheet([...BASE_LISTINGS, { name: count, type: 'ОО' }]),
    { name: 'Сведения ОО', values: [HEADER, ...rows.map((r) => [...r])] },
  ];
}

// North: 1.2 roster 2 of 18 (s3, k2), СОШ №5 12 of 30. South: roster 1 of 18 (d2), СОШ №5 (another one) 3 of 20.
const north = town('МБОУ СОШ №5', [['МБОУ СОШ №5', '1.2', 12, 30, null], ['МБОУ СОШ №5', '8.11', null, null, 4]], ['s3', 'k2']);
const south = town('МБОУ СОШ №5', [['МБОУ СОШ №5', '1.2', 3, 20, null]], ['d2']);

describe('merge with organisations of both kinds', () => {
  const combined = combineWorkbooks([
    { label: 'Север', sheets: north },
    { label: 'Юг', sheets: south },
  ]);
  const both = resultOf(combined.sheets);

  it('prefixes a colliding count-only organisation like a tab, and keeps it count-only', () => {
    const reported = both.organizations.filter((o) => o.source === 'reported').map((o) => o.name);
    expect(reported).toEqual(['Север — МБОУ СОШ №5', 'Юг — МБОУ СОШ №5']);
    expect(both.organizations).toHaveLength(3 + 3 + 2);
    expect(both.issues.filter((i) => i.code === 'org-reports' && i.severity === 'warning')).toEqual([]);
  });

  it('the combined total is the ratio of sums by hand: (2 + 12 + 1 + 3) / (18 + 30 + 18 + 20)', () => {
    const c = both.criteria.find((x) => x.id === '1.2')!;
    expect(c.total).toMatchObject({ numerator: 18, denominator: 86, value: Math.round((18 * 10000) / 86) / 100 });
    expect(c.byOrganization['Юг — МБОУ СОШ №5']).toMatchObject({ numerator: 3, denominator: 20, value: 15, source: 'reported' });
  });

  it('merging the two result files gives the same totals as computing them together', () => {
    const merged = mergeResults([
      { name: 'Север', json: resultOf(north) },
      { name: 'Юг', json: resultOf(south) },
    ]);
    expect(merged.organizations).toBe(8);
    for (const id of ['1.2', '8.11', '1.3']) {
      const m = merged.criteria.find((x) => x.id === id)!;
      const b = both.criteria.find((x) => x.id === id)!;
      expect([m.total.numerator, m.total.denominator, m.total.status], id).toEqual([b.total.numerator, b.total.denominator, b.total.status]);
    }
    expect(merged.criteria.find((x) => x.id === '8.11')!.total.value).toBe(4);
  });
});
