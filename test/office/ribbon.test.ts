/**
 * The ribbon's «Рассчитать показатели» handler: it always completes the command event (or Excel
 * would wait on it), opens the task pane when a run is refused or fails so the message is seen,
 * and leaves the pane closed after a successful run. The Office objects around it (the command
 * event, Office.addin) are office-addin-mock objects; the workbook is the fake Excel.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { describe, expect, it } from 'vitest';
import { Controller } from '../../office-addin/src/controller';
import { createRunCommand } from '../../office-addin/src/ribbon';
import { fakeExcel } from '../fakes/excel/fake-excel';
import { documentOf, syntheticSheets, TODAY } from './workbooks';

function officeMocks() {
  let shown = 0;
  let completed = 0;
  const office = new OfficeMockObject({ host: 'excel', addin: { showAsTaskpane: () => void shown++ } });
  const event = new OfficeMockObject({ host: 'excel', completed: () => void completed++ });
  return { office, event: event as unknown as { completed(): void }, shown: () => shown, completed: () => completed };
}

describe('ribbon command', () => {
  it('runs, completes the event and leaves the pane closed on success', async () => {
    const doc = documentOf(syntheticSheets(2, 10));
    const controller = new Controller(fakeExcel(doc), () => TODAY);
    const m = officeMocks();
    await createRunCommand(controller, () => m.office.addin.showAsTaskpane())(m.event);
    expect(m.completed()).toBe(1);
    expect(m.shown()).toBe(0);
    expect(doc.byName('Показатели')).toBeDefined();
    expect(controller.current.report?.summary.organizations).toBe(2);
  });

  it('opens the pane with the message when the run fails, and still completes the event', async () => {
    const doc = documentOf(syntheticSheets(2, 10));
    doc.addGrid('Проверка данных', [['мой лист']]);
    const controller = new Controller(fakeExcel(doc), () => TODAY);
    const m = officeMocks();
    await createRunCommand(controller, () => m.office.addin.showAsTaskpane())(m.event);
    expect(m.completed()).toBe(1);
    expect(m.shown()).toBe(1);
    expect(controller.current.notice?.kind).toBe('error');
    expect(controller.current.notice?.text).toContain('«Проверка данных»');
  });

  it('refuses a second press while the first run goes on', async () => {
    const doc = documentOf(syntheticSheets(2, 10));
    const controller = new Controller(fakeExcel(doc, { syncDelayMs: 5 }), () => TODAY);
    const m = officeMocks();
    const command = createRunCommand(controller, () => m.office.addin.showAsTaskpane());
    const first = command(m.event);
    await new Promise((r) => setTimeout(r, 1));
    await command(m.event);
    expect(m.shown()).toBe(1);
    expect(controller.current.notice?.text).toMatch(/^Расчёт уже идёт/);
    await first;
    expect(m.completed()).toBe(2);
    expect(controller.current.report).not.toBeNull();
  });
});
