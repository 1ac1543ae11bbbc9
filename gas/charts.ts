/**
 * The charts of an OutputSheet (core/output/charts.ts) as native EmbeddedCharts of its sheet:
 * one builder per ChartSpec over the spec's source rectangle (series names in its first row, so
 * setNumHeaders(1)), anchored at the spec's cell, sized in pixels, coloured per series. The target
 * series is drawn as a line over columns with a combo chart (seriesType 'bars', that series
 * 'line'); horizontal bar charts draw it as one more bar, as the core intends. Builders are local
 * objects: only insertChart is a write, one per chart whatever the data's size.
 */
import { targetDrawing, type ChartSpec } from '../core/index';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Inserts one EmbeddedChart per spec into the sheet. */
export function insertCharts(sheet: Sheet, charts: readonly ChartSpec[]): void {
  for (const spec of charts) sheet.insertChart(chartBuilder(sheet, spec).build());
}

export function chartBuilder(sheet: Sheet, spec: ChartSpec): Builder {
  const target = targetDrawing(spec);
  const combo = (spec.kind === 'column' && target === 'line') || (spec.kind === 'line' && target === 'bar');
  const start = sheet.newChart();
  const typed: Builder = combo ? start.asComboChart() : spec.kind === 'bar' ? start.asBarChart() : spec.kind === 'column' ? start.asColumnChart() : start.asLineChart();
  const src = spec.source;
  let b = typed
    .addRange(sheet.getRange(src.row + 1, src.column + 1, src.rowCount, src.columnCount))
    .setNumHeaders(1)
    .setPosition(spec.anchor.row + 1, spec.anchor.column + 1, spec.anchor.offsetX, spec.anchor.offsetY)
    .setOption('title', spec.title)
    .setOption('width', spec.size.width)
    .setOption('height', spec.size.height)
    .setOption('legend', { position: spec.legend });

  const all = [...spec.data.series, ...(spec.data.target ? [spec.data.target] : [])];
  const series: Record<number, { color: string; type?: string }> = {};
  all.forEach((s, i) => {
    series[i] = { color: s.color };
  });
  if (combo && spec.data.target) {
    b = b.setOption('seriesType', spec.kind === 'column' ? 'bars' : 'line');
    series[all.length - 1] = { color: spec.data.target.color, type: spec.kind === 'column' ? 'line' : 'bars' };
  }
  b = b.setOption('colors', all.map((s) => s.color)).setOption('series', series);

  // Bar charts are horizontal: categories on the vertical axis, values on the horizontal one.
  const [categoryKey, valueKey] = spec.kind === 'bar' ? ['vAxis', 'hAxis'] : ['hAxis', 'vAxis'];
  const value: { title: string; viewWindow?: { min?: number; max?: number }; format?: string } = { title: spec.axes.value.title };
  const view: { min?: number; max?: number } = {};
  if (spec.axes.value.min !== undefined) view.min = spec.axes.value.min;
  if (spec.axes.value.max !== undefined) view.max = spec.axes.value.max;
  if (view.min !== undefined || view.max !== undefined) value.viewWindow = view;
  if (spec.valueFormat && spec.valueFormat !== 'General') value.format = spec.valueFormat;
  return b.setOption(categoryKey, { title: spec.axes.category.title }).setOption(valueKey, value);
}
