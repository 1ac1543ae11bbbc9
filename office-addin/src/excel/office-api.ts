/**
 * The part of Office.js the adapter uses, written as plain structural types. The adapter's logic
 * (read, write, template) depends only on these, so it compiles with or without the office-js
 * typings and runs against the test fake as well as against Excel; `office-check.ts` proves at
 * compile time that Excel's real objects satisfy them. Names and semantics are Office.js's own:
 * proxies queue commands, `load` + `context.sync()` make properties readable.
 */

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  sync(): Promise<unknown>;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
}

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  load(propertyNames: string): unknown;
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
}

/** `Visible`, `Hidden` or `VeryHidden`. */
export type XlVisibility = string;

export interface XlWorksheet {
  readonly id: string;
  name: string;
  visibility: XlVisibility;
  position: number;
  readonly isNullObject: boolean;
  readonly freezePanes: XlFreezePanes;
  load(propertyNames: string): unknown;
  delete(): void;
  activate(): void;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  readonly charts: XlChartCollection;
}

/** `worksheet.charts` (ExcelApi 1.1; a series' chartType 1.7, an axis' numberFormat 1.8). */
export interface XlChartCollection {
  /** type: an Excel.ChartType such as 'BarClustered', 'ColumnClustered', 'Line'; seriesBy 'Columns'. */
  add(type: string, sourceData: XlRange, seriesBy?: string): XlChart;
}

export interface XlChart {
  name: string;
  /** Points. */
  width: number;
  height: number;
  readonly title: XlChartTitle;
  readonly legend: { visible: boolean; position: string };
  readonly axes: { readonly categoryAxis: XlChartAxis; readonly valueAxis: XlChartAxis };
  readonly series: { getItemAt(index: number): XlChartSeries };
  /** Top-left corner at a cell (its address or range). */
  setPosition(startCell: XlRange | string, endCell?: XlRange | string): void;
}

export interface XlChartTitle {
  text: string;
  visible: boolean;
}

export interface XlChartAxis {
  readonly title: XlChartTitle;
  minimum: any;
  maximum: any;
  numberFormat: string;
}

export interface XlChartSeries {
  chartType: string;
  readonly format: { readonly fill: { setSolidColor(color: string): void }; readonly line: { color: string } };
}

export interface XlFreezePanes {
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  freezeAt(frozenRange: string): void;
}

export interface XlRange {
  values: any[][];
  numberFormat: any[][];
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  load(propertyNames: string): unknown;
  clear(applyTo?: string): void;
}

export interface XlRangeFormat {
  columnWidth: number;
  wrapText: boolean;
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean };
  /** Fits the rows' heights to their content (ExcelApi 1.2). */
  autofitRows(): void;
}

export interface XlDataValidation {
  /** An Excel.DataValidationRule, e.g. `{ list: { inCellDropDown: true, source: 'да,нет' } }`. */
  rule: unknown;
  /** An Excel.DataValidationErrorAlert. */
  errorAlert: unknown;
  clear(): void;
}

/** `Excel.run`, narrowed to what the adapter needs. */
export interface ExcelHost {
  run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
}
