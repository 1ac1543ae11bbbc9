/**
 * Writes an ExampleWorkbook (generate.ts) to an .xlsx file with the command line's writer, laid out the way a
 * methodologist would expect to receive it: bold, frozen header rows, readable column widths,
 * dates shown as ДД.ММ.ГГГГ. The parts' timestamp is fixed, so regenerating the example gives the
 * same file byte for byte.
 */
import { writeFileSync } from 'node:fs';
import type { ExampleCell, ExampleSheet, ExampleWorkbook, OutputSheet, OutValue, Tone } from '../../core/index';
import { writeWorkbook } from '../xlsx/index';
import { nodeCodec } from '../xlsx/node-codec';

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

/** Days since 1899-12-30: how an .xlsx stores a date (shown as one by its format). */
function serial(d: Date): number {
  return 25569 + d.getTime() / 86_400_000;
}

/** One example sheet as an output sheet of our own writer: values, looks, widths, frozen header. */
export function exampleSheet(sheet: ExampleSheet): OutputSheet {
  const header = headerRowIndex(sheet);
  const widths = columnWidths(sheet, header);
  const width = widths.length;
  const values: OutValue[][] = [];
  const formats: string[][] = [];
  const tones: (Tone | null)[][] = [];
  sheet.rows.forEach((row, r) => {
    const v: OutValue[] = [];
    const f: string[] = [];
    const t: (Tone | null)[] = [];
    for (let c = 0; c < width; c++) {
      const value = row[c] ?? null;
      v.push(value instanceof Date ? serial(value) : value);
      f.push(value instanceof Date ? 'dd.mm.yyyy' : 'General');
      t.push(r < header ? 'title' : r === header ? 'header' : null);
    }
    values.push(v);
    formats.push(f);
    tones.push(t);
  });
  return { name: sheet.name, values, formats, tones, columnWidths: widths.map((w) => w * 7), wrapColumns: [], frozenRows: header + 1, frozenColumns: 0 };
}

/** Writes `wb` to `file` (overwriting it), through the command line's own .xlsx writer. */
export async function writeExampleXlsx(wb: ExampleWorkbook, file: string): Promise<void> {
  const bytes = await writeWorkbook(null, { sheets: wb.sheets.map(exampleSheet) }, nodeCodec, { modified: FIXED_DATE });
  writeFileSync(file, bytes);
}
