/**
 * Apps Script is slow per call and flushes pending writes whenever a script reads after writing.
 * These tests count the spreadsheet calls of a run on workbooks of different sizes: reads do not
 * depend on the number of rows and grow linearly with tabs, every read comes before the first
 * write, and each output sheet costs the same fixed number of writes however big it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createGasEnvironment, type CallEntry, type GasEnvironment } from '../fakes/apps-script';
import { buildGas, corePlan, START, syntheticSheets } from './helpers';

beforeAll(buildGas);

interface Counts {
  reads: number;
  writes: number;
  getValues: number;
  writesPerOutput: number[];
  firstWrite: number;
  lastRead: number;
  env: GasEnvironment;
}

/** Runs twice (so the second run replaces outputs, the usual case) and counts the second run. */
function measure(tabs: number, rows: number, entry: 'computeIndicators' | 'runFromPanel' = 'computeIndicators'): Counts {
  const env = createGasEnvironment({ sheets: syntheticSheets(tabs, rows), now: START });
  env.call('computeIndicators');
  env.log.clear();
  if (entry === 'computeIndicators') env.call('computeIndicators');
  else env.callJson('runFromPanel', { runId: 'count-run-01', presetId: 'alapaevsk-2024', period: '' });
  const calls = env.log.spreadsheetCalls();
  const reads = calls.filter((e) => e.kind === 'read');
  const writes = calls.filter((e) => e.kind === 'write');
  const outputs = corePlan(syntheticSheets(tabs, rows)).outputs.map((o) => env.spreadsheet.sheet(o.name)!.id);
  const perSheet = (id: number): number => writes.filter((e: CallEntry) => e.sheetId === id).length;
  return {
    reads: reads.length,
    writes: writes.length,
    getValues: calls.filter((e) => e.method === 'getValues').length,
    writesPerOutput: outputs.map(perSheet),
    firstWrite: Math.min(...writes.map((e) => e.seq)),
    lastRead: Math.max(...reads.map((e) => e.seq)),
    env,
  };
}

describe('spreadsheet calls of a run', () => {
  const small = measure(3, 10);
  const large = measure(3, 1000);

  it('reads the same number of times for 10 and for 1,000 rows per tab', () => {
    expect(large.reads).toBe(small.reads);
    expect(large.getValues).toBe(small.getValues);
  });

  it('reads each sheet with exactly one getValues', () => {
    // 3 tabs + Настройки + the previous outputs (История is read back by the core) + the registry
    expect(small.getValues).toBe(3 + 1 + corePlan(syntheticSheets(3, 10)).outputs.length + 1);
  });

  it('grows reads linearly with the number of tabs', () => {
    const counts = [2, 3, 5, 8].map((tabs) => measure(tabs, 10).reads);
    const perTab = counts[1]! - counts[0]!;
    expect(perTab).toBeGreaterThan(0);
    expect(counts[2]! - counts[1]!).toBe(2 * perTab);
    expect(counts[3]! - counts[2]!).toBe(3 * perTab);
    console.log(`reads: ${counts.join(', ')} for 2, 3, 5, 8 tabs — ${perTab} per tab`);
  });

  it('never reads after it has started writing (menu and panel)', () => {
    for (const m of [small, large, measure(3, 10, 'runFromPanel')]) {
      expect(m.lastRead).toBeLessThan(m.firstWrite);
    }
  });

  it('writes a constant number of calls per output sheet, whatever the rows and tabs', () => {
    const wide = measure(8, 10);
    expect(large.writes).toBe(small.writes);
    expect(wide.writes).toBe(small.writes);
    expect(large.writesPerOutput).toEqual(small.writesPerOutput);
    expect(wide.writesPerOutput).toEqual(small.writesPerOutput);
    console.log(
      `writes per run: ${small.writes} (per output sheet ${small.writesPerOutput.join(' and ')}); reads per run with 3 tabs: ${small.reads}`,
      large.env.log.histogram(large.env.log.spreadsheetCalls()),
    );
  });
});
