/**
 * Reads the workbook for a run: the list of worksheets, then every worksheet's used range in ONE
 * context.sync, whatever the number of tabs or rows. Values are placed at their real row and
 * column (the used range may start at C5), so row numbers in `Проверка данных` match what the user
 * sees. Two limits make that one read fail for a large workbook: Excel on the web refuses a
 * response over 5 MB, and on every platform a range is limited to five million cells for get
 * operations (Excel then fails the request or, in recent builds, returns `values` as null). In
 * either case the sheets concerned are read again in row blocks of a few thousand cells, a block
 * split again whenever it is still too large.
 */
import { pedmonitorError, REGISTRY_SHEET, type CellValue, type SheetData } from '../../../core/index';
import { TEXT } from '../messages';
import { isPayloadLimitError, officeErrorCode } from './errors';
import type { XlRange, XlRequestContext, XlWorksheet } from './office-api';

export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly position: number;
}

export interface WorkbookSnapshot {
  /** Every worksheet, in tab order, hidden ones included. */
  readonly infos: readonly SheetInfo[];
  /** Values of the sheets the core reads: all but `_` sheets, plus the registry. */
  readonly sheets: readonly SheetData[];
}

/** Cells per range request and per sync in the fallback (about 2–3 MB of typical cells). */
const FALLBACK_CELLS_PER_RANGE = 20_000;
const FALLBACK_CELLS_PER_SYNC = 60_000;

/** Sheets the core reads: all but `_` sheets, plus the registry (and a sheet named like it in another case, which the core refuses). */
export function isReadSheet(name: string): boolean {
  return !name.startsWith('_') || name.toLowerCase() === REGISTRY_SHEET;
}

export async function readWorkbook(context: XlRequestContext): Promise<WorkbookSnapshot> {
  const collection = context.workbook.worksheets;
  collection.load('items/id,items/name,items/visibility,items/position');
  await context.sync();
  const items = collection.items;
  const infos = items.map((ws) => ({ id: ws.id, name: ws.name, visibility: ws.visibility, position: ws.position }));
  const wanted = items.filter((ws) => isReadSheet(ws.name));

  const ranges = wanted.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('values,rowIndex,columnIndex');
    return range;
  });
  try {
    await context.sync();
  } catch (e) {
    // Over 5 MB (Excel on the web) or over five million cells (any Excel, whose error code for it
    // is not documented): read in blocks. Another failure fails the block read too, and surfaces.
    if (!isPayloadLimitError(e) && officeErrorCode(e) === null) throw e;
    return { infos, sheets: await readInBlocks(context, wanted) };
  }
  // A range over the cell limit may come back without its values: read those sheets in blocks.
  const partial = wanted.filter((_, i) => !ranges[i]!.isNullObject && !Array.isArray(ranges[i]!.values));
  const blocks = partial.length > 0 ? await readInBlocks(context, partial) : [];
  const sheets = wanted.map((ws, i) => {
    const range = ranges[i]!;
    const again = blocks[partial.indexOf(ws)];
    if (again) return again;
    return {
      name: ws.name,
      values: range.isNullObject ? [] : placeAt(range.values, range.rowIndex, range.columnIndex),
    };
  });
  return { infos, sheets };
}

/** A grid with `rows` placed at (rowIndex, columnIndex): empty rows above, empty cells to the left. */
export function placeAt(rows: readonly (readonly CellValue[])[], rowIndex: number, columnIndex: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) out.push([]);
  const pad: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
  for (const row of rows) out.push(columnIndex === 0 ? [...row] : [...pad, ...row]);
  return out;
}

interface Block {
  readonly sheet: number;
  readonly ws: XlWorksheet;
  /** First row of the block, relative to the used range. */
  readonly from: number;
  readonly count: number;
  readonly columnIndex: number;
  readonly rowIndex: number;
  readonly columns: number;
}

async function readInBlocks(context: XlRequestContext, wanted: readonly XlWorksheet[]): Promise<SheetData[]> {
  const used = wanted.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  await context.sync();
  const grids: CellValue[][][] = wanted.map(() => []);
  const blocks: Block[] = [];
  used.forEach((range, sheet) => {
    if (range.isNullObject) return;
    grids[sheet] = placeAt([], range.rowIndex, 0);
    const rowsPerBlock = Math.max(1, Math.floor(FALLBACK_CELLS_PER_RANGE / range.columnCount));
    for (let from = 0; from < range.rowCount; from += rowsPerBlock) {
      blocks.push({
        sheet,
        ws: wanted[sheet]!,
        from,
        count: Math.min(rowsPerBlock, range.rowCount - from),
        rowIndex: range.rowIndex,
        columnIndex: range.columnIndex,
        columns: range.columnCount,
      });
    }
  });
  let group: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    if (group.length > 0 && cells + block.count * block.columns > FALLBACK_CELLS_PER_SYNC) {
      await loadBlocks(context, group, grids);
      group = [];
      cells = 0;
    }
    group.push(block);
    cells += block.count * block.columns;
  }
  if (group.length > 0) await loadBlocks(context, group, grids);
  return wanted.map((ws, i) => ({ name: ws.name, values: grids[i]! }));
}

/** Loads a group of blocks in one sync; halves the group (or the block) while Excel refuses it. */
async function loadBlocks(context: XlRequestContext, group: readonly Block[], grids: CellValue[][][]): Promise<void> {
  const ranges: XlRange[] = group.map((b) => {
    const range = b.ws.getRangeByIndexes(b.rowIndex + b.from, b.columnIndex, b.count, b.columns);
    range.load('values');
    return range;
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      await loadBlocks(context, group.slice(0, half), grids);
      await loadBlocks(context, group.slice(half), grids);
      return;
    }
    const b = group[0]!;
    // The core has no 'read-failed' code yet; nothing has been written at this point.
    if (b.count === 1) throw pedmonitorError('read-failed', TEXT.payloadTooLarge, e);
    const half = Math.ceil(b.count / 2);
    await loadBlocks(context, [{ ...b, count: half }, { ...b, from: b.from + half, count: b.count - half }], grids);
    return;
  }
  group.forEach((b, i) => {
    const grid = grids[b.sheet]!;
    const pad: CellValue[] = new Array<CellValue>(b.columnIndex).fill(null);
    ranges[i]!.values.forEach((row, r) => {
      grid[b.rowIndex + b.from + r] = b.columnIndex === 0 ? [...row] : [...pad, ...row];
    });
  });
}
