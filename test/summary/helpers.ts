/**
 * Shared by the `Сводка` tests: runs a workbook with a fixed today, finds the sheet, finds its
 * tables by their title cells, writes a run back the way a host does (so the next period reads
 * `История`), and checks the invariants every ChartSpec must keep whatever the data — ranges
 * inside the sheet and on the cells they name, contiguous series, numbers (never text) under a
 * chart, and room under every chart that no table uses.
 */
import { expect } from 'vitest';
import { planRun, REGISTRY_SHEET, rowsFor, SHEET, type ChartSpec, type OutputSheet, type OutValue, type RunPlan, type SheetData } from '../../core/index';
import { TODAY } from '../helpers/workbook';

export function run(sheets: readonly SheetData[]): RunPlan {
  return planRun(sheets, { today: TODAY });
}

export function summaryOf(plan: RunPlan): OutputSheet {
  const sheet = plan.outputs.find((o) => o.name === SHEET.summary);
  if (!sheet) throw new Error('no Сводка among the outputs');
  return sheet;
}

/** 0-based row whose cell in `column` is exactly `text`. */
export function rowWith(sheet: OutputSheet, text: string, column = 0, from = 0): number {
  const r = sheet.values.findIndex((row, i) => i >= from && row[column] === text);
  if (r < 0) throw new Error(`no row with «${text}» in column ${column}`);
  return r;
}

/** The value next to a key-figure label (label in B, value in C). */
export function keyFigure(sheet: OutputSheet, label: string): OutValue {
  return sheet.values[rowWith(sheet, label, 1)]![2]!;
}

export function chartById(sheet: OutputSheet, id: string): ChartSpec {
  const chart = sheet.charts?.find((c) => c.id === id);
  if (!chart) throw new Error(`no chart ${id}; charts: ${(sheet.charts ?? []).map((c) => c.id).join(', ')}`);
  return chart;
}

/** The cells a chart reads: labels, each series and the target, row by row. */
export function chartCells(sheet: OutputSheet, chart: ChartSpec): { labels: OutValue[]; series: OutValue[][]; target: OutValue[] | null } {
  const rows = Array.from({ length: chart.data.rowCount }, (_, i) => sheet.values[chart.data.firstRow + i]!);
  return {
    labels: rows.map((r) => r[chart.data.labelColumn]!),
    series: chart.data.series.map((s) => rows.map((r) => r[s.column]!)),
    target: chart.data.target ? rows.map((r) => r[chart.data.target!.column]!) : null,
  };
}

/** The sheets after a host wrote the run: outputs and the registry replaced, input sheets kept. */
export function writeBack(sheets: readonly SheetData[], plan: RunPlan): SheetData[] {
  const written = new Map<string, SheetData>(plan.outputs.map((o) => [o.name, { name: o.name, values: o.values.map((r) => [...r]) }]));
  written.set(REGISTRY_SHEET, { name: REGISTRY_SHEET, values: plan.registry.map((r) => [...r]) });
  return [...sheets.filter((s) => !written.has(s.name)), ...written.values()];
}

const isEmptyRow = (row: readonly OutValue[] | undefined) => !row || row.every((v) => v === null || v === '');

/** Every invariant a ChartSpec keeps, checked against the sheet it belongs to. */
export function expectChartsWellFormed(sheet: OutputSheet): void {
  const width = sheet.columnWidths.length;
  const covered: [number, number, string][] = [];
  for (const c of sheet.charts ?? []) {
    const d = c.data;
    expect(d.firstRow, c.id).toBe(d.headerRow + 1);
    expect(d.rowCount, c.id).toBeGreaterThan(0);
    expect(c.source, c.id).toEqual({ row: d.headerRow, column: d.labelColumn, rowCount: d.rowCount + 1, columnCount: 1 + d.series.length + (d.target ? 1 : 0) });
    expect(c.source.row + c.source.rowCount, c.id).toBeLessThanOrEqual(sheet.values.length);
    expect(c.source.column + c.source.columnCount, c.id).toBeLessThanOrEqual(width);
    // label, series…, target: contiguous, in this order
    expect(d.series.map((s) => s.column), c.id).toEqual(d.series.map((_, i) => d.labelColumn + 1 + i));
    if (d.target) expect(d.target.column, c.id).toBe(d.labelColumn + 1 + d.series.length);
    // the header row names every series exactly as the spec does
    const header = sheet.values[d.headerRow]!;
    for (const s of [...d.series, ...(d.target ? [d.target] : [])]) {
      expect(header[s.column], `${c.id}: header of ${s.name}`).toBe(s.name);
      expect(s.color).toMatch(/^#[0-9A-F]{6}$/);
    }
    const cells = chartCells(sheet, c);
    for (const label of cells.labels) expect(typeof label === 'string' && label !== '', `${c.id}: label ${String(label)}`).toBe(true);
    for (const v of [...cells.series.flat(), ...(cells.target ?? [])]) expect(v === null || typeof v === 'number', `${c.id}: value ${String(v)}`).toBe(true);
    expect(c.title).toMatch(/[а-яё]/i);
    expect(c.size.width).toBeGreaterThan(0);
    // the chart sits below its table, on rows that stay empty
    expect(c.anchor.row, c.id).toBeGreaterThan(d.firstRow + d.rowCount - 1);
    const rows = rowsFor(c.size.height);
    for (let r = c.anchor.row; r < c.anchor.row + rows; r++) expect(isEmptyRow(sheet.values[r]), `${c.id}: row ${r} under the chart`).toBe(true);
    covered.push([c.anchor.row, c.anchor.row + rows, c.id]);
  }
  covered.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < covered.length; i++) expect(covered[i]![0], `${covered[i]![2]} overlaps ${covered[i - 1]![2]}`).toBeGreaterThanOrEqual(covered[i - 1]![1]);
}
