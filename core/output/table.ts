/**
 * The host-neutral output model: an output sheet as rectangular arrays of values, number formats,
 * semantic tones and weights, with column widths and frozen panes. Apps Script renders it with
 * one setValues plus batched formats, Office JS with ranges, the CLI with ExcelJS — each as is.
 */
import type { ChartSpec, SheetRange } from './charts';
import { fitsOneLine, rowPxFor, splitLines, wrappedLines } from './text-fit';
import { BOOLEAN_TEXT } from '../texts/ru/output';

export type OutValue = string | number | boolean | null;

/** Semantic colour of a cell; hosts map it through TONE_STYLES. */
export type Tone = 'title' | 'header' | 'track' | 'indicator' | 'met' | 'below' | 'no-data' | 'error' | 'warning' | 'info' | 'muted';

export interface ToneStyle {
  readonly background: string | null;
  readonly font: string | null;
  readonly bold: boolean;
}

/** Colours of the met / below / no-data convention spreadsheet users know (Excel's "good/bad/neutral"). */
export const TONE_STYLES: Readonly<Record<Tone, ToneStyle>> = {
  title: { background: null, font: '#1F3864', bold: true },
  header: { background: '#D9E1F2', font: '#1F1F1F', bold: true },
  track: { background: '#B4C6E7', font: '#1F1F1F', bold: true },
  indicator: { background: '#E9EEF7', font: '#1F1F1F', bold: true },
  met: { background: '#C6EFCE', font: '#006100', bold: false },
  below: { background: '#FFC7CE', font: '#9C0006', bold: false },
  'no-data': { background: '#EDEDED', font: '#595959', bold: false },
  error: { background: '#FFC7CE', font: '#9C0006', bold: false },
  warning: { background: '#FFEB9C', font: '#7F6000', bold: false },
  info: { background: null, font: '#404040', bold: false },
  muted: { background: null, font: '#7F7F7F', bold: false },
};

/** Number formats used in outputs (codes both Excel and Google Sheets understand). */
export const FORMAT = {
  text: '@',
  percent1: '0.0',
  integer: '0',
  decimal1: '0.0',
  general: 'General',
} as const;

export interface OutputSheet {
  readonly name: string;
  /** Rectangular: every row has `columnWidths.length` cells. */
  readonly values: readonly (readonly OutValue[])[];
  readonly formats: readonly (readonly string[])[];
  readonly tones: readonly (readonly (Tone | null)[])[];
  readonly columnWidths: readonly number[];
  /** Columns whose text wraps. */
  readonly wrapColumns: readonly number[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Native charts over this sheet's cells (charts.ts); hosts without charts ignore them. */
  readonly charts?: readonly ChartSpec[];
  /**
   * Pixel height of every row, fitted to its wrapped text (text-fit.ts); hosts set them as is
   * (points = px × 0.75). Absent: the host's default height.
   */
  readonly rowHeights?: readonly number[];
  /** How the sheet prints; absent: the host's defaults. */
  readonly print?: PrintSetup;
  /** The table a filter is set on (header row first), or absent for none. */
  readonly filter?: SheetRange;
  /** 0-based rows that start a new printed page (a manual page break above each). */
  readonly pageBreaks?: readonly number[];
}

/**
 * Print setup every host can express: A4, landscape, all columns on one page wide (the
 * fit-to-page flag on, as many pages tall as it takes), rows repeated at the top of each page.
 */
export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  /** Columns fit one page wide; the height is not limited. */
  readonly fitToWidth: 1;
  /** 0-based, inclusive: rows printed at the top of every page (the table's header), or null. */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
}

export interface BuildOptions {
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly wrapColumns: readonly number[];
  /** 0-based header row of the table to filter; the filter runs to the last row. */
  readonly filterHeaderRow?: number;
  /** Rows repeated on every printed page; default: the last frozen row (the table header). */
  readonly repeatRows?: { readonly first: number; readonly last: number } | null;
  readonly orientation?: 'landscape' | 'portrait';
}

/** Whether a cell of this tone is bold (and, for headers, wrapped) in every host. */
export function toneIsBold(tone: Tone | null | undefined): boolean {
  return tone ? TONE_STYLES[tone].bold : false;
}

/**
 * Row heights that fit the wrapped text: cells of the wrapped columns and header cells (every
 * host wraps those) count; other text overflows sideways or is clipped by the host, as usual.
 */
export function fitRowHeights(sheet: Pick<OutputSheet, 'values' | 'tones' | 'columnWidths' | 'wrapColumns'>): number[] {
  const wraps: boolean[] = [];
  for (const c of sheet.wrapColumns) wraps[c] = true;
  const heights: number[] = new Array<number>(sheet.values.length);
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r]!;
    const tones = sheet.tones[r];
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value === undefined || value === null || value === '') continue;
      const tone = tones?.[c] ?? null;
      if (wraps[c] !== true && tone !== 'header') continue;
      const text = typeof value === 'number' ? String(value) : typeof value === 'boolean' ? (value ? BOOLEAN_TEXT.true : BOOLEAN_TEXT.false) : value;
      const width = sheet.columnWidths[c] ?? 100;
      if (fitsOneLine(text, width)) continue; // wrappedLines would say 1.
      lines = Math.max(lines, wrappedLines(text, width, toneIsBold(tone)));
    }
    heights[r] = rowPxFor(lines);
  }
  return heights;
}

/** Builds an OutputSheet row by row, keeping the arrays rectangular. */
export class SheetBuilder {
  private readonly values: (readonly OutValue[])[] = [];
  private readonly formats: string[][] = [];
  private readonly tones: (Tone | null)[][] = [];
  private readonly breaks: number[] = [];
  private lastFormats: string[] | null = null;
  private lastTones: (Tone | null)[] | null = null;
  private readonly lastText: (string | undefined)[] = [];
  private readonly lastWellFormed: (string | undefined)[] = [];

  constructor(
    private readonly name: string,
    private readonly columnWidths: readonly number[],
  ) {}

  get rowCount(): number {
    return this.values.length;
  }

  /** Appends a row; `cells` shorter than the width are padded with empty cells of `tone`. */
  row(cells: readonly Cell[], tone: Tone | null = null): void {
    const width = this.columnWidths.length;
    const v: OutValue[] = new Array<OutValue>(width);
    const f: string[] = new Array<string>(width);
    const t: (Tone | null)[] = new Array<Tone | null>(width);
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      let raw: OutValue;
      let cellTone = tone;
      if (isCellObject(cell)) {
        raw = cell.value;
        if (cell.tone !== undefined) cellTone = cell.tone;
      } else raw = cell === undefined ? null : cell;
      const value = typeof raw === 'string' ? this.wellFormedIn(c, raw) : raw;
      v[c] = value;
      f[c] = formatOf(cell, value);
      t[c] = cellTone;
    }
    this.values.push(v);
    // Rows mostly look like the row above (a table's body): the same formats and tones are one
    // array, shared (the sheet is read only), instead of one more pair per row.
    this.formats.push((this.lastFormats = sameAs(this.lastFormats, f)));
    this.tones.push((this.lastTones = sameAs(this.lastTones, t)));
  }

  /**
   * Appends a row of plain values (no cell objects, no tone), as row(values) does; when `values`
   * is already exactly what row() would store — as wide as the sheet, every text well formed — the
   * array itself is the row, not a copy (the sheet and `values` are both read only): «История»'s
   * 70,000 rows are kept once, not twice.
   */
  rowOf(values: readonly OutValue[]): void {
    const width = this.columnWidths.length;
    if (values.length !== width) {
      this.row(values);
      return;
    }
    const f: string[] = new Array<string>(width);
    const t: null[] = new Array<null>(width);
    for (let c = 0; c < width; c++) {
      const value = values[c];
      if (value === undefined || (typeof value === 'string' && this.wellFormedIn(c, value) !== value)) {
        this.row(values);
        return;
      }
      f[c] = formatOf(value, value);
      t[c] = null;
    }
    this.values.push(values as OutValue[]);
    this.formats.push((this.lastFormats = sameAs(this.lastFormats, f)));
    this.tones.push((this.lastTones = sameAs(this.lastTones, t)));
  }

  /** wellFormed(text), remembering the last text of each column (down a column, texts repeat). */
  private wellFormedIn(column: number, text: string): string {
    if (this.lastText[column] === text) return this.lastWellFormed[column]!;
    const out = wellFormed(text);
    this.lastText[column] = text;
    this.lastWellFormed[column] = out;
    return out;
  }

  /**
   * A line of text across the sheet (a title, a legend) in column A, split into as many rows as
   * it takes to stay within the sheet's width: text running past the last column would widen
   * what a host prints and shrink every page to fit it.
   */
  note(text: string, tone: Tone | null): void {
    const width = this.columnWidths.reduce((a, b) => a + b, 0);
    for (const line of splitLines(text, width, toneIsBold(tone))) this.row([line], tone);
  }

  /** The next row starts a new printed page (ignored at the very top). */
  pageBreak(): void {
    this.pageBreakAt(this.values.length);
  }

  /** Row `row` (0-based, already written or the next one) starts a new printed page. */
  pageBreakAt(row: number): void {
    if (row <= 0) return;
    // Breaks come mostly in order (one per organisation): an append needs no search nor sort.
    const last = this.breaks[this.breaks.length - 1];
    if (last === undefined || row > last) {
      this.breaks.push(row);
      return;
    }
    if (this.breaks.includes(row)) return;
    this.breaks.push(row);
    this.breaks.sort((a, b) => a - b);
  }

  build(options: BuildOptions): OutputSheet {
    const width = this.columnWidths.length;
    const sheet = {
      name: this.name,
      values: this.values,
      formats: this.formats,
      tones: this.tones,
      columnWidths: this.columnWidths,
      wrapColumns: options.wrapColumns,
      frozenRows: options.frozenRows,
      frozenColumns: options.frozenColumns,
    };
    const header = options.filterHeaderRow;
    const repeat = options.repeatRows !== undefined ? options.repeatRows : options.frozenRows > 0 ? { first: options.frozenRows - 1, last: options.frozenRows - 1 } : null;
    return {
      ...sheet,
      rowHeights: fitRowHeights(sheet),
      print: { orientation: options.orientation ?? 'landscape', paper: 'A4', fitToWidth: 1, repeatRows: repeat },
      ...(header !== undefined && header < this.values.length - 1 ? { filter: { row: header, column: 0, rowCount: this.values.length - header, columnCount: width } } : {}),
      ...(this.breaks.length > 0 ? { pageBreaks: [...this.breaks] } : {}),
    };
  }
}

export interface CellObject {
  readonly value: OutValue;
  readonly format?: string;
  readonly tone?: Tone | null;
}
export type Cell = OutValue | CellObject;

/** Half of a UTF-16 surrogate pair on its own (text cut in the middle of an emoji). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Any surrogate at all: most texts have none, and this test is cheaper than the replacement. */
const ANY_SURROGATE = /[\ud800-\udfff]/;

/**
 * Text as every host can store it: a lone surrogate (an echoed cell cut in the middle of an
 * emoji) becomes U+FFFD here, as an .xlsx writer would make it anyway, so all hosts agree.
 */
function wellFormed(text: string): string {
  return ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\ufffd') : text;
}

/**
 * Text a spreadsheet would run as a formula (a tab name, an echoed cell, a criterion name starting
 * with =, +, - or @) is always formatted as text, whatever format its cell asked for: hosts set
 * formats before values, so it lands as text in Google Sheets, Excel and .xlsx alike.
 */
function formulaStart(code: number): boolean {
  return code === 61 /* = */ || code === 43 /* + */ || code === 45 /* - */ || code === 64; /* @ */
}

function formatOf(cell: Cell | undefined, value: OutValue): string {
  if (typeof value === 'string' && formulaStart(value.charCodeAt(0))) return FORMAT.text;
  if (isCellObject(cell) && cell.format) return cell.format;
  return typeof value === 'number' ? FORMAT.general : FORMAT.text;
}

/** `previous` when `next` has the same items, else `next`. */
function sameAs<T>(previous: T[] | null, next: T[]): T[] {
  if (previous === null || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

function isCellObject(cell: Cell | undefined): cell is CellObject {
  return typeof cell === 'object' && cell !== null;
}
export { PRINT_FOOTER, PRINT_HEADER } from '../texts/ru/output';
