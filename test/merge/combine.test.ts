/**
 * Several workbooks computed as one (core/merge/combine.ts): organisations whose names occur in
 * two workbooks are prefixed with the workbook's name — their tabs and their rows of
 * `Организации` alike, so the type and facts still match —, `Муниципалитет` facts are combined
 * («да» when any says «да»; numbers summed), `Настройки` come from the first workbook, and the
 * program's own output sheets of the inputs are left out.
 */
import { describe, expect, it } from 'vitest';
import { combineWorkbooks, computeWorkbook, mergeResults, prefixedName, type SheetData } from '../../core/index';
import { asSheetData, exampleSheets, resultOf, TODAY } from './split';

const north = asSheetData(exampleSheets());
const south = asSheetData(exampleSheets());
const combined = combineWorkbooks([
  { label: 'Север', sheets: north },
  { label: 'Юг', sheets: south },
]);

describe('two workbooks with the same organisation names', () => {
  it('prefixes every colliding organisation with its workbook’s name', () => {
    const tabs = north.filter((s) => !['Настройки', 'Организации', 'Муниципалитет'].includes(s.name)).map((s) => s.name);
    expect(combined.renamed).toHaveLength(2 * tabs.length);
    expect(combined.organizations.get('Север')).toEqual(tabs.map((t) => prefixedName('Север', t)));
    expect(combined.organizations.get('Юг')).toEqual(tabs.map((t) => `Юг — ${t}`));
  });

  it('matches the renamed tabs with their renamed rows of `Организации` (types read, not inferred)', () => {
    const result = computeWorkbook(combined.sheets, { today: TODAY });
    expect(result.organizations).toHaveLength(24);
    expect(result.organizations.every((o) => !o.typeInferred)).toBe(true);
    expect(result.issues.filter((i) => i.code === 'tab-not-listed' || i.code === 'org-without-tab')).toEqual([]);
  });

  it('doubles every count of one workbook, and equals merging the two result files', () => {
    const one = resultOf(north);
    const both = resultOf(combined.sheets);
    const merged = mergeResults([
      { name: 'Север', json: one },
      { name: 'Юг', json: resultOf(south) },
    ]);
    for (const c of one.criteria) {
      const b = both.criteria.find((x) => x.id === c.id)!;
      const m = merged.criteria.find((x) => x.id === c.id)!;
      if (c.kind === 'share' || c.kind === 'count') {
        expect(b.total.numerator, c.id).toBe(c.total.numerator === null ? null : 2 * c.total.numerator);
        expect(b.total.denominator, c.id).toBe(c.total.denominator === null ? null : 2 * c.total.denominator);
      }
      if (c.kind !== 'presence') {
        expect(m.total.numerator, c.id).toBe(b.total.numerator);
        expect(m.total.denominator, c.id).toBe(b.total.denominator);
        expect(m.total.status, c.id).toBe(b.total.status);
      }
    }
  });
});

describe('reserved sheets', () => {
  const sheet = (name: string, values: SheetData['values']): SheetData => ({ name, values });
  const tab = (name: string): SheetData => sheet(name, [['ФИО', 'Должность', 'ПК за период'], ['Иванова Анна Петровна', 'учитель', 'да']]);
  const municipality = (...rows: [string, string | number | null][]): SheetData => sheet('Муниципалитет', [['Показатель', 'Значение'], ...rows]);

  it('combines `Муниципалитет`: «да» if any says «да», unknown if none does and one does not know, numbers summed', () => {
    const { sheets } = combineWorkbooks([
      { label: 'a', sheets: [tab('Школа А'), municipality(['Кураторы ИОМ', 'нет'], ['Объединение наставников', 'да'], ['Обучались по целевым договорам', 4], ['Из них трудоустроены', 3])] },
      { label: 'b', sheets: [tab('Школа Б'), municipality(['Кураторы ИОМ', 'нет'], ['Объединение наставников', 'нет'], ['МО по функциональной грамотности', '?'], ['Обучались по целевым договорам', 6], ['Из них трудоустроены', 5])] },
      { label: 'c', sheets: [tab('Школа В')] },
    ]);
    const rows = new Map(sheets.find((s) => s.name === 'Муниципалитет')!.values.slice(1).map((r) => [r[0], r[1]]));
    expect(rows.get('Кураторы ИОМ')).toBe('нет');
    expect(rows.get('Объединение наставников')).toBe('да');
    expect(rows.get('МО по функциональной грамотности')).toBeNull();
    expect(rows.get('Обучались по целевым договорам')).toBe(10);
    expect(rows.get('Из них трудоустроены')).toBe(8);
  });

  it('takes `Настройки` from the first workbook that has it and leaves the program’s own sheets out', () => {
    const settings = (period: string) => sheet('Настройки', [['Параметр', 'Значение'], ['Отчётный период', period]]);
    const { sheets } = combineWorkbooks([
      { label: 'a', sheets: [tab('Школа А'), sheet('Показатели', [['старое']]), sheet('_pedmonitor', [['x']]), sheet('История', [['x']])] },
      { label: 'b', sheets: [settings('2022-2023'), tab('Школа Б')] },
      { label: 'c', sheets: [settings('2021-2022'), tab('Школа В')] },
    ]);
    expect(sheets.map((s) => s.name)).toEqual(['Настройки', 'Школа А', 'Школа Б', 'Школа В']);
    expect(computeWorkbook(sheets, { today: TODAY }).period).toBe('2022-2023');
  });
});
