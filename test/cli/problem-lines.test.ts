/**
 * The terminal after a run (issue 17): the first problems with their sheet, rows and column — a
 * skipped organisation tab first, blank cells with their rows grouped («строки 12–15, 31») — and
 * where the full list is. Rows are worked out by hand from the workbook below.
 */
import { describe, expect, it } from 'vitest';
import { planRun } from '../../core/index';
import { formatRowRanges, MAX_RANGES, RowRanges, rangesOf } from '../../core/read/row-ranges';
import { problemLines, PROBLEMS_SHOWN } from '../../cli/summary';
import { orgTab, person, roster, TODAY } from '../helpers/workbook';

describe('row ranges', () => {
  it('groups consecutive rows and counts what it does not keep', () => {
    expect(formatRowRanges(rangesOf([12, 13, 14, 15, 31]))).toBe('12–15, 31');
    expect(formatRowRanges(rangesOf([2]))).toBe('2');
    const r = new RowRanges();
    for (let row = 2; row < 2 + 2 * (MAX_RANGES + 5); row += 2) r.add(row);
    expect(r.ranges).toHaveLength(MAX_RANGES);
    expect(r.more).toBe(5);
    expect(formatRowRanges(r.ranges, r.more, (n) => ` и ещё ${n}`)).toMatch(/, 60 и ещё 5$/);
  });
});

describe('problem lines', () => {
  // Rows: header on row 1, people on rows 2…31 (30 people). Weekly hours blank on rows 12–15 and 31.
  const blank = new Set([12, 13, 14, 15, 31]);
  const people = Array.from({ length: 30 }, (_, i) => person({ position: 'Учитель', weeklyHours: blank.has(i + 2) ? null : 18 }));
  const sheets = [
    orgTab('МАОУ СОШ №1', people),
    // A tab without «ФИО»: skipped, and its staff is missing from every figure.
    roster('МАОУ СОШ №2', ['Сотрудник', 'Должность'], [['Иванова И. И.', 'Учитель']]),
  ];
  const plan = planRun(sheets, { today: TODAY });

  it('shows the skipped tab first, then the blank cells with their rows, and where the full list is', () => {
    const lines = problemLines(plan.result.issues, { workbookFile: 'итоги.xlsx', jsonFile: 'итоги.json' });
    expect(lines[1]).toMatch(/^ {2}\[предупреждение\] лист «МАОУ СОШ №2»: Не найдена строка заголовков/);
    const hours = lines.find((l) => l.includes('«Нагрузка, часов в неделю»'))!;
    expect(hours).toContain('лист «МАОУ СОШ №1», строки 12–15, 31, столбец «Нагрузка, часов в неделю»: Не заполнен столбец «Нагрузка, часов в неделю» в 5 строках');
    expect(lines[lines.length - 1]).toBe('Полный список — на листе «Проверка данных» в книге итоги.xlsx и в итоги.json.');
    expect(lines.length).toBeLessThanOrEqual(PROBLEMS_SHOWN + 2);
  });

  it('the sheet and the JSON carry the same rows', () => {
    const issue = plan.result.issues.find((i) => i.code === 'missing-value' && i.column === 'Нагрузка, часов в неделю')!;
    expect(issue.rows).toEqual([[12, 15], [31, 31]]);
    const sheet = plan.outputs.find((o) => o.name === 'Проверка данных')!;
    const row = sheet.values.find((r) => r[3] === 'Нагрузка, часов в неделю')!;
    expect(row[2]).toBe('12–15, 31');
    expect(plan.json.issues.find((i) => i.column === 'Нагрузка, часов в неделю')!.rows).toEqual([[12, 15], [31, 31]]);
  });

  it('without --out says how to get the sheet; with no problems prints nothing', () => {
    const lines = problemLines(plan.result.issues, {});
    expect(lines[lines.length - 1]).toBe('Полный список — на листе «Проверка данных»: укажите --out <файл.xlsx>, чтобы его получить.');
    expect(problemLines([], { workbookFile: 'x.xlsx' })).toEqual([]);
  });
});
