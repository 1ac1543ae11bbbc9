/**
 * Google Sheets holds at most 10 million cells per spreadsheet, counting every cell of every
 * sheet's grid, empty or not. A run adds its output sheets as temporaries next to the previous
 * outputs until the swap, so before writing anything it checks that the spreadsheet stays under
 * the limit at that peak; otherwise it stops with a message and changes nothing (Google would
 * refuse a write half-way, long after the first temporary sheet was made).
 */
import { formatNumber, pedmonitorError, type RunPlan } from '../core/index';
import { TEXT } from './messages';
import type { WorkbookRead } from './read';

export const SPREADSHEET_CELL_LIMIT = 10_000_000;
/** The grid of a sheet made by insertSheet, which render.ts then grows by the output's size. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Cells the spreadsheet will hold at the peak of the write: stale temporaries deleted, every new temporary made. */
export function cellsAtPeak(book: Pick<WorkbookRead, 'cells' | 'staleCells' | 'registry'>, plan: Pick<RunPlan, 'outputs'>): { existing: number; added: number; total: number } {
  const existing = book.cells - book.staleCells;
  let added = book.registry ? 0 : NEW_SHEET_ROWS * NEW_SHEET_COLUMNS;
  for (const out of plan.outputs) added += (NEW_SHEET_ROWS + out.values.length) * (NEW_SHEET_COLUMNS + out.columnWidths.length);
  return { existing, added, total: existing + added };
}

/** Throws PedmonitorError('cell-limit') when writing the outputs would pass Google's limit. */
export function assertCellLimit(book: Pick<WorkbookRead, 'cells' | 'staleCells' | 'registry'>, plan: Pick<RunPlan, 'outputs'>): void {
  const peak = cellsAtPeak(book, plan);
  if (peak.total > SPREADSHEET_CELL_LIMIT) {
    throw pedmonitorError('cell-limit', TEXT.cellLimit(formatNumber(peak.existing, 0), formatNumber(peak.added, 0), formatNumber(SPREADSHEET_CELL_LIMIT, 0)));
  }
}
