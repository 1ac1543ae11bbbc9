/**
 * The worksheet writer puts its XML straight into UTF-8 byte chunks, reusing the encoded XML of
 * repeated texts and asking the style book once per look. Its bytes must be exactly what the
 * writer as first written gives — that version (building one string, then TextEncoder) is kept
 * below as the oracle — on arbitrary sheets: every kind of value, ragged rows, markup and control
 * characters, long and repeated texts, row heights and extras, sheets past the chunk size and
 * past the cache of texts; and the style book must come out numbered the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter, type OutputSheet, type OutValue, type Tone } from '../../../core/index';
import { sheetXmlBytes, textElement, writeSheetXml, type SheetExtras } from '../../../cli/xlsx/sheet-xml';
import { ByteSink } from '../../../cli/xlsx/byte-sink';
import { StyleBook } from '../../../cli/xlsx/styles-write';

// ---- The oracle: sheet-xml.ts's sheetXml before the byte writer, unchanged. ----
const PIXELS_PER_WIDTH = 7;
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function referenceSheetXml(sheet: OutputSheet, styles: StyleBook, extras: SheetExtras = {}): string {
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (extras.sheetPr) out.push(`<sheetPr>${extras.sheetPr}</sheetPr>`);
  const width = sheet.columnWidths.length;
  const height = sheet.values.length;
  out.push(`<dimension ref="${width > 0 && height > 0 ? `A1:${columnLetter(width - 1)}${height}` : 'A1'}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0">${pane(sheet.frozenRows, sheet.frozenColumns)}</sheetView></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (width > 0) {
    out.push('<cols>');
    sheet.columnWidths.forEach((px, c) => {
      out.push(`<col min="${c + 1}" max="${c + 1}" width="${Math.round((px / PIXELS_PER_WIDTH) * 100) / 100}" customWidth="1"/>`);
    });
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const wrap = new Set(sheet.wrapColumns);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  for (let r = 0; r < height; r++) {
    const values = sheet.values[r] ?? [];
    const formats = sheet.formats[r] ?? [];
    const tones = sheet.tones[r] ?? [];
    const ht = extras.rowHeights?.get(r);
    out.push(ht !== undefined ? `<row r="${r + 1}" ht="${ht}" customHeight="1">` : `<row r="${r + 1}">`);
    const n = Math.max(values.length, tones.length, formats.length);
    for (let c = 0; c < n; c++) {
      const value = values[c] ?? null;
      const s = styles.xf(formats[c], tones[c] ?? null, wrap.has(c));
      const ref = `${letters[c] ?? columnLetter(c)}${r + 1}`;
      const style = s > 0 ? ` s="${s}"` : '';
      if (value === null || value === '') {
        if (s > 0) out.push(`<c r="${ref}"${style}/>`);
      } else if (typeof value === 'number') {
        out.push(Number.isFinite(value) ? `<c r="${ref}"${style}><v>${numberText(value)}</v></c>` : `<c r="${ref}"${style} t="inlineStr"><is><t>${String(value)}</t></is></c>`);
      } else if (typeof value === 'boolean') {
        out.push(`<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`);
      } else {
        out.push(`<c r="${ref}"${style} t="inlineStr"><is>${textElement(value)}</is></c>`);
      }
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  if (extras.afterData) out.push(extras.afterData);
  out.push(extras.pageXml ?? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (extras.tailXml) out.push(extras.tailXml);
  out.push('</worksheet>');
  return out.join('');
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

function pane(rows: number, columns: number): string {
  if (rows <= 0 && columns <= 0) return '';
  const top = `${columnLetter(Math.max(columns, 0))}${Math.max(rows, 0) + 1}`;
  const active = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${top}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${top}" sqref="${top}"/>`;
}
// ---- end of the oracle ----

const TONES: readonly (Tone | null)[] = [null, 'title', 'header', 'track', 'indicator', 'met', 'below', 'no-data', 'error', 'warning', 'info', 'muted'];
const FORMATS = [undefined, 'General', '@', '0.0', '0.0%', 'dd.mm.yyyy', '# ##0 "чел."'];
const TEXTS = ['', ' ', 'Доля педагогов', 'МАОУ СОШ №1', 'a & b < c > d "e"', ' ведущий пробел', 'строка\nперенос', 'x_x0041_y', '\u0001\u001f', '\ud800', '😀 эмодзи', 'ш'.repeat(401), 'Ж'.repeat(400)];

const value: fc.Arbitrary<OutValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...TEXTS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(-0, NaN, Infinity, 1e-7, 0.1 + 0.2),
  fc.boolean(),
);

const sheet: fc.Arbitrary<OutputSheet> = fc
  .record({
    width: fc.integer({ min: 0, max: 6 }),
    rows: fc.array(fc.array(fc.record({ v: value, f: fc.constantFrom(...FORMATS), t: fc.constantFrom(...TONES) }), { maxLength: 8 }), { maxLength: 12 }),
    wrap: fc.subarray([0, 1, 2, 3, 5, 7]),
    frozenRows: fc.integer({ min: -1, max: 3 }),
    frozenColumns: fc.integer({ min: -1, max: 2 }),
  })
  .map(({ width, rows, wrap, frozenRows, frozenColumns }) => ({
    name: 'Лист',
    values: rows.map((r) => r.map((c) => c.v)),
    formats: rows.map((r) => r.map((c) => c.f as string)),
    tones: rows.map((r) => r.slice(0, Math.max(0, r.length - 1)).map((c) => c.t)),
    columnWidths: Array.from({ length: width }, (_, c) => 40 + c * 33),
    wrapColumns: wrap,
    frozenRows,
    frozenColumns,
  }));

const extras: fc.Arbitrary<SheetExtras> = fc.record(
  {
    sheetPr: fc.constant('<pageSetUpPr fitToPage="1"/>'),
    rowHeights: fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom(15, 30.75, 405)), { maxLength: 5 }).map((e) => new Map(e)),
    afterData: fc.constant('<autoFilter ref="A1:C4"/>'),
    pageXml: fc.constant('<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><headerFooter><oddHeader>&amp;C«Показатели»</oddHeader></headerFooter>'),
    tailXml: fc.constant('<drawing r:id="rId1"/>'),
  },
  { requiredKeys: [] },
);

/** Both writers over fresh style books: the same bytes, and style books numbered the same. */
function expectSame(s: OutputSheet, e: SheetExtras = {}): void {
  const oldBook = new StyleBook(null, 'xl/styles.xml');
  const newBook = new StyleBook(null, 'xl/styles.xml');
  const expected = new TextEncoder().encode(referenceSheetXml(s, oldBook, e));
  const actual = sheetXmlBytes(s, newBook, e);
  expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
  expect(Buffer.from(newBook.bytesOut()).equals(Buffer.from(oldBook.bytesOut()))).toBe(true);
}

describe('sheetXmlBytes', () => {
  it('writes every arbitrary sheet byte for byte as the string writer did', () => {
    fc.assert(
      fc.property(sheet, extras, (s, e) => {
        expectSame(s, e);
      }),
      { numRuns: 1500 },
    );
  });

  it('a sheet of several MB (past the chunk size) with many repeated and distinct texts', () => {
    const rows = 60_000;
    const values = Array.from({ length: rows }, (_, r) => [`Критерий ${r % 67}`, `Организация ${r}`, r * 0.37, r % 3 === 0, r % 5 === 0 ? null : 'Ж'.repeat(r % 500)]);
    const s: OutputSheet = {
      name: 'История',
      values,
      formats: values.map(() => ['@', '@', '0.0', 'General', '@']),
      tones: values.map((_, r) => [r === 0 ? 'header' : null, null, r % 2 ? 'met' : 'below', null, null]),
      columnWidths: [100, 200, 80, 60, 300],
      wrapColumns: [1, 4],
      frozenRows: 1,
      frozenColumns: 0,
    };
    const bytes = sheetXmlBytes(s, new StyleBook(null, 'xl/styles.xml'));
    expect(bytes.length).toBeGreaterThan(4 << 20);
    expectSame(s, { rowHeights: new Map([[0, 30], [59_999, 405]]) });
  });

  it('written into a sink that hands its chunks over as they fill (the writer compresses them so), the same bytes', () => {
    fc.assert(
      fc.property(sheet, extras, fc.integer({ min: 1, max: 300 }), (s, e, chunkSize) => {
        const chunks: Uint8Array[] = [];
        const sink = new ByteSink((c) => chunks.push(c.slice()), chunkSize);
        writeSheetXml(sink, s, new StyleBook(null, 'xl/styles.xml'), e);
        sink.end();
        const whole = sheetXmlBytes(s, new StyleBook(null, 'xl/styles.xml'), e);
        expect(Buffer.concat(chunks).equals(Buffer.from(whole))).toBe(true);
        expect(sink.length).toBe(whole.length);
      }),
      { numRuns: 500 },
    );
  });
});
