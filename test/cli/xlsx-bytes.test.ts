/**
 * The --out workbook is written through cli/xlsx-bytes.ts (ExcelJS's writer with the command
 * line's zip and cell patches, and shared empty styles). These tests hold it to its promise: every
 * part of the file has the bytes plain ExcelJS writes for the same workbook — the user's sheets
 * (values of every kind, fonts, fills, number formats, merges, widths, panes) and the output
 * sheets alike — the file reads back with those values and styles, text outside the Basic
 * Multilingual Plane survives, and ExcelJS is left unpatched afterwards.
 */
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import ZipStream from 'exceljs/lib/utils/zip-stream.js';
import CellXform from 'exceljs/lib/xlsx/xform/sheet/cell-xform.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { registryGrid, type OutputSheet } from '../../core/index';
import { workbookBytes } from '../../cli/xlsx-bytes';
import { loadXlsx } from '../../cli/xlsx-read';
import { writeOutputs } from '../../cli/xlsx-write';
import { XlsxZip, ZIP_TOO_BIG } from '../../cli/xlsx-zip';

/** The files of a ZIP archive (folder entries left out), read through its central directory. */
function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(b.readUInt32LE(at)).toBe(0x02014b50);
    const method = b.readUInt16LE(at + 10);
    const size = b.readUInt32LE(at + 20);
    const nameLength = b.readUInt16LE(at + 28);
    const skip = nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    const name = b.toString('utf8', at + 46, at + 46 + nameLength);
    const local = b.readUInt32LE(at + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return files;
}

/** docProps/core.xml without its creation and modification times (the clock of each write). */
function withoutTimes(xml: Buffer): string {
  return xml.toString('utf8').replace(/<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g, '');
}

const LONG_EMOJI = `${'ж'.repeat(16_383)}😀${'👩‍🏫'.repeat(3000)}`;
const BIRTH = new Date(Date.UTC(1985, 3, 12));

/** A user's workbook with a bit of everything ExcelJS keeps, written by plain ExcelJS. */
async function userWorkbookBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('МАОУ СОШ №1', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.getColumn(1).width = 30;
  ws.addRow(['ФИО', 'Дата рождения', 'Стаж', 'ПК за период', 'Формула', 'Ссылка', 'Ошибка']);
  ws.addRow(['Иванова Анна Петровна', BIRTH, 12.5, true, { formula: 'C2*2', result: 25 }, { text: 'сайт', hyperlink: 'https://example.org' }, { error: '#N/A' }]);
  ws.addRow([{ richText: [{ text: 'Петров ', font: { bold: true } }, { text: 'Иван' }] }, null, 0, false]);
  ws.getRow(1).font = { bold: true, color: { argb: 'FF1F3864' } };
  ws.getCell('C2').numFmt = '0.00';
  ws.getCell('D3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
  ws.getCell('F4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } }; // styled, empty
  ws.getCell('A6').value = 'объединено';
  ws.mergeCells('A6:C6');
  wb.addWorksheet('Заметки').getCell('A1').value = LONG_EMOJI;
  return (await wb.xlsx.writeBuffer()) as unknown as Buffer;
}

const OUTPUT: OutputSheet = {
  name: 'Показатели',
  values: [
    ['Показатели', null, null],
    ['№', 'Критерий', 'Значение'],
    ['1.1', '=SUM(A1)', 24.39],
    ['1.2', 'Доля педагогов 😀', null],
    ['1.3', 'Число', 7],
  ],
  formats: [
    ['@', 'General', 'General'], // C1: an empty cell with no style at all
    ['@', '@', '@'],
    ['@', '@', '0.0'],
    ['@', '@', 'General'],
    ['@', '@', '0'],
  ],
  tones: [
    ['title', null, null],
    ['header', 'header', 'header'],
    [null, null, 'below'],
    [null, null, 'no-data'],
    [null, null, 'met'],
  ],
  columnWidths: [56, 420, 110],
  wrapColumns: [1],
  frozenRows: 2,
  frozenColumns: 1,
};

/** The user's workbook as the command line holds it: loaded, with the output sheets rendered. */
async function computedWorkbook(): Promise<ExcelJS.Workbook> {
  const { workbook } = await loadXlsx(await userWorkbookBytes(), 'книга.xlsx');
  writeOutputs(workbook, [OUTPUT], registryGrid([OUTPUT.name]));
  return workbook;
}

const ZIP_MARKER = Symbol.for('pedmonitor.zip-text-whole');
const CELL_MARKER = Symbol.for('pedmonitor.cell-xml-whole');

describe('workbookBytes: the --out copy', () => {
  const originalAppend = ZipStream.ZipWriter.prototype.append;
  const originalRender = CellXform.prototype.render;
  let plain: Map<string, Buffer>;
  let ours: Map<string, Buffer>;
  let bytes: Uint8Array;

  beforeAll(async () => {
    // The reference must come from ExcelJS as shipped, not from an already patched one.
    expect(ZIP_MARKER in ZipStream.ZipWriter.prototype).toBe(false);
    expect(CELL_MARKER in CellXform.prototype).toBe(false);
    plain = unzip((await (await computedWorkbook()).xlsx.writeBuffer()) as unknown as Uint8Array);
    bytes = await workbookBytes(await computedWorkbook());
    ours = unzip(bytes);
  });

  it('has every part of plain ExcelJS, in the same order, with the same bytes', () => {
    expect([...ours.keys()]).toEqual([...plain.keys()]);
    expect([...ours.keys()]).toEqual(expect.arrayContaining(['xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']));
    for (const [name, data] of plain) {
      if (name === 'docProps/core.xml') expect(withoutTimes(ours.get(name)!), name).toBe(withoutTimes(data));
      else expect(ours.get(name)!.equals(data), name).toBe(true);
    }
  });

  it('writes the common cells as ExcelJS does: styled empty, number, date, yes/no, shared string', () => {
    const sheet = ours.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheet).toMatch(/<c r="A2" t="s"><v>\d+<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B2" s="\d+"><v>31149<\/v><\/c>/); // 12.04.1985 as an Excel serial
    expect(sheet).toMatch(/<c r="C2" s="\d+"><v>12.5<\/v><\/c>/);
    expect(sheet).toContain('<c r="D2" t="b"><v>1</v></c>');
    expect(sheet).toContain('<c r="C3"><v>0</v></c>');
    expect(sheet).toMatch(/<c r="F4" s="[1-9]\d*"\/>/);
    expect(sheet).toContain('<f>C2*2</f><v>25</v>'); // a formula goes ExcelJS's own way
    const output = ours.get('xl/worksheets/sheet3.xml')!.toString('utf8');
    // B1 is empty but wraps (a wrap column); C1 is empty with no style at all, so not written.
    expect(output).toMatch(/<row r="1"[^>]*><c r="A1" s="\d+" t="s"><v>\d+<\/v><\/c><c r="B1" s="\d+"\/><\/row>/);
  });

  it('reads back with the user’s values and styles', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('МАОУ СОШ №1')!;
    expect(ws.getCell('A2').value).toBe('Иванова Анна Петровна');
    expect(ws.getCell('B2').value).toEqual(BIRTH);
    expect(ws.getCell('C2').value).toBe(12.5);
    expect(ws.getCell('C2').numFmt).toBe('0.00');
    expect(ws.getCell('D2').value).toBe(true);
    expect(ws.getCell('D3').value).toBe(false);
    expect((ws.getCell('D3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect((ws.getCell('F4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(ws.getCell('E2').value).toEqual({ formula: 'C2*2', result: 25 });
    expect(ws.getCell('F2').value).toEqual({ text: 'сайт', hyperlink: 'https://example.org' });
    expect(ws.getCell('G2').value).toEqual({ error: '#N/A' });
    expect((ws.getCell('A3').value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')).toBe('Петров Иван');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.color?.argb).toBe('FF1F3864');
    expect(ws.getCell('A2').font?.bold).toBeFalsy();
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.model.merges).toEqual(['A6:C6']);
    expect(wb.getWorksheet('Заметки')!.getCell('A1').value === LONG_EMOJI).toBe(true);

    const out = wb.getWorksheet('Показатели')!;
    expect(out.getCell('B3').value).toBe('=SUM(A1)');
    expect(out.getCell('B4').value).toBe('Доля педагогов 😀');
    expect(out.getCell('C3').value).toBe(24.39);
    expect(out.getCell('C3').numFmt).toBe('0.0');
    expect(out.getCell('C5').numFmt).toBe('0');
    expect(out.getCell('C4').numFmt).toBeFalsy();
    expect((out.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(out.getCell('C3').font?.color?.argb).toBe('FF9C0006');
    expect((out.getCell('C5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(out.getCell('A1').font?.bold).toBe(true);
    expect(out.getCell('B5').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(out.getCell('C2').alignment?.wrapText).toBe(true);
    expect(out.getCell('A3').alignment?.wrapText).toBeFalsy();
    expect(out.getColumn(2).width).toBeCloseTo(60, 1);
    expect(out.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  it('leaves ExcelJS as it was', () => {
    expect(ZipStream.ZipWriter.prototype.append).toBe(originalAppend);
    expect(CellXform.prototype.render).toBe(originalRender);
    expect(ZIP_MARKER in ZipStream.ZipWriter.prototype).toBe(false);
    expect(CELL_MARKER in CellXform.prototype).toBe(false);
  });
});

describe('XlsxZip', () => {
  it('keeps text whole across 16,384-unit blocks and keeps the parts in order', async () => {
    const zip = new XlsxZip();
    const texts = ['a', 'ab'].map((prefix) => `${prefix}${'😀'.repeat(10_000)}`);
    texts.forEach((text, i) => zip.add(`part${i}.xml`, text));
    zip.add('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
    const files = unzip(zip.finish());
    expect([...files.keys()]).toEqual(['part0.xml', 'part1.xml', 'image.png']);
    texts.forEach((text, i) => expect(files.get(`part${i}.xml`)!.toString('utf8') === text).toBe(true));
    expect([...files.get('image.png')!]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // ExcelJS (JSZip) reads it too.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Лист');
    ws.getCell('A1').value = texts[1]!;
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbookBytes(wb)) as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet('Лист')!.getCell('A1').value === texts[1]).toBe(true);
  });

  it('refuses an archive ZIP cannot hold without ZIP64', () => {
    const zip = new XlsxZip();
    for (let i = 0; i <= 0xffff; i++) zip.add(`p${i}`, '');
    expect(() => zip.finish()).toThrow(ZIP_TOO_BIG);
  });
});
