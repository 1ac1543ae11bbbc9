/**
 * The core's only input type. Hosts hand the core plain 2-D arrays of cell values, exactly what
 * Apps Script's getValues(), Office JS's range.values and ExcelJS (after unwrapping rich values)
 * give. Nothing here knows which host produced the values.
 */
import { BOOLEAN_TEXT, INVALID_DATE_TEXT } from './texts/ru/workbook';

/** One cell as a host reads it: text, number (Excel serial for dates in Office JS), boolean, Date or empty. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A sheet's values, row by row; rows may have different lengths. */
export type SheetGrid = readonly (readonly CellValue[])[];

/** A named sheet as the host read it. */
export interface SheetData {
  readonly name: string;
  readonly values: SheetGrid;
}

/** Column letters for a 0-based column index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address for 0-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** True for null, undefined and text made only of white space. */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Most cells start with a printable ASCII or Cyrillic character: not blank, without trimming.
  const first = value.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x400 && first <= 0x4ff)) return false;
  return value.trim() === '';
}

/** A short, single-line echo of a cell for messages (never used for names in outputs). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? INVALID_DATE_TEXT : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'boolean') return value ? BOOLEAN_TEXT.true : BOOLEAN_TEXT.false;
  const text = String(value).replace(/\s+/g, ' ').trim();
  // Cut by code points, so an emoji is never split into half a surrogate pair.
  const chars = Array.from(text);
  return chars.length > 100 ? `${chars.slice(0, 97).join('')}...` : text;
}
