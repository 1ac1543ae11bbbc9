/**
 * The hosts' hard limits (issue 7). Google Sheets holds at most 10 million cells per spreadsheet,
 * empty cells of every grid included: the run counts them and the cells its temporaries will add,
 * and refuses before writing anything when the peak would pass the limit — exactly at the limit
 * it runs. Excel gets at most five million cells per read of a range: a used range larger than
 * that (a stray value far down a sheet) is read in row blocks, whether Excel answers with null
 * values or with an error, and the run computes what the core computes from the same cells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planRun, type CellValue } from '../../core/index';
import { readWorkbook } from '../../office-addin/src/excel/read-workbook';
import { runMonitoring } from '../../office-addin/src/run';
import type { GasEnvironment } from '../fakes/apps-script';
import { CELL_READ_LIMIT, fakeExcel } from '../fakes/excel/fake-excel';
import { buildGas, corePlan, exampleEnv, exampleSheets, lastAlert } from '../gas/helpers';
import { documentOf, syntheticTab, TODAY } from '../office/workbooks';

beforeAll(buildGas);

describe('Google Sheets: 10 million cells', () => {
  const LIMIT = 10_000_000;
  /** Cells the run adds at its peak: each output as a new 1000 × 26 sheet grown by its size, plus a new registry. */
  const added = corePlan(exampleSheets()).outputs.reduce((n, o) => n + (1000 + o.values.length) * (26 + o.columnWidths.length), 1000 * 26);

  /** The example plus a hidden `_архив` sheet of `filler` cells (one column). */
  function envWithCells(filler: number): GasEnvironment {
    const env = exampleEnv();
    const big = env.spreadsheet.addSheet({ name: '_архив', rows: [['старые данные']], hidden: true });
    big.maxColumns = 1;
    big.maxRows = filler;
    return env;
  }
  const existing = (env: GasEnvironment) => env.spreadsheet.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);

  it('refuses with a clear message and writes nothing when the outputs would pass the limit', () => {
    const probe = envWithCells(1);
    const filler = LIMIT - (existing(probe) - 1) - added;
    const env = envWithCells(filler + 1);
    expect(existing(env) + added).toBe(LIMIT + 1);
    const before = env.spreadsheet.snapshot();
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Расчёт остановлен: в Google Таблице может быть не больше 10\s000\s000 ячеек/);
    expect(lastAlert(env)).toContain('Ничего не изменено');
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.log.spreadsheetCalls().filter((e) => e.kind === 'write')).toEqual([]);
    expect(env.lock.hasLock()).toBe(false);
    expect(env.callJson('runFromPanel', { runId: 'limit-run-001', presetId: 'alapaevsk-2024', period: '' })).toMatchObject({ ok: false, code: 'cell-limit' });
    console.info(`Google Sheets limit: example workbook ${existing(probe) - 1} cells, outputs add ${added} at the peak`);
  });

  it('runs when the peak is exactly at the limit', () => {
    const probe = envWithCells(1);
    const env = envWithCells(LIMIT - (existing(probe) - 1) - added);
    expect(existing(env) + added).toBe(LIMIT);
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Расчёт завершён/);
    // After the swap the previous outputs are gone; the grid never went past the limit on the way.
    expect(existing(env)).toBeLessThanOrEqual(LIMIT);
  });

  it('does not count a left-over temporary the run deletes first', () => {
    const probe = envWithCells(1);
    const env = envWithCells(LIMIT - (existing(probe) - 1) - added);
    const stale = env.spreadsheet.addSheet({ name: '_pedmonitor_tmp_old_0', rows: [['x']], hidden: true });
    stale.metadata.push({ id: 1, key: 'pedmonitor', value: 'sheet', visibility: 'DOCUMENT' });
    stale.maxRows = 200_000;
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Расчёт завершён/);
    expect(env.spreadsheet.names()).not.toContain('_pedmonitor_tmp_old_0');
  });
});

describe('Excel: five million cells per read', () => {
  const tab = syntheticTab(0, 40);
  const STRAY_ROW = 499_999;
  const STRAY_COLUMN = 10;

  /** The roster plus one stray value far below it: a used range of 500,000 × 11 = 5.5 million cells. */
  function hugeDoc() {
    const doc = documentOf([tab]);
    const sheet = doc.sheets[0]!;
    const cell = sheet.ensure(STRAY_ROW, STRAY_COLUMN);
    cell.value = 'забытая заметка';
    cell.kind = 'text';
    expect(sheet.usedRect(true)!.rows * sheet.usedRect(true)!.columns).toBeGreaterThan(CELL_READ_LIMIT);
    return doc;
  }

  function checkGrid(values: readonly (readonly CellValue[])[]): void {
    expect(values.length).toBe(STRAY_ROW + 1);
    tab.values.forEach((row, r) => expect(values[r]!.slice(0, row.length)).toEqual(row.map((v) => v ?? '')));
    expect(values[STRAY_ROW]![STRAY_COLUMN]).toBe('забытая заметка');
    expect(values[STRAY_ROW - 1]!.every((v) => v === '')).toBe(true);
  }

  it.each(['null', 'error'] as const)('reads it in row blocks when Excel answers a whole read with %s', async (mode) => {
    const excel = fakeExcel(hugeDoc(), { overCellLimit: mode });
    const started = Date.now();
    const snapshot = await excel.run((context) => readWorkbook(context));
    checkGrid(snapshot.sheets[0]!.values);
    expect(excel.stats.syncs).toBeGreaterThan(10);
    console.info(`Excel read of 5.5 million cells (${mode}): ${excel.stats.syncs} syncs, ${Date.now() - started} ms`);
  });

  it('and the run computes exactly what the core computes from the roster', async () => {
    const doc = hugeDoc();
    const report = await runMonitoring(fakeExcel(doc), { today: TODAY });
    expect(report.summary).toEqual(planRun([tab], { today: TODAY }).summary);
    expect(doc.byName('Показатели')).toBeDefined();
  });
});
