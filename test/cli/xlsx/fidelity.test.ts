/**
 * --out keeps the user's work: a workbook written by openpyxl with a chart, an image, comments, a
 * drop-down and a pivot cache (corpus/make_workbook.py) goes through `pedmonitor compute --out`.
 * Every part of the input is in the output with the same bytes — the very same compressed record,
 * not only the same content — except the four parts that must change, and those change only by
 * additions; the output opens in LibreOffice (converted again without complaint, the sheets as
 * before plus the outputs) and in ExcelJS. A second run replaces the outputs in place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET, REGISTRY_SHEET } from '../../../core/index';
import { partsOf } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { ZipArchive } from '../../../cli/xlsx/zip-read';
import { buildCli, runCli, tempDir } from '../helpers';
import { independentReading, libreOfficeRoundTrip, note, PYTHON_OPENPYXL, python, SOFFICE } from './producers';

/** The parts a run may change: the sheet list, its relationships, the content types, the cell formats. */
const MAY_CHANGE = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
const USER_SHEETS = ['МАДОУ «Детский сад №7»', 'Данные'];

let dir = '';
let input = '';
let out = '';
let again = '';

beforeAll(() => {
  note('--out fidelity', PYTHON_OPENPYXL ? '' : 'python3-openpyxl');
  if (!PYTHON_OPENPYXL) return;
  buildCli();
  dir = tempDir('pedmonitor-fidelity-');
  input = path.join(dir, 'книга.xlsx');
  python('make_workbook.py', [input]);
  out = path.join(dir, 'результат.xlsx');
  const run = runCli(['compute', input, '--out', out, '--period', '2023-2024']);
  if (run.code !== 0) throw new Error(run.stderr);
  again = path.join(dir, 'повторно.xlsx');
  const rerun = runCli(['compute', out, '--out', again, '--period', '2023-2024']);
  if (rerun.code !== 0) throw new Error(rerun.stderr);
}, 120_000);

const records = (file: string): Map<string, Uint8Array> => {
  const zip = new ZipArchive(new Uint8Array(readFileSync(file)), nodeCodec);
  return new Map(zip.entries.map((e) => [e.name, zip.record(e)]));
};

describe.runIf(PYTHON_OPENPYXL)('--out of a workbook with a chart, an image, comments, a drop-down and a pivot cache', () => {
  it('has every input part with the same compressed record, but the four that must change', () => {
    const before = records(input);
    const after = records(out);
    const names = [...before.keys()];
    expect(names).toContain('xl/charts/chart1.xml');
    expect(names).toContain('xl/media/image1.png');
    expect(names).toContain('xl/comments/comment1.xml');
    expect(names).toContain('xl/pivotCache/pivotCacheDefinition1.xml');
    expect(names).toContain('xl/pivotCache/pivotCacheRecords1.xml');
    for (const name of names) {
      expect(after.has(name), name).toBe(true);
      if (MAY_CHANGE.includes(name)) continue;
      expect(Buffer.from(after.get(name)!).equals(Buffer.from(before.get(name)!)), name).toBe(true);
    }
    // The order of the input's parts is kept; the new parts follow.
    expect([...after.keys()].slice(0, names.length)).toEqual(names);
  });

  it('changes the four parts only by additions: every input byte is still there, in order', async () => {
    // Count attributes (count="3" → count="12") are rewritten rather than added to, and so is the
    // sheet the workbook opens on: activeTab names «Сводка», no other sheet keeps tabSelected.
    const text = (data: Uint8Array) =>
      Buffer.from(data).toString('utf8').replace(/ count="\d+"/g, ' count=""').replace(/ activeTab="\d+"/g, '').replace(/ tabSelected="1"/g, '');
    const before = new Map((await partsOf(new Uint8Array(readFileSync(input)), nodeCodec)).map((p) => [p.name, text(p.data)]));
    const after = new Map((await partsOf(new Uint8Array(readFileSync(out)), nodeCodec)).map((p) => [p.name, text(p.data)]));
    for (const name of MAY_CHANGE) {
      const was = before.get(name)!;
      const now = after.get(name)!;
      // Deleting what was added gives back the input: a subsequence check, character by character.
      let i = 0;
      for (const ch of now) if (i < was.length && ch === was[i]) i++;
      expect(i, `${name}: every character of the input is kept in order`).toBe(was.length);
      expect(now.length).toBeGreaterThan(was.length);
    }
    // The user's sheet of the data validation and the comment is untouched.
    expect(after.get('xl/worksheets/sheet1.xml')).toBe(before.get('xl/worksheets/sheet1.xml'));
    expect(after.get('xl/worksheets/sheet1.xml')).toContain('dataValidation');
  });

  it('lists the sheets as before plus the outputs, the registry very hidden', () => {
    const py = independentReading(out);
    const names = py.sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(USER_SHEETS);
    expect(names).toEqual([...USER_SHEETS, SHEET.indicators, SHEET.summary, SHEET.recommendations, SHEET.problems, SHEET.history, REGISTRY_SHEET]);
    expect(py.sheets.find((s) => s.name === REGISTRY_SHEET)!.state).toBe('veryHidden');
  });

  it.runIf(SOFFICE)('opens in LibreOffice: converted again, every sheet there with its values', () => {
    const converted = libreOfficeRoundTrip(out, path.join(dir, 'lo'));
    const py = independentReading(converted);
    expect(py.sheets.map((s) => s.name).slice(0, 7)).toEqual([...USER_SHEETS, SHEET.indicators, SHEET.summary, SHEET.recommendations, SHEET.problems, SHEET.history]);
    const indicators = independentReading(out).sheets.find((s) => s.name === SHEET.indicators)!;
    const back = py.sheets.find((s) => s.name === SHEET.indicators)!;
    expect(back.cells.length).toBe(indicators.cells.length);
  });

  it('a second run replaces the outputs in place and still copies every user part', () => {
    const first = records(out);
    const second = records(again);
    for (const [name, bytes] of first) {
      if (MAY_CHANGE.includes(name) || /^xl\/worksheets\/sheet([3-9]|\d\d+)\.xml$/.test(name)) continue;
      expect(second.has(name), name).toBe(true);
      expect(Buffer.from(second.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
    }
    expect(independentReading(again).sheets.map((s) => s.name)).toEqual(independentReading(out).sheets.map((s) => s.name));
  });
});

describe('--out of a workbook ExcelJS wrote with a comment, a drop-down and an image', () => {
  it('opens in ExcelJS with all three, the outputs after the user’s sheet (ExcelJS 4.4 cannot read openpyxl’s drawings, so this book is its own)', async () => {
    buildCli();
    const work = tempDir('pedmonitor-fidelity-exceljs-');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('МАОУ СОШ №1');
    ws.addRow(['ФИО', 'Должность', 'ПК за период']);
    ws.addRow(['Абрамова Анна Андреевна', 'учитель', 'да']);
    ws.getCell('A2').note = 'Проверено методистом';
    ws.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"да,нет"'] };
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'E2:F4');
    const file = path.join(work, 'книга.xlsx');
    await wb.xlsx.writeFile(file);
    const result = path.join(work, 'результат.xlsx');
    const run = runCli(['compute', file, '--out', result, '--period', '2023-2024']);
    expect(run.code, run.stderr).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(readFileSync(result) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    expect(back.worksheets.map((w) => w.name)).toEqual(['МАОУ СОШ №1', SHEET.indicators, SHEET.summary, SHEET.recommendations, SHEET.problems, SHEET.history, REGISTRY_SHEET]);
    const user = back.getWorksheet('МАОУ СОШ №1')!;
    expect(user.getCell('A2').note).toBeTruthy();
    expect(user.getCell('C2').dataValidation?.type).toBe('list');
    expect(user.getImages().length).toBe(1);
    expect(back.getWorksheet(REGISTRY_SHEET)!.state).toBe('veryHidden');
  });
});
