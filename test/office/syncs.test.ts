/**
 * Round trips to Excel are the add-in's cost: each context.sync is a request (over the network in
 * Excel on the web) and each request is limited to 5 MB. These tests measure both on the fake:
 * reading is one sync for all values whatever the number of tabs; a whole run takes the same
 * number of syncs for 10 or 1,000 rows per tab; a large workbook is written in several syncs,
 * each under 5 MB, and still lands exactly as planned; an over-large read falls back to blocks.
 */
import { describe, expect, it } from 'vitest';
import { planRun } from '../../core/index';
import { readWorkbook } from '../../office-addin/src/excel/read-workbook';
import { runMonitoring } from '../../office-addin/src/run';
import { fakeExcel, PAYLOAD_LIMIT_BYTES } from '../fakes/excel/fake-excel';
import { documentOf, syntheticSheets, TODAY } from './workbooks';

async function readSyncs(tabs: number, rows: number): Promise<number> {
  const excel = fakeExcel(documentOf(syntheticSheets(tabs, rows)));
  await excel.run((context) => readWorkbook(context));
  return excel.stats.syncs;
}

async function runSyncs(tabs: number, rows: number): Promise<number> {
  const excel = fakeExcel(documentOf(syntheticSheets(tabs, rows)));
  await runMonitoring(excel, { today: TODAY });
  return excel.stats.syncs;
}

describe('syncs', () => {
  it('reads every tab in one sync (after the one that lists the sheets), for 3 or 30 tabs', async () => {
    expect(await readSyncs(3, 10)).toBe(2);
    expect(await readSyncs(30, 10)).toBe(2);
    expect(await readSyncs(3, 1000)).toBe(2);
  });

  it('takes the same number of syncs for 10 and 1,000 rows per tab', async () => {
    const small = await runSyncs(3, 10);
    const large = await runSyncs(3, 1000);
    expect(large).toBe(small);
    // list + values, one write batch, the swap, the clean-up, the frozen panes
    expect(small).toBe(6);
  });

  it('places values at their real row and column when the used range does not start at A1', async () => {
    const [tab] = syntheticSheets(1, 3);
    const doc = documentOf([]);
    doc.addGrid(tab!.name, tab!.values, { row: 4, column: 2 });
    const excel = fakeExcel(doc);
    const snapshot = await excel.run((context) => readWorkbook(context));
    const values = snapshot.sheets[0]!.values;
    expect(values.length).toBe(4 + tab!.values.length);
    expect(values[4]!.slice(0, 3)).toEqual([null, null, 'ФИО']);
    expect(values[5]![2]).toBe(tab!.values[1]![0]);
  });

  it('writes a large workbook in several syncs under 5 MB each, exactly as planned', async () => {
    const sheets = syntheticSheets(24, 1000, true); // two unknown values per row: 48,000 problem lines
    const plan = planRun(sheets, { today: TODAY });
    const problems = plan.outputs.find((o) => o.name === 'Проверка данных')!;
    expect(problems.values.length).toBeGreaterThan(48_000);
    const doc = documentOf(sheets);
    const excel = fakeExcel(doc);
    await runMonitoring(excel, { today: TODAY });
    const written = excel.stats.requestBytes.slice(2);
    expect(written.length).toBeGreaterThan(3);
    expect(Math.max(...excel.stats.requestBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(written.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    const grid = doc.byName('Проверка данных')!.grid();
    expect(grid).toEqual(problems.values.map((r) => r.map((v) => (v === null ? '' : v))));
    console.info(`large workbook: ${excel.stats.syncs} syncs, requests ${excel.stats.requestBytes.map((b) => (b / 1e6).toFixed(2)).join(' / ')} MB`);
  });

  it('falls back to reading in row blocks when one response would exceed the limit', async () => {
    const sheets = syntheticSheets(6, 1000);
    const excel = fakeExcel(documentOf(sheets), { responseLimit: 200_000 });
    const snapshot = await excel.run((context) => readWorkbook(context));
    expect(snapshot.sheets.map((s) => s.values)).toEqual(sheets.map((s) => s.values));
    expect(Math.max(...excel.stats.responseBytes)).toBeGreaterThan(0);
    expect(excel.stats.syncs).toBeGreaterThan(3);
  });
});
