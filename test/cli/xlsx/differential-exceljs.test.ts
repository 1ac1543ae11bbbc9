/**
 * Our reader against the command line's former one (ExcelJS 4.4, kept in scripts/bench as the
 * benchmark's baseline): on the example workbook every sheet's grid is the same, so every result
 * is; where they differ, the former path was wrong — ExcelJS drops a formula's saved result when
 * it is falsy (0, FALSE, ""), which this test shows on a file with such formulas.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planRun, type CellValue } from '../../../core/index';
import { readWorkbook } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { loadXlsx } from '../../../scripts/bench/exceljs-read';

const norm = (grid: readonly (readonly CellValue[])[]) =>
  grid.map((row) => {
    const out = [...row].map((v) => (v instanceof Date ? `D${v.toISOString()}` : (v ?? null)));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });

describe('our reader and the former ExcelJS path', () => {
  it('read the example workbook identically, and the run gives the same result file', async () => {
    const bytes = readFileSync('examples/pedmonitor-example.xlsx');
    const ours = await readWorkbook(new Uint8Array(bytes), nodeCodec);
    const theirs = await loadXlsx(bytes, 'example.xlsx');
    expect(ours.sheets.map((s) => s.name)).toEqual(theirs.sheets.map((s) => s.name));
    ours.sheets.forEach((s, i) => expect(norm(s.values), s.name).toEqual(norm(theirs.sheets[i]!.values)));
    const today = new Date(Date.UTC(2024, 5, 15));
    expect(planRun(ours.sheets, { today }).json).toEqual(planRun(theirs.sheets, { today }).json);
  });

  it('differ where ExcelJS was wrong: a formula’s saved 0, FALSE and "" are values, not empty cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Школа');
    ws.addRow(['ФИО', 'Должность', 'Педагогический стаж', 'ПК за период', 'Примечание']);
    ws.addRow(['Абрамова Анна Андреевна', 'учитель', { formula: 'YEAR(TODAY())-YEAR(TODAY())', result: 0 }, { formula: '1=2', result: false }, { formula: '""', result: '' }]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const ours = (await readWorkbook(new Uint8Array(bytes), nodeCodec)).sheets[0]!.values[1];
    const theirs = (await loadXlsx(bytes, 'x.xlsx')).sheets[0]!.values[1];
    expect(ours).toEqual(['Абрамова Анна Андреевна', 'учитель', 0, false, '']);
    expect(theirs).toEqual(['Абрамова Анна Андреевна', 'учитель']);
  });
});
