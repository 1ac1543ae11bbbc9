/**
 * One OutputSheet (core/output/table.ts) onto a fresh sheet with a fixed number of calls whatever
 * its size: number formats first — so text such as "1.2" or "=SUM(A1)" in '@' cells stays text —
 * then one setValues, then colours, weights, wrapping, column widths and frozen panes, each as one
 * batched call (widths as one call per run of equal widths), rows fitted to their wrapped text,
 * the filter of a long table; last, its charts (charts.ts). Apps Script has no print settings:
 * printing from Google Sheets takes the layout from its own print dialog.
 */
import { TONE_STYLES, type OutputSheet, type Tone } from '../core/index';
import { insertCharts } from './charts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const DEFAULT_FONT = '#000000';

export function renderOutput(sheet: Sheet, out: OutputSheet): void {
  const rows = out.values.length;
  const cols = out.columnWidths.length;
  // A new sheet's grid size is not documented; growing it from row/column 1 fits any output
  // without reading the size back (a read here would force a flush between writes).
  sheet.insertRowsAfter(1, rows);
  sheet.insertColumnsAfter(1, cols);
  const range = sheet.getRange(1, 1, rows, cols);
  range.setNumberFormats(out.formats.map((r) => [...r]));
  range.setValues(out.values.map((r) => r.map((v) => (v === null ? '' : v))));
  range.setBackgrounds(mapTones(out.tones, (t) => (t ? TONE_STYLES[t].background : null)));
  range.setFontColors(mapTones(out.tones, (t) => (t ? TONE_STYLES[t].font ?? DEFAULT_FONT : DEFAULT_FONT)));
  range.setFontWeights(mapTones(out.tones, (t) => (t && TONE_STYLES[t].bold ? 'bold' : 'normal')));
  range.setVerticalAlignment('top');
  // One call per run of adjacent wrapped columns: the count stays fixed however many organisations.
  for (const run of columnRuns(out.wrapColumns)) sheet.getRange(1, run.start + 1, rows, run.count).setWrap(true);
  for (const run of widthRuns(out.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, run.width);
  sheet.setFrozenRows(out.frozenRows);
  sheet.setFrozenColumns(out.frozenColumns);
  // Row heights: Google Sheets fits the rows to their wrapped text itself, in one call (the
  // core's heights, out.rowHeights, are what a host without such a call sets row by row).
  if (out.rowHeights && rows > 0) sheet.autoResizeRows(1, rows);
  if (out.filter) {
    const f = out.filter;
    sheet.getRange(f.row + 1, f.column + 1, f.rowCount, f.columnCount).createFilter();
  }
  if (out.charts) insertCharts(sheet, out.charts); // one insertChart per chart (issue 8)
}

function mapTones<T>(tones: OutputSheet['tones'], f: (t: Tone | null) => T): T[][] {
  return tones.map((r) => r.map(f));
}

/** Runs of adjacent column indexes: [1, 2, 3, 6, 7] → 1×3 and 6×2. */
export function columnRuns(columns: readonly number[]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (const c of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === c) last.count++;
    else runs.push({ start: c, count: 1 });
  }
  return runs;
}

/** Consecutive columns of equal width, so widths take one call per run, not per column. */
export function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i) last.count++;
    else runs.push({ start: i, count: 1, width });
  });
  return runs;
}
