/**
 * Files that are not readable workbooks, each built here by a script: another format (.xls, a
 * password-protected .xlsx, .ods, CSV), a damaged package (truncated, a bad deflate stream,
 * malformed XML), and hostile ones (a zip bomb, a DTD with entities, a cell past XFD1048576).
 * Each must end in one PedmonitorError 'not-xlsx' whose Russian message names the file and, where
 * it applies, the part or the sheet — and a huge declared dimension must cost nothing. Through the
 * built CLI: exit 1, the message on stderr, nothing written.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import { isPedmonitorError } from '../../../core/index';
import { readWorkbook, type ReadLimits } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { buildCli, runCli, tempDir } from '../helpers';
import { inline, prefixedWorkbook, zipOf } from './package-builder';

async function refusal(bytes: Uint8Array, limits?: Partial<ReadLimits>): Promise<Error & { code: string }> {
  const result = await readWorkbook(bytes, nodeCodec, { label: 'школы.xlsx', ...(limits ? { limits } : {}) }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isPedmonitorError(result), String(result)).toBe(true);
  const error = result as Error & { code: string };
  expect(error.code).toBe('not-xlsx');
  expect(error.message).toContain('«школы.xlsx»');
  expect(error.message).not.toMatch(/[A-Za-z]+Error|at .*\.ts/);
  return error;
}

const ok = (rows: string): Uint8Array => zipOf(prefixedWorkbook({ Школа: rows }));
const ROWS = `<x:row r="1">${inline('A1', 'ФИО')}${inline('B1', 'Должность')}</x:row>`;

/** An OLE2 compound file header plus a directory sector holding the given stream names. */
function ole2(streams: readonly string[]): Uint8Array {
  const head = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(head);
  const dir = Buffer.alloc(128 * Math.max(1, streams.length));
  streams.forEach((s, i) => Buffer.from(s, 'utf16le').copy(dir, i * 128));
  return new Uint8Array(Buffer.concat([head, dir]));
}

describe('other formats get their own message', () => {
  it('.xls (Excel 97–2003)', async () => {
    expect((await refusal(ole2(['Root Entry', 'Workbook']))).message).toMatch(/Excel 97–2003 \(\.xls\)/);
  });

  it('a password-protected .xlsx (an encrypted package in an OLE2 file)', async () => {
    expect((await refusal(ole2(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))).message).toMatch(/защищён паролем/);
  });

  it('.ods (OpenDocument)', async () => {
    const ods = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }, { stored: ['mimetype'] });
    expect((await refusal(ods)).message).toMatch(/OpenDocument \(\.ods\)/);
  });

  it('CSV saved with the .xlsx extension', async () => {
    expect((await refusal(new TextEncoder().encode('ФИО;Должность\r\nИванова;учитель\r\n'))).message).toMatch(/CSV/);
  });

  it('another ZIP (no workbook inside)', async () => {
    expect((await refusal(zipOf({ 'word/document.xml': '<w:document/>' }))).message).toMatch(/нет листов/);
  });
});

describe('damaged packages', () => {
  it('truncated: the end of the file is missing', async () => {
    const bytes = ok(ROWS);
    expect((await refusal(bytes.subarray(0, Math.floor(bytes.length * 0.6)))).message).toMatch(/обрывается/);
  });

  it('a part whose deflate stream is damaged names the part and its sheet', async () => {
    const parts = prefixedWorkbook({ Школа: ROWS });
    const bytes = zipOf(parts);
    // Corrupt the compressed sheet: find its data by the name in the local header.
    const at = Buffer.from(bytes).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    for (let i = at + 2; i < at + 12; i++) bytes[i] = 0xff;
    const message = (await refusal(bytes)).message;
    expect(message).toContain('«xl/worksheets/sheet1.xml»');
    expect(message).toContain('лист «Школа»');
  });

  it('sheets are unpacked ahead of parsing, yet a fault is met in sheet order and names its own sheet', async () => {
    const damage = (bytes: Uint8Array, part: string): void => {
      const at = Buffer.from(bytes).indexOf(part) + part.length;
      for (let i = at + 2; i < at + 12; i++) bytes[i] = 0xff;
    };
    const sheets = { Первая: ROWS, Вторая: ROWS, Третья: ROWS, Четвёртая: ROWS };
    // Only the third sheet's stream is damaged: the first two are read, the third is named.
    const third = zipOf(prefixedWorkbook(sheets));
    damage(third, 'xl/worksheets/sheet3.xml');
    const m3 = (await refusal(third)).message;
    expect(m3).toContain('«xl/worksheets/sheet3.xml»');
    expect(m3).toContain('лист «Третья»');
    // The second sheet's XML is malformed and the third's stream is damaged (unpacked while the
    // second is parsed): the second, met first, is the one named.
    const both = zipOf(prefixedWorkbook({ ...sheets, Вторая: '<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:row>' }));
    damage(both, 'xl/worksheets/sheet3.xml');
    const m2 = (await refusal(both)).message;
    expect(m2).toMatch(/ошибка разметки XML/);
    expect(m2).toContain('лист «Вторая»');
    expect(m2).not.toContain('Третья');
    // The same books read whole when nothing is damaged: four sheets, each with its header.
    const book = await readWorkbook(zipOf(prefixedWorkbook(sheets)), nodeCodec);
    expect(book.sheets.map((s) => [s.name, s.values[0]])).toEqual(Object.keys(sheets).map((n) => [n, ['ФИО', 'Должность']]));
  });

  it('the same with sheets large enough to be unpacked on the thread pool (over 1 MB of XML each)', async () => {
    // 20,000 rows of two inline cells: about 1.6 MB of XML per sheet.
    const rows = (mark: string): string =>
      ROWS + Array.from({ length: 20_000 }, (_, i) => `<x:row r="${i + 2}">${inline(`A${i + 2}`, `${mark} ${i}`)}${inline(`B${i + 2}`, 'учитель')}</x:row>`).join('');
    const sheets = { Первая: rows('а'), Вторая: rows('б'), Третья: rows('в') };
    const parts = prefixedWorkbook(sheets);
    expect(new TextEncoder().encode(parts['xl/worksheets/sheet1.xml'] as string).length).toBeGreaterThan(1024 * 1024);
    const book = await readWorkbook(zipOf(parts), nodeCodec);
    expect(book.sheets.map((s) => [s.name, s.values.length, s.values[20_000]])).toEqual([
      ['Первая', 20_001, ['а 19999', 'учитель']],
      ['Вторая', 20_001, ['б 19999', 'учитель']],
      ['Третья', 20_001, ['в 19999', 'учитель']],
    ]);
    const damaged = zipOf(prefixedWorkbook(sheets));
    const part = 'xl/worksheets/sheet2.xml';
    const at = Buffer.from(damaged).indexOf(part) + part.length;
    for (let i = at + 2; i < at + 12; i++) damaged[i] = 0xff;
    const message = (await refusal(damaged)).message;
    expect(message).toContain('«xl/worksheets/sheet2.xml»');
    expect(message).toContain('лист «Вторая»');
  });

  it('malformed XML: a closing tag that does not match', async () => {
    const message = (await refusal(ok('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:row>'))).message;
    expect(message).toMatch(/ошибка разметки XML/);
    expect(message).toContain('лист «Школа»');
  });

  it('malformed XML: an unknown entity', async () => {
    expect((await refusal(ok(`<x:row r="1">${inline('A1', '&nbsp;')}</x:row>`))).message).toMatch(/ошибка разметки XML/);
  });
});

describe('hostile files', () => {
  it('a zip bomb: a part that unpacks past the bound is refused before it is unpacked', async () => {
    // 64 MB of one character deflates to about 64 KB; the bound here is 8 MB.
    const bomb = Buffer.alloc(64 * 1024 * 1024, 0x20);
    const sheet = Buffer.concat([Buffer.from(`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>`), bomb, Buffer.from('</x:sheetData></x:worksheet>')]);
    const parts = { ...prefixedWorkbook({ Школа: ROWS }), 'xl/worksheets/sheet1.xml': new Uint8Array(sheet) };
    const bytes = zipOf(parts);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const before = process.memoryUsage().rss;
    const message = (await refusal(bytes, { partBytes: 8 * 1024 * 1024 })).message;
    expect(message).toMatch(/ZIP-бомба/);
    expect(message).toContain('«xl/worksheets/sheet1.xml»');
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
  });

  it('a zip bomb that lies about its size is stopped by the codec at the declared size', async () => {
    const big = new Uint8Array(Buffer.alloc(32 * 1024 * 1024, 0x20));
    const parts = { ...prefixedWorkbook({ Школа: ROWS }), 'xl/worksheets/sheet1.xml': big };
    const bytes = zipOf(parts, { declaredSize: { 'xl/worksheets/sheet1.xml': 1000 } });
    expect((await refusal(bytes)).message).toMatch(/не распаковывается/);
  });

  it('a part declaring more than the default bound (over 1 GB) is refused without unpacking', async () => {
    const parts = prefixedWorkbook({ Школа: ROWS });
    const bytes = zipOf(parts, { declaredSize: { 'xl/worksheets/sheet1.xml': 3 * 1024 * 1024 * 1024 } });
    expect((await refusal(bytes)).message).toMatch(/ZIP-бомба/);
  });

  it('a DTD with entity declarations (billion laughs) is never expanded', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "hahahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1">${inline('A1', '&c;')}</x:row></x:sheetData></x:worksheet>`;
    const parts = { ...prefixedWorkbook({ Школа: ROWS }), 'xl/worksheets/sheet1.xml': laughs };
    const message = (await refusal(zipOf(parts))).message;
    expect(message).toMatch(/DTD/);
    expect(message).toContain('лист «Школа»');
  });

  it('a cell past XFD1048576 names the sheet and the cell', async () => {
    const message = (await refusal(ok(`<x:row r="1">${inline('XFE1', 'x')}</x:row>`))).message;
    expect(message).toMatch(/за пределами листа Excel/);
    expect(message).toContain('«Школа»');
    expect(message).toContain('XFE1');
  });

  it('a declared dimension of the whole grid costs nothing: only cells with values take memory', async () => {
    const rows = `<x:dimension ref="A1:XFD1048576"/>`;
    const parts = prefixedWorkbook({ Школа: ROWS }, { sheetXml: (_, data) => `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${rows}<x:sheetData>${data}</x:sheetData></x:worksheet>` });
    const book = await readWorkbook(zipOf(parts), nodeCodec);
    expect(book.sheets[0]!.values).toEqual([['ФИО', 'Должность']]);
  });

  it('too many cells for one read: refused with the sheet named', async () => {
    const many = Array.from({ length: 50 }, (_, r) => `<x:row r="${r + 1}"><x:c r="A${r + 1}"><x:v>${r}</x:v></x:c></x:row>`).join('');
    const message = (await refusal(ok(many), { cells: 10 })).message;
    expect(message).toMatch(/больше ячеек/);
    expect(message).toContain('«Школа»');
  });
});

describe('through the command line: exit 1, the message, nothing written', () => {
  beforeAll(() => buildCli());

  it('refuses a zip bomb, a DTD and a truncated file without writing --out or --json', () => {
    const dir = tempDir();
    const laughs = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "ha">]><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>`;
    const cases: Record<string, Uint8Array> = {
      'dtd.xlsx': zipOf({ ...prefixedWorkbook({ Школа: ROWS }), 'xl/worksheets/sheet1.xml': laughs }),
      'bomb.xlsx': zipOf(prefixedWorkbook({ Школа: ROWS }), { declaredSize: { 'xl/worksheets/sheet1.xml': 2 * 1024 * 1024 * 1024 } }),
      'cut.xlsx': ok(ROWS).subarray(0, 300),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const out = path.join(dir, `${name}.out.xlsx`);
      const json = path.join(dir, `${name}.json`);
      const run = runCli(['compute', file, '--out', out, '--json', json]);
      expect(run.code, `${name}: ${run.stderr}`).toBe(1);
      expect(run.stderr).toContain(name);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(json)).toBe(false);
    }
  });
});

