/**
 * Writes a run's output sheets safely. Everything is first written into hidden temporary sheets
 * (values with their number formats — text cells get '@' before their values, so "=…" stays
 * text —, then fills, fonts, widths, wrap and frozen panes), in as few syncs as the 5 MB request
 * budget allows. Only then, in one sync, the previous outputs are renamed away and hidden, the
 * temporaries take their names and places, and the veryHidden `_pedmonitor` registry is updated;
 * the next sync deletes the previous outputs. If anything fails before that, the temporaries are
 * deleted and the previous outputs are restored untouched. Only sheets the registry lists are
 * ever renamed or deleted.
 */
import {
  checkOutputOwnership,
  pedmonitorError,
  readRegistry,
  registryGrid,
  REGISTRY_SHEET,
  TONE_STYLES,
  type OutputSheet,
} from '../../../core/index';
import { normalizeText } from '../../../core/text';
import { TEXT } from '../messages';
import { describeOfficeError, writeFailed } from './errors';
import type { XlRequestContext, XlWorksheet } from './port';
import type { SheetInfo, WorkbookSnapshot } from './read-workbook';
import { COMMAND_BYTES, jsonBytes, pixelsToPoints, styleCommands, SYNC_BUDGET_BYTES, toneRects, valueBlocks } from './write-plan';

export const TEMP_PREFIX = '_pedmonitor_new_';
export const BACKUP_PREFIX = '_pedmonitor_old_';

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
  /** Sheet to activate when done (the first output by default; null: leave the selection). */
  readonly activate?: string | null;
}

export interface WriteStats {
  /** Estimated request size of each sync of the writing phase, swap and clean-up included. */
  readonly syncBytes: number[];
}

interface Command {
  readonly bytes: number;
  readonly rows: number;
  queue(): void;
}

/** Throws, before anything is written, when `_pedmonitor` exists but is not the program's registry. */
export function assertRegistryOurs(snapshot: WorkbookSnapshot): void {
  const sheet = snapshot.sheets.find((s) => s.name === REGISTRY_SHEET);
  if (!sheet) return;
  const title = registryGrid([])[0]![0];
  const first = sheet.values.find((row) => row.some((v) => v !== null && v !== undefined && v !== ''));
  if (first !== undefined && first[0] !== title) throw pedmonitorError('output-sheet-taken', TEXT.registryTaken(REGISTRY_SHEET));
}

export async function writeOutputs(
  context: XlRequestContext,
  snapshot: WorkbookSnapshot,
  plan: { readonly outputs: readonly OutputSheet[]; readonly registry: readonly (readonly string[])[] },
  options: WriteOptions = {},
): Promise<WriteStats> {
  assertRegistryOurs(snapshot);
  const budget = options.budgetBytes ?? SYNC_BUDGET_BYTES;
  const runId = options.runId ?? Math.random().toString(36).slice(2, 6);
  const newPrefix = `${TEMP_PREFIX}${runId}_`;
  const oldPrefix = `${BACKUP_PREFIX}${runId}_`;
  const created = readRegistry(snapshot.sheets.find((s) => s.name === REGISTRY_SHEET)?.values);
  const registryInfo = snapshot.infos.find((i) => i.name === REGISTRY_SHEET);
  const worksheets = context.workbook.worksheets;

  // The previous output each new one replaces: same name (Excel compares names case-insensitively)
  // and listed in the registry. planRun has already stopped the run for any unlisted one.
  const conflict = checkOutputOwnership(snapshot.infos.map((i) => i.name), plan.outputs.map((o) => o.name), created);
  if (conflict) throw conflict;
  const previous: (SheetInfo | null)[] = plan.outputs.map(
    (o) => snapshot.infos.find((i) => normalizeText(i.name) === normalizeText(o.name)) ?? null,
  );

  const temps: XlWorksheet[] = [];
  const commands = plan.outputs.flatMap((sheet, i) =>
    sheetCommands(sheet, budget, () => temps[i]!, () => {
      const ws = worksheets.add(`${newPrefix}${i}`);
      ws.visibility = 'Hidden';
      ws.load('id');
      temps[i] = ws;
    }),
  );
  const groups = groupByBudget(commands, budget);
  const syncBytes: number[] = [];
  let swapStarted = false;
  try {
    let part = 0;
    for (const group of groups) {
      for (const c of group) c.queue();
      await context.sync();
      syncBytes.push(group.reduce((n, c) => n + c.bytes, 0));
      part++;
      options.onProgress?.({ part, parts: groups.length, rows: group.reduce((n, c) => n + c.rows, 0) });
    }

    swapStarted = true;
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
    const registryBytes = queueRegistry(context, registryInfo, plan.registry);
    await context.sync();
    syncBytes.push(registryBytes + COMMAND_BYTES * 5 * plan.outputs.length);
  } catch (e) {
    const clean = await rollback(context, {
      newPrefix,
      oldPrefix,
      tempIds: temps.map(loadedId).filter((id): id is string => id !== null),
      previous,
      registry: swapStarted ? { info: registryInfo, grid: registryGrid(created) } : null,
    });
    const detail = describeOfficeError(e);
    throw writeFailed(clean ? TEXT.writeFailed(detail) : TEXT.writeFailedDirty(detail), e);
  }

  try {
    previous.forEach((info) => {
      if (info) worksheets.getItem(info.id).delete();
    });
    const activate = options.activate === undefined ? plan.outputs[0]?.name ?? null : options.activate;
    if (activate) worksheets.getItem(activate).activate();
    await context.sync();
    syncBytes.push(COMMAND_BYTES * (plan.outputs.length + 1));
  } catch (e) {
    throw writeFailed(TEXT.cleanupFailed(describeOfficeError(e)), e);
  }
  return { syncBytes };
}

/** Commands writing one output into its temporary sheet, in order: create, values, styles, layout. */
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
    bytes: COMMAND_BYTES * 2 * (width + sheet.wrapColumns.length + 1),
    rows: 0,
    queue: () => {
      const sheetWs = ws();
      sheet.columnWidths.forEach((px, c) => {
        sheetWs.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pixelsToPoints(px);
      });
      for (const c of sheet.wrapColumns) sheetWs.getRangeByIndexes(0, c, rows, 1).format.wrapText = true;
      if (sheet.frozenRows > 0 && sheet.frozenColumns > 0) {
        sheetWs.freezePanes.freezeAt(`A1:${columnName(sheet.frozenColumns - 1)}${sheet.frozenRows}`);
      } else if (sheet.frozenRows > 0) sheetWs.freezePanes.freezeRows(sheet.frozenRows);
      else if (sheet.frozenColumns > 0) sheetWs.freezePanes.freezeColumns(sheet.frozenColumns);
    },
  });
  return out;
}

function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
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

/** Queues the registry's new content (created veryHidden if missing); returns the estimated size. */
function queueRegistry(context: XlRequestContext, info: SheetInfo | undefined, grid: readonly (readonly string[])[]): number {
  const worksheets = context.workbook.worksheets;
  let ws: XlWorksheet;
  if (info) {
    ws = worksheets.getItem(info.id);
    ws.getRange().clear();
  } else {
    ws = worksheets.add(REGISTRY_SHEET);
  }
  ws.visibility = 'VeryHidden';
  const width = Math.max(1, ...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const range = ws.getRangeByIndexes(0, 0, values.length, width);
  range.numberFormat = values.map((r) => r.map(() => '@'));
  range.values = values;
  return jsonBytes(values) * 2 + COMMAND_BYTES * 5;
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
 * name), gives the previous outputs back their names and visibility and, if the swap had begun,
 * the registry its previous content. Returns false when the clean-up itself failed.
 */
async function rollback(
  context: XlRequestContext,
  state: {
    readonly newPrefix: string;
    readonly oldPrefix: string;
    readonly tempIds: readonly string[];
    readonly previous: readonly (SheetInfo | null)[];
    readonly registry: { readonly info: SheetInfo | undefined; readonly grid: string[][] } | null;
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
    if (state.registry) {
      if (state.registry.info) queueRegistry(context, state.registry.info, state.registry.grid);
      else {
        const added = collection.items.find((ws) => ws.name === REGISTRY_SHEET);
        if (added) added.delete();
      }
    }
    await context.sync();
    return true;
  } catch {
    return false; // reported to the user as "temporary sheets may remain"
  }
}
