/**
 * The host-neutral output model: an output sheet as rectangular arrays of values, number formats,
 * semantic tones and weights, with column widths and frozen panes. Apps Script renders it with
 * one setValues plus batched formats, Office JS with ranges, the CLI with ExcelJS — each as is.
 */
import type { ChartSpec } from './charts';

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
}

/** Builds an OutputSheet row by row, keeping the arrays rectangular. */
export class SheetBuilder {
  private readonly values: OutValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly tones: (Tone | null)[][] = [];

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
    const v: OutValue[] = [];
    const f: string[] = [];
    const t: (Tone | null)[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      const raw = cell === undefined ? null : isCellObject(cell) ? cell.value : cell;
      const value = typeof raw === 'string' ? wellFormed(raw) : raw;
      v.push(value);
      f.push(formatOf(cell, value));
      t.push(isCellObject(cell) && cell.tone !== undefined ? cell.tone : tone);
    }
    this.values.push(v);
    this.formats.push(f);
    this.tones.push(t);
  }

  build(options: { frozenRows: number; frozenColumns: number; wrapColumns: readonly number[] }): OutputSheet {
    return {
      name: this.name,
      values: this.values,
      formats: this.formats,
      tones: this.tones,
      columnWidths: this.columnWidths,
      wrapColumns: options.wrapColumns,
      frozenRows: options.frozenRows,
      frozenColumns: options.frozenColumns,
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

/**
 * Text as every host can store it: a lone surrogate (an echoed cell cut in the middle of an
 * emoji) becomes U+FFFD here, as an .xlsx writer would make it anyway, so all hosts agree.
 */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Text a spreadsheet would run as a formula (a tab name, an echoed cell, a criterion name starting
 * with =, +, - or @) is always formatted as text, whatever format its cell asked for: hosts set
 * formats before values, so it lands as text in Google Sheets, Excel and .xlsx alike.
 */
const FORMULA_LIKE = /^[=+\-@]/;

function formatOf(cell: Cell | undefined, value: OutValue): string {
  if (typeof value === 'string' && FORMULA_LIKE.test(value)) return FORMAT.text;
  if (isCellObject(cell) && cell.format) return cell.format;
  return typeof value === 'number' ? FORMAT.general : FORMAT.text;
}

function isCellObject(cell: Cell | undefined): cell is CellObject {
  return typeof cell === 'object' && cell !== null;
}
