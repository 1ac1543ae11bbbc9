/**
 * How tall a row must be so its wrapped text does not run into the next row, computed from the
 * text and the column width alone, the same in every host (Google Sheets has no auto-fit for
 * rows written by a script, an .xlsx file stores no height a reader would compute, Excel's
 * autofitRows is used on top where it exists). Widths are estimated per character for the
 * default fonts of the hosts (Calibri 11 / Arial 10 at 96 dpi), words wrap greedily, and the
 * estimate errs on the generous side: a row a little too tall reads fine, one too short hides text.
 */

/** Height of one line of text in pixels (Calibri 11: 15 pt = 20 px; Arial 10 is shorter). */
export const LINE_PX = 20;
/** Height of an empty or one-line row. */
export const DEFAULT_ROW_PX = 20;
/** Padding inside a cell, left and right together. */
const CELL_PADDING_PX = 8;
/** A row never grows beyond this (Excel's limit is 409 pt ≈ 545 px). */
export const MAX_ROW_PX = 540;

const NARROW = new Set([...' .,;:!|il\'"()[]jtfr-«»']);
/** ш щ ж ю м ы and their capitals. */
const WIDE_CYRILLIC = new Set([...'\u0448\u0449\u0436\u044e\u043c\u044b\u0428\u0429\u0416\u042e\u041c\u042b']);
const WIDE_LATIN = new Set([...'mwMW@%']);

/** Estimated width of one character (one code point) in pixels: the rule itself. */
function charPx(ch: string, bold: boolean): number {
  let w: number;
  if (NARROW.has(ch)) w = 3.6;
  else if (WIDE_CYRILLIC.has(ch) || WIDE_LATIN.has(ch)) w = 10;
  else if (ch >= '0' && ch <= '9') w = 7;
  else if (ch !== ch.toLowerCase()) w = 8.6;
  else w = 7.2;
  return bold ? w * 1.08 : w;
}

/*
 * The rule above, looked up by UTF-16 code unit: a row of a 100,000-row workbook's sheets asks for
 * millions of characters, and a Set lookup and a toLowerCase per character cost half a second.
 * Each table is filled on first sight of a character (0 = not yet known; no width is 0), so a host
 * that measures a few texts (Apps Script) pays for a few characters only. A surrogate pair (one
 * code point outside the BMP) is measured by the rule; a lone surrogate, like any other code unit,
 * by the table (the rule sees it as a one-unit string too). Values and the order of additions are
 * the rule's, so every width is the very same number.
 */
const REGULAR = new Float64Array(0x10000);
const BOLD = new Float64Array(0x10000);

function unitPx(text: string, i: number, table: Float64Array, bold: boolean): number {
  const code = text.charCodeAt(i);
  const known = table[code]!;
  if (known !== 0) return known;
  const w = charPx(String.fromCharCode(code), bold);
  table[code] = w;
  return w;
}

/** Whether text[i] starts a surrogate pair (a code point `for…of` yields as one character). */
function pairAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** Estimated width of a piece of text in pixels, on one line. */
export function textWidthPx(text: string, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    if (pairAt(text, i)) {
      w += charPx(text.slice(i, i + 2), bold);
      i++;
    } else w += unitPx(text, i, table, bold);
  }
  return w;
}

/** Line counts already worked out, by bold and column width, then text: output texts repeat a lot. */
const LINES_CACHE = [new Map<number, Map<string, number>>(), new Map<number, Map<string, number>>()] as const;
/** Texts remembered per width before the memory is started afresh (bounds the cache, not the result). */
const CACHE_LIMIT = 50_000;

/** Lines a text takes in a column `columnPx` wide when wrapped at spaces (and inside over-long words). */
export function wrappedLines(text: string, columnPx: number, bold = false): number {
  const byWidth = LINES_CACHE[bold ? 1 : 0];
  let cache = byWidth.get(columnPx);
  if (!cache) byWidth.set(columnPx, (cache = new Map()));
  const known = cache.get(text);
  if (known !== undefined) return known;
  const lines = countLines(text, columnPx, bold);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, lines);
  return lines;
}

/**
 * The line count in one pass over the text: paragraphs at '\n', words between runs of spaces,
 * laid greedily; the same arithmetic, in the same order, as splitting into paragraphs and words
 * and measuring each word (referenceWrappedLines in the tests is that version, the oracle).
 */
function countLines(text: string, columnPx: number, bold: boolean): number {
  const room = Math.max(20, columnPx - CELL_PADDING_PX);
  const table = bold ? BOLD : REGULAR;
  const space = unitPx(' ', 0, table, bold);
  const n = text.length;
  let lines = 1;
  let used = 0;
  let i = 0;
  for (;;) {
    // One word: up to a space, a line break or the end.
    let w = 0;
    let length = 0;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 10) break;
      if (pairAt(text, i)) {
        w += charPx(text.slice(i, i + 2), bold);
        i++;
      } else w += unitPx(text, i, table, bold);
      length++;
    }
    if (length > 0) {
      const needed = used === 0 ? w : used + space + w;
      if (needed <= room) used = needed;
      else {
        if (used > 0) {
          lines++;
          used = 0;
        }
        // A word longer than the column is broken across lines.
        while (w > room) {
          lines++;
          w -= room;
        }
        used = w;
      }
    }
    if (i >= n) return lines;
    if (text.charCodeAt(i) === 10) {
      lines++;
      used = 0;
    }
    i++;
  }
}

/** More than any character's width, bold or not (the widest is 10 × 1.08). */
const OVER_WIDEST_PX = 11;

/**
 * Whether `text` surely takes one line in a column `columnPx` wide, bold or not, without measuring
 * it: no line break, and even at the widest character's width it fits — then wrappedLines gives 1.
 */
export function fitsOneLine(text: string, columnPx: number): boolean {
  return text.length * OVER_WIDEST_PX <= Math.max(20, columnPx - CELL_PADDING_PX) && text.indexOf('\n') < 0;
}

/** Pixel height of a row whose wrapped cells need `lines` lines at most. */
export function rowPxFor(lines: number): number {
  return Math.min(MAX_ROW_PX, Math.max(DEFAULT_ROW_PX, lines * LINE_PX));
}

/** A text cut at spaces into lines of at most `widthPx` each (a word longer than that stays whole). */
export function splitLines(text: string, widthPx: number, bold = false): string[] {
  const room = Math.max(40, widthPx - CELL_PADDING_PX);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidthPx(next, bold) > room) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
