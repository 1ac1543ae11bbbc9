/**
 * The charts of `Сводка` in Excel (issue 8): on the example workbook every ChartSpec the core
 * plans becomes exactly one chart of that sheet, created by `charts.add` in the write syncs on the
 * temporary sheet — its type, data range (the spec's source: categories from its first column,
 * series names from its first row), anchor cell, size, title, axes, legend and series colours.
 * A rerun replaces the charts with the sheet; a failure while creating a chart leaves the previous
 * outputs, charts included, exactly as they were; the request-size estimate covers the charts.
 */
import { describe, expect, it } from 'vitest';
import { chartSpec, planRun, SHEET, type ChartSpec } from '../../core/index';
import { addChart, chartBytes, CHART_TYPES } from '../../office-addin/src/excel/charts';
import { runMonitoring } from '../../office-addin/src/run';
import type { FakeChartData, FakeDocument } from '../fakes/excel/document';
import { FakeDocument as Doc } from '../fakes/excel/document';
import { fakeExcel, type CommandInfo, type FakeContext } from '../fakes/excel/fake-excel';
import { documentOf, exampleSheets, syntheticTab, TODAY } from './workbooks';

const plan = planRun(exampleSheets(), { today: TODAY });
const specs: readonly ChartSpec[] = plan.outputs.find((o) => o.name === SHEET.summary)!.charts!;
const points = (px: number) => Math.round(px * 0.75 * 100) / 100;

/** Everything about every sheet's charts and cells a user could see, to compare before and after. */
function state(doc: FakeDocument) {
  return doc.sheets.map((s) => ({ name: s.name, visibility: s.visibility, grid: s.grid(), charts: JSON.parse(JSON.stringify(s.charts)) as FakeChartData[] }));
}

function expectChart(chart: FakeChartData, spec: ChartSpec): void {
  const s = spec.source;
  expect(chart.type, spec.id).toBe(CHART_TYPES[spec.kind]);
  expect(chart.name).toBe(spec.id);
  expect(chart.source).toEqual({ row: s.row, column: s.column, rows: s.rowCount, columns: s.columnCount });
  expect(chart.seriesBy).toBe('Columns');
  expect(chart.anchor).toEqual({ row: spec.anchor.row, column: spec.anchor.column });
  expect(chart.width).toBe(points(spec.size.width));
  expect(chart.height).toBe(points(spec.size.height));
  expect(chart.title).toEqual({ text: spec.title, visible: true });
  expect(chart.legend).toEqual(spec.legend === 'none' ? { visible: false, position: 'Bottom' } : { visible: true, position: spec.legend === 'bottom' ? 'Bottom' : 'Right' });
  expect(chart.axes.category.title).toEqual({ text: spec.axes.category.title, visible: true });
  expect(chart.axes.value).toEqual({
    title: { text: spec.axes.value.title, visible: true },
    minimum: spec.axes.value.min ?? null,
    maximum: spec.axes.value.max ?? null,
    numberFormat: spec.valueFormat,
  });
  const all = [...spec.data.series, ...(spec.data.target ? [spec.data.target] : [])];
  expect(chart.series.map((x) => x.name)).toEqual(all.map((x) => x.name));
  expect(chart.series.map((x) => x.values.column)).toEqual(all.map((x) => x.column));
  for (const x of chart.series) {
    expect(x.values).toMatchObject({ row: spec.data.firstRow, rows: spec.data.rowCount, columns: 1 });
    expect(x.categories).toEqual({ row: spec.data.firstRow, column: spec.data.labelColumn, rows: spec.data.rowCount, columns: 1 });
  }
  // Columns and bars are filled with the series colour; these specs draw the target as a bar too.
  expect(chart.series.map((x) => x.fill)).toEqual(all.map((x) => x.color));
  expect(chart.series.map((x) => x.chartType)).toEqual(all.map(() => CHART_TYPES[spec.kind]));
}

function once(match: (c: CommandInfo) => boolean): (c: CommandInfo) => boolean {
  let fired = false;
  return (c) => {
    if (fired || !match(c)) return false;
    fired = true;
    return true;
  };
}

describe('Сводка charts in Excel', () => {
  it('the example plans several charts, of more than one kind', () => {
    expect(specs.length).toBeGreaterThanOrEqual(2);
    expect(new Set(specs.map((s) => s.kind)).size).toBeGreaterThan(1);
  });

  it('every ChartSpec becomes exactly one chart of Сводка: type, range, position, size, title, axes, colours', async () => {
    const doc = documentOf(exampleSheets());
    await runMonitoring(fakeExcel(doc), { today: TODAY });
    const sheet = doc.byName(SHEET.summary)!;
    expect(sheet.charts).toHaveLength(specs.length);
    specs.forEach((spec, i) => expectChart(sheet.charts[i]!, spec));
    expect(doc.sheets.flatMap((s) => s.charts)).toHaveLength(specs.length);
  });

  it('creates the charts on the temporary sheet, in a write sync before the swap, without an extra sync', async () => {
    const doc = documentOf(exampleSheets());
    const seen: { info: CommandInfo; sync: number }[] = [];
    const excel = fakeExcel(doc, {
      failWhen: (info) => {
        seen.push({ info, sync: excel.stats.syncs });
        return false;
      },
    });
    await runMonitoring(excel, { today: TODAY });
    const adds = seen.filter((s) => s.info.kind === 'addChart');
    expect(adds).toHaveLength(specs.length);
    expect(adds.every((s) => (s.info.sheet ?? '').startsWith('_pedmonitor_new_'))).toBe(true);
    const swap = seen.find((s) => s.info.kind === 'rename')!;
    expect(Math.max(...adds.map((s) => s.sync))).toBeLessThan(swap.sync);
    // The same syncs as a run without charts: list, values, one write batch, the swap, the clean-up,
    // and the frozen panes of the now visible sheets.
    expect(excel.stats.syncs).toBe(6);
  });

  const failures: [string, (c: CommandInfo) => boolean][] = [
    ['adding the second chart', (() => {
      let n = 0;
      return (c: CommandInfo) => c.kind === 'addChart' && ++n === 2;
    })()],
    ['colouring a series', (c) => c.kind === 'chartSeries'],
    ['titling an axis', (c) => c.kind === 'chartAxis'],
  ];
  for (const [when, match] of failures) {
    it(`a failure while ${when} leaves the previous outputs, charts included, intact`, async () => {
      const doc = documentOf(exampleSheets());
      await runMonitoring(fakeExcel(doc), { today: TODAY });
      doc.addGrid('МАОУ СОШ №99', syntheticTab(98, 30).values);
      const before = state(doc);
      expect(before.find((s) => s.name === SHEET.summary)!.charts).toHaveLength(specs.length);
      const error = await runMonitoring(fakeExcel(doc, { failWhen: once(match) }), { today: TODAY }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(/^Не удалось записать результаты: .*Прежние листы результатов сохранены без изменений/);
      expect(state(doc)).toEqual(before);
      expect(doc.sheets.filter((s) => s.name.startsWith('_pedmonitor_'))).toEqual([]);
      // And the next run succeeds, with one set of charts.
      await runMonitoring(fakeExcel(doc), { today: TODAY });
      expect(doc.sheets.flatMap((s) => s.charts)).toHaveLength(specs.length);
    });
  }

  it('the write budget holds with charts: every write request stays within its estimate', async () => {
    // A small budget splits the writing into many syncs; the fake refuses any request larger than it.
    const budget = 40_000;
    const doc = documentOf(exampleSheets());
    const excel = fakeExcel(doc, { requestLimit: budget });
    await runMonitoring(excel, { today: TODAY }, () => {}, { budgetBytes: budget });
    expect(excel.stats.syncs).toBeGreaterThan(5);
    expect(doc.byName(SHEET.summary)!.charts).toHaveLength(specs.length);
  });
});

describe('addChart', () => {
  async function draw(spec: ChartSpec): Promise<{ chart: FakeChartData }> {
    const doc = new Doc();
    doc.addGrid('Лист1', [['', 'Школа А', 'Школа Б', 'Цель'], ['a', 1, 2, 3], ['b', 4, 5, 6], ['c', 7, 8, 9]]);
    await fakeExcel(doc).run(async (context) => {
      addChart(context.workbook.worksheets.getItem('Лист1'), spec);
      await context.sync();
    });
    return { chart: doc.byName('Лист1')!.charts[0]! };
  }
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

  it('draws a line target over columns as a line series in its colour', async () => {
    const spec = chartSpec({ ...base, id: 'c', kind: 'column' });
    const { chart } = await draw(spec);
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.series.map((s) => s.chartType)).toEqual(['ColumnClustered', 'ColumnClustered', 'Line']);
    expect(chart.series[2]).toMatchObject({ name: 'Цель', lineColor: spec.data.target!.color, fill: null });
    expect(chart.series.slice(0, 2).map((s) => s.fill)).toEqual(spec.data.series.map((s) => s.color));
    expect(chart.anchor).toEqual({ row: 5, column: 1 });
  });

  it('keeps a target on horizontal bars a bar, and colours the lines of a line chart', async () => {
    const bar = await draw(chartSpec({ ...base, id: 'b', kind: 'bar' }));
    expect(bar.chart.series.map((s) => s.chartType)).toEqual(['BarClustered', 'BarClustered', 'BarClustered']);
    const line = (await draw(chartSpec({ ...base, id: 'l', kind: 'line' }))).chart;
    expect(line.series.map((s) => s.lineColor)).toEqual(['#4E79A7', '#F28E2B', '#7F7F7F']);
    expect(line.series.map((s) => s.chartType)).toEqual(['Line', 'Line', 'Line']);
  });

  it('queues no more bytes than chartBytes estimates', async () => {
    for (const spec of [...specs, chartSpec({ ...base, id: 'c', kind: 'column' })]) {
      const doc = documentOf(exampleSheets());
      let queued = 0;
      await fakeExcel(doc).run(async (context) => {
        const ctx = context as FakeContext;
        const ws = context.workbook.worksheets.add('Сводка');
        const from = ctx.queue.length;
        addChart(ws, spec);
        queued = ctx.queue.slice(from).reduce((n, c) => n + c.bytes, 0);
        ctx.queue.length = 0; // only measured
      });
      expect(queued, spec.id).toBeLessThanOrEqual(chartBytes(spec));
    }
  });
});
