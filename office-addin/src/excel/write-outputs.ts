/**
 * Writes a run's output sheets safely. Everything is first written into hidden temporary sheets
 * (values with their number formats — text cells get '@' before their values, so "=…" stays
 * text —, then fills, fonts, widths and wrap), in as few syncs as the 5 MB request budget allows. Only then, in one sync, the previous outputs are renamed away and hidden, the
 * temporaries take their names and places, and the veryHidden `_pedmonitor` registry is updated;
 * the next sync deletes the previous outputs. If anything fails before that, the temporaries are
 * deleted and the previous outputs are restored untouched. View and print settings come last, in
 * a sync of their own on the sheets now visible: frozen panes (freezing a hidden sheet fails on
 * some Excel 2019/LTSC builds, office-js issues 2196 and 1463, never fixed there) and, where this
 * Excel has ExcelApi 1.9 (print-setup.ts), print setup, AutoFilter and page breaks; a view
 * setting must not cost the results — its failure is a warning in WriteStats, not an error. The
 * opening sheet («Сводка») is activated at the very end of that sync: freezing panes makes the
 * frozen sheet the active one (office-js issue 3148), so an earlier activate() would be undone.
 * Only sheets the registry lists are ever renamed or deleted.
 *
 * A run cut short from outside (the browser closed, Excel crashed) cannot clean up after itself,
 * so before creating its temporaries a run records its id in the registry's column B, in the
 * same request and ahead of them; the next run deletes hidden `_pedmonitor_new_<id>_<n>` and
 * `_pedmonitor_old_<id>_<n>` sheets only for ids recorded there — sheets it can prove are its own
 * — and clears the record when it finishes.
 */
import {
  columnLetter,
  BACKUP_PREFIX,
  backupName,
  cellText,
  openingSheet,
  parseLeftover,
  readRegistry,
  registryGrid,
  REGISTRY_SHEET,
  RUN_ID,
  TEMP_PREFIX,
  temporaryName,
  TONE_STYLES,
  writeRefusal,
  type OutputPlan,
  type OutputSheet,
  type SheetGrid,
} from '../../../core/index';
import { PENDING_HEADER, TEXT } from '../messages';
import { addChart, chartBytes } from './charts';
import { describeOfficeError, writeFailed } from './errors';
import type { XlRequestContext, XlWorksheet } from './office-api';
import { hasPrintSettings, printCommands, queuePrintSetup } from './print-setup';
import type { SheetInfo, WorkbookSnapshot } from './read-workbook';
import { COMMAND_BYTES, jsonBytes, pixelsToPoints, styleCommands, SYNC_BUDGET_BYTES, toneRects, valueBlocks } from './write-plan';

export { BACKUP_PREFIX, TEMP_PREFIX };
export { PENDING_HEADER };

/** Ids of runs recorded in the registry's column B (written by runs that may not have finished). */
export function pendingRuns(registry: SheetGrid | undefined): string[] {
  const out: string[] = [];
  if (!registry || cellText(registry[1]?.[1]) !== PENDING_HEADER) return out;
  for (let r = 2; r < registry.length; r++) {
    const id = cellText(registry[r]?.[1]);
    if (RUN_ID.test(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** A registry grid with run ids recorded in column B (none: the grid as it is). */
export function withPending(grid: readonly (readonly string[])[], ids: readonly string[]): string[][] {
  if (ids.length === 0) return grid.map((r) => [...r]);
  const rows = Math.max(grid.length, ids.length + 2);
  return Array.from({ length: rows }, (_, r) => [grid[r]?.[0] ?? '', r === 1 ? PENDING_HEADER : r >= 2 ? ids[r - 2] ?? '' : '']);
}

/** Temporaries and backups of interrupted runs whose ids the registry records: provably ours. */
export function leftoverSheets(infos: readonly SheetInfo[], pending: readonly string[]): { info: SheetInfo; kind: 'new' | 'old' }[] {
  return infos.flatMap((info) => {
    const leftover = parseLeftover(info.name);
    return leftover && pending.includes(leftover.runId) ? [{ info, kind: leftover.kind }] : [];
  });
}

export interface WriteProgress {
  readonly part: number;
  readonly parts: number;
  readonly rows: number;
}

export interface WriteOptions {
  /** Request budget per sync; defaults to SYNC_BUDGET_BYTES (under the 5 MB limit). */
  readonly budgetBytes?: number;
  /** Distinguishes this run's temporary sheets; random when not given. */
  readonly runId?: string;
  readonly onProgress?: (p: WriteProgress) => void;
  /** Sheet to activate when done («Сводка», else «Показатели», by default; null: leave the selection). */
  readonly activate?: string | null;
  /**
   * This Excel has ExcelApi 1.9 (`isSetSupported`): set print setup, AutoFilter and page breaks.
   * Default false: an Excel with only the manifest's ExcelApi 1.8 would refuse them.
   */
  readonly printSetup?: boolean;
}

export interface WriteStats {
  /** Estimated request size of each sync of the writing phase, swap and clean-up included. */
  readonly syncBytes: number[];
  /** What did not work but cost nothing of the results (frozen panes, print setup), in Russian. */
  readonly warnings: string[];
  /** Whether print setup and filters were set (false: this Excel lacks ExcelApi 1.9, or it failed). */
  readonly printApplied: boolean;
}

interface Command {
  readonly bytes: number;
  readonly rows: number;
  queue(): void;
}

export async function writeOutputs(
  context: XlRequestContext,
  snapshot: WorkbookSnapshot,
  plan: OutputPlan,
  options: WriteOptions = {},
): Promise<WriteStats> {
  const registryValues = snapshot.sheets.find((s) => s.name === REGISTRY_SHEET)?.values;
  const created = readRegistry(registryValues);
  // The core's one rule: nothing but the registry and the sheets it lists is ever replaced.
  const refused = writeRefusal({ names: snapshot.infos.map((i) => i.name), sheets: snapshot.sheets, owned: created }, plan);
  if (refused) throw refused;
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const registryInfo = snapshot.infos.find((i) => i.name === REGISTRY_SHEET);
  const worksheets = context.workbook.worksheets;
  const pendingBefore = pendingRuns(registryValues);
  const leftovers = leftoverSheets(snapshot.infos, pendingBefore);
  const runId = options.runId ?? freshRunId(snapshot.infos, pendingBefore);
  const newPrefix = temporaryName(runId, 0).slice(0, -1);
  const oldPrefix = backupName(runId, 0).slice(0, -1);
  const pending = [...pendingBefore.filter((id) => id !== runId), runId];
  // The registry exactly as it was, to put back if the run fails.
  const registryBefore = registryInfo ? gridOfStrings(registryValues ?? []) : null;
  let registryAdded = false;
  const registrySheet = (): XlWorksheet => {
    if (registryInfo) return worksheets.getItem(registryInfo.id);
    if (registryAdded) return worksheets.getItem(REGISTRY_SHEET);
    registryAdded = true;
    return worksheets.add(REGISTRY_SHEET);
  };

  // The previous output each new one replaces: the registry-listed sheet of the same name (Excel
  // compares names case-insensitively); writeRefusal has stopped the run for any unlisted one.
  const previous: (SheetInfo | null)[] = plan.outputs.map(
    (o) => snapshot.infos.find((i) => i.name.toLowerCase() === o.name.toLowerCase() && created.has(i.name)) ?? null,
  );

  const temps: XlWorksheet[] = [];
  // First, in the same request as the first temporary and ahead of it: this run's id in the
  // registry, and the temporaries of interrupted runs deleted.
  const mark: Command = {
    bytes: registryBytes(withPending(registryGrid(created), pending)) + COMMAND_BYTES * leftovers.length,
    rows: 0,
    queue: () => {
      queueRegistry(registrySheet(), withPending(registryBefore ?? registryGrid(created), pending));
      for (const l of leftovers) if (l.kind === 'new') worksheets.getItem(l.info.id).delete();
    },
  };
  const commands = [
    mark,
    ...plan.outputs.flatMap((sheet, i) =>
      sheetCommands(sheet, budget, () => temps[i]!, () => {
        const ws = worksheets.add(`${newPrefix}${i}`);
        ws.visibility = 'Hidden';
        ws.load('id');
        temps[i] = ws;
      }),
    ),
  ];
  const groups = groupByBudget(commands, budget);
  const syncBytes: number[] = [];
  try {
    let part = 0;
    for (const group of groups) {
      for (const c of group) c.queue();
      await context.sync();
      syncBytes.push(group.reduce((n, c) => n + c.bytes, 0));
      part++;
      options.onProgress?.({ part, parts: groups.length, rows: group.reduce((n, c) => n + c.rows, 0) });
    }

    const olds = previous.map((info) => (info ? worksheets.getItem(info.id) : null));
    olds.forEach((ws, i) => {
      if (ws) ws.name = `${oldPrefix}${i}`;
    });
    plan.outputs.forEach((sheet, i) => {
      const ws = temps[i]!;
      ws.name = sheet.name;
      ws.visibility = 'Visible';
    });
    // Each new sheet goes just before the one it replaces; taken in tab order, every insertion
    // shifts the later previous outputs one place to the right.
    previous
      .map((info, i) => ({ info, i }))
      .filter((x): x is { info: SheetInfo; i: number } => x.info !== null)
      .sort((a, b) => a.info.position - b.info.position)
      .forEach(({ info, i }, shift) => {
        temps[i]!.position = info.position + shift;
      });
    olds.forEach((ws) => {
      if (ws) ws.visibility = 'Hidden';
    });
    // The ids stay recorded until the backups are deleted.
    const registry = registrySheet();
    const bytes = queueRegistry(registry, withPending(plan.registry, pending));
    // A registry created by this run (in the first request) goes after the outputs, to the end.
    if (!registryInfo) registry.position = snapshot.infos.length - leftovers.filter((l) => l.kind === 'new').length + plan.outputs.length;
    await context.sync();
    syncBytes.push(bytes + COMMAND_BYTES * 5 * plan.outputs.length);
  } catch (e) {
    const clean = await rollback(context, {
      newPrefix,
      oldPrefix,
      tempIds: temps.map(loadedId).filter((id): id is string => id !== null),
      previous,
      registry: { info: registryInfo, grid: registryBefore },
    });
    const detail = describeOfficeError(e);
    throw writeFailed(clean ? TEXT.writeFailed(detail) : TEXT.writeFailedDirty(detail), e);
  }

  // View and print settings of the visible outputs, applied after the swap (see the top comment).
  const printSetup = options.printSetup === true;
  const viewed = plan.outputs.filter((o) => o.frozenRows > 0 || o.frozenColumns > 0 || (printSetup && hasPrintSettings(o)));
  const opening = options.activate === undefined ? openingSheet(plan.outputs.map((o) => o.name)) : options.activate;

  try {
    previous.forEach((info) => {
      if (info) worksheets.getItem(info.id).delete();
    });
    for (const l of leftovers) if (l.kind === 'old') worksheets.getItem(l.info.id).delete();
    const bytes = queueRegistry(registrySheet(), plan.registry);
    // Nothing to freeze or set up afterwards: the opening sheet is activated here.
    if (opening && viewed.length === 0) worksheets.getItem(opening).activate();
    await context.sync();
    syncBytes.push(bytes + COMMAND_BYTES * (plan.outputs.length + leftovers.length + 1));
  } catch (e) {
    throw writeFailed(TEXT.cleanupFailed(describeOfficeError(e)), e);
  }

  const warnings: string[] = [];
  let printApplied = false;
  if (viewed.length > 0) {
    try {
      let commands = 1;
      for (const sheet of viewed) {
        const ws = worksheets.getItem(sheet.name);
        freeze(ws, sheet);
        if (printSetup) queuePrintSetup(ws, sheet);
        commands += 2 + (printSetup ? printCommands(sheet) : 0);
      }
      // Last: the frozen sheets have each become the active one on the way (office-js issue 3148).
      if (opening) worksheets.getItem(opening).activate();
      await context.sync();
      syncBytes.push(COMMAND_BYTES * commands);
      printApplied = printSetup;
    } catch (e) {
      warnings.push(TEXT.viewFailed(viewed.map((o) => o.name), describeOfficeError(e), printSetup));
      if (opening) {
        try {
          worksheets.getItem(opening).activate();
          await context.sync();
        } catch {
          // Which sheet is shown is a convenience; the warning above already says what failed.
        }
      }
    }
  }
  return { syncBytes, warnings, printApplied };
}

/** A run id that no recorded run and no sheet uses yet. */
function freshRunId(infos: readonly SheetInfo[], pending: readonly string[]): string {
  for (;;) {
    const id = Math.random().toString(36).slice(2, 6);
    if (RUN_ID.test(id) && !pending.includes(id) && !infos.some((i) => i.name.startsWith(`${TEMP_PREFIX}${id}_`) || i.name.startsWith(`${BACKUP_PREFIX}${id}_`))) return id;
  }
}

function gridOfStrings(grid: SheetGrid): string[][] {
  return grid.map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))));
}

/** Commands writing one output into its temporary sheet, in order: create, values, styles, layout, charts. */
function sheetCommands(sheet: OutputSheet, budget: number, ws: () => XlWorksheet, create: () => void): Command[] {
  const out: Command[] = [{ bytes: COMMAND_BYTES * 3 + jsonBytes(sheet.name), rows: 0, queue: create }];
  const width = sheet.columnWidths.length;
  for (const block of valueBlocks(sheet, budget / 2)) {
    out.push({
      bytes: block.bytes,
      rows: block.values.length,
      queue: () => {
        const range = ws().getRangeByIndexes(block.row, 0, block.values.length, width);
        range.numberFormat = block.formats; // '@' before the values: "=…" stays text
        range.values = block.values;
      },
    });
  }
  for (const rect of toneRects(sheet)) {
    const style = TONE_STYLES[rect.tone];
    out.push({
      bytes: COMMAND_BYTES * (1 + styleCommands(rect.tone)),
      rows: 0,
      queue: () => {
        const range = ws().getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns);
        if (style.background) range.format.fill.color = style.background;
        if (style.font) range.format.font.color = style.font;
        if (style.bold) range.format.font.bold = true;
      },
    });
  }
  const rows = Math.max(sheet.values.length, 1);
  out.push({
    bytes: COMMAND_BYTES * 2 * (width + sheet.wrapColumns.length + 2),
    rows: 0,
    queue: () => {
      const sheetWs = ws();
      sheet.columnWidths.forEach((px, c) => {
        sheetWs.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pixelsToPoints(px);
      });
      for (const c of sheet.wrapColumns) sheetWs.getRangeByIndexes(0, c, rows, 1).format.wrapText = true;
      // Rows as tall as their wrapped text: Excel measures it itself (ExcelApi 1.2).
      if (sheet.rowHeights) sheetWs.getRangeByIndexes(0, 0, rows, width).format.autofitRows();
    },
  });
  // Charts (issue 8) over the values just written, in the same syncs as the rest of the sheet.
  for (const spec of sheet.charts ?? []) out.push({ bytes: chartBytes(spec), rows: 0, queue: () => void addChart(ws(), spec) });
  return out;
}

/** Queues an output's frozen header rows and columns (a view setting: only on a visible sheet). */
function freeze(ws: XlWorksheet, sheet: OutputSheet): void {
  if (sheet.frozenRows > 0 && sheet.frozenColumns > 0) ws.freezePanes.freezeAt(`A1:${columnLetter(sheet.frozenColumns - 1)}${sheet.frozenRows}`);
  else if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  else if (sheet.frozenColumns > 0) ws.freezePanes.freezeColumns(sheet.frozenColumns);
}


/** Consecutive commands grouped so that each group's estimated size stays within the budget. */
export function groupByBudget<T extends { readonly bytes: number }>(commands: readonly T[], budget: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const c of commands) {
    if (group.length > 0 && bytes + c.bytes > budget) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(c);
    bytes += c.bytes;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Queues the registry's new content into its sheet (veryHidden); returns the estimated size. */
function queueRegistry(ws: XlWorksheet, grid: readonly (readonly string[])[]): number {
  ws.getRange().clear();
  ws.visibility = 'VeryHidden';
  const width = Math.max(1, ...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  if (values.length === 0) return COMMAND_BYTES * 2;
  const range = ws.getRangeByIndexes(0, 0, values.length, width);
  range.numberFormat = values.map((r) => r.map(() => '@'));
  range.values = values;
  return registryBytes(values);
}

function registryBytes(grid: readonly (readonly string[])[]): number {
  return jsonBytes(grid) * 2 + COMMAND_BYTES * 5;
}

function loadedId(ws: XlWorksheet | undefined): string | null {
  if (!ws) return null;
  try {
    return ws.id;
  } catch {
    return null; // the sync that created it failed before its id came back
  }
}

/**
 * Puts the workbook back as it was: deletes this run's temporaries (by id, or by their temporary
 * name), gives the previous outputs back their names and visibility, and the registry its
 * previous content (or deletes it if this run created it). Returns false when the clean-up itself
 * failed; the run's id then stays recorded in the registry, so the next run deletes what is left.
 */
async function rollback(
  context: XlRequestContext,
  state: {
    readonly newPrefix: string;
    readonly oldPrefix: string;
    readonly tempIds: readonly string[];
    readonly previous: readonly (SheetInfo | null)[];
    readonly registry: { readonly info: SheetInfo | undefined; readonly grid: string[][] | null };
  },
): Promise<boolean> {
  try {
    const collection = context.workbook.worksheets;
    collection.load('items/id,items/name');
    await context.sync();
    const ids = new Set(state.tempIds);
    for (const ws of collection.items) {
      if (ids.has(ws.id) || ws.name.startsWith(state.newPrefix)) ws.delete();
    }
    for (const ws of collection.items) {
      if (!ws.name.startsWith(state.oldPrefix)) continue;
      const info = state.previous[Number(ws.name.slice(state.oldPrefix.length))];
      if (!info) continue;
      ws.name = info.name;
      ws.visibility = info.visibility;
    }
    if (state.registry.info && state.registry.grid) {
      queueRegistry(collection.getItem(state.registry.info.id), state.registry.grid);
    } else if (!state.registry.info) {
      const added = collection.items.find((ws) => ws.name === REGISTRY_SHEET);
      if (added) {
        // Excel refuses to delete a VeryHidden sheet (InvalidOperation; Worksheet.delete docs,
        // office-js issue 365 "by design"): make it merely hidden first, in the same request.
        added.visibility = 'Hidden';
        added.delete();
      }
    }
    await context.sync();
    return true;
  } catch {
    return false; // reported to the user as "temporary sheets may remain"
  }
}
