/**
 * The in-memory workbook behind the fake `Excel.run`: worksheets (name, id, visibility, order,
 * frozen panes, column widths, data validations, charts, print setup, AutoFilter, page breaks) and cells (value, kind, number format,
 * fill, font).
 * Setting a value behaves like Excel: in a cell formatted '@' any text stays text; otherwise
 * "=…", "+…", "-…", "@…" become formulas and numeric or ISO-date text becomes a number, which is
 * exactly what the adapter must prevent for the program's text cells.
 */

export type CellKind = 'empty' | 'text' | 'number' | 'boolean' | 'formula';

export interface FakeCell {
  value: string | number | boolean;
  kind: CellKind;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  wrap: boolean;
}

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface FakeValidation extends Rect {
  rule: unknown;
  errorAlert: unknown;
}

/** A chart on a sheet, as the fake's charts.add and the chart proxies (charts.ts) leave it. */
export interface FakeChartData {
  readonly id: string;
  name: string;
  /** Excel.ChartType, e.g. 'BarClustered'. */
  readonly type: string;
  /** The data range: a rectangle of `sheet` (which follows renames, as Excel's references do). */
  readonly source: Rect;
  readonly seriesBy: string;
  /** Cell the top-left corner was put at by setPosition, or null (Excel's default place). */
  anchor: { row: number; column: number } | null;
  /** Points. */
  top: number;
  left: number;
  width: number;
  height: number;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  axes: {
    category: { title: { text: string; visible: boolean } };
    value: { title: { text: string; visible: boolean }; minimum: number | null; maximum: number | null; numberFormat: string };
  };
  series: FakeChartSeriesData[];
}

export interface FakeChartSeriesData {
  /** From the header row when the range has one, else «Ряд N». */
  name: string;
  /** The series' own type; the chart's type unless changed. */
  chartType: string;
  /** Values and category labels, rectangles of the chart's sheet. */
  readonly values: Rect;
  readonly categories: Rect | null;
  fill: string | null;
  lineColor: string | null;
}

export const HEADER_FOOTER_KEYS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
export type HeaderFooterKey = (typeof HEADER_FOOTER_KEYS)[number];

/** What a sheet's page setup holds (defaults: a new sheet in Excel en-US). */
export interface FakePageSetup {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Whole rows printed on every page, 0-based inclusive, or null. */
  printTitleRows: { first: number; last: number } | null;
  headerFooter: Partial<Record<HeaderFooterKey, string>>;
}

export function defaultPageSetup(): FakePageSetup {
  return { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, printTitleRows: null, headerFooter: {} };
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export class FakeSheet {
  readonly cells = new Map<number, Map<number, FakeCell>>();
  readonly columnWidths = new Map<number, number>();
  frozen = { rows: 0, columns: 0 };
  /** Ranges whose rows were fitted to their content (range.format.autofitRows, ExcelApi 1.2). */
  autofitRows: { row: number; column: number; rows: number; columns: number }[] = [];
  validations: FakeValidation[] = [];
  charts: FakeChartData[] = [];
  visibility = 'Visible';
  /** Print setup (worksheet.pageLayout, ExcelApi 1.9): page-layout.ts. */
  pageSetup: FakePageSetup = defaultPageSetup();
  /** The AutoFilter's range (worksheet.autoFilter, ExcelApi 1.9), or null. */
  autoFilter: Rect | null = null;
  /** 0-based rows with a manual page break above them (worksheet.horizontalPageBreaks, ExcelApi 1.9). */
  rowBreaks: number[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(row)?.get(column);
  }

  /** The cell, created with defaults when missing. */
  ensure(row: number, column: number): FakeCell {
    let line = this.cells.get(row);
    if (!line) {
      line = new Map();
      this.cells.set(row, line);
    }
    let cell = line.get(column);
    if (!cell) {
      cell = { value: '', kind: 'empty', numberFormat: 'General', fill: null, fontColor: null, bold: false, wrap: false };
      line.set(column, cell);
    }
    return cell;
  }

  /** Bounding box of the cells with a value (or, unless valuesOnly, any formatting). */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [r, line] of this.cells) {
      for (const [c, cell] of line) {
        const used = cell.kind !== 'empty' || (!valuesOnly && (cell.numberFormat !== 'General' || cell.fill !== null || cell.fontColor !== null || cell.bold));
        if (!used) continue;
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      }
    }
    return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }

  /** What Office.js returns as `values` for a cell. */
  valueAt(row: number, column: number): string | number | boolean {
    const cell = this.cell(row, column);
    if (!cell || cell.kind === 'empty') return '';
    return cell.value;
  }

  setValue(row: number, column: number, input: unknown): void {
    const cell = this.ensure(row, column);
    delete cell.formula;
    if (input === null || input === undefined) return; // Office.js: null leaves the cell unchanged
    if (typeof input === 'number') {
      cell.value = input;
      cell.kind = 'number';
    } else if (typeof input === 'boolean') {
      cell.value = input;
      cell.kind = 'boolean';
    } else {
      const text = String(input);
      if (text === '') {
        cell.value = '';
        cell.kind = 'empty';
      } else if (cell.numberFormat === '@') {
        cell.value = text;
        cell.kind = 'text';
      } else if (/^[=+\-@]./s.test(text) && !/^[+-]\d+(\.\d+)?$/.test(text)) {
        cell.formula = text.startsWith('=') ? text : `=${text}`;
        cell.value = '#NAME?';
        cell.kind = 'formula';
      } else if (/^[+-]?\d+(\.\d+)?$/.test(text)) {
        cell.value = Number(text);
        cell.kind = 'number';
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
        cell.value = (Date.parse(`${text}T00:00:00Z`) - EXCEL_EPOCH) / 86_400_000;
        cell.kind = 'number';
      } else {
        cell.value = text;
        cell.kind = 'text';
      }
    }
  }

  clear(rect: Rect): void {
    for (const [r, line] of this.cells) {
      if (r < rect.row || r >= rect.row + rect.rows) continue;
      for (const c of [...line.keys()]) if (c >= rect.column && c < rect.column + rect.columns) line.delete(c);
    }
  }

  /** Values from A1 to the used range's bottom-right corner, '' for empty cells. */
  grid(): (string | number | boolean)[][] {
    const used = this.usedRect(true);
    if (!used) return [];
    const out: (string | number | boolean)[][] = [];
    for (let r = 0; r < used.row + used.rows; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = 0; c < used.column + used.columns; c++) row.push(this.valueAt(r, c));
      out.push(row);
    }
    return out;
  }
}

export class FakeDocument {
  sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  private nextId = 1;

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, '0')}}`, name);
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  byName(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  byKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.byName(key);
  }

  visible(): FakeSheet[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  /** A sheet filled from rows of values (Dates become Excel serials, as Office.js gives them). */
  addGrid(name: string, rows: readonly (readonly unknown[])[], at: { row: number; column: number } = { row: 0, column: 0 }): FakeSheet {
    const sheet = this.addSheet(name);
    rows.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        const cell = sheet.ensure(at.row + r, at.column + c);
        if (v instanceof Date) {
          cell.value = (v.getTime() - EXCEL_EPOCH) / 86_400_000;
          cell.kind = 'number';
          cell.numberFormat = 'dd.mm.yyyy';
        } else if (typeof v === 'number' || typeof v === 'boolean') {
          cell.value = v;
          cell.kind = typeof v === 'number' ? 'number' : 'boolean';
        } else {
          cell.value = String(v);
          cell.kind = 'text';
        }
      }),
    );
    return sheet;
  }
}

/** Excel serial of a UTC date. */
export function toSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH) / 86_400_000;
}
