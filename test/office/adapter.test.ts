/**
 * The Excel adapter against the fake `Excel.run` on the example workbook: what lands in
 * `Показатели`, `Проверка данных` (and every other output sheet) is exactly the core's planRun output for the same input
 * (values, number formats, colours, widths, frozen panes), the registry is veryHidden, no
 * temporary sheet is left, and a rerun on unchanged data gives identical sheets.
 */
import { describe, expect, it } from 'vitest';
import { planRun, REGISTRY_SHEET, TONE_STYLES, type OutputSheet } from '../../core/index';
import { runMonitoring } from '../../office-addin/src/run';
import { fakeExcel } from '../fakes/excel/fake-excel';
import type { FakeDocument } from '../fakes/excel/document';
import { documentOf, exampleSheets, TODAY } from './workbooks';

function expectWritten(doc: FakeDocument, out: OutputSheet): void {
  const sheet = doc.byName(out.name);
  expect(sheet, out.name).toBeDefined();
  expect(sheet!.visibility).toBe('Visible');
  const expected = out.values.map((r) => r.map((v) => (v === null ? '' : v)));
  // Trailing empty rows/columns are not part of Excel's used range.
  const grid = sheet!.grid();
  const width = out.columnWidths.length;
  const written = expected.map((row, r) => row.map((_, c) => grid[r]?.[c] ?? ''));
  expect(written).toEqual(expected);
  expect(grid.length).toBeLessThanOrEqual(expected.length);
  for (let r = 0; r < out.values.length; r++) {
    for (let c = 0; c < width; c++) {
      const cell = sheet!.cell(r, c);
      expect(cell?.numberFormat ?? 'General', `${out.name} ${r},${c} format`).toBe(out.formats[r]![c]);
      if (typeof out.values[r]![c] === 'string' && out.values[r]![c] !== '') expect(cell?.kind, `${out.name} ${r},${c} kind`).toBe('text');
      const tone = out.tones[r]![c];
      const style = tone ? TONE_STYLES[tone] : null;
      expect(cell?.fill ?? null, `${out.name} ${r},${c} fill`).toBe(style?.background ?? null);
      expect(cell?.fontColor ?? null, `${out.name} ${r},${c} font`).toBe(style?.font ?? null);
      expect(cell?.bold ?? false, `${out.name} ${r},${c} bold`).toBe(style?.bold ?? false);
    }
  }
  out.columnWidths.forEach((px, c) => expect(sheet!.columnWidths.get(c)).toBeCloseTo(px * 0.75, 1));
  for (const c of out.wrapColumns) expect(sheet!.cell(0, c)?.wrap).toBe(true);
  expect(sheet!.frozen).toEqual({ rows: out.frozenRows, columns: out.frozenColumns });
  // Rows fitted to their wrapped text by Excel itself, over the whole output.
  expect(sheet!.autofitRows).toEqual([{ row: 0, column: 0, rows: out.values.length, columns: out.columnWidths.length }]);
}

describe('Excel adapter on the example workbook', () => {
  const input = exampleSheets();
  const expected = planRun(input, { today: TODAY });

  it('writes Показатели and Проверка данных exactly as the core planned them', async () => {
    const doc = documentOf(input);
    const excel = fakeExcel(doc);
    const report = await runMonitoring(excel, { today: TODAY });
    expect(report.summary).toEqual(expected.summary);
    expect(expected.outputs.map((o) => o.name)).toEqual(expect.arrayContaining(['Показатели', 'Проверка данных']));
    for (const out of expected.outputs) expectWritten(doc, out);
    const registry = doc.byName(REGISTRY_SHEET)!;
    expect(registry.visibility).toBe('VeryHidden');
    expect(registry.grid()).toEqual(expected.registry);
    expect(doc.sheets.filter((s) => s.name.startsWith('_pedmonitor_'))).toEqual([]);
    expect(doc.active?.name).toBe('Сводка'); // the workbook opens on «Сводка», as in .xlsx and Google Sheets
    // Input sheets untouched and in their order, outputs after them.
    expect(doc.sheets.map((s) => s.name)).toEqual([...input.map((s) => s.name), ...expected.outputs.map((o) => o.name), REGISTRY_SHEET]);
  });

  it('gives identical sheets, in the same places, when rerun on unchanged data', async () => {
    const doc = documentOf(input);
    const excel = fakeExcel(doc);
    await runMonitoring(excel, { today: TODAY });
    const first = doc.sheets.map((s) => ({ name: s.name, grid: s.grid(), visibility: s.visibility }));
    await runMonitoring(excel, { today: TODAY });
    expect(doc.sheets.map((s) => ({ name: s.name, grid: s.grid(), visibility: s.visibility }))).toEqual(first);
    for (const out of expected.outputs) expectWritten(doc, out);
  });

  it('keeps each output where the user moved it', async () => {
    const doc = documentOf(input);
    const excel = fakeExcel(doc);
    await runMonitoring(excel, { today: TODAY });
    const move = (name: string, to: number) => {
      const sheet = doc.byName(name)!;
      doc.sheets.splice(doc.sheets.indexOf(sheet), 1);
      doc.sheets.splice(to, 0, sheet);
    };
    move('Показатели', 0);
    move('Проверка данных', 3);
    const order = doc.sheets.map((s) => s.name);
    await runMonitoring(excel, { today: TODAY });
    expect(doc.sheets.map((s) => s.name)).toEqual(order);
  });
});
