/**
 * Finds a sheet's header row and maps its columns to fields (workbook.md §1.1): the first row
 * among the first 10 that names the required columns; forgiving matching through fields.ts.
 */
import { type CellValue, type SheetGrid } from '../cells';
import { matchHeader, type RosterFieldKey } from '../fields';
import { compactText, normalizeText } from '../text';

export const HEADER_SEARCH_ROWS = 10;

export interface RosterHeader {
  /** 0-based index of the header row (its first row when the header has two). */
  readonly rowIndex: number;
  /** 0-based index of the first row that may hold a person: under the header's last row. */
  readonly dataStart: number;
  /** Column index of each known field found. */
  readonly columns: ReadonlyMap<RosterFieldKey, number>;
  /** Header text as written, by column index (for messages). */
  readonly labels: ReadonlyMap<number, string>;
  /** Known fields named by more than one column: the first column is used. */
  readonly duplicates: readonly { readonly field: RosterFieldKey; readonly column: number }[];
  /** 0-based index of a column-numbering row («1 2 3 …») right under the header, skipped; else null. */
  readonly numberingRow: number | null;
}

/** Fewest numbered cells that make a row a column-numbering row rather than data. */
const NUMBERING_MIN_CELLS = 3;

/**
 * Russian forms often number their columns in the row under the header («1 | 2 | 3 | …»). Such a
 * row holds only whole numbers, at least three, each one more than the one before it, left to
 * right; a worker's row always has a name and a position in it, so it can never look like this.
 */
export function isColumnNumbering(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let previous: number | null = null;
  let count = 0;
  for (const cell of row) {
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue;
    const n = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d{1,3}\s*$/.test(cell) ? Number(cell) : NaN;
    if (!Number.isInteger(n) || (previous !== null && n !== previous + 1)) return false;
    previous = n;
    count++;
  }
  return count >= NUMBERING_MIN_CELLS;
}

/** The header as found, with a numbering row under it (if any) moved out of the data. */
function withNumbering(grid: SheetGrid, found: Omit<RosterHeader, 'numberingRow'>): RosterHeader {
  return isColumnNumbering(grid[found.dataStart]) ? { ...found, dataStart: found.dataStart + 1, numberingRow: found.dataStart } : { ...found, numberingRow: null };
}

function headerText(cell: CellValue): string {
  return typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell);
}

/** A header cell's label (spaces folded) and the field it names. */
export interface HeaderCell {
  readonly label: string;
  readonly field: RosterFieldKey | undefined;
}

/**
 * Header cells already read in this read of a workbook, by their text. Every tab repeats the same
 * column names (a thousand tabs, fifty columns each), so each distinct text is folded and matched
 * once; both are pure functions of the text. Kept for one read only (cell-parsers.ts holds it).
 */
export type HeaderCells = Map<string, HeaderCell>;

function headerCell(text: string, known: HeaderCells): HeaderCell {
  let cell = known.get(text);
  if (cell === undefined) {
    cell = { label: text.replace(/\s+/g, ' ').trim(), field: matchHeader(text) };
    known.set(text, cell);
  }
  return cell;
}

/** Known columns, labels and duplicates of one row of names. */
function nameColumns(names: readonly string[], known: HeaderCells): Pick<RosterHeader, 'columns' | 'labels' | 'duplicates'> {
  const columns = new Map<RosterFieldKey, number>();
  const labels = new Map<number, string>();
  const duplicates: { field: RosterFieldKey; column: number }[] = [];
  for (let c = 0; c < names.length; c++) {
    const text = names[c]!;
    if (text.trim() === '') continue;
    const { label, field } = headerCell(text, known);
    labels.set(c, label);
    if (!field) continue;
    if (columns.has(field)) duplicates.push({ field, column: c });
    else columns.set(field, c);
  }
  return { columns, labels, duplicates };
}

/**
 * The roster header: the first row among the first 10 containing both ФИО and Должность. The row
 * under it is the header's second row (a group caption merged over the columns above, workbook.md
 * §1.1) when its ФИО cell is empty and one of its cells names a known column; each column is then
 * named by the second row where it has text, else by the first. Hosts give merged text in the
 * top-left cell only, so a caption merged over several columns names the first of them alone, and
 * ФИО merged down over both rows leaves the second row's ФИО cell empty.
 */
export function findRosterHeader(grid: SheetGrid, known: HeaderCells = new Map()): RosterHeader | null {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid[r] ?? [];
    const first = Array.from(row, headerText);
    const found = nameColumns(first, known);
    if (!found.columns.has('fio') || !found.columns.has('position')) continue;
    const next = grid[r + 1] ?? [];
    const fio = found.columns.get('fio')!;
    const second = Array.from(next, headerText);
    if (headerText(next[fio]).trim() === '' && second.some((t) => t.trim() !== '' && matchHeader(t) !== undefined)) {
      const names = Array.from({ length: Math.max(first.length, second.length) }, (_, c) => ((second[c] ?? '').trim() !== '' ? second[c]! : (first[c] ?? '')));
      const combined = nameColumns(names, known);
      if (combined.columns.has('fio') && combined.columns.has('position')) return withNumbering(grid, { rowIndex: r, dataStart: r + 2, ...combined });
    }
    return withNumbering(grid, { rowIndex: r, dataStart: r + 1, ...found });
  }
  return null;
}

/** A two-or-more-column table header found by its normalised names (for `Организации` etc.). */
export function findTableHeader(
  grid: SheetGrid,
  required: readonly string[],
): { rowIndex: number; indexOf: (name: string) => number | undefined } | null {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid[r] ?? [];
    const index = new Map<string, number>();
    row.forEach((cell, c) => {
      const text = headerText(cell);
      for (const key of [normalizeText(text), compactText(text)]) if (key && !index.has(key)) index.set(key, c);
    });
    const indexOf = (name: string): number | undefined => index.get(normalizeText(name)) ?? index.get(compactText(name));
    if (required.every((name) => indexOf(name) !== undefined)) return { rowIndex: r, indexOf };
  }
  return null;
}
