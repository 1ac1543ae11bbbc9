/**
 * A workbook held in memory, behind the same WorkbookPort as the hosts: the default port of the
 * core's own tests and the reference the shared contract suite is checked against first. It keeps
 * what a user could see of each sheet (name, order, hidden or not, values, charts) and writes the
 * way the hosts do — temporaries, swap, registry, then the previous outputs deleted — so an
 * observer called before each step (`onStep`) can fail a write exactly where a host could fail.
 */
import type { CellValue, SheetData } from './cells';
import { readRegistry, REGISTRY_SHEET } from './output/ownership';
import type { OutValue } from './output/table';
import { backupName, isTemporaryName, previousOutput, temporaryName, writeRefusal } from './port-rules';
import type { OutputPlan, WorkbookPort, WorkbookSnapshot, WriteStep } from './port';
import type { TemplateSheet } from './template';

export interface MemorySheet {
  name: string;
  hidden: boolean;
  values: CellValue[][];
  /** Titles of the charts drawn on the sheet. */
  charts: string[];
}

export interface MemoryPortOptions {
  /** Called before each write step, per sheet; throwing fails the write there. */
  readonly onStep?: (step: WriteStep, sheet: string) => void;
}

/** A workbook of these sheets, all visible, without charts: what memoryPort works on. */
export function memoryWorkbook(initial: readonly SheetData[] = []): MemorySheet[] {
  return initial.map((s) => ({ name: s.name, hidden: false, values: copyGrid(s.values), charts: [] }));
}

let runs = 0;

/** A port over the sheets (changed in place; several ports may share one workbook). */
export function memoryPort(sheets: MemorySheet[], options: MemoryPortOptions = {}): WorkbookPort {
  const byName = (name: string): MemorySheet | undefined => sheets.find((s) => s.name === name);

  const read = (): WorkbookSnapshot => {
    const registry = byName(REGISTRY_SHEET);
    return {
      names: sheets.map((s) => s.name),
      sheets: sheets.filter((s) => !s.name.startsWith('_') || s.name.toLowerCase() === REGISTRY_SHEET).map((s) => ({ name: s.name, values: copyGrid(s.values) })),
      owned: readRegistry(registry?.values),
    };
  };

  const write = (plan: OutputPlan): void => {
    const before = read();
    const refused = writeRefusal(before, plan);
    if (refused) throw refused;
    const saved = sheets.map((s) => ({ ...s, values: copyGrid(s.values), charts: [...s.charts] }));
    const runId = (++runs).toString(36);
    const step = (name: WriteStep, sheet: string): void => options.onStep?.(name, sheet);
    try {
      // Left-overs of an interrupted run are the program's own: hidden temporaries and backups.
      for (let i = sheets.length - 1; i >= 0; i--) if (sheets[i]!.hidden && isTemporaryName(sheets[i]!.name)) sheets.splice(i, 1);
      const temps = plan.outputs.map((out, k) => {
        step('temporary', out.name);
        const sheet: MemorySheet = { name: temporaryName(runId, k), hidden: true, values: out.values.map((r) => r.map(cellOf)), charts: (out.charts ?? []).map((c) => c.title) };
        sheets.push(sheet);
        return sheet;
      });
      const backups: MemorySheet[] = [];
      plan.outputs.forEach((out, k) => {
        step('swap', out.name);
        const previous = previousOutput(sheets.map((s) => s.name), out.name, before.owned);
        const temp = temps[k]!;
        sheets.splice(sheets.indexOf(temp), 1);
        if (previous) {
          const old = byName(previous)!;
          old.name = backupName(runId, k);
          old.hidden = true;
          backups.push(old);
          sheets.splice(sheets.indexOf(old), 0, temp);
        } else {
          const registryAt = sheets.findIndex((s) => s.name === REGISTRY_SHEET);
          sheets.splice(registryAt < 0 ? sheets.length : registryAt, 0, temp);
        }
        temp.name = out.name;
        temp.hidden = false;
      });
      step('registry', REGISTRY_SHEET);
      const registry = byName(REGISTRY_SHEET);
      const grid = plan.registry.map((r) => [...r]);
      if (registry) registry.values = grid;
      else sheets.push({ name: REGISTRY_SHEET, hidden: true, values: grid, charts: [] });
      for (const old of backups) sheets.splice(sheets.indexOf(old), 1);
    } catch (e) {
      sheets.splice(0, sheets.length, ...saved);
      throw e;
    }
  };

  const addTemplate = (templates: readonly TemplateSheet[]): void => {
    for (const t of templates) {
      if (sheets.some((s) => s.name.toLowerCase() === t.name.toLowerCase())) continue;
      sheets.push({ name: t.name, hidden: false, values: t.rows.map((r) => [...r]), charts: [] });
    }
  };

  return { read, write, addTemplate };
}

function copyGrid(grid: readonly (readonly CellValue[])[]): CellValue[][] {
  return grid.map((r) => [...r]);
}

function cellOf(v: OutValue): CellValue {
  return v;
}
