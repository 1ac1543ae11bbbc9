/**
 * The contract suite against the Google Sheets port (gas/port.ts) over the Apps Script fakes,
 * installed as the globals the host code calls. A failure is injected as a service error on the
 * call that does a step's work: a temporary sheet's values, a temporary sheet getting its final
 * name, the registry's values.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { REGISTRY_SHEET, TEMP_PREFIX, type SheetData, type WriteStep } from '../../core/index';
import { gasPort } from '../../gas/port';
import { CallLog, FakeClock, FakeSession, FakeSpreadsheet, FakeSpreadsheetApp, FakeUi, FakeUtilities, type CallEntry } from '../fakes/apps-script';
import { testWorkbookPort, textGrid, TODAY, type PortFixture } from './contract';

const globals = globalThis as unknown as { SpreadsheetApp?: unknown; Utilities?: unknown; Session?: unknown };
afterEach(() => {
  delete globals.SpreadsheetApp;
  delete globals.Utilities;
  delete globals.Session;
});

const STEP_CALL: Record<WriteStep, (e: CallEntry) => boolean> = {
  temporary: (e) => e.target === 'Range' && e.method === 'setValues' && (e.sheet ?? '').startsWith(TEMP_PREFIX),
  swap: (e) => e.target === 'Sheet' && e.method === 'setName' && (e.sheet ?? '').startsWith(TEMP_PREFIX),
  registry: (e) => e.target === 'Range' && e.method === 'setValues' && e.sheet === REGISTRY_SHEET,
};

function fixture(sheets: readonly SheetData[]): PortFixture {
  const log = new CallLog();
  const clock = new FakeClock(TODAY.getTime());
  const ss = new FakeSpreadsheet(log, clock, 'Europe/Moscow', Date);
  for (const s of sheets) ss.addSheet({ name: s.name, rows: s.values });
  globals.SpreadsheetApp = new FakeSpreadsheetApp(log, ss, new FakeUi(log));
  globals.Utilities = new FakeUtilities(log);
  globals.Session = new FakeSession('Europe/Moscow');
  const spreadsheet = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return {
    port: () => gasPort(spreadsheet, { today: TODAY }),
    failingPort: (step) => {
      let seen = 0;
      const off = log.onCall((e) => {
        if (!STEP_CALL[step](e) || ++seen < (step === 'registry' ? 1 : 2)) return;
        off();
        throw new Error('Exception: Service Spreadsheets failed while accessing document (тест)');
      });
      return gasPort(spreadsheet, { today: TODAY });
    },
    view: () =>
      ss.sheets.map((s) => {
        const cells = s.inspect();
        return {
          name: s.name,
          hidden: s.hidden,
          values: textGrid(cells.values),
          formulas: cells.formulas.flat().filter((f) => f !== '').length,
          charts: s.charts.map((c) => String(c.describe().options.title)).sort(),
          chartData: s.snapshot().charts,
        };
      }),
  };
}

testWorkbookPort('Google Sheets (Apps Script fake)', { make: fixture, charts: true });

describe('the Apps Script fake the contract relies on', () => {
  it('turns "=…" written without the text format into a formula (so "text stays text" can fail)', () => {
    const log = new CallLog();
    const ss = new FakeSpreadsheet(log, new FakeClock(0), 'Europe/Moscow', Date);
    const sheet = ss.addSheet({ name: 'проверка', rows: [] });
    sheet.getRange(1, 1, 1, 1).setValues([['=СУММ(A2:A3)']]);
    expect(sheet.inspect(1, 1).formulas[0]![0]).toBe('=СУММ(A2:A3)');
  });
});
