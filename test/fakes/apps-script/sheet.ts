/**
 * A sheet of the fake spreadsheet: a sparse grid of cells with values and formats, a grid size
 * (a new sheet is 1000 × 26, as in Google Sheets; getRange outside it throws), hidden state,
 * frozen panes, column widths, developer metadata and embedded charts (charts.ts).
 * inspect()/snapshot() read it for tests without going through the logged API.
 */
import { FakeEmbeddedChartBuilder, type FakeEmbeddedChart } from './charts';
import type { FakeRange as FakeRangeType } from './range';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import type { ValidationRule } from './validation';
import { readStored, type Stored } from './values';

export interface CellData {
  v?: Stored;
  nf?: string;
  bg?: string | null;
  fc?: string | null;
  fw?: string;
  wrap?: boolean;
  va?: string | null;
  dv?: ValidationRule | null;
}

export interface MetadataData {
  readonly id: number;
  readonly key: string;
  readonly value: string | null;
  readonly visibility: string;
}

export class FakeDeveloperMetadata {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly data: MetadataData,
  ) {}

  getId(): number {
    this.sheet.logCall('DeveloperMetadata', 'getId', 'read');
    return this.data.id;
  }

  getKey(): string {
    this.sheet.logCall('DeveloperMetadata', 'getKey', 'read');
    return this.data.key;
  }

  getValue(): string | null {
    this.sheet.logCall('DeveloperMetadata', 'getValue', 'read');
    return this.data.value;
  }

  getVisibility(): string {
    this.sheet.logCall('DeveloperMetadata', 'getVisibility', 'read');
    return this.data.visibility;
  }
}

export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export class FakeSheet {
  cells: (CellData | undefined)[][] = [];
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  /** Rows fitted to their content by autoResizeRows, as [startRow, numRows] per call. */
  autoResized: [number, number][] = [];
  /** A1 notation of the sheet's filter (Apps Script allows one per sheet), or null. */
  filter: string | null = null;
  metadata: MetadataData[] = [];
  charts: FakeEmbeddedChart[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly id: number,
    public name: string,
  ) {}

  logCall(target: string, method: string, kind: 'read' | 'write' | 'handle', args: readonly unknown[] = []): void {
    this.spreadsheet.log.record(target, method, kind, { id: this.id, name: this.name }, args);
  }

  cell(row: number, column: number): CellData {
    const r = (this.cells[row - 1] ??= []);
    return (r[column - 1] ??= {});
  }

  peek(row: number, column: number): CellData | undefined {
    return this.cells[row - 1]?.[column - 1];
  }

  // ---- Apps Script API ----

  getName(): string {
    this.logCall('Sheet', 'getName', 'read');
    return this.name;
  }

  setName(name: string): this {
    this.logCall('Sheet', 'setName', 'write', [name]);
    this.spreadsheet.checkNewName(name, this);
    this.name = name;
    return this;
  }

  getSheetId(): number {
    this.logCall('Sheet', 'getSheetId', 'read');
    return this.id;
  }

  getIndex(): number {
    this.logCall('Sheet', 'getIndex', 'read');
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getMaxRows(): number {
    this.logCall('Sheet', 'getMaxRows', 'read');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.logCall('Sheet', 'getMaxColumns', 'read');
    return this.maxColumns;
  }

  getLastRow(): number {
    this.logCall('Sheet', 'getLastRow', 'read');
    return this.contentSize().rows;
  }

  getLastColumn(): number {
    this.logCall('Sheet', 'getLastColumn', 'read');
    return this.contentSize().columns;
  }

  getDataRange(): FakeRangeType {
    this.logCall('Sheet', 'getDataRange', 'read');
    const size = this.contentSize();
    return new FakeRange(this, 1, 1, Math.max(1, size.rows), Math.max(1, size.columns));
  }

  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRangeType {
    this.logCall('Sheet', 'getRange', 'handle', [row, column, numRows, numColumns]);
    if (typeof row !== 'number' || typeof column !== 'number') throw new Error('fake getRange supports numeric coordinates only');
    if (numRows < 1 || numColumns < 1) throw new Error('The number of rows and columns in the range must be at least 1.');
    if (row < 1 || column < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.logCall('Sheet', 'insertRowsAfter', 'write', [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > this.maxRows || howMany < 1) throw new Error('Invalid arguments to insertRowsAfter.');
    this.cells.splice(afterPosition, 0, ...new Array<undefined>(howMany).fill(undefined).map(() => []));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.logCall('Sheet', 'insertColumnsAfter', 'write', [afterPosition, howMany]);
    if (afterPosition < 1 || afterPosition > this.maxColumns || howMany < 1) throw new Error('Invalid arguments to insertColumnsAfter.');
    for (const row of this.cells) if (row && row.length > afterPosition) row.splice(afterPosition, 0, ...new Array<undefined>(howMany));
    const widths = new Map<number, number>();
    for (const [c, w] of this.columnWidths) widths.set(c > afterPosition ? c + howMany : c, w);
    this.columnWidths = widths;
    this.maxColumns += howMany;
    return this;
  }

  hideSheet(): this {
    this.logCall('Sheet', 'hideSheet', 'write');
    if (!this.hidden && this.spreadsheet.sheets.filter((s) => !s.hidden).length === 1) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }

  showSheet(): this {
    this.logCall('Sheet', 'showSheet', 'write');
    this.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.logCall('Sheet', 'isSheetHidden', 'read');
    return this.hidden;
  }

  setFrozenRows(rows: number): void {
    this.logCall('Sheet', 'setFrozenRows', 'write', [rows]);
    if (rows < 0 || rows >= this.maxRows) throw new Error('Sorry, it is not possible to freeze all rows.');
    this.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.logCall('Sheet', 'setFrozenColumns', 'write', [columns]);
    if (columns < 0 || columns >= this.maxColumns) throw new Error('Sorry, it is not possible to freeze all columns.');
    this.frozenColumns = columns;
  }

  getFrozenRows(): number {
    this.logCall('Sheet', 'getFrozenRows', 'read');
    return this.frozenRows;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.logCall('Sheet', 'setColumnWidths', 'write', [startColumn, numColumns, width]);
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  /** Sheet.autoResizeRows(startRow, numRows): fits row heights to their content (wrapped text). */
  autoResizeRows(startRow: number, numRows: number): this {
    this.logCall('Sheet', 'autoResizeRows', 'write', [startRow, numRows]);
    if (startRow < 1 || numRows < 1 || startRow + numRows - 1 > this.maxRows) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    this.autoResized.push([startRow, numRows]);
    return this;
  }

  setColumnWidth(column: number, width: number): this {
    return this.setColumnWidths(column, 1, width);
  }

  clearContents(): this {
    this.logCall('Sheet', 'clearContents', 'write');
    for (const row of this.cells) for (const cell of row ?? []) if (cell) delete cell.v;
    return this;
  }

  addDeveloperMetadata(key: string, value?: string, visibility?: string): this {
    this.logCall('Sheet', 'addDeveloperMetadata', 'write', [key, value, visibility]);
    this.metadata.push({ id: this.spreadsheet.nextId(), key, value: value ?? null, visibility: visibility ?? 'DOCUMENT' });
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.logCall('Sheet', 'getDeveloperMetadata', 'read');
    return this.metadata.map((m) => new FakeDeveloperMetadata(this, m));
  }

  newChart(): FakeEmbeddedChartBuilder {
    this.logCall('Sheet', 'newChart', 'handle');
    return new FakeEmbeddedChartBuilder(this, this.spreadsheet.log);
  }

  insertChart(chart: FakeEmbeddedChart): void {
    this.logCall('Sheet', 'insertChart', 'write', [chart]);
    if (!chart || typeof chart !== 'object' || !('data' in chart)) throw new Error('Invalid argument: chart');
    const { row, column } = chart.data.position;
    if (row > this.maxRows || column > this.maxColumns) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    for (const r of chart.data.ranges) {
      if (!this.spreadsheet.sheets.some((s) => s.id === r.sheetId)) throw new Error('The chart refers to a sheet that does not exist.');
    }
    this.charts.push(chart);
  }

  getCharts(): FakeEmbeddedChart[] {
    this.logCall('Sheet', 'getCharts', 'read');
    return [...this.charts];
  }

  removeChart(chart: FakeEmbeddedChart): void {
    this.logCall('Sheet', 'removeChart', 'write', [chart]);
    const i = this.charts.indexOf(chart);
    if (i < 0) throw new Error('Chart not found.');
    this.charts.splice(i, 1);
  }

  activate(): this {
    this.logCall('Sheet', 'activate', 'write');
    this.spreadsheet.active = this;
    this.hidden = false;
    return this;
  }

  // ---- test inspection (not logged) ----

  contentSize(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell?.v !== undefined && cell.v !== '') {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      });
    });
    return { rows, columns };
  }

  /** The top-left rows × columns as plain arrays (values as getValues gives them, in the test's realm). */
  inspect(rows = this.contentSize().rows, columns = this.contentSize().columns) {
    const pick = <T>(f: (cell: CellData | undefined) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => f(this.peek(r + 1, c + 1))));
    return {
      values: pick((cell) => readStored(cell?.v, this.spreadsheet.timeZone, Date)),
      formulas: pick((cell) => (cell?.v && typeof cell.v === 'object' && 'formula' in cell.v ? cell.v.formula : '')),
      formats: pick((cell) => cell?.nf ?? 'General'),
      backgrounds: pick((cell) => cell?.bg ?? null),
      fontColors: pick((cell) => cell?.fc ?? null),
      fontWeights: pick((cell) => cell?.fw ?? 'normal'),
      wraps: pick((cell) => cell?.wrap ?? false),
      validations: pick((cell) => cell?.dv ?? null),
    };
  }

  /** Everything about the sheet except its id, as plain data, for before/after equality. */
  snapshot() {
    const cells: [number, number, CellData][] = [];
    this.cells.forEach((row, r) => row?.forEach((cell, c) => {
      if (cell && Object.keys(cell).length > 0) cells.push([r + 1, c + 1, JSON.parse(JSON.stringify(cell)) as CellData]);
    }));
    return {
      name: this.name,
      hidden: this.hidden,
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: [...this.columnWidths].sort((a, b) => a[0] - b[0]),
      autoResized: this.autoResized.map((r) => [...r]),
      filter: this.filter,
      metadata: this.metadata.map((m) => ({ key: m.key, value: m.value, visibility: m.visibility })),
      // Charts without ids: a range names its sheet by name, like the cells above.
      charts: this.charts.map((c) => {
        const { chartId: _id, ranges, ...rest } = c.describe();
        return { ...rest, ranges: ranges.map((r) => ({ sheet: this.spreadsheet.sheets.find((s) => s.id === r.sheetId)?.name ?? null, a1: r.a1 })) };
      }),
      cells,
    };
  }
}
