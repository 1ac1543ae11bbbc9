/**
 * The one contract every WorkbookPort keeps (as unstorage's testDriver does for its drivers):
 * reading gives every sheet and the program's own outputs; a run writes its outputs beside the
 * user's sheets and a rerun gives identical sheets; a user's own sheet with an output or registry
 * name is refused with nothing changed; a failure at each write step (temporary sheets, swap,
 * registry) leaves the previous outputs exactly as they were and no temporary sheet behind; text
 * that looks like a formula stays text; charts are replaced together with their sheet. Each host's
 * test file calls `testWorkbookPort` with a fixture over its fake (or the memory port).
 */
import { describe, expect, it } from 'vitest';
import {
  isPedmonitorError,
  isTemporaryName,
  planRun,
  REGISTRY_SHEET,
  runOnPort,
  EXAMPLE_ORGANIZATION_TAB,
  SHEET,
  templatePlan,
  WRITE_STEPS,
  type CellValue,
  type MaybePromise,
  type OutputSheet,
  type RunPlan,
  type SheetData,
  type WorkbookPort,
  type WriteStep,
} from '../../core/index';

/** A sheet as a user sees it, values as text so every host compares alike. */
export interface SheetView {
  readonly name: string;
  readonly hidden: boolean;
  readonly values: string[][];
  /** Cells holding a formula (none of the program's cells ever should). */
  readonly formulas: number;
  /** Titles of the charts drawn on the sheet, sorted. */
  readonly charts: string[];
  /** The charts as the host holds them (type, ranges, position, options…) without ids, so a rerun and a failed run are compared in full. */
  readonly chartData: unknown[];
}

export interface PortFixture {
  /** A port over the workbook as it is now. */
  port(): WorkbookPort;
  /** A port over the same workbook whose next write fails once, at this step. */
  failingPort(step: WriteStep): WorkbookPort;
  /** Every sheet, in tab order, as a user could see it. */
  view(): MaybePromise<SheetView[]>;
}

export interface ContractOptions {
  /** Makes a workbook holding these sheets (dates as Excel serial numbers). */
  readonly make: (sheets: readonly SheetData[]) => MaybePromise<PortFixture>;
  /** Whether the host draws the outputs' charts. */
  readonly charts: boolean;
}

export const TODAY = new Date(Date.UTC(2024, 5, 15));

/** A cell as text, the same for every host: empty cells '', numbers in JavaScript's notation. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Values as text, without trailing empty cells and rows. */
export function textGrid(values: readonly (readonly unknown[])[]): string[][] {
  const rows = values.map((r) => {
    const row = r.map(cellText);
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    return row;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

const HEADER = ['ФИО', 'Должность', 'Категория работника', 'Предмет', 'Дата рождения', 'Педагогический стаж', 'Региональная диагностика', 'ПК за период', 'ИОМ ЦНППМ'];
const POSITIONS = ['учитель', 'учитель', 'учитель', 'педагог-психолог', 'заместитель директора'];
const SUBJECTS = ['математика', 'русский язык', 'физика', 'история'];
/** Values a spreadsheet would take for formulas if written carelessly. */
export const FORMULA_LIKE = ['=СУММ(A1:A3)', '+7 (912) 000', '-не знаю-', '@мероприятие', '=1+1'];

/** One organisation tab; `tricky` puts formula-like text in a yes/no column (it reaches `Проверка данных`). */
export function rosterTab(name: string, index: number, rows: number, tricky = false): SheetData {
  const values: CellValue[][] = [HEADER];
  for (let r = 0; r < rows; r++) {
    const k = index * 31 + r;
    const position = POSITIONS[k % POSITIONS.length]!;
    values.push([
      `Работник ${index}-${r} Тестович`,
      position,
      position.startsWith('заместитель') ? 'управленческий' : 'педагогический',
      position === 'учитель' ? SUBJECTS[k % SUBJECTS.length]! : '',
      25569 + 365 * (1 + (k % 40)) + (k % 200), // an Excel serial date, 1971…2010
      k % 30,
      tricky && r < FORMULA_LIKE.length ? FORMULA_LIKE[r]! : k % 3 === 0 ? 'да' : 'нет',
      k % 2 === 0 ? 'да' : 'нет',
      k % 5 === 0 ? 'да' : 'нет',
    ]);
  }
  return { name, values };
}

export function contractWorkbook(): SheetData[] {
  return [
    { name: SHEET.settings, values: [['Параметр', 'Значение'], ['Набор показателей', 'alapaevsk-2024'], ['Отчётный период', '2023-2024']] },
    rosterTab('МАОУ СОШ №1', 0, 14),
    rosterTab('МАДОУ детский сад №2', 1, 9),
  ];
}

const plan = (sheets: readonly SheetData[]): RunPlan => planRun(sheets, { today: TODAY });

/** The error of an action, sync or async (a synchronous port throws before any promise exists). */
async function rejection(action: () => MaybePromise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail');
}

async function runOn(port: WorkbookPort): Promise<RunPlan> {
  return runOnPort(port, { today: TODAY });
}

function outputView(views: readonly SheetView[], out: OutputSheet): SheetView {
  const view = views.find((v) => v.name === out.name);
  if (!view) throw new Error(`no sheet ${out.name}`);
  return view;
}

export function testWorkbookPort(name: string, options: ContractOptions): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    it('reads every sheet in tab order, the values the core reads, and owns nothing yet', async () => {
      const sheets = contractWorkbook();
      const f = await options.make(sheets);
      const snapshot = await f.port().read();
      expect(snapshot.names).toEqual(sheets.map((s) => s.name));
      const roster = snapshot.sheets.find((s) => s.name === 'МАОУ СОШ №1')!;
      expect(textGrid(roster.values)).toEqual(textGrid(sheets[1]!.values));
      expect([...snapshot.owned]).toEqual([]);
    });

    it("writes the run's outputs beside the user's sheets: exact values, registry hidden, user sheets unchanged", async () => {
      const sheets = contractWorkbook();
      const f = await options.make(sheets);
      const expected = plan(sheets);
      await runOn(f.port());
      const views = await f.view();
      expect(views.map((v) => v.name)).toEqual([...sheets.map((s) => s.name), ...expected.outputs.map((o) => o.name), REGISTRY_SHEET]);
      for (const s of sheets) expect(textGrid(views.find((v) => v.name === s.name)!.values)).toEqual(textGrid(s.values));
      for (const out of expected.outputs) {
        const view = outputView(views, out);
        expect(view.hidden, out.name).toBe(false);
        expect(view.values, out.name).toEqual(textGrid(out.values));
      }
      expect(views.find((v) => v.name === REGISTRY_SHEET)!.hidden).toBe(true);
      const snapshot = await f.port().read();
      expect([...snapshot.owned].sort()).toEqual(expected.outputs.map((o) => o.name).sort());
    });

    it('a rerun on unchanged data gives identical sheets', async () => {
      const f = await options.make(contractWorkbook());
      await runOn(f.port());
      const first = await f.view();
      await runOn(f.port());
      expect(await f.view()).toEqual(first);
    });

    it("refuses a user's own sheet with an output name, before anything is written", async () => {
      const sheets = [...contractWorkbook(), { name: SHEET.indicators, values: [['мои заметки', 42]] }];
      const f = await options.make(sheets);
      const before = await f.view();
      const error = await rejection(() => runOn(f.port()));
      expect(isPedmonitorError(error) && error.code).toBe('output-sheet-taken');
      expect((error as Error).message).toContain(`«${SHEET.indicators}»`);
      expect(await f.view()).toEqual(before);
      // The port refuses on its own too, whatever plan it is handed.
      const port = f.port();
      await port.read();
      const direct = await rejection(() => port.write(plan(contractWorkbook())));
      expect(isPedmonitorError(direct) && direct.code).toBe('output-sheet-taken');
      expect(await f.view()).toEqual(before);
    });

    it("refuses a user's own sheet named like the registry", async () => {
      const sheets = [...contractWorkbook(), { name: REGISTRY_SHEET, values: [['мой служебный лист']] }];
      const f = await options.make(sheets);
      const before = await f.view();
      const error = await rejection(() => runOn(f.port()));
      expect(isPedmonitorError(error) && error.code).toBe('output-sheet-taken');
      expect((error as Error).message).toContain(`«${REGISTRY_SHEET}»`);
      expect(await f.view()).toEqual(before);
    });

    for (const step of WRITE_STEPS) {
      it(`a failure at the ${step} step leaves the previous outputs intact and no temporary sheet`, async () => {
        const sheets = contractWorkbook();
        const f = await options.make(sheets);
        await runOn(f.port());
        const before = await f.view();
        // New data, so a successful rerun would change the outputs: the failing run must not.
        const port = f.failingPort(step);
        const snapshot = await port.read();
        const changed = planRun([...snapshot.sheets, rosterTab('МАОУ СОШ №99', 5, 6)], { today: TODAY });
        await rejection(() => port.write(changed));
        const after = await f.view();
        expect(after.filter((v) => isTemporaryName(v.name))).toEqual([]);
        expect(after).toEqual(before);
      });
    }

    it('text that looks like a formula is written as text', async () => {
      const sheets = [...contractWorkbook(), rosterTab('=Школа', 3, 8, true)];
      const f = await options.make(sheets);
      const expected = plan(sheets);
      await runOn(f.port());
      const views = await f.view();
      const problems = outputView(views, expected.outputs.find((o) => o.name === SHEET.problems)!);
      const texts = problems.values.flat();
      for (const v of FORMULA_LIKE) expect(texts).toContain(v);
      expect(texts).toContain('=Школа');
      expect(views.map((v) => [v.name, v.formulas])).toEqual(views.map((v) => [v.name, 0]));
    });

    it('adds template sheets after the last sheet and leaves every existing sheet as it was', async () => {
      const f = await options.make(contractWorkbook());
      const before = await f.view();
      const plan = templatePlan(before.map((v) => ({ name: v.name, empty: v.values.length === 0 })), TODAY);
      expect(plan.add.map((t) => t.name)).toEqual(expect.arrayContaining([SHEET.organizations, SHEET.municipality]));
      expect(plan.add.map((t) => t.name)).not.toContain(EXAMPLE_ORGANIZATION_TAB);
      await f.port().addTemplate(plan.add);
      const after = await f.view();
      expect(after.slice(0, before.length)).toEqual(before);
      // A host may keep a hidden `_` sheet of its own beside them (Excel: long drop-down lists).
      const added = after.slice(before.length).filter((v) => !(v.hidden && v.name.startsWith('_')));
      expect(added.map((v) => [v.name, v.hidden, v.values])).toEqual(plan.add.map((t) => [t.name, false, textGrid(t.rows)]));
    });

    it(options.charts ? 'charts are replaced together with their sheet' : 'draws no charts (this host has none yet)', async () => {
      const f = await options.make(contractWorkbook());
      const expected = plan(contractWorkbook());
      await runOn(f.port());
      await runOn(f.port());
      const views = await f.view();
      const charted = expected.outputs.filter((o) => (o.charts ?? []).length > 0);
      expect(charted.length).toBeGreaterThan(0);
      for (const out of expected.outputs) {
        const want = options.charts ? (out.charts ?? []).map((c) => c.title).sort() : [];
        expect(outputView(views, out).charts, out.name).toEqual(want);
      }
      expect(views.filter((v) => !expected.outputs.some((o) => o.name === v.name)).flatMap((v) => v.charts)).toEqual([]);
    });
  });
}
