/**
 * One worksheet part as the core's grid: every cell with a value, at its row and column. Cell
 * types: numbers (a date-styled number becomes a Date, as a host gives it), shared strings, inline
 * strings (rich runs joined), formula text results (`str`), booleans, saved errors (their text,
 * `#N/A`, as Apps Script and Office.js give them) and ISO dates (`d`). A formula cell is its saved
 * result whatever it is — 0, FALSE and the empty text included; without a saved result it is
 * empty. Cells and rows without an `r` attribute follow the previous one; rows may come in any
 * order. The declared dimension is never trusted: only cells with values take memory. Merged
 * ranges are listed (a host gives merged text in the top-left cell, which is where the file has it).
 */
import type { CellValue } from '../../core/index';
import { XlsxFault } from './fault';
import { MAX_COLUMNS, MAX_ROWS } from './limits';
import { CLOSE, EOF, latin, nameBytes, OPEN, TEXT, unescapeOoxml, XmlReader } from './xml';

export interface MergedRange {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Cells with a value still allowed in this read (shared by the sheets of a workbook). */
  budget: number;
  /** Tests only: read every cell through the general XML reader (the fast path's oracle). */
  readonly generalOnly?: boolean;
}

export interface SheetGridRead {
  readonly values: CellValue[][];
  readonly merges: MergedRange[];
}

const SHEET_DATA = nameBytes('sheetData');
const ROW = nameBytes('row');
const C = nameBytes('c');
const V = nameBytes('v');
const IS = nameBytes('is');
const T = nameBytes('t');
const R_PH = nameBytes('rPh');
const MERGE_CELL = nameBytes('mergeCell');

/** Cell types (the `t` attribute). */
const NUMBER = 0;
const SHARED = 1;
const STR = 2;
const INLINE = 3;
const BOOL = 4;
const ERROR = 5;
const DATE = 6;

/** An empty row, shared by every gap in every grid (grids are read-only to the core). */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

const MS_PER_DAY = 86_400_000;

export function readSheet(bytes: Uint8Array, part: string, sheetName: string, ctx: SheetContext): SheetGridRead {
  const x = new XmlReader(bytes, part);
  // The reader's plain view (a Node Buffer's own indexOf is a native call each time).
  const b = x.b;
  const rows: CellValue[][] = [];
  const merges: MergedRange[] = [];
  const { strings, dateStyles } = ctx;
  const epochShift = ctx.date1904 ? 1462 : 0;
  let inData = false;
  let rowIndex = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let cellRow = 0;
  let cellType = NUMBER;
  let cellStyle = 0;
  let value: CellValue = null;
  let budget = ctx.budget;

  // The row being filled is built in `cur` (reused) and stored as an array of exactly its length
  // when another row starts: no growth slack in a grid that may hold millions of cells.
  const cur: CellValue[] = [];
  let curLen = 0;
  let curRow = -1;
  const flush = (): void => {
    if (curRow >= 0 && curLen > 0) rows[curRow] = cur.slice(0, curLen);
    curRow = -1;
    curLen = 0;
  };
  const place = (r: number, c: number, v: CellValue): void => {
    if (--budget < 0) throw new XlsxFault('too-many-cells', sheetName);
    if (r !== curRow) {
      flush();
      curRow = r;
      // A row met again (rows out of order): its cells so far come back into the buffer.
      const before = rows[r];
      if (before !== undefined) for (; curLen < before.length; curLen++) cur[curLen] = before[curLen]!;
    }
    while (curLen < c) cur[curLen++] = null;
    if (c < curLen) cur[c] = v;
    else cur[curLen++] = v;
  };
  const general = ctx.generalOnly === true;
  const n = b.length;

  for (;;) {
    // The common cell, `<c r="B2" s="1" t="s"><v>12</v></c>`, read in one pass over its bytes.
    if (inData && !inCell && !general && b[x.pos] === 60 && b[x.pos + 1] === 99) {
      const q = fastCell(x.pos);
      if (q > 0) {
        x.pos = q;
        continue;
      }
    }
    const t = x.next();
    if (t === EOF) break;
    if (t === OPEN) {
      if (inCell) {
        if (x.is(V)) {
          if (x.selfClosing) continue;
          value = cellValue(x, cellType, cellStyle);
        } else if (x.is(IS)) {
          if (!x.selfClosing) value = inlineText(x);
          else value = '';
        } else x.skipElement();
        continue;
      }
      if (!inData) {
        if (x.is(SHEET_DATA)) inData = !x.selfClosing;
        else if (x.is(MERGE_CELL)) {
          const ref = x.attr('ref');
          const range = ref === null ? null : parseRange(ref);
          if (range) merges.push(range);
        }
        continue;
      }
      if (x.is(C)) {
        // r, s and t, read from the attribute bytes in one pass.
        let rs = -1;
        let ss = -1;
        let ts = -1;
        for (let p = x.attrsStart, end = x.attrsEnd; p < end; ) {
          const ch = b[p]!;
          if (ch === 32 || ch === 10 || ch === 13 || ch === 9) {
            p++;
            continue;
          }
          const ns = p;
          while (p < end && b[p] !== 61 && b[p] !== 32) p++;
          const ne = p;
          while (p < end && b[p] !== 34 && b[p] !== 39) p++;
          if (p >= end) x.fail('bad attribute');
          const vs = p + 1;
          const ve = b.indexOf(b[p]!, vs);
          if (ve < 0 || ve >= end) x.fail('unterminated attribute');
          p = ve + 1;
          if (ne - ns === 1) {
            const name = b[ns];
            if (name === 114) rs = vs;
            else if (name === 115) ss = vs;
            else if (name === 116) ts = vs;
          }
        }
        locate(rs);
        cellStyle = ss >= 0 ? digits(b, ss) : 0;
        cellType = ts >= 0 ? typeOf(b, ts) : NUMBER;
        value = null;
        if (x.selfClosing) continue;
        if (x.simpleValue()) {
          const v = x.textStart === x.textEnd ? (cellType === STR || cellType === INLINE ? '' : null) : decodeValue(x, cellType, cellStyle, x.textStart, x.textEnd, null);
          if (v !== null) place(cellRow, col, v);
        } else inCell = true;
        continue;
      }
      if (x.is(ROW)) {
        const rs = x.attrRange('r');
        const r = rs >= 0 ? digits(b, rs) : -1;
        rowIndex = r > 0 ? r - 1 : rowIndex + 1;
        if (rowIndex >= MAX_ROWS) throw new XlsxFault('bad-address', sheetName, `R${rowIndex + 1}`);
        col = -1;
        continue;
      }
      x.skipElement();
      continue;
    }
    if (t === CLOSE) {
      if (inCell && x.is(C)) {
        inCell = false;
        if (value !== null) place(cellRow, col, value);
      } else if (inData && x.is(SHEET_DATA)) inData = false;
    }
  }
  flush();
  ctx.budget = budget;
  for (let r = 0; r < rows.length; r++) if (rows[r] === undefined) rows[r] = EMPTY_ROW;
  return { values: rows, merges };

  /** The cell's row and column (cellRow, col) from its `r` value at rs, or following the previous cell. */
  function locate(rs: number): void {
    if (rs >= 0) {
      const ref = cellRef(b, rs);
      if (ref < 0) throw new XlsxFault('bad-address', sheetName, latin(b, rs, Math.min(b.indexOf(34, rs), rs + 20)));
      col = ref % MAX_COLUMNS;
      cellRow = (ref - col) / MAX_COLUMNS - 1;
      if (cellRow < 0) cellRow = rowIndex < 0 ? 0 : rowIndex;
      if (cellRow >= MAX_ROWS) throw new XlsxFault('bad-address', sheetName, `R${cellRow + 1}`);
    } else {
      col++;
      if (col >= MAX_COLUMNS) throw new XlsxFault('bad-address', sheetName, `C${col + 1}`);
      cellRow = rowIndex < 0 ? 0 : rowIndex;
    }
  }

  /**
   * A whole cell element from `<c` at p, when it is written the usual way: no prefix, attributes
   * as name="value", then nothing, `<v>value</v>`, and/or a formula (`<f …>text</f>` or `<f …/>`),
   * then `</c>`. Places its value and returns where the element ends; anything else (an inline
   * string, CDATA, a comment, white space, a prefix, a malformed tag) returns -1 having changed
   * nothing, and the general reader takes the cell — which also gives the same faults.
   */
  function fastCell(p: number): number {
    let i = p + 2;
    let ch = b[i];
    if (ch !== 32 && ch !== 62 && ch !== 47) return -1;
    let rs = -1;
    let ss = -1;
    let ts = -1;
    // The `r` value read as the attribute is scanned: its 1-based row (0 when it has none) and
    // 0-based column; refCol < 0 when the value is not a plain reference (locate then reads it,
    // and gives the fault).
    let refRow = 0;
    let refCol = -1;
    let closed = false;
    for (;;) {
      while (ch === 32 || ch === 10 || ch === 13 || ch === 9) ch = b[++i];
      if (ch === 62) {
        i++;
        break;
      }
      if (ch === 47) {
        if (b[i + 1] !== 62) return -1;
        i += 2;
        closed = true;
        break;
      }
      const ns = i;
      // A quote in a name: the general reader pairs quotes wherever they are (and names the fault).
      if (ch === 34 || ch === 39) return -1;
      // The usual one-letter name (r, s, t) without a scan.
      if (b[i + 1] === 61) i++;
      else {
        while (i < n && ch !== 61 && ch !== 32 && ch !== 62 && ch !== 47 && ch !== 60 && ch !== 34 && ch !== 39) ch = b[++i];
        if (ch !== 61 || i === ns) return -1;
      }
      const quote = b[i + 1];
      if (quote !== 34 && quote !== 39) return -1;
      const vs = i + 2;
      i = vs;
      if (vs - 2 - ns === 1) {
        const name = b[ns];
        if (name === 114) {
          rs = vs;
          // [$]letters[$]digits up to a quote, as cellRef reads it.
          let c = b[i]!;
          if (c === 36) c = b[++i]!;
          let col = 0;
          const first = i;
          for (;;) {
            if (c >= 97 && c <= 122) c -= 32;
            if (c < 65 || c > 90 || col > MAX_COLUMNS) break;
            col = col * 26 + (c - 64);
            c = b[++i]!;
          }
          if (i > first && col <= MAX_COLUMNS) {
            if (c === 36) c = b[++i]!;
            let row = 0;
            const rowStart = i;
            while (c >= 48 && c <= 57 && row <= MAX_ROWS) {
              row = row * 10 + (c - 48);
              c = b[++i]!;
            }
            if ((c === 34 || c === 39) && row <= MAX_ROWS && (i === rowStart || row > 0)) {
              refRow = row;
              refCol = col - 1;
            }
          }
        } else if (name === 115) ss = vs;
        else if (name === 116) ts = vs;
      }
      while (i < n && (ch = b[i]) !== quote) {
        if (ch === 60) return -1;
        i++;
      }
      if (i >= n) return -1;
      ch = b[++i];
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9 && ch !== 62 && ch !== 47) return -1;
    }
    // The content: a formula first, then the value.
    let vs = -1;
    let ve = -1;
    if (!closed) {
      if (b[i] === 60 && b[i + 1] === 102 && (b[i + 2] === 62 || b[i + 2] === 32 || b[i + 2] === 47)) {
        let gt = i + 2;
        let quote = 0;
        for (; gt < n; gt++) {
          const c = b[gt];
          if (quote !== 0) {
            if (c === quote) quote = 0;
            else if (c === 60) return -1;
          } else if (c === 34 || c === 39) quote = c;
          else if (c === 62) break;
          else if (c === 60) return -1;
        }
        if (gt >= n) return -1;
        if (b[gt - 1] === 47) i = gt + 1;
        else {
          let lt = gt + 1;
          while (lt < n && b[lt] !== 60) lt++;
          if (b[lt + 1] !== 47 || b[lt + 2] !== 102 || b[lt + 3] !== 62) return -1;
          i = lt + 4;
        }
      }
      if (b[i] === 60 && b[i + 1] === 118 && b[i + 2] === 62) {
        vs = i + 3;
        ve = vs;
        while (ve < n && b[ve] !== 60) ve++;
        if (b[ve + 1] !== 47 || b[ve + 2] !== 118 || b[ve + 3] !== 62) return -1;
        i = ve + 4;
      }
      if (b[i] !== 60 || b[i + 1] !== 47 || b[i + 2] !== 99 || b[i + 3] !== 62) return -1;
      i += 4;
    }
    if (refCol >= 0) {
      col = refCol;
      cellRow = refRow > 0 ? refRow - 1 : rowIndex < 0 ? 0 : rowIndex;
    } else locate(rs);
    if (vs >= 0) {
      const type = ts >= 0 ? typeOf(b, ts) : NUMBER;
      const v = vs === ve ? (type === STR || type === INLINE ? '' : null) : decodeValue(x, type, ss >= 0 ? digits(b, ss) : 0, vs, ve, null);
      if (v !== null) place(cellRow, col, v);
    }
    return i;
  }

  function cellValue(xr: XmlReader, type: number, style: number): CellValue {
    // The value's bytes: one text run (or CDATA) up to </v>.
    let s = -1;
    let e = -1;
    let text: string | null = null;
    for (let tk = xr.next(); tk !== CLOSE; tk = xr.next()) {
      if (tk === EOF) return null;
      if (tk === TEXT) {
        if (s < 0 && !xr.cdata) {
          s = xr.textStart;
          e = xr.textEnd;
        } else {
          // Entities split by CDATA or a comment: the pieces joined as text.
          if (text === null) text = s >= 0 ? rawText(xr, s, e) : '';
          text += xr.text();
        }
      } else xr.skipElement();
    }
    if (s < 0 && text === null) return type === STR || type === INLINE ? '' : null;
    return decodeValue(xr, type, style, s, e, text);
  }

  /** A value from its bytes [s, e) or, when pieces had to be joined, its text. */
  function decodeValue(xr: XmlReader, type: number, style: number, s: number, e: number, text: string | null): CellValue {
    switch (type) {
      case SHARED: {
        const i = text === null ? digits(b, s, e) : Number(text.trim());
        const str = strings[i];
        if (str === undefined) throw new XlsxFault('bad-xml', part, `shared string ${text ?? latin(b, s, Math.min(e, s + 12))}`);
        return str;
      }
      case STR:
      case INLINE:
        return unescapeOoxml(text ?? rawText(xr, s, e));
      case BOOL: {
        const v = (text ?? latin(b, s, e)).trim();
        return v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : v;
      }
      case ERROR:
        return (text ?? rawText(xr, s, e)).trim();
      case DATE: {
        const v = (text ?? latin(b, s, e)).trim();
        const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !/T/.test(v) ? v : `${v}Z`);
        return Number.isNaN(d.getTime()) ? v : d;
      }
      default: {
        const n = text === null ? number(b, s, e) : Number(text.trim());
        if (Number.isNaN(n)) return text ?? rawText(xr, s, e);
        if (dateStyles[style] === true) return new Date(Math.round((n - 25569 + epochShift) * MS_PER_DAY));
        return n;
      }
    }
  }
}

function rawText(x: XmlReader, s: number, e: number): string {
  const save = [x.textStart, x.textEnd, x.cdata] as const;
  x.textStart = s;
  x.textEnd = e;
  x.cdata = false;
  const out = x.text();
  [x.textStart, x.textEnd, x.cdata] = save;
  return out;
}

/** The text of an inline string (`<is>` just opened): its `t` runs, phonetic runs left out. */
function inlineText(x: XmlReader): string {
  let out = '';
  const depth = x.depth;
  for (;;) {
    const t = x.next();
    if (t === EOF) return out;
    if (t === CLOSE && x.depth < depth) return unescapeOoxml(out);
    if (t === OPEN) {
      if (x.is(T)) out += x.elementText();
      else if (x.is(R_PH)) x.skipElement();
    }
  }
}

function typeOf(b: Uint8Array, s: number): number {
  const c0 = b[s];
  const c1 = b[s + 1];
  // n, s, str, inlineStr, b, e, d
  if (c0 === 115) return c1 === 116 ? STR : SHARED; // s / str
  if (c0 === 110) return NUMBER;
  if (c0 === 98) return BOOL;
  if (c0 === 101) return ERROR;
  if (c0 === 105) return INLINE;
  if (c0 === 100) return DATE;
  return NUMBER;
}

/** A non-negative integer written in ASCII digits from s (to the closing quote, or e). */
function digits(b: Uint8Array, s: number, e = b.length): number {
  let n = 0;
  let i = s;
  while (i < e && (b[i] === 32 || b[i] === 9 || b[i] === 10 || b[i] === 13)) i++;
  const first = i;
  for (; i < e; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return i === first ? -1 : n;
}

/** A number's text as a number: integers without making a string, the rest through Number. */
function number(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let negative = false;
  if (b[i] === 45) {
    negative = true;
    i++;
  }
  let n = 0;
  const start = i;
  for (; i < e; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  if (i === e && i > start && i - start <= 15) return negative ? -n : n;
  const text = latin(b, s, e).trim();
  return text === '' ? Number.NaN : Number(text);
}

/**
 * A cell reference (`AB12`, `$A$1`) as (row × MAX_COLUMNS + column), row 1-based (0 when the
 * reference has no row); -1 when it is not a reference within Excel's grid.
 */
function cellRef(b: Uint8Array, s: number): number {
  let i = s;
  if (b[i] === 36) i++;
  let col = 0;
  const first = i;
  for (;; i++) {
    let c = b[i]!;
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > MAX_COLUMNS) return -1;
  }
  if (i === first) return -1;
  if (b[i] === 36) i++;
  let row = 0;
  const rowStart = i;
  for (;; i++) {
    const c = b[i]! - 48;
    if (c < 0 || c > 9) break;
    row = row * 10 + c;
    if (row > MAX_ROWS) return -1;
  }
  if (b[i] !== 34 && b[i] !== 39) return -1;
  if (i > rowStart && row === 0) return -1;
  return row * MAX_COLUMNS + (col - 1);
}

/** `A1:C2` (or `B3`) as a 0-based inclusive range; null when unreadable. */
export function parseRange(ref: string): MergedRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return null;
  const c1 = letters(m[1]!);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? letters(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  if (r1 < 0 || r2 < 0 || c1 >= MAX_COLUMNS || c2 >= MAX_COLUMNS || r1 >= MAX_ROWS || r2 >= MAX_ROWS) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function letters(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
