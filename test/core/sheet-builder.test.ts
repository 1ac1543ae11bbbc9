/**
 * SheetBuilder keeps a row's formats and tones as the row above's when they are equal, and
 * rowOf() keeps a row of plain values as it is when it is already what row() would store. Neither
 * may change a sheet: built with rowOf, or with row() and arbitrary tones, a sheet must equal one
 * whose every row array is written out afresh (values, formats, tones, row heights) — on rows of
 * every kind of value: texts with lone surrogates (which row() replaces), texts a spreadsheet would
 * run as formulas (kept as text), numbers, booleans, nulls, holes, rows shorter and longer than
 * the sheet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetBuilder, fitRowHeights, type OutValue, type Tone } from '../../core/output/table';

const value: fc.Arbitrary<OutValue | undefined> = fc.oneof(
  fc.constantFrom(null, '', 'МАОУ СОШ №1', '=СУММ(A1)', '+7', '-', '@x', 'a\ud800b', '\udc00', '😀', 'да', 'Доля педагогов, прошедших повышение квалификации за три года'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(undefined),
);
const TONES: readonly (Tone | null)[] = [null, 'header', 'met', 'below', 'muted'];

const WIDTHS = [60, 120, 80, 200];

/** What row() stores, worked out cell by cell (the oracle). */
function expectedRow(cells: readonly (OutValue | undefined)[]): { values: OutValue[]; formats: string[] } {
  const values: OutValue[] = [];
  const formats: string[] = [];
  for (let c = 0; c < WIDTHS.length; c++) {
    const raw = cells[c] ?? null;
    const v = typeof raw === 'string' ? raw.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : raw;
    values.push(v);
    formats.push(typeof v === 'string' && /^[=+\-@]/.test(v) ? '@' : typeof v === 'number' ? 'General' : '@');
  }
  return { values, formats };
}

describe('SheetBuilder', () => {
  it('rowOf and row() give the sheet worked out cell by cell, rows shared or not', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(value, { maxLength: 6 }), fc.boolean(), fc.constantFrom(...TONES)), { maxLength: 25 }), (rows) => {
        const b = new SheetBuilder('Лист', WIDTHS);
        for (const [cells, plain, tone] of rows) {
          if (plain) b.rowOf(cells as OutValue[]);
          else b.row(cells as OutValue[], tone);
        }
        const sheet = b.build({ frozenRows: 0, frozenColumns: 0, wrapColumns: [1, 3] });
        const expected = rows.map(([cells]) => expectedRow(cells));
        expect(sheet.values.map((r) => [...r])).toEqual(expected.map((e) => e.values));
        expect(sheet.formats.map((r) => [...r])).toEqual(expected.map((e) => e.formats));
        expect(sheet.tones.map((r) => [...r])).toEqual(rows.map(([, plain, tone]) => WIDTHS.map(() => (plain ? null : tone))));
        const fresh = { values: expected.map((e) => e.values), tones: sheet.tones.map((r) => [...r]), columnWidths: WIDTHS, wrapColumns: [1, 3] };
        expect(sheet.rowHeights).toEqual(fitRowHeights(fresh));
      }),
      { numRuns: 2000 },
    );
  });

  it('rowOf keeps a row that needs nothing changed, and copies one that does', () => {
    const b = new SheetBuilder('Лист', [10, 10, 10]);
    const kept: OutValue[] = ['2023-2024', 37.14, null];
    const fixed: OutValue[] = ['a\ud800', 1, null];
    const short: OutValue[] = ['x'];
    b.rowOf(kept);
    b.rowOf(fixed);
    b.rowOf(short);
    const sheet = b.build({ frozenRows: 0, frozenColumns: 0, wrapColumns: [] });
    expect(sheet.values[0]).toBe(kept);
    expect(sheet.values[1]).toEqual(['a\ufffd', 1, null]);
    expect(sheet.values[2]).toEqual(['x', null, null]);
    // Equal formats and tones are one array.
    expect(sheet.formats[1]).toBe(sheet.formats[0]);
    expect(sheet.tones[2]).toBe(sheet.tones[0]);
  });
});
