/**
 * The command line's former .xlsx reader, kept for the benchmark's baseline (and as a second,
 * independent reading in tests): loads a workbook with ExcelJS and turns every
 * worksheet (in tab order, hidden ones included, so the `_pedmonitor` registry is seen) into the
 * core's only input type, SheetData, unwrapping ExcelJS's rich cell values into the plain values
 * Apps Script and Office.js would give. Also tells a real .xlsx from a renamed .xls or .csv.
 */
import ExcelJS from 'exceljs';
import { pedmonitorError, type CellValue, type SheetData } from '../../core/index';
import { CLI_MSG } from '../../cli/messages';

export interface LoadedWorkbook {
  /** The ExcelJS workbook, kept to write the input's sheets back with the outputs. */
  readonly workbook: ExcelJS.Workbook;
  readonly sheets: SheetData[];
}

/** ZIP local file header: every .xlsx starts with it. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: .xls (Excel 97–2003) and password-protected .xlsx. */
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, signature: readonly number[]): boolean =>
  data.length >= signature.length && signature.every((b, i) => data[i] === b);

/**
 * Loads .xlsx bytes. `label` names the file in messages. Throws a PedmonitorError `not-xlsx`
 * for anything that is not a readable .xlsx workbook.
 */
export async function loadXlsx(data: Buffer, label: string): Promise<LoadedWorkbook> {
  if (startsWith(data, OLE2_SIGNATURE)) throw pedmonitorError('not-xlsx', CLI_MSG.xlsOld(label));
  if (!startsWith(data, ZIP_SIGNATURE)) throw pedmonitorError('not-xlsx', CLI_MSG.notXlsx(label));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (e) {
    throw pedmonitorError('not-xlsx', CLI_MSG.brokenXlsx(label), e);
  }
  // A .docx or another ZIP loads without error but has no worksheets.
  if (workbook.worksheets.length === 0) throw pedmonitorError('not-xlsx', CLI_MSG.brokenXlsx(label));
  return { workbook, sheets: sheetsOf(workbook) };
}

/** Every worksheet, in tab order, as SheetData. */
export function sheetsOf(workbook: ExcelJS.Workbook): SheetData[] {
  return workbook.worksheets.map((ws) => ({ name: ws.name, values: gridOf(ws) }));
}

/**
 * A worksheet's values: grid[r][c] is row r + 1, column c + 1, so the core's row numbers are the
 * ones the user sees. Each row is dense up to its last used column; empty rows are []; trailing
 * empty rows are dropped.
 */
export function gridOf(ws: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const value = plainValue(cell.value);
      if (value === null) return;
      while (values.length < col - 1) values.push(null);
      values[col - 1] = value;
    });
    if (values.length === 0) return;
    while (grid.length < rowNumber - 1) grid.push([]);
    grid[rowNumber - 1] = values;
  });
  return grid;
}

/**
 * One ExcelJS cell value as a plain value: rich text → its text, a formula → its cached result
 * (null when the file has none), a hyperlink → its text, an error → its text (#N/A…), dates stay
 * Date (ExcelJS gives them in UTC), numbers, strings and booleans as they are.
 */
export function plainValue(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
  if ('hyperlink' in v) {
    const text = plainValue(v.text);
    return text === null ? (typeof v.hyperlink === 'string' ? v.hyperlink : null) : text;
  }
  if (typeof v.error === 'string') return v.error;
  return null;
}
