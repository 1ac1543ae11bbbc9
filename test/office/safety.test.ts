/**
 * The safety rules of workbook.md §4 as Excel's run shows them: a user's own sheet with an output
 * name stops the run with a Russian message after the reads alone; a failure while colouring or
 * freezing leaves the previous outputs as they were (or, for panes, only warns) and the next run works;
 * a second click while a run is in progress is refused with a message. What every port must do
 * (refusals, a failure at each write step, rerun, text stays text, charts) is the shared contract
 * suite's, test/port/excel-port.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isPedmonitorError, planRun, REGISTRY_SHEET } from '../../core/index';
import { Controller } from '../../office-addin/src/controller';
import { runMonitoring } from '../../office-addin/src/run';
import type { FakeDocument } from '../fakes/excel/document';
import { fakeExcel, type CommandInfo } from '../fakes/excel/fake-excel';
import { documentOf, exampleSheets, syntheticSheets, syntheticTab, TODAY } from './workbooks';

/** Everything a user could see of the workbook, to compare before and after. */
function state(doc: FakeDocument) {
  return doc.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    grid: s.grid(),
    formats: [...s.cells.values()].flatMap((line) => [...line.values()].map((c) => `${c.numberFormat}|${c.fill}|${c.fontColor}|${c.bold}`)).sort(),
  }));
}

/** A failure that happens once (Excel's failures are transient; the rollback must then succeed). */
function once(match: (c: CommandInfo) => boolean): (c: CommandInfo) => boolean {
  let fired = false;
  return (c) => {
    if (fired || !match(c)) return false;
    fired = true;
    return true;
  };
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('a user sheet with an output name', () => {
  it('stops the run with a Russian message and writes nothing', async () => {
    const doc = documentOf([...syntheticSheets(2, 5)]);
    doc.addGrid('Показатели', [['мои заметки', 42]]);
    const before = state(doc);
    const excel = fakeExcel(doc);
    const error = await rejection(runMonitoring(excel, { today: TODAY }));
    expect(isPedmonitorError(error) && error.code).toBe('output-sheet-taken');
    expect(error.message).toContain('«Показатели»');
    expect(error.message).toContain('ничего не изменено');
    expect(state(doc)).toEqual(before);
    expect(excel.stats.syncs).toBe(2); // the reads only
  });

  it('still refuses after a first run: only registry-listed sheets are replaced', async () => {
    const doc = documentOf(syntheticSheets(2, 5));
    const excel = fakeExcel(doc);
    await runMonitoring(excel, { today: TODAY });
    // The user deletes the program's sheet and makes their own with the same name.
    const registry = doc.byName(REGISTRY_SHEET)!;
    registry.clear({ row: 0, column: 0, rows: 100, columns: 5 });
    const before = state(doc);
    const error = await rejection(runMonitoring(excel, { today: TODAY }));
    expect(isPedmonitorError(error) && error.code).toBe('output-sheet-taken');
    expect(state(doc)).toEqual(before);
  });
});

describe('a failure part-way through writing', () => {
  const failures: [string, (c: CommandInfo) => boolean][] = [
    ['while colouring', (c) => c.kind === 'fill' && c.sheet !== null && c.sheet.startsWith('_pedmonitor_new_')],
  ];

  for (const [when, failWhen] of failures) {
    it(`${when}: previous outputs intact, no temporaries left`, async () => {
      const doc = documentOf(exampleSheets());
      const good = fakeExcel(doc);
      await runMonitoring(good, { today: TODAY });
      // The data change, so a successful rerun would change the outputs.
      doc.addGrid('МАОУ СОШ №99', syntheticTab(98, 30).values);
      const before = state(doc);
      const failing = fakeExcel(doc, { failWhen: once(failWhen) });
      const error = await rejection(runMonitoring(failing, { today: TODAY }));
      expect(isPedmonitorError(error) && error.code).toBe('write-failed');
      expect(error.message).toMatch(/^Не удалось записать результаты: .*Прежние листы результатов сохранены без изменений/);
      expect(error.message).not.toMatch(/at |Error|\.ts/);
      expect(doc.sheets.filter((s) => s.name.startsWith('_pedmonitor_'))).toEqual([]);
      expect(state(doc)).toEqual(before);
      // And the next run succeeds.
      await runMonitoring(fakeExcel(doc), { today: TODAY });
      expect(doc.byName('Показатели')!.grid().flat()).toContain('МАОУ СОШ №99');
      expect(doc.sheets.filter((s) => s.name.startsWith('_pedmonitor_'))).toEqual([]);
    });
  }

  // On a first run the registry is created (VeryHidden) in the first request; a failure in any
  // later request must still delete it, which Excel allows only once it is no longer VeryHidden.
  for (const [when, match] of [
    ['values of a temporary sheet', (c: CommandInfo) => c.kind === 'setValues' && c.sheet !== null && c.sheet.startsWith('_pedmonitor_new_')],
    ['the swap', (c: CommandInfo) => c.kind === 'rename' && c.detail === 'Показатели'],
  ] as const) {
    it(`on the very first run, failing at ${when}, deletes the new registry too and says so plainly`, async () => {
      const doc = documentOf(syntheticSheets(2, 5));
      const before = state(doc);
      const error = await rejection(runMonitoring(fakeExcel(doc, { failWhen: once(match) }), { today: TODAY }));
      expect(isPedmonitorError(error) && error.code).toBe('write-failed');
      expect(error.message).toContain('временные листы удалены');
      expect(error.message).not.toContain('удалить не удалось');
      expect(doc.byName(REGISTRY_SHEET)).toBeUndefined();
      expect(state(doc)).toEqual(before);
    });
  }

  it('on the very first run leaves no outputs, no registry and no temporaries', async () => {
    const doc = documentOf(syntheticSheets(2, 5));
    const before = state(doc);
    const error = await rejection(runMonitoring(fakeExcel(doc, { failWhen: once((c) => c.kind === 'setValues' && c.sheet === REGISTRY_SHEET) }), { today: TODAY }));
    expect(isPedmonitorError(error) && error.code).toBe('write-failed');
    expect(state(doc)).toEqual(before);
  });
});

describe('frozen panes, a view setting (office-js issues 2196, 1463)', () => {
  it('are set after the swap, on visible sheets, in a request of their own', async () => {
    const doc = documentOf(exampleSheets());
    const seen: { info: CommandInfo; sync: number; visibility: string | undefined }[] = [];
    const excel = fakeExcel(doc, {
      failWhen: (info) => {
        seen.push({ info, sync: excel.stats.syncs, visibility: info.sheet ? doc.byName(info.sheet)?.visibility : undefined });
        return false;
      },
    });
    const report = await runMonitoring(excel, { today: TODAY });
    const freezes = seen.filter((s) => s.info.kind === 'freeze');
    const plan = planRun(exampleSheets(), { today: TODAY });
    const frozen = plan.outputs.filter((o) => o.frozenRows > 0 || o.frozenColumns > 0);
    expect(freezes.map((f) => f.info.sheet)).toEqual(frozen.map((o) => o.name));
    expect(freezes.every((f) => f.visibility === 'Visible')).toBe(true);
    // The view request holds only view settings: the panes, then the opening sheet's activation.
    const lastOther = Math.max(...seen.filter((s) => s.info.kind !== 'freeze' && s.info.kind !== 'activate').map((s) => s.sync));
    expect(Math.min(...freezes.map((f) => f.sync))).toBeGreaterThan(lastOther);
    expect(seen.at(-1)!.info).toEqual(expect.objectContaining({ kind: 'activate', sheet: 'Сводка' }));
    for (const o of frozen) expect(doc.byName(o.name)!.frozen).toEqual({ rows: o.frozenRows, columns: o.frozenColumns });
    expect(report.warnings).toEqual([]);
  });

  it('work on an Excel that refuses to freeze a hidden sheet', async () => {
    const doc = documentOf(exampleSheets());
    await runMonitoring(fakeExcel(doc, { viewCommandsOnHiddenSheets: 'error' }), { today: TODAY });
    const plan = planRun(exampleSheets(), { today: TODAY });
    for (const o of plan.outputs.filter((x) => x.frozenRows > 0)) expect(doc.byName(o.name)!.frozen.rows).toBe(o.frozenRows);
    // That Excel really refuses a hidden sheet (what the temporaries were when panes were frozen with them).
    const probe = documentOf([{ name: 'А', values: [['x']] }, { name: 'Б', values: [['y']] }]);
    probe.byName('Б')!.visibility = 'Hidden';
    const refused = await fakeExcel(probe, { viewCommandsOnHiddenSheets: 'error' })
      .run(async (context) => {
        context.workbook.worksheets.getItem('Б').freezePanes.freezeRows(1);
        await context.sync();
      })
      .then(() => null, (e: { code?: string }) => e.code);
    expect(refused).toBe('GeneralException');
  });

  it('failing: the results are written all the same, and the warning says what to do', async () => {
    const doc = documentOf(exampleSheets());
    const first = await runMonitoring(fakeExcel(doc), { today: TODAY });
    expect(first.warnings).toEqual([]);
    doc.addGrid('МАОУ СОШ №99', syntheticTab(98, 30).values);
    const controller = new Controller(fakeExcel(doc, { failWhen: once((c) => c.kind === 'freeze') }), () => TODAY);
    expect(await controller.run()).toBe('done');
    expect(doc.byName('Показатели')!.grid().flat()).toContain('МАОУ СОШ №99');
    expect(doc.sheets.filter((s) => s.name.startsWith('_pedmonitor_'))).toEqual([]);
    const warnings = controller.current.report!.warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Результаты записаны, но Excel не применил закрепление строк заголовков на листах «.+» \(внутренняя ошибка Excel\)\. Это только вид листа/);
    expect(doc.active?.name).toBe('Сводка'); // activated again after the failed view request
    expect(controller.current.notice).toEqual({ kind: 'warning', text: warnings[0] });
  });
});

describe('a second click while a run is in progress', () => {
  it('is refused with a message; the first run completes', async () => {
    const doc = documentOf(syntheticSheets(3, 20));
    // Excel's first request waits until the test lets it go: the run is certainly in progress.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let reached: () => void = () => {};
    const atFirstSync = new Promise<void>((resolve) => (reached = resolve));
    const excel = fakeExcel(doc, {
      syncGate: () => {
        reached();
        return held;
      },
    });
    const controller = new Controller(excel, () => TODAY);
    const first = controller.run();
    await atFirstSync;
    expect(controller.current.running).toBe(true);
    const second = await controller.run();
    expect(second).toBe('refused');
    expect(controller.current.notice).toEqual({ kind: 'warning', text: expect.stringContaining('Расчёт уже идёт') });
    const template = await controller.createTemplate();
    expect(template).toBe('refused');
    // Direct calls (the ribbon path) are refused as well, by the same module-level flag.
    const direct = await rejection(runMonitoring(excel, { today: TODAY }));
    expect(isPedmonitorError(direct) && direct.code).toBe('busy');
    expect(excel.stats.syncs).toBe(1); // nothing the refused calls did reached Excel
    release();
    expect(await first).toBe('done');
    expect(controller.current.running).toBe(false);
    expect(controller.current.report?.summary.organizations).toBe(3);
    expect(await controller.run()).toBe('done');
  });
});
