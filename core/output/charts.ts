/**
 * Charts in the host-neutral output model (issue 8): a chart is described once, over cells of its
 * own output sheet, and each host draws it natively — Apps Script with EmbeddedChartBuilder
 * (addRange per column, setNumHeaders(1), setPosition), Office JS with
 * `sheet.charts.add(type, sheet.getRangeByIndexes(...source), 'Columns')`. Every index is 0-based,
 * sizes are pixels, and the columns of a chart are contiguous (label, series…, target), so a single
 * rectangle (`source`) is the whole chart's data with the series names in its first row.
 */

/** 'bar' — horizontal bars (Excel barClustered, Sheets BAR); 'column' — vertical (columnClustered, COLUMN); 'line'. */
export type ChartKind = 'bar' | 'column' | 'line';

/** A rectangle of the chart's own sheet, 0-based. */
export interface SheetRange {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface ChartSeries {
  /** 0-based column of the values; its cell in the header row holds `name`. */
  readonly column: number;
  readonly name: string;
  /** '#RRGGBB'. */
  readonly color: string;
}

/**
 * The target drawn with the values: 'line' — as a line over the columns (Sheets COMBO with this
 * series of type line, Excel: this series' chartType 'Line'); 'bar' — as one more bar next to each
 * value, in its own colour (horizontal bar charts, which neither host combines with a line).
 */
export interface ChartTargetSeries extends ChartSeries {
  readonly style: 'line' | 'bar';
}

export interface ChartAxis {
  readonly title: string;
  readonly min?: number;
  readonly max?: number;
}

export interface ChartSpec {
  /** Stable within the sheet, for hosts that replace charts on a rerun. */
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly data: {
    /** The row of series names, directly above the data rows (numHeaders = 1). */
    readonly headerRow: number;
    /** First data row = headerRow + 1. */
    readonly firstRow: number;
    readonly rowCount: number;
    /** Column of the category labels; the series follow it, one column each. */
    readonly labelColumn: number;
    readonly series: readonly ChartSeries[];
    /** Extra series with the targets, right after the last value series. */
    readonly target?: ChartTargetSeries;
  };
  /** Header row plus data rows, label column through the last series (target included); series in columns. */
  readonly source: SheetRange;
  /** Top-left corner: the cell and an offset in pixels inside it. */
  readonly anchor: { readonly row: number; readonly column: number; readonly offsetX: number; readonly offsetY: number };
  readonly size: { readonly width: number; readonly height: number };
  readonly axes: { readonly category: ChartAxis; readonly value: ChartAxis };
  readonly legend: 'bottom' | 'right' | 'none';
  /** Number format of the value axis and data labels. */
  readonly valueFormat: string;
}

/** Series colours (Tableau 10, distinguishable in print and by most colour-blind readers). */
export const CHART_PALETTE = ['#4E79A7', '#F28E2B', '#59A14F', '#E15759', '#76B7B2', '#EDC948', '#B07AA1', '#9C755F', '#FF9DA7', '#BAB0AC'] as const;

/** Colour of a target series. */
export const TARGET_COLOR = '#7F7F7F';

/** Height of a sheet row the layout reserves room by (Excel 20 px, Google Sheets 21 px). */
export const ROW_PX = 20;

export interface ChartInput {
  readonly id: string;
  readonly kind: ChartKind;
  readonly title: string;
  readonly headerRow: number;
  readonly rowCount: number;
  readonly labelColumn: number;
  /** Series names, in column order after the label column. */
  readonly series: readonly string[];
  /** Name of a target series in the column after the last value series. */
  readonly target?: { readonly name: string; readonly style: 'line' | 'bar' };
  readonly anchor: { readonly row: number; readonly column: number };
  readonly size: { readonly width: number; readonly height: number };
  readonly axes: { readonly category: ChartAxis; readonly value: ChartAxis };
  readonly valueFormat: string;
}

/** A ChartSpec whose ranges follow from the layout: series right after the label column. */
export function chartSpec(input: ChartInput): ChartSpec {
  const series = input.series.map((name, i) => ({ column: input.labelColumn + 1 + i, name, color: CHART_PALETTE[i % CHART_PALETTE.length]! }));
  const target = input.target ? { column: input.labelColumn + 1 + series.length, name: input.target.name, color: TARGET_COLOR, style: input.target.style } : undefined;
  return {
    id: input.id,
    kind: input.kind,
    title: input.title,
    data: { headerRow: input.headerRow, firstRow: input.headerRow + 1, rowCount: input.rowCount, labelColumn: input.labelColumn, series, ...(target ? { target } : {}) },
    source: { row: input.headerRow, column: input.labelColumn, rowCount: input.rowCount + 1, columnCount: 1 + series.length + (target ? 1 : 0) },
    anchor: { row: input.anchor.row, column: input.anchor.column, offsetX: 0, offsetY: 0 },
    size: input.size,
    axes: input.axes,
    legend: series.length + (target ? 1 : 0) > 1 ? 'bottom' : 'none',
    valueFormat: input.valueFormat,
  };
}

/** Sheet rows to leave empty below an anchor so a chart of this height covers no table. */
export function rowsFor(height: number): number {
  return Math.ceil(height / ROW_PX) + 1;
}
