/**
 * Each host adapter's API calls against the number of organisation tabs, on the test suite's
 * fakes: the built Apps Script bundle (dist/gas/Code.js in node:vm, test/fakes/apps-script) run
 * from the menu, and the Excel add-in's runMonitoring on the fake Excel.run (test/fakes/excel).
 * Each workbook is computed twice and the second run is counted (outputs are replaced, the usual
 * case). Rows per tab are few on purpose: the tests already show calls do not depend on rows.
 */
import type { CellValue, SheetData } from '../../core/index';
import { runMonitoring } from '../../office-addin/src/run';
import { createGasEnvironment } from '../../test/fakes/apps-script';
import { toSerial, FakeDocument } from '../../test/fakes/excel/document';
import { FakeContext, fakeExcel } from '../../test/fakes/excel/fake-excel';
import { TODAY } from './core';
import { benchWorkbook } from './generate';

export interface GasCalls {
  readonly tabs: number;
  readonly reads: number;
  readonly writes: number;
  readonly getValues: number;
  readonly other: number;
  readonly ms: number;
  /** The message the script showed when it stopped without writing (e.g. the 10 million cell limit). */
  readonly refused?: string;
}

export interface ExcelCalls {
  readonly tabs: number;
  readonly syncs: number;
  readonly reads: number;
  readonly writes: number;
  readonly requestMb: number;
  readonly largestRequestMb: number;
  readonly ms: number;
}

export interface AdapterResult {
  readonly rowsPerTab: number;
  readonly gas: GasCalls[];
  readonly excel: ExcelCalls[];
}

const ROWS_PER_TAB = 10;

function workbook(tabs: number): SheetData[] {
  return benchWorkbook(tabs * ROWS_PER_TAB, tabs).sheets;
}

function measureGas(tabs: number): GasCalls {
  const sheets = workbook(tabs).map((s) => ({ name: s.name, rows: s.values as unknown[][] }));
  const env = createGasEnvironment({ sheets: sheets as never, now: TODAY.getTime() });
  env.call('computeIndicators');
  env.log.clear();
  const t = performance.now();
  env.call('computeIndicators');
  const ms = performance.now() - t;
  const calls = env.log.spreadsheetCalls();
  const reads = calls.filter((e) => e.kind === 'read').length;
  const writes = calls.filter((e) => e.kind === 'write').length;
  const refused = writes === 0 ? env.ui.alerts[env.ui.alerts.length - 1]?.prompt : undefined;
  return { tabs, reads, writes, getValues: calls.filter((e) => e.method === 'getValues').length, other: calls.length - reads - writes, ms, ...(refused ? { refused } : {}) };
}

/** Counts the fake's commands by kind: loads and lookups are reads, everything else writes. */
function countCommands(): { reads: number; writes: number; restore: () => void } {
  const counts = { reads: 0, writes: 0 };
  const push = FakeContext.prototype.push;
  FakeContext.prototype.push = function (this: FakeContext, info, payload, apply, deliver) {
    const kind = info().kind;
    if (kind.startsWith('load') || kind.startsWith('resolve')) counts.reads++;
    else counts.writes++;
    return push.call(this, info, payload, apply, deliver);
  };
  return {
    get reads() {
      return counts.reads;
    },
    get writes() {
      return counts.writes;
    },
    restore: () => {
      FakeContext.prototype.push = push;
    },
  };
}

async function measureExcel(tabs: number): Promise<ExcelCalls> {
  const doc = new FakeDocument();
  for (const s of workbook(tabs)) doc.addGrid(s.name, s.values.map((r) => r.map((v): CellValue => (v instanceof Date ? toSerial(v) : v))));
  const first = fakeExcel(doc);
  await runMonitoring(first, { today: TODAY });
  const excel = fakeExcel(doc);
  const counter = countCommands();
  const t = performance.now();
  try {
    await runMonitoring(excel, { today: TODAY });
  } finally {
    counter.restore();
  }
  const ms = performance.now() - t;
  const bytes = excel.stats.requestBytes;
  return {
    tabs,
    syncs: excel.stats.syncs,
    reads: counter.reads,
    writes: counter.writes,
    requestMb: bytes.reduce((a, b) => a + b, 0) / (1024 * 1024),
    largestRequestMb: Math.max(...bytes) / (1024 * 1024),
    ms,
  };
}

export async function measureAdapters(tabCounts: readonly number[]): Promise<AdapterResult> {
  const gas: GasCalls[] = [];
  const excel: ExcelCalls[] = [];
  for (const tabs of tabCounts) {
    gas.push(measureGas(tabs));
    process.stderr.write(`  apps script ${tabs} tabs: done\n`);
    excel.push(await measureExcel(tabs));
    process.stderr.write(`  excel ${tabs} tabs: done\n`);
  }
  return { rowsPerTab: ROWS_PER_TAB, gas, excel };
}
