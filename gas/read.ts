/**
 * The read phase: every sheet's values in one batch — getSheets(), then per sheet its name and one
 * getDataRange().getValues() — plus the ownership markers of the few sheets that matter. Nothing
 * per row or per cell, and all of it before the first write, so Apps Script never has to flush
 * between a read and a write. `_` sheets other than the registry are the program's own or
 * technical and the core never reads them, so their values are not fetched (a sheet named like
 * the registry in another case is read, so that the core refuses it with a clear message). The
 * grid size of every sheet is read too: Google Sheets counts every cell of every grid against
 * its 10 million cell limit, which the run checks before writing (cell-limit.ts).
 */
import { isRegistryGrid, isReservedSheetName, isTemporaryName, REGISTRY_SHEET, registryGrid, type CellValue, type SheetData } from '../core/index';
import { normalizeDates } from './dates';
import { hasMarker, ownedNames } from './ownership';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetEntry {
  readonly sheet: Sheet;
  readonly name: string;
}

export interface RegistryEntry {
  readonly sheet: Sheet;
  readonly height: number;
  readonly marked: boolean;
}

export interface WorkbookRead {
  /** Every sheet in tab order. */
  readonly entries: readonly SheetEntry[];
  /** What planRun gets: every sheet's values, the registry narrowed to the sheets we own. */
  readonly sheets: readonly SheetData[];
  readonly registry: RegistryEntry | null;
  /** Output names the program may replace. */
  readonly owned: ReadonlySet<string>;
  /** Left-over temporaries of an interrupted run (marked), to delete before writing. */
  readonly stale: readonly SheetEntry[];
  /** Sheets listed by a registry of another host, to mark once this host rewrites the registry. */
  readonly adopt: readonly SheetEntry[];
  readonly activeSheet: Sheet | null;
  readonly tabsRead: number;
  readonly rowsRead: number;
  /** Cells of every sheet's grid (rows × columns, empty ones included), and of the stale temporaries among them. */
  readonly cells: number;
  readonly staleCells: number;
}

export type ReadProgress = (tabsDone: number, tabsTotal: number, rowsRead: number) => void;

export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, today: Date, onProgress: ReadProgress): WorkbookRead {
  const all = ss.getSheets();
  const entries: SheetEntry[] = all.map((sheet) => ({ sheet, name: sheet.getName() }));
  const toRead = entries.filter((e) => !e.name.startsWith('_') || e.name.toLowerCase() === REGISTRY_SHEET);
  const gridCells = entries.map((e) => e.sheet.getMaxRows() * e.sheet.getMaxColumns());
  const grids = new Map<string, CellValue[][]>();
  let rows = 0;
  let done = 0;
  onProgress(0, toRead.length, 0);
  for (const e of toRead) {
    const values: CellValue[][] = e.sheet.getDataRange().getValues();
    grids.set(e.name, values);
    if (!isReservedSheetName(e.name)) rows += values.length;
    onProgress(++done, toRead.length, rows);
  }
  normalizeDates([...grids.values()], ss.getSpreadsheetTimeZone(), today);

  const registryEntry = entries.find((e) => e.name === REGISTRY_SHEET);
  const registryValues = grids.get(REGISTRY_SHEET);
  const registryMarked = registryEntry ? hasMarker(registryEntry.sheet) : false;
  // A `_pedmonitor` that is neither marked nor a registry is a user's sheet: the core is given its
  // real content and refuses to run (registryTakenError), so nothing is written over it.
  const registryOurs = registryMarked || (registryValues !== undefined && isRegistryGrid(registryValues));
  const listed = ownedNames(registryValues, false, new Set());
  const marked = new Set<string>();
  const stale: SheetEntry[] = [];
  for (const e of entries) {
    const temporary = isTemporaryName(e.name);
    if (!temporary && !listed.has(e.name)) continue;
    if (!hasMarker(e.sheet)) continue;
    marked.add(e.name);
    if (temporary) stale.push(e);
  }
  const owned = ownedNames(registryValues, registryMarked, marked);
  const adopt = registryMarked ? [] : entries.filter((e) => owned.has(e.name) && !marked.has(e.name));

  const sheets: SheetData[] = entries.map((e) => {
    if (e.name === REGISTRY_SHEET && registryOurs) return { name: e.name, values: registryGrid(owned) };
    return { name: e.name, values: grids.get(e.name) ?? [] };
  });
  return {
    entries,
    sheets,
    registry: registryEntry ? { sheet: registryEntry.sheet, height: registryValues?.length ?? 0, marked: registryMarked } : null,
    owned,
    stale,
    adopt,
    activeSheet: ss.getActiveSheet(),
    tabsRead: toRead.length,
    rowsRead: rows,
    cells: gridCells.reduce((a, b) => a + b, 0),
    staleCells: stale.reduce((n, e) => n + (gridCells[entries.indexOf(e)] ?? 0), 0),
  };
}
