/**
 * Two-row headers and formula cells (workbook.md §1.1, §1.2): a group caption merged over column
 * names, ФИО and Должность merged down over both rows — as hosts give it, the merged text in the
 * top-left cell only. The second row names the columns and is never a person; a saved formula error
 * is unknown in any column and listed. Figures counted by hand.
 */
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../core/cells';
import { valuesOf } from '../../core/column';
import { UNKNOWN } from '../../core/values';
import { expectFigure, share, total } from '../helpers/result';
import { compute, readSheets } from '../helpers/workbook';

/** A kindergarten's tab with «Повышение квалификации» merged over «ПК за период | ПК по ФР ДПП». */
const kindergarten: SheetData = {
  name: 'МАДОУ «Детский сад №7»',
  values: [
    ['ФИО', 'Должность', 'Категория работника', 'Повышение квалификации', null, 'Имеет наставника'],
    [null, null, null, 'ПК за период', 'ПК по ФР ДПП', null],
    ['Абрамова Анна Андреевна', 'воспитатель', 'педагогический', 'да', 'да', 'нет'],
    ['Белова Вера Викторовна', 'воспитатель', 'педагогический', 'да', 'нет', 'да'],
    ['Волков Глеб Глебович', 'музыкальный руководитель', 'педагогический', 'нет', 'нет', 'нет'],
    ['Громова Дарья Денисовна', 'заведующий', 'управленческий', 'да', 'да', 'нет'],
    ['Дёмина Елена Егоровна', 'воспитатель', 'педагогический', 'да', 'да', 'нет'],
  ],
};

describe('two-row headers (§1.1)', () => {
  it('reads the five workers, not a phantom sixth from the header’s second row', () => {
    const org = readSheets([kindergarten]).organizations[0]!;
    expect(org.rows).toEqual([3, 4, 5, 6, 7]);
  });

  it('a data row with an empty ФИО right under a one-row header is a row to report, not a second header row', () => {
    const tab: SheetData = {
      name: 'МАОУ СОШ №2',
      values: [
        ['ФИО', 'Должность', 'ПК за период'],
        [null, 'учитель', 'да'],
        ['Иванова Ирина Игоревна', 'учитель', 'нет'],
      ],
    };
    const read = readSheets([tab]);
    const org = read.organizations[0]!;
    expect(org.rows).toEqual([3]);
    expect(valuesOf(org.values.get('pk')!)).toEqual([false]);
    expect(read.issues.some((i) => i.sheet === 'МАОУ СОШ №2' && i.row === 2 && i.severity === 'warning')).toBe(true);
  });

  it('a column-numbering row («1 2 3 …») under a one- or two-row header is no worker, and is listed', () => {
    const numbered: SheetData = {
      name: 'МАОУ СОШ №3',
      values: [
        ['ФИО', 'Должность', 'ПК за период', 'Имеет наставника'],
        [1, 2, 3, 4],
        ['Иванова Ирина Игоревна', 'учитель', 'нет', 'да'],
        ['Петров Пётр Петрович', 'учитель', 'да', 'нет'],
      ],
    };
    const twoRows: SheetData = { ...kindergarten, name: 'МАДОУ «Детский сад №8»', values: [kindergarten.values[0]!, kindergarten.values[1]!, ['1', '2', '3', '4', '5', '6'], ...kindergarten.values.slice(2)] };
    const read = readSheets([numbered, twoRows]);
    const [school, kg] = read.organizations;
    expect(school!.rows).toEqual([3, 4]);
    expect(valuesOf(school!.values.get('pk')!)).toEqual([false, true]);
    expect(kg!.rows).toEqual([4, 5, 6, 7, 8]);
    expect(valuesOf(kg!.values.get('pkRegistry')!)).toEqual([true, false, false, true, true]);
    const listed = read.issues.filter((i) => i.code === 'numbering-row').map((i) => [i.sheet, i.row, i.severity]);
    expect(listed).toEqual([['МАОУ СОШ №3', 2, 'info'], ['МАДОУ «Детский сад №8»', 3, 'info']]);
  });

  it('numbers that do not count up by one, or fewer than three, are data as before', () => {
    const tab: SheetData = { name: 'МАОУ СОШ №4', values: [['ФИО', 'Должность', 'Возраст', 'Педагогический стаж'], [1, 3, 4, 5], ['Иванова Ирина Игоревна', 'учитель', 30, 2]] };
    const read = readSheets([tab]);
    expect(read.organizations[0]!.rows).toEqual([2, 3]);
    expect(read.issues.some((i) => i.code === 'numbering-row')).toBe(false);
  });

  it('names the grouped columns by the second row and the others by the first', () => {
    const org = readSheets([kindergarten]).organizations[0]!;
    expect(valuesOf(org.values.get('pk')!)).toEqual([true, true, false, true, true]);
    expect(valuesOf(org.values.get('pkRegistry')!)).toEqual([true, false, false, true, true]);
    expect(valuesOf(org.values.get('hasMentor')!)).toEqual([false, true, false, false, false]);
  });

  it('finds every column: no «Столбец не найден» for the grouped ones', () => {
    const r = compute([kindergarten]);
    const missing = r.issues.filter((i) => i.code === 'missing-column').map((i) => i.column);
    expect(missing).not.toContain('ПК за период');
    expect(missing).not.toContain('ПК по ФР ДПП');
    // 9.1, ped: 4 (the head is управленческий); ПК за период among them: Абрамова, Белова, Дёмина = 3 of 4.
    expectFigure(total(r, '9.1'), share(3, 4, 75, 'met'), '9.1');
  });

  it('a row under the header that names no known column is data, not a header', () => {
    const oneRow: SheetData = {
      name: 'МАОУ СОШ №1',
      values: [
        ['ФИО', 'Должность', 'ПК за период'],
        [null, 'учитель', 'да'], // data without a name: still a row (reported), not a header
        ['Абрамова Анна Андреевна', 'учитель', 'нет'],
      ],
    };
    const r = compute([oneRow]);
    expect(r.issues.filter((i) => i.code === 'empty-name').map((i) => i.row)).toEqual([2]);
    expect(readSheets([oneRow]).organizations[0]!.rows).toEqual([3]);
  });
});

describe('formula cells (§1.2)', () => {
  const tab: SheetData = {
    name: 'МАОУ СОШ №2',
    values: [
      ['ФИО', 'Должность', 'Категория работника', 'ПК за период', 'Педагогический стаж', 'Предмет'],
      ['Абрамова Анна Андреевна', 'учитель', 'педагогический', true, 0, 'математика'],
      ['Белова Вера Викторовна', 'учитель', 'педагогический', '#N/A', 3, '#REF!'],
      ['Волков Глеб Глебович', 'учитель', 'педагогический', false, '#DIV/0!', 'физика'],
      ['#VALUE!', 'учитель', 'педагогический', true, 5, 'химия'],
    ],
  };

  it('a saved error is unknown in any column, a formula’s 0 and FALSE are values', () => {
    const org = readSheets([tab]).organizations[0]!;
    expect(org.rows).toEqual([2, 3, 4]);
    expect(valuesOf(org.values.get('pk')!)).toEqual([true, UNKNOWN, false]);
    expect(valuesOf(org.values.get('experienceYears')!)).toEqual([0, 3, UNKNOWN]);
    expect(valuesOf(org.values.get('subject')!)).toEqual(['математика', UNKNOWN, 'физика']);
  });

  it('lists every error cell with its sheet, row, column and value', () => {
    const r = compute([tab]);
    const errors = r.issues.filter((i) => i.value !== null && i.value.startsWith('#')).map((i) => [i.severity, i.row, i.column, i.value]);
    expect(errors).toEqual([
      ['warning', 3, 'ПК за период', '#N/A'],
      ['warning', 3, 'Предмет', '#REF!'],
      ['warning', 4, 'Педагогический стаж', '#DIV/0!'],
      ['warning', 5, 'ФИО', '#VALUE!'],
    ]);
    for (const i of r.issues.filter((x) => x.value?.startsWith('#'))) expect(i.message).toMatch(/ошибка формулы/);
  });

  it('a row with an error is left out of the criteria that need that column only', () => {
    // 9.1: ped with ПК за период — Белова unknown: 1 of 2 (Абрамова yes, Волков no).
    const r = compute([tab]);
    expectFigure(total(r, '9.1'), share(1, 2, 50, 'met'), '9.1');
    expect(total(r, '9.1').excluded).toBe(1);
  });
});
