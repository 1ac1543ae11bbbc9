/**
 * Two runs at once (issue 7), the gaps left by the hosts' own tests (test/gas/safety: a second run
 * while the lock is held; test/office/safety and ribbon: a second click while a run goes on, the
 * template while a run goes on). Apps Script: the document lock is released whatever way a run
 * ends — success, a refusal by the core, the cell limit, a failed write — so the next run is never
 * locked out, and a refused run touches neither the document nor the lock it did not get. Excel: a
 * run clicked while «Создать шаблон» is working is refused with a message, and the template is
 * still made.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET } from '../../core/index';
import { Controller } from '../../office-addin/src/controller';
import { fakeExcel } from '../fakes/excel/fake-excel';
import { buildGas, exampleEnv, exampleSheets, lastAlert } from '../gas/helpers';
import { documentOf, syntheticSheets, TODAY } from '../office/workbooks';

beforeAll(buildGas);

describe('Apps Script: the document lock', () => {
  const lockCalls = (env: ReturnType<typeof exampleEnv>) => env.log.entries.filter((e) => e.target === 'Lock').map((e) => e.method);

  it('is released after a success, a refusal, the cell limit and a failed write; the next run goes ahead', () => {
    const cases: [string, (env: ReturnType<typeof exampleEnv>) => void][] = [
      ['success', () => {}],
      ['a user sheet named like an output', (env) => void env.spreadsheet.addSheet({ name: SHEET.problems, rows: [['моё']] })],
      ['the cell limit', (env) => {
        const big = env.spreadsheet.addSheet({ name: '_архив', rows: [], hidden: true });
        big.maxRows = 10_000_000;
        big.maxColumns = 1;
      }],
      ['a failed write', (env) => {
        let n = 0;
        env.log.onCall((e) => {
          if (e.method === 'setValues' && (e.sheet ?? '').startsWith('_pedmonitor_tmp_') && ++n === 1) throw new Error('Exception: сбой записи');
        });
      }],
    ];
    for (const [what, prepare] of cases) {
      const env = exampleEnv();
      prepare(env);
      env.call('computeIndicators');
      expect(lockCalls(env), what).toEqual(['tryLock', 'releaseLock']);
      expect(env.lock.hasLock(), what).toBe(false);
    }
    const env = exampleEnv();
    env.call('computeIndicators');
    env.call('computeIndicators');
    expect(lockCalls(env)).toEqual(['tryLock', 'releaseLock', 'tryLock', 'releaseLock']);
    expect(lastAlert(env)).toMatch(/^Расчёт завершён/);
  });

  it('a run refused because another holds the lock never releases that lock', () => {
    const env = exampleEnv({ sheets: exampleSheets() });
    env.lock.heldByOther = true;
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('Расчёт уже выполняется');
    expect(lockCalls(env)).toEqual(['tryLock']);
  });
});

describe('Excel: a run clicked while the template is being made', () => {
  it('is refused with a message; the template is still made', async () => {
    const doc = documentOf(syntheticSheets(1, 3));
    const controller = new Controller(fakeExcel(doc, { syncDelayMs: 5 }), () => TODAY);
    const template = controller.createTemplate();
    await new Promise((r) => setTimeout(r, 1));
    expect(await controller.run()).toBe('refused');
    expect(controller.current.notice).toEqual({ kind: 'warning', text: expect.stringMatching(/^Расчёт уже идёт/) });
    expect(await template).toBe('done');
    expect(doc.byName(SHEET.settings)).toBeDefined();
    expect(doc.byName(SHEET.indicators)).toBeUndefined();
    expect(await controller.run()).toBe('done');
  });
});
