/**
 * The .xlsx reader must hand the core the plain values Apps Script and Office.js would give: these
 * tests build a workbook with ExcelJS (a real producer) holding every kind of rich cell value,
 * write it to bytes and read it back through cli/xlsx, and check the values, the row numbering,
 * hidden sheets, merged ranges and the refusal of files that are not .xlsx.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPedmonitorError } from '../../../core/index';
import { loadWorkbook } from '../../../cli/workbook-file';
import type { SheetSnapshot } from '../../../cli/xlsx/index';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading what ExcelJS wrote', () => {
  let sheets: readonly SheetSnapshot[];

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Школа');
    ws.getCell('A1').value = { richText: [{ text: 'Иванова ', font: { bold: true } }, { text: 'Анна' }] };
    ws.getCell('B1').value = 42;
    ws.getCell('C1').value = { formula: 'B1*2', result: 84 };
    ws.getCell('D1').value = { formula: 'B1*2' };
    ws.getCell('E1').value = { formula: 'IF(B1>1,"да","нет")', result: 'да' };
    ws.getCell('F1').value = new Date(Date.UTC(1985, 4, 17));
    ws.getCell('F1').numFmt = 'dd.mm.yyyy';
    ws.getCell('G1').value = true;
    ws.getCell('H1').value = false;
    ws.getCell('I1').value = { text: 'сайт школы', hyperlink: 'https://example.org' };
    ws.getCell('J1').value = { error: '#N/A' };
    ws.getCell('K1').value = { formula: 'VLOOKUP(1,A1:B1,2,FALSE)', result: { error: '#N/A' } };
    ws.getCell('L1').value = { text: { richText: [{ text: 'ссылка' }] }, hyperlink: 'https://example.org/a' } as unknown as ExcelJS.CellValue;
    // row 2 empty; row 3 has a gap before its only value
    ws.getCell('C3').value = 'да';
    ws.mergeCells('A5:B5');
    ws.getCell('A5').value = 'объединено';
    const hidden = wb.addWorksheet('_служебный', { state: 'veryHidden' });
    hidden.getCell('A1').value = 'скрыто';
    wb.addWorksheet('Пустой');
    const loaded = await loadWorkbook(await bytesOf(wb), 'тест.xlsx');
    sheets = loaded.sheets;
  });

  const row1 = () => sheets[0]!.values[0]!;

  it('reads every worksheet in order, hidden ones included', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Школа', '_служебный', 'Пустой']);
    expect(sheets[1]!.values).toEqual([['скрыто']]);
    expect(sheets[2]!.values).toEqual([]);
    expect(sheets.map((s) => s.state)).toEqual(['visible', 'veryHidden', 'visible']);
  });

  it('rich text → plain text', () => {
    expect(row1()[0]).toBe('Иванова Анна');
  });

  it('numbers stay numbers', () => {
    expect(row1()[1]).toBe(42);
  });

  it('formula → cached result; no cached result → null', () => {
    expect(row1()[2]).toBe(84);
    expect(row1()[3]).toBeNull();
    expect(row1()[4]).toBe('да');
  });

  it('date → Date (UTC)', () => {
    const d = row1()[5];
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe('1985-05-17T00:00:00.000Z');
  });

  it('booleans stay booleans', () => {
    expect(row1()[6]).toBe(true);
    expect(row1()[7]).toBe(false);
  });

  it('hyperlink → its text (plain or rich)', () => {
    expect(row1()[8]).toBe('сайт школы');
    expect(row1()[11]).toBe('ссылка');
  });

  it('errors → their text, also as a formula result', () => {
    expect(row1()[9]).toBe('#N/A');
    expect(row1()[10]).toBe('#N/A');
  });

  it('keeps row numbers: grid[r] is row r + 1, dense up to the last used column', () => {
    const values = sheets[0]!.values;
    expect(values[1]).toEqual([]);
    expect(values[2]).toEqual([null, null, 'да']);
    expect(values[3]).toEqual([]);
    expect(values.length).toBe(5);
  });

  it('merged cells: the text in the top-left cell, the range listed', () => {
    expect(sheets[0]!.values[4]).toEqual(['объединено']);
    expect(sheets[0]!.merges).toEqual([{ top: 4, left: 0, bottom: 4, right: 1 }]);
  });
});

describe('refusing what is not an .xlsx', () => {
  const expectNotXlsx = async (data: Buffer, pattern: RegExp) => {
    const error = await loadWorkbook(data, 'книга.xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(isPedmonitorError(error)).toBe(true);
    expect((error as Error & { code: string }).code).toBe('not-xlsx');
    expect((error as Error).message).toMatch(pattern);
  };

  it('a CSV renamed to .xlsx', async () => {
    await expectNotXlsx(Buffer.from('ФИО;Должность\nИванова;учитель\n', 'utf8'), /«книга\.xlsx» — текстовый файл \(CSV/);
  });

  it('an .xls (OLE2) file', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expectNotXlsx(ole, /старого формата Excel 97–2003 \(\.xls\)/);
  });

  it('a truncated .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист1').getCell('A1').value = 'x';
    const bytes = await bytesOf(wb);
    await expectNotXlsx(bytes.subarray(0, 200), /«книга\.xlsx» повреждён: он обрывается/);
  });
});
