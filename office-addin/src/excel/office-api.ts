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
  /** Print setup (ExcelApi 1.9: only behind isSetSupported). */
  readonly pageLayout: XlPageLayout;
  /** The sheet's AutoFilter (ExcelApi 1.9). */
  readonly autoFilter: XlAutoFilter;
  /** Manual page breaks between rows (ExcelApi 1.9). */
  readonly horizontalPageBreaks: XlPageBreakCollection;
}

/** `worksheet.pageLayout` (ExcelApi 1.9). */
export interface XlPageLayout {
  /** An Excel.PageOrientation: 'Portrait' or 'Landscape'. */
  orientation: string;
  /** An Excel.PaperType such as 'A4'. */
  paperSize: string;
  /** Set as one object: a scale, or pages wide and tall (0: as many as it takes). */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Whole rows repeated at the top of every printed page, e.g. '$3:$3'. */
  setPrintTitleRows(printTitleRows: string): void;
  readonly headersFooters: { readonly defaultForAllPages: XlHeaderFooter };
}

/** Header and footer sections, in Excel's & codes (&A sheet name, &P page, &N pages). */
export interface XlHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** `worksheet.autoFilter` (ExcelApi 1.9). */
export interface XlAutoFilter {
  apply(range: string): void;
}

/** `worksheet.horizontalPageBreaks` (ExcelApi 1.9). */
export interface XlPageBreakCollection {
  /** A manual break above the range's top row. */
  add(pageBreakRange: string): unknown;
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

/** `Excel.run`, narrowed to what the adapter needs, and what this Excel supports. */
export interface ExcelHost {
  run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T>;
  /**
   * `Office.context.requirements.isSetSupported`: whether this Excel has a requirement set newer
   * than the manifest's minimum (ExcelApi 1.9 for print setup). Absent: only the minimum.
   */
  isSetSupported?(name: string, version: string): boolean;
}
