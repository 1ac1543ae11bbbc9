/**
 * Row heights come from text-fit.ts's width estimate and greedy wrapping. Its fast path (widths
 * looked up by code unit, one pass over the text, line counts remembered) must give exactly what
 * the rule as first written gives: that version is kept below, verbatim, as the oracle, and
 * compared on arbitrary texts (Cyrillic, Latin, digits, narrow and wide letters, runs of spaces,
 * line breaks, astral characters and lone surrogates), widths and boldness — as numbers, not
 * approximately. A few values are worked out by hand as well.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidthPx, wrappedLines } from '../../core/output/text-fit';

// ---- The oracle: text-fit.ts before the fast path, unchanged. ----
const CELL_PADDING_PX = 8;
const NARROW = new Set([...' .,;:!|il\'"()[]jtfr-«»']);
const WIDE_CYRILLIC = new Set([...'\u0448\u0449\u0436\u044e\u043c\u044b\u0428\u0429\u0416\u042e\u041c\u042b']);
const WIDE_LATIN = new Set([...'mwMW@%']);

function referenceCharPx(ch: string, bold: boolean): number {
  let w: number;
  if (NARROW.has(ch)) w = 3.6;
  else if (WIDE_CYRILLIC.has(ch) || WIDE_LATIN.has(ch)) w = 10;
  else if (ch >= '0' && ch <= '9') w = 7;
  else if (ch !== ch.toLowerCase()) w = 8.6;
  else w = 7.2;
  return bold ? w * 1.08 : w;
}

function referenceTextWidthPx(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += referenceCharPx(ch, bold);
  return w;
}

function referenceWrappedLines(text: string, columnPx: number, bold = false): number {
  const room = Math.max(20, columnPx - CELL_PADDING_PX);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    const space = referenceCharPx(' ', bold);
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      let w = referenceTextWidthPx(word, bold);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= room) {
        used = needed;
        continue;
      }
      if (used > 0) {
        lines++;
        used = 0;
      }
      while (w > room) {
        lines++;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}
// ---- end of the oracle ----

/** Characters of every class the rule tells apart, and the odd ones a text may hold. */
const CHARS = [
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' .,;:!|il\'"()[]jtfr-«»@%—–№…\t\r',
  ' ', ' ', ' ', ' ', '\n', '\n', '\u00a0',
  'İ', 'ß', 'ǅ', 'Σ', 'ﬀ', '\u0301',
  '😀', '𐐀', '𐐨', '\ud800', '\udc00', '\udbff',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 160 }).map((cs) => cs.join(''));
const repeatedWords = fc
  .tuple(fc.array(fc.constantFrom(...CHARS.filter((c) => c !== ' ' && c !== '\n')), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(' ', '  ', '\n'))
  .map(([w, n, sep]) => Array.from({ length: n }, () => w.join('')).join(sep));
const width = fc.oneof(fc.integer({ min: 0, max: 700 }), fc.double({ min: -50, max: 800, noNaN: true }), fc.constantFrom(28, 27.9, 100, 560));

describe('text-fit fast path', () => {
  it('measures every text as the rule does, to the last bit', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, bold) => {
        expect(textWidthPx(t, bold)).toBe(referenceTextWidthPx(t, bold));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the lines of every text as the rule does, first time and remembered', () => {
    fc.assert(
      fc.property(fc.oneof(text, repeatedWords), width, fc.boolean(), (t, w, bold) => {
        const expected = referenceWrappedLines(t, w, bold);
        expect(wrappedLines(t, w, bold)).toBe(expected);
        expect(wrappedLines(t, w, bold)).toBe(expected);
        expect(wrappedLines(t, w, !bold)).toBe(referenceWrappedLines(t, w, !bold));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same counts after its memory of texts is started afresh', () => {
    const texts = Array.from({ length: 60_000 }, (_, i) => `Доля педагогов ${i} от общего числа работников`);
    for (const t of texts) wrappedLines(t, 130);
    for (const t of [texts[0]!, texts[59_999]!, 'Привет Привет']) expect(wrappedLines(t, 130)).toBe(referenceWrappedLines(t, 130));
  });

  it('hand-checked widths and wraps', () => {
    // П (capital) 8.6 + р и в е т 5 × 7.2 = 44.6; ш is wide (10); a space is narrow (3.6).
    expect(textWidthPx('Привет')).toBeCloseTo(44.6, 10);
    expect(textWidthPx('шa')).toBeCloseTo(17.2, 10);
    // 44.6 + 3.6 + 44.6 = 92.8: two lines in 92 px of room (column 100), one in 93 (column 101).
    expect(wrappedLines('Привет Привет', 100)).toBe(2);
    expect(wrappedLines('Привет Привет', 101)).toBe(1);
    // Bold is 8 % wider: 92.8 × 1.08 = 100.2 needs column 109 for one line.
    expect(wrappedLines('Привет Привет', 108, true)).toBe(2);
    expect(wrappedLines('Привет Привет', 109, true)).toBe(1);
    // Paragraphs count even when empty; a 30-digit word (210 px) in 92 px of room takes 3 lines.
    expect(wrappedLines('а\n\nб', 100)).toBe(3);
    expect(wrappedLines('1'.repeat(30), 100)).toBe(3);
  });
});
