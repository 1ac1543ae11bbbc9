/**
 * Cells of «Настройка показателей» as text: whole (names are longer than the 100 characters
 * messages echo), with runs of white space as one space; a boolean is «да» / «нет». Expressions
 * are kept as typed (only trailing space dropped), so a position in a message is the position in
 * the cell.
 */
import type { CellValue } from '../cells';
import { NO, YES } from '../texts/ru/workbook';

export function cellString(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? YES : NO;
  return String(value).replace(/\s+/g, ' ').trim();
}

/** An expression cell: as typed, without trailing white space; '' when blank. */
export function expressionString(value: CellValue): string {
  if (typeof value !== 'string') return cellString(value);
  return value.trim() === '' ? '' : value.trimEnd();
}
