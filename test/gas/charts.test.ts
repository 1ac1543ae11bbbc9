/**
 * The charts of `Сводка` in Google Sheets (issue 8): the built Code.js turns every ChartSpec the
 * core plans into exactly one EmbeddedChart of that sheet — its type, its data range (the spec's
 * source, whose first row names the series), anchor, size, title, axes, legend and series colours
 * — with one insertChart per chart. A rerun replaces the charts with the sheet; a failure while
 * inserting a chart leaves the previous outputs, charts included, exactly as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSpec, SHEET, TEMP_PREFIX, type ChartSpec, type OutputSheet } from '../../core/index';
import { createGasEnvironment, type ChartData, type FakeSheet, type GasEnvironment } from '../fakes/apps-script';
import { buildGas, corePlan, exampleEnv, exampleSheets, lastAlert } from './helpers';

process.env.TZ = 'Europe/Moscow';

beforeAll(buildGas);

const TYPES = { bar: 'BAR', column: 'COLUMN', line: 'LINE' } as const;

function a1(row: number, column: number, rows: number, columns: number): string {
  const letters = (c: number) => {
    let n = c + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  return `${letters(column)}${row + 1}:${letters(column + columns - 1)}${row + rows}`;
}

const chartsOf = (sheet: FakeSheet): ChartData[] => sheet.charts.map((c) => c.describe());
const allCharts = (env: GasEnvironment): ChartData[] => env.spreadsheet.sheets.flatMap(chartsOf);

/** What a spec must become in Sheets (the target of these specs is drawn as a bar: no combo). */
function expectChart(chart: ChartData, spec: ChartSpec, sheetId: number): void {
  const s = spec.source;
  expect(chart.type, spec.id).toBe(TYPES[spec.kind]);
  expect(chart.ranges).toEqual([{ sheetId, row: s.row + 1, column: s.column + 1, numRows: s.rowCount, numColumns: s.columnCount, a1: a1(s.row, s.column, s.rowCount, s.columnCount) }]);
  expect(chart.numHeaders).toBe(1);
  expect(chart.position).toEqual({ row: spec.anchor.row + 1, column: spec.anchor.column + 1, offsetX: spec.anchor.offsetX, offsetY: spec.anchor.offsetY });
  expect(chart.options.title).toBe(spec.title);
  expect(chart.options.width).toBe(spec.size.width);
  expect(chart.options.height).toBe(spec.size.height);
  const colors = [...spec.data.series, ...(spec.data.target ? [spec.data.target] : [])].map((x) => x.color);
  expect(chart.options.colors).toEqual(colors);
  expect(chart.options.series).toEqual(Object.fromEntries(colors.map((color, i) => [String(i), { color }])));
  expect(chart.options.legend).toEqual({ position: spec.legend });
  const [categoryKey, valueKey] = spec.kind === 'bar' ? ['vAxis', 'hAxis'] : ['hAxis', 'vAxis'];
  expect(chart.options[categoryKey]).toEqual({ title: spec.axes.category.title });
  expect(chart.options[valueKey]).toEqual({ title: spec.axes.value.title, viewWindow: { min: spec.axes.value.min, max: spec.axes.value.max }, format: spec.valueFormat });
}

describe('Сводка charts in Google Sheets', () => {
  const plan = corePlan(exampleSheets());
  const summary: OutputSheet = plan.outputs.find((o) => o.name === SHEET.summary)!;
  const specs = summary.charts!;

  it('the example plans several charts, of more than one kind', () => {
    expect(specs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(specs.map((s) => s.kind)).size).toBeGreaterThan(1);
  });

  it('every ChartSpec becomes exactly one chart of Сводка: type, range, position, size, title, axes, colours', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('Расчёт завершён');
    const sheet = env.spreadsheet.sheet(SHEET.summary)!;
    const charts = chartsOf(sheet);
    expect(charts).toHaveLength(specs.length);
    specs.forEach((spec, i) => expectChart(charts[i]!, spec, sheet.id));
    // No other sheet has charts.
    expect(allCharts(env)).toHaveLength(specs.length);
    // The header row of each range holds the label header and the series names the spec gives.
    const cells = sheet.inspect(summary.values.length, summary.columnWidths.length).values;
    for (const spec of specs) {
      const header = cells[spec.data.headerRow]!.slice(spec.source.column, spec.source.column + spec.source.columnCount);
      expect(header.slice(1)).toEqual([...spec.data.series, ...(spec.data.target ? [spec.data.target] : [])].map((s) => s.name));
    }
    // Read back through the EmbeddedChart API as well.
    const first = sheet.charts[0]!;
    expect(first.getContainerInfo().getAnchorRow()).toBe(specs[0]!.anchor.row + 1);
    expect(first.getOptions().get('title')).toBe(specs[0]!.title);
  });

  it('costs one insertChart per chart; the builders never reach the spreadsheet service', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    const calls = env.log.spreadsheetCalls();
    expect(calls.filter((e) => e.method === 'insertChart')).toHaveLength(specs.length);
    expect(calls.filter((e) => e.method === 'newChart' && e.kind === 'handle')).toHaveLength(specs.length);
    expect(env.log.entries.filter((e) => e.target === 'EmbeddedChartBuilder').every((e) => e.kind === 'handle')).toBe(true);
    // Charts are inserted into the hidden temporary sheet, before the swap.
    const inserts = env.log.entries.filter((e) => e.method === 'insertChart');
    expect(inserts.every((e) => (e.sheet ?? '').startsWith(TEMP_PREFIX))).toBe(true);
    const firstSwap = env.log.entries.find((e) => e.method === 'setName' && e.target === 'Sheet')!;
    expect(Math.max(...inserts.map((e) => e.seq))).toBeLessThan(firstSwap.seq);
  });

  it('a failure while inserting a chart leaves the previous outputs, charts included, intact', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    const tab = env.spreadsheet.sheet('МАОУ СОШ №1')!;
    tab.cell(5, 1).v = 'Новый Сотрудник Тестовый';
    tab.cell(5, 2).v = 'учитель';
    const before = env.spreadsheet.snapshot();
    expect(before.sheets.find((s) => s.name === SHEET.summary)!.charts).toHaveLength(specs.length);
    let seen = 0;
    env.log.onCall((e) => {
      if (e.method === 'insertChart' && ++seen === 2) throw new Error('Exception: Service Spreadsheets failed while accessing document (тест)');
    });
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Не удалось записать листы результатов\. Прежние результаты не изменены/);
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.spreadsheet.names().filter((n) => n.startsWith('_pedmonitor_'))).toEqual([]);
  });
});

describe('the target drawn as a line', () => {
  type ChartsModule = { insertCharts(sheet: unknown, charts: readonly ChartSpec[]): void };
  // gas/charts.ts needs the Apps Script typings, which the root project does not load: import it at run time only.
  const modulePath = '../../gas/charts';
  const base = {
    title: 'Доля',
    headerRow: 0,
    rowCount: 3,
    labelColumn: 0,
    series: ['Школа А', 'Школа Б'],
    target: { name: 'Цель', style: 'line' as const },
    anchor: { row: 5, column: 1 },
    size: { width: 640, height: 300 },
    axes: { category: { title: 'Критерий' }, value: { title: '%', min: 0, max: 100 } },
    valueFormat: '0',
  };

  async function draw(spec: ChartSpec): Promise<ChartData> {
    const env = createGasEnvironment({ sheets: [{ name: 'Лист1', rows: [['', 'Школа А', 'Школа Б', 'Цель'], ['a', 1, 2, 3], ['b', 4, 5, 6], ['c', 7, 8, 9]] }] });
    const { insertCharts } = (await import(/* @vite-ignore */ modulePath)) as ChartsModule;
    const sheet = env.spreadsheet.sheet('Лист1')!;
    insertCharts(sheet, [spec]);
    return chartsOf(sheet)[0]!;
  }

  it('over columns: a combo chart, bars with the target series as a line in its colour', async () => {
    const spec = chartSpec({ ...base, id: 'c', kind: 'column' });
    const chart = await draw(spec);
    expect(chart.type).toBe('COMBO');
    expect(chart.options.seriesType).toBe('bars');
    expect(chart.options.series).toEqual({ 0: { color: spec.data.series[0]!.color }, 1: { color: spec.data.series[1]!.color }, 2: { color: spec.data.target!.color, type: 'line' } });
    expect(chart.ranges[0]!.a1).toBe('A1:D4');
    expect(chart.position).toEqual({ row: 6, column: 2, offsetX: 0, offsetY: 0 });
  });

  it('on horizontal bars: one more bar (no combo), on a line chart: a plain line chart', async () => {
    expect((await draw(chartSpec({ ...base, id: 'b', kind: 'bar' }))).type).toBe('BAR');
    const line = await draw(chartSpec({ ...base, id: 'l', kind: 'line' }));
    expect(line.type).toBe('LINE');
    expect(line.options.seriesType).toBeUndefined();
  });
});
