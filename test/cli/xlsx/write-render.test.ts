/**
 * The .xlsx writer renders the core's output model as is and keeps the registry's promise: these
 * tests render a small OutputSheet into a workbook ExcelJS wrote, read the result back with ExcelJS
 * (an independent reader) and check formats, tones, widths, wrapping, frozen panes and
 * formula-looking text; and, through the built CLI, that output sheets the registry lists are
 * rewritten at their old tab positions while the user's own sheets stay where they were.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_SHEET, registryGrid, SHEET, type OutputSheet } from '../../../core/index';
import { writeWorkbook } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { buildCli, normalizeGrid, readSheets, readWorkbook, roster, runCli, sheetByName, tempDir, writeFixture } from '../helpers';

const MODEL: OutputSheet = {
  name: 'Показатели',
  values: [
    ['Заголовок', null, null],
    ['№', 'Критерий', 'Значение'],
    ['1.1', '=SUM(A1)', 24.39],
    ['1.2', '+7 (999)', null],
  ],
  formats: [
    ['@', '@', '@'],
    ['@', '@', '@'],
    ['@', '@', '0.0'],
    ['@', '@', 'General'],
  ],
  tones: [
    ['title', null, null],
    ['header', 'header', 'header'],
    [null, null, 'below'],
    [null, null, 'no-data'],
  ],
  columnWidths: [56, 420, 110],
  wrapColumns: [1],
  frozenRows: 2,
  frozenColumns: 1,
};

describe('writing an OutputSheet into a workbook', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const fresh = new ExcelJS.Workbook();
    fresh.addWorksheet('Школа').getCell('A1').value = 'ФИО';
    const input = new Uint8Array((await fresh.xlsx.writeBuffer()) as ArrayBuffer);
    const out = await writeWorkbook(input, { sheets: [MODEL], registry: registryGrid([MODEL.name]) }, nodeCodec);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    ws = wb.getWorksheet(MODEL.name)!;
  });

  it('puts new output sheets after the user’s sheets and the registry last, very hidden', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Школа', 'Показатели', REGISTRY_SHEET]);
    expect(wb.getWorksheet(REGISTRY_SHEET)!.state).toBe('veryHidden');
  });

  it('writes values and number formats ("General" means none)', () => {
    expect(ws.getCell('C3').value).toBe(24.39);
    expect(ws.getCell('C3').numFmt).toBe('0.0');
    expect(ws.getCell('A3').numFmt).toBe('@');
    expect(ws.getCell('C4').numFmt).toBeFalsy();
  });

  it('writes text starting with = or + as strings, not formulas', () => {
    expect(ws.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B3').value).toBe('=SUM(A1)');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.String);
  });

  it('maps tones to fills and fonts', () => {
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(ws.getCell('C3').font?.color?.argb).toBe('FF9C0006');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').not.toBe('solid');
    expect(ws.getCell('B2').font?.bold).toBe(true);
  });

  it('sets widths in Excel units, wraps the wrap columns and the header row, freezes panes', () => {
    expect(ws.getColumn(2).width).toBeCloseTo(60, 1);
    expect(ws.getColumn(1).width).toBeCloseTo(8, 1);
    expect(ws.getCell('B3').alignment?.wrapText).toBe(true);
    expect(ws.getCell('C2').alignment?.wrapText).toBe(true);
    expect(ws.getCell('C3').alignment?.wrapText).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });
});

describe('rewriting output sheets the registry lists', () => {
  beforeAll(() => buildCli());

  it('replaces them at their old positions and keeps the user’s sheets in place', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'переставлено.xlsx');
    await writeFixture(file, [
      { name: SHEET.indicators, rows: [['старые показатели']] },
      roster('МАОУ СОШ №1', [['Иванова Анна Петровна', 'учитель математики', 'педагогический', 'да']]),
      { name: SHEET.problems, rows: [['старая проверка']] },
      { name: '_заметки', rows: [['моя заметка']] },
      { name: REGISTRY_SHEET, rows: registryGrid([SHEET.indicators, SHEET.problems]), state: 'veryHidden' },
    ]);
    const out = path.join(dir, 'результат.xlsx');
    const run = runCli(['compute', file, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const sheets = await readSheets(out);
    const names = sheets.map((s) => s.name);
    expect(names.slice(0, 5)).toEqual([SHEET.indicators, 'МАОУ СОШ №1', SHEET.problems, '_заметки', REGISTRY_SHEET]);
    expect(names.length).toBeGreaterThanOrEqual(5); // outputs new to this workbook follow
    expect(sheetByName(sheets, SHEET.indicators).values[0]![0]).not.toBe('старые показатели');
    expect(sheetByName(sheets, SHEET.problems).values[0]![0]).toBe('Проверка данных');
    expect(normalizeGrid(sheetByName(sheets, '_заметки').values)).toEqual([['моя заметка']]);
    const registry = normalizeGrid(sheetByName(sheets, REGISTRY_SHEET).values).slice(2).map((r) => r[0]);
    for (const name of names.filter((n) => n !== REGISTRY_SHEET && n !== 'МАОУ СОШ №1' && n !== '_заметки')) {
      expect(registry).toContain(name);
    }
    expect((await readWorkbook(out)).getWorksheet(REGISTRY_SHEET)!.state).toBe('veryHidden');
  });
});
