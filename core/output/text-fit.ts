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

/** Estimated width of one character in pixels. */
function charPx(ch: string, bold: boolean): number {
  let w: number;
  if (NARROW.has(ch)) w = 3.6;
  else if (WIDE_CYRILLIC.has(ch) || WIDE_LATIN.has(ch)) w = 10;
  else if (ch >= '0' && ch <= '9') w = 7;
  else if (ch !== ch.toLowerCase()) w = 8.6;
  else w = 7.2;
  return bold ? w * 1.08 : w;
}

/** Estimated width of a piece of text in pixels, on one line. */
export function textWidthPx(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) w += charPx(ch, bold);
  return w;
}

/** Lines a text takes in a column `columnPx` wide when wrapped at spaces (and inside over-long words). */
export function wrappedLines(text: string, columnPx: number, bold = false): number {
  const room = Math.max(20, columnPx - CELL_PADDING_PX);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    const space = charPx(' ', bold);
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      let w = textWidthPx(word, bold);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= room) {
        used = needed;
        continue;
      }
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
  return lines;
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
