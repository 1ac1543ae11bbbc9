/**
 * Writes an ExampleWorkbook (generate.ts) to an .xlsx file with ExcelJS, laid out the way a
 * methodologist would expect to receive it: bold, frozen header rows, readable column widths,
 * dates shown as ДД.ММ.ГГГГ. Workbook properties (creator, created, modified) are fixed so that
 * regenerating the example gives the same cell contents and metadata every time; only the zip
 * container's own timestamps may differ.
 */
import ExcelJS from 'exceljs';
import type { ExampleCell, ExampleSheet, ExampleWorkbook } from './generate';

const FIXED_DATE = new Date(Date.UTC(2024, 5, 1));
const MIN_WIDTH = 8;
const MAX_WIDTH = 40;
/** Long headers wrap instead of widening the column beyond this. */
const HEADER_WIDTH = 18;

const isBlank = (v: ExampleCell | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The header row: the first row (among the first 10) with at least two filled cells; a title row has one. */
function headerRowIndex(sheet: ExampleSheet): number {
  const limit = Math.min(10, sheet.rows.length);
  for (let i = 0; i < limit; i++) {
    if (sheet.rows[i].filter((v) => !isBlank(v)).length >= 2) return i;
  }
  return 0;
}

function displayLength(v: ExampleCell): number {
  if (v === null) return 0;
  if (v instanceof Date) return 10;
  if (typeof v === 'boolean') return 6;
  return String(v).length;
}

function columnWidths(sheet: ExampleSheet, header: number): number[] {
  const count = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const widths: number[] = [];
  for (let c = 0; c < count; c++) {
    let width = MIN_WIDTH;
    sheet.rows.forEach((row, i) => {
      if (i < header) return; // a title row spans the columns, it does not size them
      const len = displayLength(row[c] ?? null);
      width = Math.max(width, i === header ? Math.min(len, HEADER_WIDTH) : len);
    });
    widths.push(Math.min(MAX_WIDTH, width + 2));
  }
  return widths;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: ExampleSheet): void {
  const header = headerRowIndex(sheet);
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: header + 1 }] });
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === null) return;
      const cell = row.getCell(c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
    });
    if (r < header) row.font = { bold: true, size: 12 };
    if (r === header) {
      row.font = { bold: true };
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  });
  columnWidths(sheet, header).forEach((width, c) => {
    ws.getColumn(c + 1).width = width;
  });
}

/** Writes `wb` to `file` (overwriting it). */
export async function writeExampleXlsx(wb: ExampleWorkbook, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pedmonitor';
  workbook.lastModifiedBy = 'pedmonitor';
  workbook.created = new Date(FIXED_DATE.getTime());
  workbook.modified = new Date(FIXED_DATE.getTime());
  for (const sheet of wb.sheets) addSheet(workbook, sheet);
  await workbook.xlsx.writeFile(file);
}
