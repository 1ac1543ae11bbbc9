/**
 * `worksheet.charts` for the fake `Excel.run`: charts.add and the chart proxies queue commands
 * like every other proxy, and `context.sync()` applies them to the sheet's FakeChartData. Faithful
 * where the adapter depends on it:
 *  - add(type, range, seriesBy) accepts Excel.ChartType names only; with seriesBy 'Columns' a
 *    first column of text becomes the category labels and a first row of text the series names,
 *    one series per remaining column, each of the chart's type;
 *  - the chart is on the worksheet it was added to and its data must be on that sheet (the
 *    adapter never charts another sheet); it goes when the sheet is deleted;
 *  - setPosition(startCell[, endCell]) takes a cell of the chart's own sheet (address or range)
 *    and sets top/left (default 15 pt rows, the sheet's column widths); width/height are points;
 *  - series.getItemAt(i) fails for a series the chart does not have; a line series on a
 *    horizontal bar chart is refused (the combination the core never asks for); minimum and
 *    maximum exist only on the value axis; colours must be '#RRGGBB';
 *  - properties are write-only here: reading one throws PropertyNotLoaded, as before a load.
 * Every command is a CommandInfo for failWhen: kinds addChart, chart, chartTitle, chartLegend,
 * chartAxis, chartSeries.
 */
import type { FakeChartData, FakeChartSeriesData, FakeSheet, Rect } from './document';
import { officeError, parseAddress, type FakeContext, type FakeRange, type FakeWorksheet } from './fake-excel';

/** The chart types Excel.ChartType names (2-D ones the adapter could use, and a few more). */
export const CHART_TYPES = new Set([
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'BarStacked100',
  'Line', 'LineStacked', 'LineStacked100', 'LineMarkers', 'LineMarkersStacked', 'LineMarkersStacked100',
  'Area', 'AreaStacked', 'AreaStacked100', 'Pie', 'Doughnut', 'XYScatter', 'Radar',
]);
const BAR_TYPES = new Set(['BarClustered', 'BarStacked', 'BarStacked100']);
const LINE_TYPES = new Set(['Line', 'LineStacked', 'LineStacked100', 'LineMarkers', 'LineMarkersStacked', 'LineMarkersStacked100']);
const LEGEND_POSITIONS = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']);
const ROW_POINTS = 15;
const DEFAULT_COLUMN_POINTS = 48;

function notLoaded(property: string): never {
  throw officeError('PropertyNotLoaded', `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

function checkColor(color: unknown): string {
  if (typeof color !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(color)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  return color;
}

let nextChartId = 1;

export class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  get items(): never {
    return notLoaded('items');
  }

  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    const chart = new FakeChart(this.ctx);
    this.ctx.push(
      () => ({ kind: 'addChart', sheet: this.ws.peek()?.name ?? null, detail: type }),
      { type, seriesBy },
      () => {
        const sheet = this.ws.sheet();
        if (!CHART_TYPES.has(type)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
        const { sheet: dataSheet, rect } = sourceData.resolved();
        if (dataSheet !== sheet) throw officeError('InvalidArgument', 'The fake charts only data of their own sheet.');
        const data: FakeChartData = {
          id: `{C0000000-0000-0000-0000-${String(nextChartId).padStart(12, '0')}}`,
          name: `Диаграмма ${nextChartId++}`,
          type,
          source: rect,
          seriesBy,
          anchor: null,
          top: 0,
          left: 0,
          width: 360,
          height: 216,
          title: { text: '', visible: false },
          legend: { visible: true, position: 'Bottom' },
          axes: {
            category: { title: { text: '', visible: false } },
            value: { title: { text: '', visible: false }, minimum: null, maximum: null, numberFormat: 'General' },
          },
          series: seriesOf(sheet, rect, type, seriesBy),
        };
        sheet.charts.push(data);
        chart.bind(sheet, data);
      },
    );
    return chart;
  }
}

/** Series of a range as Excel lays them out: text first column = categories, text first row = names. */
function seriesOf(sheet: FakeSheet, rect: Rect, type: string, seriesBy: string): FakeChartSeriesData[] {
  const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && rect.rows >= rect.columns);
  if (!byColumns) throw officeError('InvalidArgument', 'The fake charts series by columns only.');
  const isText = (row: number, column: number) => typeof sheet.valueAt(row, column) === 'string';
  const labels = rect.columns > 1 && Array.from({ length: rect.rows - 1 }, (_, i) => rect.row + 1 + i).every((r) => isText(r, rect.column));
  const header = rect.rows > 1 && Array.from({ length: rect.columns }, (_, i) => rect.column + i).slice(labels ? 1 : 0).every((c) => isText(rect.row, c) && sheet.valueAt(rect.row, c) !== '');
  const first = rect.row + (header ? 1 : 0);
  const rows = rect.rows - (header ? 1 : 0);
  const out: FakeChartSeriesData[] = [];
  for (let c = rect.column + (labels ? 1 : 0); c < rect.column + rect.columns; c++) {
    out.push({
      name: header ? String(sheet.valueAt(rect.row, c)) : `Ряд${out.length + 1}`,
      chartType: type,
      values: { row: first, column: c, rows, columns: 1 },
      categories: labels ? { row: first, column: rect.column, rows, columns: 1 } : null,
      fill: null,
      lineColor: null,
    });
  }
  return out;
}

export class FakeChart {
  private target: { sheet: FakeSheet; data: FakeChartData } | null = null;
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly axes: { readonly categoryAxis: FakeChartAxis; readonly valueAxis: FakeChartAxis };
  readonly series: FakeChartSeriesCollection;

  constructor(readonly ctx: FakeContext) {
    this.title = new FakeChartTitle(this, 'chartTitle', (d) => d.title);
    this.legend = new FakeChartLegend(this);
    this.axes = { categoryAxis: new FakeChartAxis(this, 'category'), valueAxis: new FakeChartAxis(this, 'value') };
    this.series = new FakeChartSeriesCollection(this);
  }

  bind(sheet: FakeSheet, data: FakeChartData): void {
    this.target = { sheet, data };
  }

  /** The chart, once its add command has been applied and while its sheet exists. */
  resolved(): { sheet: FakeSheet; data: FakeChartData } {
    if (!this.target || !this.ctx.doc.sheets.includes(this.target.sheet) || !this.target.sheet.charts.includes(this.target.data)) {
      throw officeError('ItemNotFound', "The requested resource doesn't exist.");
    }
    return this.target;
  }

  command(kind: string, payload: unknown, apply: (data: FakeChartData, sheet: FakeSheet) => void): void {
    this.ctx.push(
      () => ({ kind, sheet: this.target?.sheet.name ?? null, detail: String(payload ?? '') }),
      payload,
      () => {
        const { data, sheet } = this.resolved();
        apply(data, sheet);
      },
    );
  }

  get name(): string {
    return notLoaded('name');
  }
  set name(value: string) {
    this.command('chart', value, (d) => {
      d.name = String(value);
    });
  }
  get width(): number {
    return notLoaded('width');
  }
  set width(points: number) {
    this.command('chart', points, (d) => {
      if (!(points > 0)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      d.width = points;
    });
  }
  get height(): number {
    return notLoaded('height');
  }
  set height(points: number) {
    this.command('chart', points, (d) => {
      if (!(points > 0)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      d.height = points;
    });
  }
  get top(): number {
    return notLoaded('top');
  }
  set top(points: number) {
    this.command('chart', points, (d) => {
      d.top = points;
      d.anchor = null;
    });
  }
  get left(): number {
    return notLoaded('left');
  }
  set left(points: number) {
    this.command('chart', points, (d) => {
      d.left = points;
      d.anchor = null;
    });
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.command('chart', typeof startCell === 'string' ? startCell : 'range', (d, sheet) => {
      const start = cellOf(sheet, startCell);
      const left = (column: number) => {
        let points = 0;
        for (let c = 0; c < column; c++) points += sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_POINTS;
        return points;
      };
      d.anchor = { row: start.row, column: start.column };
      d.top = start.row * ROW_POINTS;
      d.left = left(start.column);
      if (endCell !== undefined) {
        const end = cellOf(sheet, endCell);
        d.width = left(end.column + end.columns) - d.left;
        d.height = (end.row + end.rows) * ROW_POINTS - d.top;
      }
    });
  }

  delete(): void {
    this.command('chart', undefined, (d, sheet) => {
      sheet.charts.splice(sheet.charts.indexOf(d), 1);
    });
  }
}

function cellOf(sheet: FakeSheet, cell: FakeRange | string): Rect {
  if (typeof cell === 'string') return parseAddress(cell);
  const { sheet: other, rect } = cell.resolved();
  if (other !== sheet) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  return rect;
}

export class FakeChartTitle {
  constructor(
    private readonly chart: FakeChart,
    private readonly kind: string,
    private readonly of: (d: FakeChartData) => { text: string; visible: boolean },
  ) {}

  get text(): string {
    return notLoaded('text');
  }
  set text(value: string) {
    this.chart.command(this.kind, value, (d) => {
      const t = this.of(d);
      t.text = String(value);
      t.visible = true; // giving a title text shows it
    });
  }
  get visible(): boolean {
    return notLoaded('visible');
  }
  set visible(value: boolean) {
    this.chart.command(this.kind, value, (d) => {
      this.of(d).visible = value === true;
    });
  }
}

export class FakeChartLegend {
  constructor(private readonly chart: FakeChart) {}

  get visible(): boolean {
    return notLoaded('visible');
  }
  set visible(value: boolean) {
    this.chart.command('chartLegend', value, (d) => {
      d.legend.visible = value === true;
    });
  }
  get position(): string {
    return notLoaded('position');
  }
  set position(value: string) {
    this.chart.command('chartLegend', value, (d) => {
      if (!LEGEND_POSITIONS.has(value)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      d.legend.position = value;
    });
  }
}

export class FakeChartAxis {
  readonly title: FakeChartTitle;

  constructor(
    private readonly chart: FakeChart,
    private readonly which: 'category' | 'value',
  ) {
    this.title = new FakeChartTitle(chart, 'chartAxis', (d) => d.axes[which].title);
  }

  private bound(name: 'minimum' | 'maximum', value: unknown): void {
    this.chart.command('chartAxis', value, (d) => {
      if (this.which !== 'value') throw officeError('InvalidArgument', `The ${name} applies to a value axis only.`);
      if (typeof value !== 'number' || !Number.isFinite(value)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      d.axes.value[name] = value;
    });
  }

  get minimum(): number {
    return notLoaded('minimum');
  }
  set minimum(value: number) {
    this.bound('minimum', value);
  }
  get maximum(): number {
    return notLoaded('maximum');
  }
  set maximum(value: number) {
    this.bound('maximum', value);
  }
  get numberFormat(): string {
    return notLoaded('numberFormat');
  }
  set numberFormat(value: string) {
    this.chart.ctx.use('ChartAxis.numberFormat');
    this.chart.command('chartAxis', value, (d) => {
      if (this.which !== 'value') throw officeError('InvalidArgument', 'The fake formats the value axis only.');
      d.axes.value.numberFormat = String(value);
    });
  }
}

export class FakeChartSeriesCollection {
  constructor(private readonly chart: FakeChart) {}

  get items(): never {
    return notLoaded('items');
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.chart, index);
  }
}

export class FakeChartSeries {
  readonly format: { readonly fill: { setSolidColor(color: string): void; clear(): void }; readonly line: { color: string } };

  constructor(
    private readonly chart: FakeChart,
    private readonly index: number,
  ) {
    const series = this;
    this.format = {
      fill: {
        setSolidColor(color: string): void {
          series.command(color, (s) => {
            s.fill = checkColor(color);
          });
        },
        clear(): void {
          series.command(undefined, (s) => {
            s.fill = null;
          });
        },
      },
      line: {
        get color(): string {
          return notLoaded('color');
        },
        set color(color: string) {
          series.command(color, (s) => {
            s.lineColor = checkColor(color);
          });
        },
      },
    };
  }

  private command(payload: unknown, apply: (s: FakeChartSeriesData, d: FakeChartData) => void): void {
    this.chart.command('chartSeries', payload, (d) => {
      const s = d.series[this.index];
      if (!Number.isInteger(this.index) || !s) throw officeError('ItemNotFound', "The requested resource doesn't exist.");
      apply(s, d);
    });
  }

  get chartType(): string {
    return notLoaded('chartType');
  }
  set chartType(type: string) {
    this.chart.ctx.use('ChartSeries.chartType');
    this.command(type, (s, d) => {
      if (!CHART_TYPES.has(type)) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      if (BAR_TYPES.has(d.type) !== BAR_TYPES.has(type) && (LINE_TYPES.has(type) || BAR_TYPES.has(type))) {
        throw officeError('InvalidArgument', 'This chart type cannot be combined with the chart’s other series.');
      }
      s.chartType = type;
    });
  }
  get name(): string {
    return notLoaded('name');
  }
  set name(value: string) {
    this.command(value, (s) => {
      s.name = String(value);
    });
  }
}
