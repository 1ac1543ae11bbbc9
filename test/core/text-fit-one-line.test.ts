/**
 * fitRowHeights skips measuring a text that surely fits one line (fitsOneLine: no line break, and
 * it fits even at more than the widest character's width). Whenever it says so, wrappedLines — the
 * measured answer — must be 1, for arbitrary texts (every width class of character, spaces, line
 * breaks, astral characters and lone surrogates, numbers as the sheets write them), column widths
 * and boldness; and a text it declines is still measured, so heights cannot change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsOneLine, wrappedLines } from '../../core/output/text-fit';
import { fitRowHeights } from '../../core/output/table';

const CHARS = [...'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗШЩЮМЫ', ...'abcdefmwMW@%il.,;:!|\'"()[]jtfr-«»', ...'0123456789', ' ', '  ', '\n', '😀', '𐐀', '𐐨', '\ud800', '\udc00', '\u00a0', '—', '№', '…', '\t', '\r', 'İ', 'ß', 'ǅ', 'Σ', 'ﬀ', '\u0301'];
const text = fc.oneof(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join('')),
  fc.oneof(fc.double({ noNaN: true }), fc.integer()).map(String),
);
const width = fc.oneof(fc.integer({ min: 0, max: 700 }), fc.double({ min: -50, max: 800, noNaN: true }), fc.constantFrom(28, 27.9, 96, 100, 560));

describe('fitsOneLine', () => {
  it('says a text fits one line only when wrappedLines gives 1, bold or not', () => {
    fc.assert(
      fc.property(text, width, (t, w) => {
        if (fitsOneLine(t, w)) {
          expect(wrappedLines(t, w, false)).toBe(1);
          expect(wrappedLines(t, w, true)).toBe(1);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the short texts of a wide column and leaves long or broken ones to be measured', () => {
    expect(fitsOneLine('37.14', 96)).toBe(true);
    expect(fitsOneLine('ЖЖЖЖЖЖЖЖ', 96)).toBe(true); // 8 × 11 = 88 = 96 − 8
    expect(fitsOneLine('ЖЖЖЖЖЖЖЖЖ', 96)).toBe(false);
    expect(fitsOneLine('да\nнет', 400)).toBe(false);
    expect(fitsOneLine('', 0)).toBe(true);
  });

  it('row heights: a wrapped column of numbers and short and long texts, heights measured line by line', () => {
    const values = [['37.14', 1234.5678, 'короткий', 'Длинная рекомендация, которая займёт несколько строк в узком столбце', '']];
    const sheet = { values, tones: [[null, null, 'header', null, null] as const].map((r) => [...r]), columnWidths: [60, 60, 60, 60, 60], wrapColumns: [0, 1, 3] };
    const lines = Math.max(1, wrappedLines('37.14', 60), wrappedLines(String(1234.5678), 60), wrappedLines('короткий', 60, true), wrappedLines(String(values[0]![3]), 60));
    expect(fitRowHeights(sheet)).toEqual([Math.min(540, Math.max(20, lines * 20))]);
    expect(lines).toBeGreaterThan(3);
  });
});
