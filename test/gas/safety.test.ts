/**
 * A run must never cost the user data or leave a half-written result. These tests drive the built
 * Code.js into the failures as the menu and the sidebar show them — a user's own sheet with an
 * output name, an exception in the middle of writing, the lock held by another run, the 6-minute
 * limit approaching — and compare the whole fake spreadsheet before and after. What every port
 * must do (refusals, a failure at each write step, rerun, text stays text, charts) is the shared
 * contract suite's, test/port/gas-port.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_SHEET, SHEET, TEMP_PREFIX } from '../../core/index';
import type { GasEnvironment } from '../fakes/apps-script';
import { buildGas, corePlan, exampleEnv, exampleSheets, lastAlert } from './helpers';

beforeAll(buildGas);

const tempSheets = (env: GasEnvironment): string[] => env.spreadsheet.names().filter((n) => n.startsWith('_pedmonitor_'));
const writes = (env: GasEnvironment) => env.log.spreadsheetCalls().filter((e) => e.kind === 'write');

/** An env with the example computed once, then one input cell changed so a rerun would differ. */
function computedThenEdited(): GasEnvironment {
  const env = exampleEnv();
  env.call('computeIndicators');
  const tab = env.spreadsheet.sheet('МАОУ СОШ №1')!;
  tab.cell(5, 1).v = 'Новый Сотрудник Тестовый';
  tab.cell(5, 2).v = 'учитель';
  env.log.clear();
  return env;
}

/** Makes the n-th call matching `match` throw, as a real service error would. */
function failOn(env: GasEnvironment, match: (target: string, method: string, sheet: string | null) => boolean, n = 1): void {
  let seen = 0;
  env.log.onCall((e) => {
    if (match(e.target, e.method, e.sheet) && ++seen === n) throw new Error('Exception: Service Spreadsheets failed while accessing document (тест)');
  });
}

describe('a sheet the program did not create', () => {
  it("a user's own `Показатели` stops the run with a message and changes nothing", () => {
    const env = exampleEnv({ sheets: [...exampleSheets(), { name: SHEET.indicators, rows: [['мои заметки', 42]] }] });
    const before = env.spreadsheet.snapshot();
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('«Показатели», созданный не программой');
    expect(lastAlert(env)).toContain('ничего не изменено');
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(writes(env)).toEqual([]);
  });

  it('the same through the sidebar: a Russian message, code output-sheet-taken', () => {
    const env = exampleEnv({ sheets: [...exampleSheets(), { name: 'показатели', rows: [['x']] }] });
    const before = env.spreadsheet.snapshot();
    const outcome = env.callJson('runFromPanel', { runId: 'safety-run-1', presetId: 'alapaevsk-2024', period: '' });
    expect(outcome).toMatchObject({ ok: false, code: 'output-sheet-taken', message: expect.stringContaining('«показатели»') });
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });

  it('a sheet given an output name after ours was deleted is not ours, although the registry lists the name', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    const ours = env.spreadsheet.sheet(SHEET.indicators)!;
    env.spreadsheet.sheets.splice(env.spreadsheet.sheets.indexOf(ours), 1);
    env.spreadsheet.addSheet({ name: SHEET.indicators, rows: [['мой анализ']] });
    const before = env.spreadsheet.snapshot();
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('«Показатели», созданный не программой');
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });

  it('a registry written by another host (no marker) is trusted, and the run marks what it rewrites', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    for (const s of env.spreadsheet.sheets) s.metadata = [];
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('Расчёт завершён');
    expect(env.spreadsheet.sheet(REGISTRY_SHEET)!.metadata.map((m) => m.key)).toEqual(['pedmonitor']);
    expect(env.spreadsheet.sheet(SHEET.indicators)!.metadata.map((m) => m.key)).toEqual(['pedmonitor']);
  });
});

describe('a failure part-way', () => {
  it('an exception in the middle of writing leaves the previous outputs intact and no temporary sheets', () => {
    const env = computedThenEdited();
    const before = env.spreadsheet.snapshot();
    failOn(env, (t, m, sheet) => t === 'Range' && m === 'setValues' && (sheet ?? '').startsWith(TEMP_PREFIX), 2);
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Не удалось записать листы результатов\. Прежние результаты не изменены/);
    expect(lastAlert(env)).not.toMatch(/\bat\b.*:\d+/);
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(tempSheets(env)).toEqual([]);
  });

  it('a failure on the very first run leaves the workbook as it was', () => {
    const env = exampleEnv();
    const before = env.spreadsheet.snapshot();
    failOn(env, (t, m) => t === 'Range' && m === 'setBackgrounds', 3);
    env.call('computeIndicators');
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });

  it('left-over temporaries of a killed run are removed by the next run; a user sheet with a similar name is not', () => {
    const env = exampleEnv();
    const stale = env.spreadsheet.addSheet({ name: '_pedmonitor_tmp_killed_0', rows: [['старый']], hidden: true });
    stale.metadata.push({ id: 1, key: 'pedmonitor', value: 'sheet', visibility: 'DOCUMENT' });
    env.spreadsheet.addSheet({ name: '_pedmonitor_tmp_мой', rows: [['мой']] });
    env.call('computeIndicators');
    expect(env.spreadsheet.names()).not.toContain('_pedmonitor_tmp_killed_0');
    expect(env.spreadsheet.names()).toContain('_pedmonitor_tmp_мой');
  });
});

describe('two runs at once', () => {
  it('a second run while the lock is held gets a clear message and touches nothing', () => {
    const env = computedThenEdited();
    env.lock.heldByOther = true;
    const before = env.spreadsheet.snapshot();
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('Расчёт уже выполняется');
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.log.spreadsheetCalls().filter((e) => e.kind === 'read' || e.kind === 'write')).toEqual([]);
    const outcome = env.callJson('runFromPanel', { runId: 'busy-run-0001', presetId: 'alapaevsk-2024', period: '' });
    expect(outcome).toMatchObject({ ok: false, code: 'busy' });
    expect(env.callJson('createTemplateFromPanel')).toMatchObject({ ok: false, code: 'busy' });
  });
});

describe('the 6-minute limit', () => {
  it('slow reading: stops before computing, outputs intact', () => {
    const env = computedThenEdited();
    const before = env.spreadsheet.snapshot();
    env.log.onCall((e) => {
      if (e.method === 'getValues') env.clock.advance(20_000);
    });
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Расчёт остановлен перед расчётом: время работы скрипта подходит к пределу Google \(6 минут\)/);
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(writes(env)).toEqual([]);
  });

  it('slow writing: stops before the next sheet, deletes its temporaries, outputs intact', () => {
    const env = computedThenEdited();
    const before = env.spreadsheet.snapshot();
    env.log.onCall((e) => {
      if (e.method === 'setValues' && (e.sheet ?? '').startsWith(TEMP_PREFIX)) env.clock.advance(100_000);
    });
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Расчёт остановлен перед записью листа «.+»/);
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(tempSheets(env)).toEqual([]);
  });

  it('a run that reaches the swap too late does not start it', () => {
    const env = computedThenEdited();
    const before = env.spreadsheet.snapshot();
    const outputs = corePlan(exampleSheets()).outputs.length;
    let count = 0;
    env.log.onCall((e) => {
      // The last output sheet's frozen columns: just before the swap.
      if (e.method === 'setFrozenColumns' && ++count === outputs) env.clock.advance(6 * 60_000);
    });
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('Расчёт остановлен перед заменой листов результатов');
    expect(env.spreadsheet.snapshot()).toEqual(before);
  });
});
