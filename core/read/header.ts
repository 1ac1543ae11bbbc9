/**
 * Finds a sheet's header row and maps its columns to fields (workbook.md §1.1): the first row
 * among the first 10 that names the required columns; forgiving matching through fields.ts.
 */
import { type CellValue, type SheetGrid } from '../cells';
import { matchHeader, type RosterFieldKey } from '../fields';
import { compactText, normalizeText } from '../text';

export const HEADER_SEARCH_ROWS = 10;

export interface RosterHeader {
  /** 0-based index of the header row. */
  readonly rowIndex: number;
  /** Column index of each known field found. */
  readonly columns: ReadonlyMap<RosterFieldKey, number>;
  /** Header text as written, by column index (for messages). */
  readonly labels: ReadonlyMap<number, string>;
  /** Known fields named by more than one column: the first column is used. */
  readonly duplicates: readonly { readonly field: RosterFieldKey; readonly column: number }[];
}

function headerText(cell: CellValue): string {
  return typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell);
}

/** The roster header: the first row among the first 10 containing both ФИО and Должность. */
export function findRosterHeader(grid: SheetGrid): RosterHeader | null {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid[r] ?? [];
    const columns = new Map<RosterFieldKey, number>();
    const labels = new Map<number, string>();
    const duplicates: { field: RosterFieldKey; column: number }[] = [];
    for (let c = 0; c < row.length; c++) {
      const text = headerText(row[c]);
      if (text.trim() === '') continue;
      labels.set(c, text.replace(/\s+/g, ' ').trim());
      const field = matchHeader(text);
      if (!field) continue;
      if (columns.has(field)) duplicates.push({ field, column: c });
      else columns.set(field, c);
    }
    if (columns.has('fio') && columns.has('position')) return { rowIndex: r, columns, labels, duplicates };
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
