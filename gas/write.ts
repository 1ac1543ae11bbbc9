/**
 * The write phase, built so that a failure anywhere leaves the previous outputs as they were:
 *  1. delete temporaries an interrupted earlier run left behind (hidden, marked);
 *  2. render every output into a new hidden, marked temporary sheet;
 *  3. swap: rename each old output aside, give its temporary the real name, show it and move it
 *     to the old one's place; then rewrite the registry `_pedmonitor`;
 *  4. only then delete the old outputs.
 * An error in 1–3 deletes the temporaries, renames the old outputs back and rethrows, so the
 * user sees exactly the previous results. Only the write calls of this file touch the document
 * after reading: sheet positions are tracked in memory instead of being read back.
 */
import { backupName, openingSheet, REGISTRY_SHEET, temporaryName, type OutputPlan, type OutputSheet } from '../core/index';
import { now, type TimeBudget } from './budget';
import { TEXT } from './messages';
import { addMarker } from './ownership';
import type { SheetEntry, WorkbookRead } from './read';
import { renderOutput } from './render';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Temporary {
  readonly output: OutputSheet;
  readonly sheet: Sheet;
  readonly tmpName: string;
}

export type WriteProgress = (sheetsDone: number, sheetsTotal: number, sheetName: string) => void;

/** Writes the plan's outputs and registry; returns the names written. */
export function writeOutputs(ss: Spreadsheet, book: WorkbookRead, plan: OutputPlan, budget: TimeBudget, onSheet: WriteProgress): string[] {
  const stamp = now().toString(36);
  const order = book.entries.map((e) => e.name);
  const temps: Temporary[] = [];
  try {
    for (const stale of book.stale) {
      ss.deleteSheet(stale.sheet);
      order.splice(order.indexOf(stale.name), 1);
    }
    let longest = 0;
    plan.outputs.forEach((output, k) => {
      budget.beforePhase(TEXT.beforeSheet(output.name), longest * 1.5);
      onSheet(k, plan.outputs.length, output.name);
      const started = now();
      const tmpName = temporaryName(stamp, k);
      const sheet = ss.insertSheet(tmpName, order.length);
      order.push(tmpName);
      temps.push({ output, sheet, tmpName });
      // Marked first: a run killed right after this leaves a temporary the next run can prove is ours.
      addMarker(sheet);
      sheet.hideSheet();
      renderOutput(sheet, output);
      longest = Math.max(longest, now() - started);
    });
    budget.beforeSwap();
  } catch (e) {
    if (!discard(ss, temps, book.activeSheet)) throw new DirtyWriteError(e);
    throw e;
  }
  const olds = swap(ss, book, plan, temps, order, stamp);
  for (const old of olds) {
    try {
      ss.deleteSheet(old);
    } catch {
      // The new results are in place; a marked `_pedmonitor_old_` sheet left over is deleted by the next run.
      try {
        old.hideSheet();
      } catch {
        /* nothing more to do */
      }
    }
  }
  const outputNames = new Set(plan.outputs.map((o) => o.name));
  for (const entry of book.adopt) if (!outputNames.has(entry.name)) addMarker(entry.sheet);
  onSheet(plan.outputs.length, plan.outputs.length, '');
  // The workbook opens on «Сводка» (else «Показатели», else the first output).
  const openingName = openingSheet(plan.outputs.map((o) => o.name));
  const opening = temps.find((t) => t.output.name === openingName);
  if (opening) ss.setActiveSheet(opening.sheet);
  return plan.outputs.map((o) => o.name);
}

/** Step 3; returns the old outputs to delete. Undoes itself on failure. */
function swap(ss: Spreadsheet, book: WorkbookRead, plan: OutputPlan, temps: readonly Temporary[], order: string[], stamp: string): Sheet[] {
  const renamed: { sheet: Sheet; name: string }[] = [];
  let newRegistry: Sheet | null = null;
  try {
    temps.forEach((t, k) => {
      const old = findOld(book, t.output.name);
      let oldName = '';
      if (old) {
        oldName = backupName(stamp, k);
        old.sheet.setName(oldName);
        renamed.push({ sheet: old.sheet, name: old.name });
        order[order.indexOf(old.name)] = oldName;
      }
      t.sheet.setName(t.output.name);
      order[order.indexOf(t.tmpName)] = t.output.name;
      t.sheet.showSheet();
      if (old) {
        const position = order.indexOf(oldName);
        ss.setActiveSheet(t.sheet);
        ss.moveActiveSheet(position + 1);
        order.splice(order.indexOf(t.output.name), 1);
        order.splice(position, 0, t.output.name);
      }
    });
    newRegistry = writeRegistry(ss, book, plan.registry, order);
  } catch (e) {
    let clean = discard(ss, temps, null);
    if (newRegistry) clean = quietly(() => ss.deleteSheet(newRegistry as Sheet)) && clean;
    for (const r of renamed.reverse()) clean = quietly(() => r.sheet.setName(r.name)) && clean;
    restoreActive(ss, book.activeSheet);
    if (!clean) throw new DirtyWriteError(e);
    throw e;
  }
  return renamed.map((r) => r.sheet);
}

function findOld(book: WorkbookRead, name: string): SheetEntry | undefined {
  const key = name.toLowerCase();
  return book.entries.find((e) => e.name.toLowerCase() === key && book.owned.has(e.name));
}

/** Rewrites the registry with one setValues (padded over its previous height); returns the sheet if it was created now. */
function writeRegistry(ss: Spreadsheet, book: WorkbookRead, grid: readonly (readonly string[])[], order: string[]): Sheet | null {
  let sheet = book.registry?.sheet ?? null;
  let created: Sheet | null = null;
  if (!sheet) {
    sheet = ss.insertSheet(REGISTRY_SHEET, order.length);
    created = sheet;
    order.push(REGISTRY_SHEET);
    sheet.hideSheet();
    addMarker(sheet);
  } else if (!book.registry?.marked) {
    addMarker(sheet);
  }
  const height = Math.max(grid.length, book.registry?.height ?? 0);
  const values: string[][] = [];
  for (let r = 0; r < height; r++) values.push([grid[r]?.[0] ?? '']);
  const range = sheet.getRange(1, 1, height, 1);
  range.setNumberFormats(values.map(() => ['@']));
  range.setValues(values);
  return created;
}

/** Deletes this run's temporaries; false if one of them could not be deleted. */
function discard(ss: Spreadsheet, temps: readonly Temporary[], active: Sheet | null): boolean {
  let clean = true;
  for (const t of temps) clean = quietly(() => ss.deleteSheet(t.sheet)) && clean;
  if (active) restoreActive(ss, active);
  return clean;
}

function restoreActive(ss: Spreadsheet, active: Sheet | null): void {
  if (active) quietly(() => ss.setActiveSheet(active));
}

/** Clean-up after a failure must not hide the failure itself; returns whether it worked. */
function quietly(action: () => void): boolean {
  try {
    action();
    return true;
  } catch {
    return false; // the original error is what the user needs to see
  }
}

/**
 * A write failed and so did part of its clean-up: some marked temporaries (or renamed previous
 * outputs) are still in the spreadsheet. The user is told so; the next run deletes the marked
 * temporaries itself (read.ts, `stale`).
 */
export class DirtyWriteError extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
  }
}
