/**
 * What the task pane test serves instead of Microsoft's office.js: a stub `Office` (onReady,
 * actions.associate, addin.showAsTaskpane) and an `Excel` whose run() is the fake Excel over a
 * workbook seeded by the test (globalThis.__PEDMONITOR_SEED__). `__stub` lets the test look at
 * the workbook, press the ribbon button, and hold Excel's requests (hold/release/heldSyncs) so a
 * test sees a run in progress for as long as it needs, without racing a timer.
 */
import { FakeDocument } from '../../fakes/excel/document';
import { fakeExcel } from '../../fakes/excel/fake-excel';
import { compareVersions, DECLARED_EXCEL_API } from '../../fakes/excel/requirements';

interface Seed {
  readonly sheets: { readonly name: string; readonly values: unknown[][] }[];
  readonly syncDelayMs?: number;
  /** The ExcelApi version this Excel has (default: what the manifest declares). */
  readonly excelApi?: string;
}

const g = globalThis as unknown as Record<string, unknown>;
const seed = g.__PEDMONITOR_SEED__ as Seed;
const doc = new FakeDocument();
for (const s of seed.sheets) doc.addGrid(s.name, s.values);
const excelApi = seed.excelApi ?? DECLARED_EXCEL_API;
/** While held, every context.sync() waits here until release(). */
let held = false;
let waiting: (() => void)[] = [];
const syncGate = (): Promise<void> => (held ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve());
const excel = fakeExcel(doc, { syncDelayMs: seed.syncDelayMs ?? 0, excelApi, syncGate });
/** Office.context.requirements as an Excel with `excelApi` and the shared runtime answers it. */
const SUPPORTED: Record<string, string> = { ExcelApi: excelApi, SharedRuntime: '1.1', DialogApi: '1.2', AddinCommands: '1.1' };
const actions = new Map<string, (event: { completed(): void }) => unknown>();
let paneShown = 0;

g.Office = {
  HostType: { Excel: 'Excel' },
  onReady(callback?: (info: unknown) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
  actions: { associate: (id: string, fn: (event: { completed(): void }) => unknown) => actions.set(id, fn) },
  addin: {
    showAsTaskpane: () => {
      paneShown++;
      return Promise.resolve();
    },
  },
  context: {
    requirements: {
      isSetSupported: (name: string, version = '1.1') => SUPPORTED[name] !== undefined && compareVersions(String(version), SUPPORTED[name]!) <= 0,
    },
  },
};
g.Excel = { run: (batch: Parameters<typeof excel.run>[0]) => excel.run(batch) };
g.__stub = {
  activeSheet: () => doc.active?.name ?? null,
  sheetNames: () => doc.sheets.map((s) => s.name),
  syncs: () => excel.stats.syncs,
  hold: () => {
    held = true;
  },
  release: () => {
    held = false;
    const resume = waiting;
    waiting = [];
    for (const r of resume) r();
  },
  /** Requests waiting for release(). */
  heldSyncs: () => waiting.length,
  paneShown: () => paneShown,
  ribbon: async (id: string) => {
    let completed = false;
    await actions.get(id)?.({ completed: () => void (completed = true) });
    return completed;
  },
};
