/**
 * The whole loop through the command line on real .xlsx files (written by ExcelJS, an independent
 * writer, with real date cells): period 2022-2023 with two roster tabs and one school that sends
 * counts («Сведения ОО»); then the file the CLI wrote gets a register of measures and the next
 * period's data, and is computed again. Figures by hand:
 *
 * 9.1 (ПК за период, ≥ 30 %) | 2022-2023       | 2023-2024
 * Школа А (roster, 4 ped)    | 1 of 4 = 25 %   | 3 of 4 = 75 %
 * Школа Б (roster, 2 ped)    | 2 of 2 = 100 %  | 2 of 2 = 100 %
 * МБОУ СОШ №5 (counts)       | 3 of 10 = 30 %  | 2 of 10 = 20 %
 * municipality               | 6 of 16 = 37,5 %| 7 of 16 = 43,75 %
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultJson } from '../../core/output/result-json';
import { measuresHeader } from '../../core/measures/template';
import { buildCli, runCli, tempDir, writeFixture } from '../cli/helpers';

beforeAll(buildCli);

const ped = 'педагогический';
const tab = (name: string, pk: readonly string[]) => ({
  name,
  rows: [['ФИО', 'Должность', 'Категория работника', 'ПК за период'], ...pk.map((v, i) => [`Работник ${name} ${i + 1}`, 'учитель', ped, v])],
});

describe('measures and counts through the command line', () => {
  it('period 1 → register → period 2: totals, verdicts, overdue, the register kept as it was', async () => {
    const dir = tempDir('pedmonitor-measures-');
    const in1 = path.join(dir, 'p1.xlsx');
    await writeFixture(in1, [
      { name: 'Настройки', rows: [['Параметр', 'Значение'], ['Отчётный период', '2022-2023']] },
      tab('Школа А', ['да', 'нет', 'нет', 'нет']),
      tab('Школа Б', ['да', 'да']),
      { name: 'Сведения ОО', rows: [['Организация', 'Критерий', 'Числитель', 'Знаменатель', 'Значение'], ['МБОУ СОШ №5', '9.1', 3, 10, null]] },
    ]);
    const r1 = runCli(['compute', in1, '--out', path.join(dir, 'out1.xlsx'), '--json', path.join(dir, 'p1.json'), '--date', '2023-06-01']);
    expect(r1.code, r1.stderr).toBe(0);
    const p1 = JSON.parse(readFileSync(path.join(dir, 'p1.json'), 'utf8')) as ResultJson;
    expect(p1.criteria.find((c) => c.id === '9.1')!.total).toMatchObject({ numerator: 6, denominator: 16, value: 37.5, status: 'met' });
    expect(p1.organizations.map((o) => [o.name, o.source])).toEqual([['Школа А', 'roster'], ['Школа Б', 'roster'], ['МБОУ СОШ №5', 'reported']]);
    expect(p1.measures).toEqual([]);

    // The methodologist opens the written book, records the measures and enters the next period.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out1.xlsx'));
    wb.getWorksheet('Настройки')!.getCell('B2').value = '2023-2024';
    const a = wb.getWorksheet('Школа А')!;
    a.getCell('D3').value = 'да';
    a.getCell('D4').value = 'да';
    wb.getWorksheet('Сведения ОО')!.getCell('C2').value = 2;
    const register = wb.addWorksheet('Мероприятия');
    const header = measuresHeader();
    const put = (row: Record<string, ExcelJS.CellValue>) => register.addRow(header.map((h) => row[h] ?? null));
    register.addRow(header);
    put({ Мероприятие: 'Курсы ПК по ФР ДПП', Критерий: '9.1', Организация: 'Школа А', Ответственный: 'Заместитель директора', Срок: new Date(Date.UTC(2024, 2, 1)), Статус: 'выполняется' });
    put({ Мероприятие: 'План-график ПК', Критерий: '9.1', Организация: 'МБОУ СОШ №5 (по сведениям ОО)', Ответственный: 'Директор', Срок: new Date(Date.UTC(2024, 2, 1)), Статус: 'выполнено' });
    const in2 = path.join(dir, 'p2.xlsx');
    await wb.xlsx.writeFile(in2);

    const out2 = path.join(dir, 'out2.xlsx');
    const r2 = runCli(['compute', in2, '--out', out2, '--json', path.join(dir, 'p2.json'), '--date', '2024-06-01']);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stdout).toContain('Мероприятий оценено: 2, дали результат: 1, просрочено: 1');
    const p2 = JSON.parse(readFileSync(path.join(dir, 'p2.json'), 'utf8')) as ResultJson;
    expect(p2.criteria.find((c) => c.id === '9.1')!.total).toMatchObject({ numerator: 7, denominator: 16, value: 43.75 });
    expect(p2.measures!.map((m) => [m.row, m.organization, m.period, m.before, m.now, m.change, m.verdict, m.overdue])).toEqual([
      [2, 'Школа А', '2022-2023', 25, 75, 50, 'achieved', true],
      [3, 'МБОУ СОШ №5', '2022-2023', 30, 20, -10, 'worse', false],
    ]);

    // The register comes back exactly as written: a run never writes it.
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out2);
    const back = written.getWorksheet('Мероприятия')!;
    expect(back.getCell('A2').value).toBe(register.getCell('A2').value);
    expect(back.getRow(2).values).toEqual(register.getRow(2).values);
    expect(back.getRow(3).values).toEqual(register.getRow(3).values);
  });
});
