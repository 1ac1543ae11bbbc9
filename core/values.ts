/**
 * Cell value forms of workbook.md §1.2. Each parser returns a typed value, `null` for an empty
 * cell, or UNKNOWN for anything it cannot read with certainty. Nothing is silently taken as "нет":
 * the reader turns every UNKNOWN into a `Проверка данных` line and the engine leaves that row out.
 */
import type { CellValue } from './cells';
import {
  CONTEST_LEVEL_WORDS,
  CONTEST_LEVELS,
  CONTEST_NONE_WORDS,
  MANAGER_POSITION_WORDS,
  NO_WORDS,
  QUALIFICATION,
  QUALIFICATION_WORDS,
  RU_DATE,
  STAFF,
  STAFF_MGMT_WORDS,
  STAFF_PED_WORDS,
  YES_WORDS,
  type Qualification,
  type StaffCategory,
} from './texts/ru/workbook';
import { normalizeText } from './text';

export const UNKNOWN: unique symbol = Symbol('unknown');
export type Unknown = typeof UNKNOWN;
export type Parsed<T> = T | null | Unknown;

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

/** Answers of the common cells as typed, so most cells need no trim or lower-casing. */
const EXACT_YES_NO = new Map<string, boolean>();
for (const t of YES) for (const form of [t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1)]) EXACT_YES_NO.set(form, true);
for (const t of NO) for (const form of [t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1)]) EXACT_YES_NO.set(form, false);

export function parseYesNo(value: CellValue): Parsed<boolean> {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : UNKNOWN;
  if (value instanceof Date) return UNKNOWN;
  const exact = EXACT_YES_NO.get(value);
  if (exact !== undefined) return exact;
  const text = value.trim().toLowerCase();
  if (text === '') return false;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return UNKNOWN;
}

/** Numbers and numbers written as text: "27,5", "1 200", "1 200" (no-break space). */
export function parseNumber(value: CellValue): Parsed<number> {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : UNKNOWN;
  if (typeof value === 'boolean' || value instanceof Date) return UNKNOWN;
  const text = value.trim();
  if (text === '') return null;
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return UNKNOWN;
  const n = Number(compact);
  return Number.isFinite(n) ? n : UNKNOWN;
}

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in for serials after February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A calendar date as UTC midnight; serials between 1900 and 2100 are Excel dates. */
export function parseDate(value: CellValue): Parsed<Date> {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return UNKNOWN;
    // Hosts give local midnight (Apps Script) or UTC midnight (ExcelJS); keep the calendar day.
    // A UTC midnight is read in UTC, so that west of Greenwich it does not become the day before.
    if (value.getTime() % MS_PER_DAY === 0) return new Date(value.getTime());
    return new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()));
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 367 || value > 73051) return UNKNOWN;
    return new Date(EXCEL_EPOCH + Math.floor(value) * MS_PER_DAY);
  }
  if (typeof value === 'boolean') return UNKNOWN;
  const text = value.trim();
  if (text === '') return null;
  let m = RU_DATE.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return UNKNOWN;
}

function validDate(year: number, month: number, day: number): Parsed<Date> {
  if (year < 1900 || year > 2100) return UNKNOWN;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return UNKNOWN;
  return d;
}

/** Whole years between a birth date and the reference date. */
export function ageAt(birth: Date, reference: Date): number {
  let years = reference.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    reference.getUTCMonth() < birth.getUTCMonth() ||
    (reference.getUTCMonth() === birth.getUTCMonth() && reference.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

export type { StaffCategory };

export function parseStaffCategory(value: CellValue): Parsed<StaffCategory> {
  const text = textOf(value);
  if (text === null) return null;
  if (text === UNKNOWN) return UNKNOWN;
  if (STAFF_PED_WORDS.test(text)) return STAFF.ped;
  if (STAFF_MGMT_WORDS.test(text)) return STAFF.mgmt;
  return UNKNOWN;
}

/** workbook.md §1.1: category inferred from the position when the column is absent or empty. */
const MANAGER_WORDS_NORMALIZED = MANAGER_POSITION_WORDS.map(normalizeText);

export function inferStaffCategory(position: string): StaffCategory {
  const text = normalizeText(position);
  return MANAGER_WORDS_NORMALIZED.some((w) => text.includes(w)) ? STAFF.mgmt : STAFF.ped;
}

export type { Qualification };

export function parseQualification(value: CellValue): Parsed<Qualification> {
  const text = textOf(value);
  if (text === null) return null;
  if (text === UNKNOWN) return UNKNOWN;
  for (const [stem, category] of QUALIFICATION_WORDS) if (stem.test(text)) return category;
  if (NO.has(text) || NO.has(String(value).trim().toLowerCase())) return QUALIFICATION.none;
  return UNKNOWN;
}

/** Contest level as its rank in CONTEST_LEVELS; an empty cell is "нет" (did not take part). */
export function parseContestLevel(value: CellValue): Parsed<number> {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return UNKNOWN;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < CONTEST_LEVELS.length ? value : UNKNOWN;
  if (value instanceof Date) return UNKNOWN;
  const raw = value.trim().toLowerCase();
  if (raw === '' || NO.has(raw)) return 0;
  // Text made only of punctuation ("?", "...") normalises to '' but is not an answer: unknown.
  const text = normalizeText(value);
  if (CONTEST_NONE_WORDS.includes(text)) return 0;
  for (const [stem, level] of CONTEST_LEVEL_WORDS) if (stem.test(text)) return level;
  return UNKNOWN;
}

/**
 * Normalised text of a cell, null when empty, UNKNOWN for a non-text value. Text made only of
 * punctuation ("?", "-") normalises to '', which matches no word, so callers see it as unknown
 * unless they accept it explicitly (a dash is "нет" for the qualification).
 */
function textOf(value: CellValue): string | null | Unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return UNKNOWN;
  if (value.trim() === '') return null;
  return normalizeText(value);
}

/** A text cell as trimmed text (numbers kept as their digits), null when empty. */
/**
 * A saved formula error as hosts give it: its text (#N/A, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!,
 * #NULL!, #SPILL!, #CALC!, #GETTING_DATA, …). Its value is unknown (workbook.md §1.2).
 */
export function isFormulaError(value: CellValue): boolean {
  return typeof value === 'string' && value.charCodeAt(0) === 35 && FORMULA_ERROR.test(value);
}

const FORMULA_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

export function parseText(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
