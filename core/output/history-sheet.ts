/**
 * `История` as an output sheet: a plain table with a header row (easy to filter or pivot), one
 * row per period × criterion × organisation and the municipal total.
 */
import { HISTORY_HEADER, type HistoryRow } from '../history/history';
import { SHEET } from '../read/workbook';
import { SheetBuilder, type OutputSheet } from './table';
import { NO, YES } from '../texts/ru/workbook';

export function buildHistorySheet(rows: readonly HistoryRow[]): OutputSheet {
  const b = new SheetBuilder(SHEET.history, [100, 130, 80, 320, 220, 90, 100, 90, 150, 110, 130]);
  b.row([...HISTORY_HEADER], 'header');
  for (const row of rows) b.rowOf(hasBoolean(row) ? row.map((v) => (typeof v === 'boolean' ? (v ? YES : NO) : v)) : row);
  return b.build({ frozenRows: 1, frozenColumns: 0, wrapColumns: [], filterHeaderRow: 0, orientation: 'portrait' });
}

function hasBoolean(row: HistoryRow): boolean {
  for (const v of row) if (typeof v === 'boolean') return true;
  return false;
}
