/**
 * The charts of an OutputSheet (core/output/charts.ts) as native Excel charts of its temporary
 * sheet: `worksheet.charts.add(type, source, 'Columns')` over the spec's source rectangle (series
 * names in its first row, category labels in its first column), placed at the anchor cell with
 * setPosition, sized in points, titled, with axis titles, the value axis' bounds and number format,
 * the legend, and each series' colour. The target series is drawn as a line over columns
 * (its chartType 'Line'); horizontal bar charts draw it as one more bar, as the core intends.
 * Only commands are queued here: they travel in the same syncs as the sheet's values and styles,
 * sized by chartBytes() for the request budget. Excel positions a chart at a cell's corner: the
 * spec's pixel offsets inside the anchor cell (always 0 from chartSpec) are not applied.
 */
import { targetDrawing, type ChartSpec } from '../../../core/index';
import type { XlChart, XlChartSeries, XlWorksheet } from './office-api';
import { COMMAND_BYTES, jsonBytes, pixelsToPoints } from './write-plan';

/** Excel.ChartType of each ChartKind. */
export const CHART_TYPES = { bar: 'BarClustered', column: 'ColumnClustered', line: 'Line' } as const;

/** Estimated request size of addChart's commands: at most 20 per chart and 2 per series, with the texts. */
export function chartBytes(spec: ChartSpec): number {
  const series = spec.data.series.length + (spec.data.target ? 1 : 0);
  return COMMAND_BYTES * (20 + 2 * series) + jsonBytes(spec);
}

/** Queues the creation of one chart on the worksheet. */
export function addChart(ws: XlWorksheet, spec: ChartSpec): XlChart {
  const src = spec.source;
  const chart = ws.charts.add(CHART_TYPES[spec.kind], ws.getRangeByIndexes(src.row, src.column, src.rowCount, src.columnCount), 'Columns');
  chart.name = spec.id;
  chart.setPosition(ws.getRangeByIndexes(spec.anchor.row, spec.anchor.column, 1, 1));
  chart.width = pixelsToPoints(spec.size.width);
  chart.height = pixelsToPoints(spec.size.height);
  chart.title.text = spec.title;
  chart.title.visible = true;
  if (spec.legend === 'none') chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = spec.legend === 'bottom' ? 'Bottom' : 'Right';
  }
  const { categoryAxis, valueAxis } = chart.axes;
  categoryAxis.title.text = spec.axes.category.title;
  categoryAxis.title.visible = true;
  valueAxis.title.text = spec.axes.value.title;
  valueAxis.title.visible = true;
  if (spec.axes.value.min !== undefined) valueAxis.minimum = spec.axes.value.min;
  if (spec.axes.value.max !== undefined) valueAxis.maximum = spec.axes.value.max;
  if (spec.valueFormat) valueAxis.numberFormat = spec.valueFormat;

  const asLine = spec.kind === 'line';
  spec.data.series.forEach((s, i) => colour(chart.series.getItemAt(i), s.color, asLine));
  const target = spec.data.target;
  const drawing = targetDrawing(spec);
  if (target && drawing) {
    const series = chart.series.getItemAt(spec.data.series.length);
    // The type first, so the colour goes to the line or the fill as finally drawn.
    if (drawing === 'line' && !asLine) series.chartType = 'Line';
    if (drawing === 'bar' && asLine) series.chartType = 'ColumnClustered';
    colour(series, target.color, drawing === 'line');
  }
  return chart;
}

function colour(series: XlChartSeries, color: string, line: boolean): void {
  if (line) series.format.line.color = color;
  else series.format.fill.setSolidColor(color);
}
