/**
 * «Сведения ОО» (workbook.md §9): a municipality of three roster tabs (the district of
 * test/helpers/district.ts) plus two organisations that send counts only. Totals are checked
 * against ratios of sums worked out by hand from the district's table; every kind of bad row is
 * checked to be one warning naming the sheet, row and column, and to change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import { buildOutputSheets } from '../../core/output/index';
import { resultToJson } from '../../core/output/result-json';
import { analyze } from '../../core/recommend/index';
import type { ComputeResult } from '../../core/result';
import { BASE_LISTINGS, DDT, district, KINDERGARTEN, merge, SCHOOL, yesFor } from '../helpers/district';
import { compute, orgsSheet } from '../helpers/workbook';

const SCHOOL5 = 'МБОУ СОШ №5';
const KG3 = 'МБДОУ Детский сад №3';
const SHEET = 'Сведения ОО';
const HEADER = ['Организация', 'Критерий', 'Числитель', 'Знаменатель', 'Значение', 'Примечание'];

function reports(rows: readonly (readonly CellValue[])[]): SheetData {
  return { name: SHEET, values: [HEADER, ...rows.map((r) => [...r])] };
}

/** The district with 1.2 «да» for s3, s4, k2 (3 of 18 ped), support for s5 and d4, and two count-only organisations listed. */
function municipality(rows: readonly (readonly CellValue[])[]): SheetData[] {
  const sheets = district(merge(yesFor('diagRegional', 's3', 's4', 'k2'), yesFor('addressSupport', 's5', 'd4')), { listings: null });
  return [
    ...sheets,
    orgsSheet([...BASE_LISTINGS, { name: SCHOOL5, type: 'ОО' }, { name: KG3, type: 'ДОО' }]),
    reports(rows),
  ];
}

const GOOD: readonly (readonly CellValue[])[] = [
  [SCHOOL5, '1.2', 12, 30, null, 'информационная карта'],
  [KG3, 1.2, 5, 10, null, null],
  [SCHOOL5, '8.11', null, null, 7, null],
  [SCHOOL5, '8.17', null, null, 'да', null],
  [KG3, '8.17', null, null, 'нет', null],
];

function byId(result: ComputeResult, id: string) {
  const r = result.criteria.find((c) => c.criterion.id === id);
  if (!r) throw new Error(`no criterion ${id}`);
  return r;
}

describe('«Сведения ОО»: organisations without a roster', () => {
  const result = compute(municipality(GOOD));

  it('adds each count-only organisation after the roster tabs, marked as reported', () => {
    expect(result.organizations.map((o) => [o.name, o.type, o.rows, o.reported ?? false])).toEqual([
      [SCHOOL, 'ОО', 10, false],
      [KINDERGARTEN, 'ДОО', 6, false],
      [DDT, 'УДО', 6, false],
      [SCHOOL5, 'ОО', 0, true],
      [KG3, 'ДОО', 0, true],
    ]);
  });

  it('share: the total is the ratio of sums over roster and reported organisations (3 + 12 + 5) / (18 + 30 + 10)', () => {
    const r = byId(result, '1.2');
    expect(r.total.numerator).toBe(20);
    expect(r.total.denominator).toBe(58);
    expect(r.total.value).toBeCloseTo((20 * 100) / 58, 10);
    expect(r.byOrganization[SCHOOL]).toMatchObject({ numerator: 2, denominator: 8 });
    expect(r.byOrganization[SCHOOL]!.reported).toBeUndefined();
    expect(r.byOrganization[SCHOOL5]).toMatchObject({ numerator: 12, denominator: 30, value: 40, reported: true });
    expect(r.byOrganization[KG3]).toMatchObject({ numerator: 5, denominator: 10, value: 50, reported: true });
  });

  it('count: the reported count adds to the roster count (2 + 7)', () => {
    const r = byId(result, '8.11');
    expect(r.total.value).toBe(9);
    expect(r.byOrganization[SCHOOL5]).toMatchObject({ value: 7, reported: true });
    expect(r.byOrganization[KG3]).toMatchObject({ value: null, status: 'no-data', reason: 'missing-source' });
  });

  it('«доля ОО»: a reported «да»/«нет» counts the organisation (roster 2 of 3, reported 1 of 2 → 3 of 5)', () => {
    const r = byId(result, '8.17');
    expect(r.total).toMatchObject({ numerator: 3, denominator: 5, value: 60 });
    expect(r.byOrganization[SCHOOL5]).toMatchObject({ flag: true, reported: true });
    expect(r.byOrganization[KG3]).toMatchObject({ flag: false, reported: true });
  });

  it('a criterion not reported is «нет данных» for the organisation and leaves the total as the rosters make it', () => {
    const r = byId(result, '1.3');
    expect(r.byOrganization[SCHOOL5]).toMatchObject({ status: 'no-data', reason: 'missing-source' });
    expect(r.total).toMatchObject({ numerator: 0, denominator: 18 });
  });

  it('one info line per reported organisation, and no «listed without a tab» warning for them', () => {
    const infos = result.issues.filter((i) => i.code === 'org-reports' && i.severity === 'info' && i.row === null);
    expect(infos.map((i) => i.value)).toEqual([SCHOOL5, KG3]);
    expect(infos[0]!.message).toContain('по сведениям ОО');
    expect(infos[0]!.message).toContain('1.2, 8.11, 8.17');
    expect(result.issues.filter((i) => i.code === 'org-without-tab')).toEqual([]);
  });

  it('the result file names the source of every organisation and of every reported figure', () => {
    const json = resultToJson(result, analyze(result, []));
    expect(json.organizations.map((o) => o.source)).toEqual(['roster', 'roster', 'roster', 'reported', 'reported']);
    const c12 = json.criteria.find((c) => c.id === '1.2')!;
    expect(c12.byOrganization[SCHOOL5]!.source).toBe('reported');
    expect(c12.byOrganization[SCHOOL]!.source).toBeUndefined();
  });

  it('every output sheet marks the reported organisations «по сведениям ОО»', () => {
    const outputs = buildOutputSheets(result, analyze(result, []));
    const text = (name: string) => outputs.find((o) => o.name === name)!.values.flat().map((c) => String(c ?? '')).join('\n');
    expect(text('Показатели')).toContain(`${SCHOOL5} (по сведениям ОО)`);
    expect(text('Сводка')).toContain(`${SCHOOL5} (по сведениям ОО)`);
    expect(text('История')).toContain('по сведениям ОО');
  });
});

describe('«Сведения ОО»: facts of `Организации` count for an organisation without a roster', () => {
  it('staff numbers (6.1) and «ЦМН внедрена» (8.17) come from its listing when «Сведения ОО» does not give them', () => {
    const sheets = [
      ...district({}, { listings: null }),
      orgsSheet([...BASE_LISTINGS, { name: SCHOOL5, type: 'ОО', mentoringModelAdopted: 'да', staffPlanned: 20, staffActual: 18 }, { name: KG3, type: 'ДОО' }]),
      reports([[SCHOOL5, '1.2', 12, 30, null, null], [KG3, '1.2', 5, 10, null, null]]),
    ];
    const result = compute(sheets);
    // 6.1: roster organisations 10/11, 6/6, 6/7; СОШ №5 18/20 → (22 + 18) / (24 + 20).
    expect(byId(result, '6.1').byOrganization[SCHOOL5]).toMatchObject({ numerator: 18, denominator: 20, value: 90, reported: true });
    expect(byId(result, '6.1').total).toMatchObject({ numerator: 40, denominator: 44 });
    // 8.17: roster 2 of 3; СОШ №5 «да» from its listing; the kindergarten's empty cell is «нет», as for any listing.
    expect(byId(result, '8.17').total).toMatchObject({ numerator: 3, denominator: 5, value: 60 });
    expect(byId(result, '8.17').byOrganization[KG3]).toMatchObject({ flag: false, reported: true });
    // Without `Организации` facts and without a row, a criterion of that sheet stays «нет данных».
    const bare = compute([...district({}, { listings: null }), orgsSheet([...BASE_LISTINGS, { name: SCHOOL5, type: 'ОО' }]), reports([[SCHOOL5, '1.2', 1, 2, null, null]])]);
    expect(byId(bare, '6.1').byOrganization[SCHOOL5]).toMatchObject({ status: 'no-data', reason: 'missing-source' });
  });
});

describe('«Сведения ОО»: a roster wins over a count', () => {
  it('a row for an organisation with a roster tab is one info line and changes nothing', () => {
    const plain = compute(municipality(GOOD));
    const withConflict = compute(municipality([...GOOD, [SCHOOL, '1.2', 8, 8, null, null]]));
    expect(byId(withConflict, '1.2').total).toEqual(byId(plain, '1.2').total);
    expect(byId(withConflict, '1.2').byOrganization[SCHOOL]).toEqual(byId(plain, '1.2').byOrganization[SCHOOL]);
    const info = withConflict.issues.filter((i) => i.code === 'org-reports' && i.row === 7);
    expect(info).toEqual([
      expect.objectContaining({ severity: 'info', sheet: SHEET, row: 7, column: 'Организация', value: SCHOOL }),
    ]);
    expect(info[0]!.message).toContain(`«${SCHOOL}»`);
  });
});

describe('«Сведения ОО»: every bad row is a warning naming sheet, row and column, and is not used', () => {
  const cases: readonly [string, readonly CellValue[], string, string][] = [
    ['numerator above denominator', [SCHOOL5, '1.3', 15, 10, null, null], 'Числитель', 'больше знаменателя'],
    ['negative numerator', [SCHOOL5, '1.3', -1, 10, null, null], 'Числитель', 'Отрицательное'],
    ['negative denominator', [SCHOOL5, '1.3', 1, -10, null, null], 'Знаменатель', 'Отрицательное'],
    ['non-numeric figure', [SCHOOL5, '1.3', 'много', 10, null, null], 'Числитель', 'Ожидается число'],
    ['fractional count of people', [SCHOOL5, '1.3', 3.5, 10, null, null], 'Числитель', 'целым'],
    ['empty denominator', [SCHOOL5, '1.3', 3, null, null, null], 'Знаменатель', 'Не заполнен'],
    ['unknown criterion', [SCHOOL5, '99.9', 1, 2, null, null], 'Критерий', 'нет в наборе'],
    ['unknown organisation', ['Гимназия №9', '1.3', 1, 2, null, null], 'Организация', 'нет ни среди листов'],
    ['presence that is not да/нет', [SCHOOL5, '8.17', null, null, 'частично', null], 'Значение', '«да» или «нет»'],
    ['negative count', [SCHOOL5, '8.18', null, null, -3, null], 'Значение', 'Отрицательное'],
    ['criterion of the municipality as a whole', [SCHOOL5, '4.1', null, null, 'да', null], 'Критерий', 'по муниципалитету в целом'],
    ['no organisation', [null, '1.3', 1, 2, null, null], 'Организация', 'Не указана организация'],
  ];
  const plain = compute(municipality(GOOD));

  for (const [what, row, column, words] of cases) {
    it(what, () => {
      const result = compute(municipality([...GOOD, row]));
      const rowNo = GOOD.length + 2;
      const found = result.issues.filter((i) => i.sheet === SHEET && i.row === rowNo);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', sheet: SHEET, row: rowNo, column });
      expect(found[0]!.message).toContain(words);
      expect(found[0]!.message).toContain('строка не учтена');
      // Not used: every figure is what it is without the row.
      for (const r of plain.criteria) expect(byId(result, r.criterion.id).total).toEqual(r.total);
      expect(result.organizations).toEqual(plain.organizations);
    });
  }

  it('the same organisation and criterion twice: the second row is a warning and the first is used', () => {
    const result = compute(municipality([...GOOD, [SCHOOL5, '1.2', 1, 1, null, null]]));
    const found = result.issues.filter((i) => i.sheet === SHEET && i.row === GOOD.length + 2);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', column: 'Критерий' })]);
    expect(found[0]!.message).toContain('строке 2');
    expect(byId(result, '1.2').byOrganization[SCHOOL5]).toMatchObject({ numerator: 12, denominator: 30 });
  });
});

describe('«Сведения ОО» without rosters and without «Организации»', () => {
  it('a workbook of counts only computes; types come from the names', () => {
    const result = compute([reports([['МБДОУ Детский сад №3', '1.2', 4, 8, null, null], ['МБОУ СОШ №5', '1.2', 6, 12, null, null]])]);
    expect(result.organizations.map((o) => [o.name, o.type])).toEqual([['МБДОУ Детский сад №3', 'ДОО'], ['МБОУ СОШ №5', 'ОО']]);
    expect(byId(result, '1.2').total).toMatchObject({ numerator: 10, denominator: 20, value: 50 });
    expect(result.issues.filter((i) => i.code === 'inferred-type' && i.sheet === SHEET)).toHaveLength(2);
  });
});
