/**
 * The corpus: files written by real programs, made by scripts at test time — openpyxl
 * (corpus/make_workbook.py), LibreOffice's own round trip of it (formulas recalculated and saved),
 * ExcelJS, SheetJS (plain strings as `t="str"` without a formula, or a shared-strings table), a
 * hand-assembled package with `x:` prefixes and inline strings, and our own --out of the openpyxl
 * file. For each, the grid our reader gives equals an independent reading by Python's
 * zipfile and ElementTree (corpus/grid.py); then the values a methodologist's file depends on are
 * checked by hand: formula results 0, FALSE, "" and errors, dates in every format, the merged
 * two-row header read by the core.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeWorkbook, registryGrid, type CellValue } from '../../../core/index';
import { readWorkbook, writeWorkbook, type WorkbookSnapshot } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { readFileSync } from 'node:fs';
import { tempDir } from '../helpers';
import { inline, prefixedWorkbook, zipOf } from './package-builder';
import { independentReading, libreOfficeRoundTrip, note, PYTHON, PYTHON_OPENPYXL, python, SOFFICE, type PyBook, type PyValue } from './producers';

const MS_PER_DAY = 86_400_000;

/** Our reading in the independent reader's form (dates as serials, errors as their text). */
function asCells(book: WorkbookSnapshot): { name: string; cells: [number, number, PyValue][] }[] {
  return book.sheets.map((s) => {
    const cells: [number, number, PyValue][] = [];
    s.values.forEach((row, r) =>
      row.forEach((v: CellValue, c) => {
        if (v === null || v === undefined) return;
        const value: PyValue =
          v instanceof Date ? { date: v.getTime() / MS_PER_DAY + 25569 } : typeof v === 'number' ? { n: v } : typeof v === 'boolean' ? { b: v } : { s: v };
        cells.push([r, c, value]);
      }),
    );
    return { name: s.name, cells };
  });
}

/** The independent reading with errors as text (hosts give an error as its text). */
function pyCells(book: PyBook): { name: string; cells: [number, number, PyValue][] }[] {
  return book.sheets.map((s) => ({
    name: s.name,
    cells: s.cells.map(([r, c, v]) => [r, c, 'e' in v ? { s: v.e } : 'date' in v ? { date: Math.round(v.date * MS_PER_DAY) / MS_PER_DAY } : v] as [number, number, PyValue]),
  }));
}

const files: Record<string, string> = {};
let dir = '';

beforeAll(async () => {
  dir = tempDir('pedmonitor-corpus-');
  // ExcelJS: formulas with their results (0, FALSE, "", an error), dates, a merge.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('МАОУ СОШ №1');
  ws.addRow(['ФИО', 'Должность', 'Педагогический стаж', 'ПК за период', 'Дата рождения', 'Примечание']);
  ws.addRow(['Абрамова Анна Андреевна', 'учитель', { formula: 'YEAR(TODAY())-YEAR(TODAY())', result: 0 }, { formula: '1=2', result: false }, new Date(Date.UTC(1990, 2, 14)), { formula: '""', result: '' }]);
  ws.addRow(['Белова Вера Викторовна', 'учитель', { formula: '1/0', result: { error: '#DIV/0!' } }, true, new Date(Date.UTC(1985, 10, 2)), { richText: [{ text: 'жирный ', font: { bold: true } }, { text: 'текст' }] }]);
  ws.getCell('E2').numFmt = 'dd.mm.yyyy';
  ws.getCell('E3').numFmt = 'yyyy-mm-dd';
  ws.mergeCells('A5:B5');
  ws.getCell('A5').value = 'объединено';
  files.exceljs = path.join(dir, 'exceljs.xlsx');
  await wb.xlsx.writeFile(files.exceljs);

  // SheetJS: as web exports write it — every text a `t="str"` cell without a formula (or, with
  // bookSST, a shared-strings table), formulas with cached 0 / FALSE / "" / an error, dates as
  // serials with a date format, a merge.
  const sj = XLSX.utils.aoa_to_sheet([['ФИО', 'Должность', 'Педагогический стаж', 'ПК за период', 'Дата рождения', 'Примечание']]);
  XLSX.utils.sheet_add_aoa(
    sj,
    [
      ['Абрамова Анна Андреевна', 'учитель', { t: 'n', v: 0, f: 'YEAR(TODAY())-YEAR(TODAY())' }, { t: 'b', v: false, f: '1=2' }, { t: 'n', v: 32946, z: 'dd.mm.yyyy' }, { t: 's', v: '', f: '""' }],
      ['Белова Вера Викторовна', 'учитель', { t: 'e', v: 0x07, f: '1/0' }, true, { t: 'd', v: new Date(Date.UTC(1985, 10, 2)) }, 'текст & <знаки>'],
    ],
    { origin: 'A2', cellDates: true },
  );
  sj['A5'] = { t: 's', v: 'объединено' };
  sj['!merges'] = [{ s: { r: 4, c: 0 }, e: { r: 4, c: 1 } }];
  sj['!ref'] = 'A1:F5';
  const sjBook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(sjBook, sj, 'МАОУ СОШ №1');
  files.sheetjs = path.join(dir, 'sheetjs.xlsx');
  writeFileSync(files.sheetjs, XLSX.write(sjBook, { type: 'buffer', bookType: 'xlsx', bookSST: false }) as Buffer);
  files['sheetjs-sst'] = path.join(dir, 'sheetjs-sst.xlsx');
  writeFileSync(files['sheetjs-sst'], XLSX.write(sjBook, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer);

  files.prefixed = path.join(dir, 'prefixed.xlsx');
  const rows = `<x:row r="1">${inline('A1', 'ФИО')}${inline('B1', 'Должность')}</x:row><x:row>${inline('A2', 'Волков Г.Г.')}<x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c><x:v>0</x:v></x:c></x:row>`;
  writeFileSync(files.prefixed, zipOf(prefixedWorkbook({ 'ДОУ №3': rows })));

  if (PYTHON_OPENPYXL) {
    files.openpyxl = path.join(dir, 'openpyxl.xlsx');
    python('make_workbook.py', [files.openpyxl]);
    const ours = await writeWorkbook(new Uint8Array(readFileSync(files.openpyxl)), { sheets: [], registry: registryGrid([]) }, nodeCodec);
    files.ours = path.join(dir, 'ours.xlsx');
    writeFileSync(files.ours, ours);
    if (SOFFICE) files.libreoffice = libreOfficeRoundTrip(files.openpyxl, path.join(dir, 'lo'));
  }
  note('corpus: openpyxl, LibreOffice', [PYTHON_OPENPYXL ? '' : 'python3-openpyxl', SOFFICE ? '' : 'libreoffice-calc-nogui'].filter(Boolean).join(', '));
}, 240_000);

const read = async (name: string) => readWorkbook(new Uint8Array(readFileSync(files[name]!)), nodeCodec, { label: name });

describe('the grids equal an independent reading (Python zipfile + ElementTree)', () => {
  for (const name of ['exceljs', 'sheetjs', 'sheetjs-sst', 'prefixed', 'openpyxl', 'libreoffice', 'ours']) {
    it.runIf(PYTHON && (['exceljs', 'sheetjs', 'sheetjs-sst', 'prefixed'].includes(name) || PYTHON_OPENPYXL) && (name !== 'libreoffice' || SOFFICE))(name, async () => {
      const ours = asCells(await read(name));
      const theirs = pyCells(independentReading(files[name]!));
      expect(ours.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
      for (let i = 0; i < ours.length; i++) {
        const a = ours[i]!.cells.map(([r, c, v]) => [r, c, 'date' in v ? { date: Math.round(v.date * MS_PER_DAY) / MS_PER_DAY } : v]);
        expect(a, ours[i]!.name).toEqual(theirs[i]!.cells);
      }
    });
  }
});

describe('what a methodologist’s file depends on, checked by hand', () => {
  it('ExcelJS: formula results 0, FALSE and "" kept; an error as its text; dates; rich text joined', async () => {
    const v = (await read('exceljs')).sheets[0]!.values;
    expect(v[1]).toEqual(['Абрамова Анна Андреевна', 'учитель', 0, false, new Date(Date.UTC(1990, 2, 14)), '']);
    expect(v[2]).toEqual(['Белова Вера Викторовна', 'учитель', '#DIV/0!', true, new Date(Date.UTC(1985, 10, 2)), 'жирный текст']);
    expect(v[4]).toEqual(['объединено']);
  });

  for (const name of ['sheetjs', 'sheetjs-sst']) {
    it(`SheetJS (${name === 'sheetjs' ? 'texts as t="str"' : 'shared strings'}): texts, formula results 0, FALSE, "" and an error; dates; the merge`, async () => {
      const book = await read(name);
      const v = book.sheets[0]!.values;
      expect(v[0]).toEqual(['ФИО', 'Должность', 'Педагогический стаж', 'ПК за период', 'Дата рождения', 'Примечание']);
      // 32946 days after 1899-12-30 is 1990-03-14.
      expect(v[1]).toEqual(['Абрамова Анна Андреевна', 'учитель', 0, false, new Date(Date.UTC(1990, 2, 14)), '']);
      expect(v[2]).toEqual(['Белова Вера Викторовна', 'учитель', '#DIV/0!', true, new Date(Date.UTC(1985, 10, 2)), 'текст & <знаки>']);
      expect(v[4]).toEqual(['объединено']);
      expect(book.sheets[0]!.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 1 });
      const r = computeWorkbook(book.sheets, { today: new Date(Date.UTC(2024, 5, 15)) });
      // The two teachers and the merged «объединено» in the ФИО column (a name, as far as a reader can tell).
      expect(r.organizations.map((o) => [o.name, o.rows])).toEqual([['МАОУ СОШ №1', 3]]);
    });
  }

  it.runIf(PYTHON_OPENPYXL && SOFFICE)('LibreOffice: recalculated formulas 0, "", FALSE, #DIV/0!, #N/A; dates in four formats; the hidden row', async () => {
    const book = await read('libreoffice');
    const v = book.sheets[0]!.values;
    expect(v[2]!.slice(3, 7)).toEqual([true, new Date(Date.UTC(1990, 2, 14)), 0, '']);
    expect(v[3]!.slice(3, 7)).toEqual([false, new Date(Date.UTC(1985, 10, 2)), 12, false]);
    expect(v[4]!.slice(4, 7)).toEqual([new Date(Date.UTC(1999, 0, 31)), '#DIV/0!', '#N/A']);
    expect(v[5]!.slice(4, 7)).toEqual([new Date(Date.UTC(1975, 6, 7)), 30.5, 'текст & <знаки>']);
    expect(book.sheets[0]!.merges).toContainEqual({ top: 0, left: 2, bottom: 0, right: 3 });
  });

  it.runIf(PYTHON_OPENPYXL && SOFFICE)('LibreOffice: the core reads the two-row header, the four workers, the hidden row too, errors as unknown', async () => {
    const book = await read('libreoffice');
    const r = computeWorkbook(book.sheets, { today: new Date(Date.UTC(2024, 5, 15)) });
    const org = r.organizations.find((o) => o.name === 'МАДОУ «Детский сад №7»')!;
    expect(org.rows).toBe(4);
    expect(r.issues.filter((i) => i.code === 'missing-column' && (i.column === 'ПК за период' || i.column === 'ПК по ФР ДПП'))).toEqual([]);
    const errors = r.issues.filter((i) => i.sheet === org.name && i.value === '#DIV/0!').map((i) => [i.row, i.column]);
    expect(errors).toEqual([[5, 'Педагогический стаж']]);
  });
});
