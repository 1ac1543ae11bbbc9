/**
 * The fuzz of fuzz-core.test.ts through each host, with fewer runs since each run goes through a
 * host: the built Code.js on the Apps Script fake, the Excel adapter on the fake `Excel.run`, and
 * the command line's .xlsx read and write in memory (ExcelJS). For every random workbook a host
 * either writes exactly the sheets the core plans — the user's own sheets untouched, no
 * temporary left, no text turned into a formula, no person's name anywhere it writes or shows —
 * or shows the core's one Russian message and changes nothing at all.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { planRun, REGISTRY_SHEET, type CellValue, type PedmonitorError, type RunPlan, type SheetData } from '../../core/index';
import { computeXlsx } from '../../cli/run/compute';
import { loadWorkbook } from '../../cli/workbook-file';
import { runMonitoring } from '../../office-addin/src/run';
import { createGasEnvironment, type GasEnvironment } from '../fakes/apps-script';
import { fakeExcel } from '../fakes/excel/fake-excel';
import type { FakeDocument } from '../fakes/excel/document';
import { normalizeGrid } from '../cli/helpers';
import { buildGas, corePlan, expectedCells, START } from '../gas/helpers';
import { asOffice, documentOf } from '../office/workbooks';
import { checkRussian, EXCEL_HOST, FORMULA_LIKE, rosterNames, SHEETS_HOST, TODAY, shortReport, workbookArb } from './fuzz-workbook';

beforeAll(buildGas);

function attempt<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (e) {
    return e as Error;
  }
}

/** The first cell where two grids differ, shortened, or null. */
function firstDifference(actual: readonly (readonly unknown[])[], expected: readonly (readonly unknown[])[]): string | null {
  const show = (v: unknown) => (typeof v === 'string' && v.length > 60 ? `${JSON.stringify(v.slice(0, 30))}…(${v.length})` : JSON.stringify(v));
  for (let r = 0; r < Math.max(actual.length, expected.length); r++) {
    for (let c = 0; c < Math.max(actual[r]?.length ?? 0, expected[r]?.length ?? 0); c++) {
      const a = actual[r]?.[c];
      const e = expected[r]?.[c];
      if (!Object.is(a, e) && !(a instanceof Date && e instanceof Date && a.getTime() === e.getTime())) return `R${r + 1}C${c + 1}: ${show(a)} ≠ ${show(e)}`;
    }
  }
  return null;
}

const leaks = (names: ReadonlySet<string>, texts: readonly unknown[]): string[] =>
  texts.filter((t): t is string => typeof t === 'string').filter((t) => [...names].some((n) => t.includes(n)));

describe('Google Sheets: built Code.js on the fake', () => {
  function sheetState(env: GasEnvironment, id: number) {
    return env.spreadsheet.sheets.find((s) => s.id === id)?.snapshot();
  }

  it('writes what the core plans, or shows its message and changes nothing', () => {
    fc.assert(
      fc.property(workbookArb(SHEETS_HOST, 5), (generated) => {
        const setup = generated.length > 0 ? generated.map((s) => ({ name: s.name, rows: s.values })) : [{ name: 'Лист1', rows: [] }];
        const env = createGasEnvironment({ sheets: setup, now: START });
        const userIds = env.spreadsheet.sheets.map((s) => s.id);
        const before = new Map(userIds.map((id) => [id, sheetState(env, id)]));
        const snapshot = env.spreadsheet.snapshot();
        env.call('computeIndicators');
        const alert = env.ui.alerts[env.ui.alerts.length - 1]?.prompt ?? '';
        const planned = attempt(() => corePlan(setup));
        const names = rosterNames(setup.map((s) => ({ name: s.name, values: s.rows as CellValue[][] })));
        const shown = [...env.ui.alerts.map((a) => a.prompt), ...env.spreadsheet.toasts.map((t) => t.message), ...env.userCache.puts.map((p) => p.value), ...env.console.lines];
        expect(leaks(names, shown)).toEqual([]);
        if (planned instanceof Error) {
          expect(alert).toBe(planned.message);
          checkRussian(alert);
          expect(env.spreadsheet.snapshot()).toEqual(snapshot);
          expect(env.log.spreadsheetCalls().filter((e) => e.kind === 'write')).toEqual([]);
          return;
        }
        expect(alert).toMatch(/^Расчёт завершён/);
        for (const id of userIds) expect(sheetState(env, id), `user sheet ${id}`).toEqual(before.get(id));
        // Not one write call on a user's sheet (selecting a sheet is not a write of its content).
        const onUserSheets = env.log.spreadsheetCalls().filter((e) => e.kind === 'write' && e.sheetId !== null && userIds.includes(e.sheetId) && e.method !== 'setActiveSheet');
        expect(onUserSheets).toEqual([]);
        expect(env.spreadsheet.names().filter((n) => /^_pedmonitor_(tmp|old)_/.test(n) && !setup.some((s) => s.name === n))).toEqual([]);
        for (const out of planned.outputs) {
          const sheet = env.spreadsheet.sheet(out.name)!;
          const cells = sheet.inspect(out.values.length, out.columnWidths.length);
          expect(cells.values).toEqual(expectedCells(out).values);
          expect(cells.formulas.flat().filter((f) => f !== '')).toEqual([]);
          cells.values.forEach((row, r) =>
            row.forEach((v, c) => {
              if (typeof v === 'string' && FORMULA_LIKE.test(v)) expect(cells.formats[r]![c], `${out.name} ${v}`).toBe('@');
            }),
          );
          expect(leaks(names, cells.values.flat())).toEqual([]);
        }
        expect(env.spreadsheet.sheet(REGISTRY_SHEET)!.inspect().values).toEqual(planned.registry);
      }),
      { numRuns: Number(process.env.HOST_RUNS ?? 25), endOnFailure: Boolean(process.env.HOST_RUNS), reporter: shortReport },
    );
  });
});

describe('Excel: the adapter on the fake Excel.run', () => {
  function userState(doc: FakeDocument, names: readonly string[]) {
    return names.map((n) => {
      const s = doc.sheets.find((x) => x.name === n)!;
      const cells = [...s.cells].flatMap(([r, line]) => [...line].map(([c, cell]) => [r, c, { ...cell }] as const));
      return { name: s.name, id: s.id, visibility: s.visibility, cells };
    });
  }

  it('writes what the core plans, or throws its message and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb(EXCEL_HOST, 5), async (generated) => {
        const sheets: SheetData[] = generated.map((s) => ({ name: s.name, values: s.values.map((r) => r.map(asOffice)) }));
        const doc = documentOf(sheets);
        const userNames = doc.sheets.map((s) => s.name);
        const before = userState(doc, userNames);
        const order = doc.sheets.map((s) => s.name);
        const planned = attempt(() => planRun(sheets, { today: TODAY }));
        let thrown: Error | null = null;
        try {
          await runMonitoring(fakeExcel(doc), { today: TODAY }, () => {}, { runId: 'fz01' });
        } catch (e) {
          thrown = e as Error;
        }
        expect(userState(doc, userNames)).toEqual(before);
        const names = rosterNames(sheets);
        if (planned instanceof Error) {
          expect(thrown?.message).toBe(planned.message);
          checkRussian(thrown!.message);
          expect(leaks(names, [thrown!.message])).toEqual([]);
          expect(doc.sheets.map((s) => s.name)).toEqual(order);
          return;
        }
        expect(thrown).toBeNull();
        expect(doc.sheets.map((s) => s.name).filter((n) => /^_pedmonitor_(new|old)_/.test(n) && !order.includes(n))).toEqual([]);
        expect(doc.byName(REGISTRY_SHEET)?.visibility).toBe('VeryHidden');
        expect(doc.byName(REGISTRY_SHEET)!.grid()).toEqual(planned.registry);
        for (const out of planned.outputs) checkExcelOutput(doc, out, names);
      }),
      { numRuns: Number(process.env.HOST_RUNS ?? 30), endOnFailure: Boolean(process.env.HOST_RUNS), asyncReporter: async (d) => shortReport(d) },
    );
  });

  function checkExcelOutput(doc: FakeDocument, out: RunPlan['outputs'][number], names: ReadonlySet<string>): void {
    const sheet = doc.byName(out.name)!;
    expect(sheet.visibility).toBe('Visible');
    const grid = sheet.grid();
    const expected = out.values.map((r) => r.map((v) => (v === null ? '' : v)));
    expect(expected.map((row, r) => row.map((_, c) => grid[r]?.[c] ?? ''))).toEqual(expected);
    for (const line of sheet.cells.values()) {
      for (const cell of line.values()) {
        expect(cell.kind).not.toBe('formula');
        if (typeof cell.value === 'string' && FORMULA_LIKE.test(cell.value)) {
          expect(cell.kind).toBe('text');
          expect(cell.numberFormat).toBe('@');
        }
      }
    }
    expect(leaks(names, grid.flat())).toEqual([]);
  }
});

describe('command line: .xlsx read and write in memory', () => {
  async function xlsxOf(sheets: readonly SheetData[]): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name);
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === '') return;
          ws.getCell(r + 1, c + 1).value = typeof v === 'string' ? xmlSafe(v) : v;
        }),
      );
    }
    if (sheets.length === 0) wb.addWorksheet('Лист1');
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** XML 1.0 cannot hold most control characters; no .xlsx does. */
  const xmlSafe = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

  it('writes what the core plans into a copy, never changes the input, or refuses with its message', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb(EXCEL_HOST, 5), async (generated) => {
        const input = await xlsxOf(generated);
        const pristine = Buffer.from(input);
        const read = (await loadWorkbook(Buffer.from(input), 'вход.xlsx')).sheets;
        const names = rosterNames(read);
        const planned = attempt(() => planRun(read, { today: TODAY }));
        let result: Awaited<ReturnType<typeof computeXlsx>> | Error;
        try {
          result = await computeXlsx(input, 'вход.xlsx', { today: TODAY }, 'выход.xlsx');
        } catch (e) {
          result = e as Error;
        }
        expect(input.equals(pristine), 'the input bytes are unchanged').toBe(true);
        if (planned instanceof Error || result instanceof Error) {
          expect(result).toBeInstanceOf(Error);
          // The command line checks the registry itself first, with its own wording; same code.
          expect((result as PedmonitorError).code).toBe((planned as PedmonitorError).code);
          checkRussian((result as Error).message);
          expect(leaks(names, [(result as Error).message])).toEqual([]);
          return;
        }
        const written = new ExcelJS.Workbook();
        await written.xlsx.load(result.workbook as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
        const back = (await loadWorkbook(Buffer.from(result.workbook!), 'выход.xlsx')).sheets;
        // The input's sheets, unchanged and in their order; then the outputs as planned.
        expect(back.slice(0, read.length).map((s) => ({ name: s.name, values: normalizeGrid(s.values) }))).toEqual(
          read.map((s) => ({ name: s.name, values: normalizeGrid(s.values) })),
        );
        for (const out of planned.outputs) {
          const sheet = back.find((s) => s.name === out.name)!;
          expect(firstDifference(normalizeGrid(sheet.values), normalizeGrid(out.values)), out.name).toBeNull();
          expect(leaks(names, sheet.values.flat())).toEqual([]);
          written.getWorksheet(out.name)!.eachRow((row) =>
            row.eachCell((cell) => {
              expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
              if (typeof cell.value === 'string' && FORMULA_LIKE.test(cell.value)) expect(cell.numFmt).toBe('@');
            }),
          );
        }
      }),
      { numRuns: Number(process.env.HOST_RUNS ?? 25), endOnFailure: Boolean(process.env.HOST_RUNS), asyncReporter: async (d) => shortReport(d) },
    );
  });
});
