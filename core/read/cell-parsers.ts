/**
 * The parser of each column (values.ts by the column's type), remembering its answer for every
 * distinct cell. A roster repeats a handful of texts — «да», «Учитель», «высшая», a birth date —
 * across thousands of rows, so each distinct text is trimmed, lower-cased and matched once per
 * run rather than once per cell, and answered as its code in the field's dictionary (column.ts).
 * A date column's values are ISO days; the birth date is read as a Date, for the age.
 *
 * One set lives for one read of a workbook (no state survives between runs), shared by its tabs,
 * and each parser remembers at most MEMO_LIMIT cells, so a column of free text costs no more
 * than parsing it.
 */
import type { CellValue } from '../cells';
import { ValueDictionary } from '../column';
import type { FieldKey, FieldType } from '../fields';
import type { FieldValue } from '../records';
import {
  ageAt,
  parseContestLevel,
  parseDate,
  parseNumber,
  parseQualification,
  parseStaffCategory,
  parseText,
  parseYesNo,
  UNKNOWN,
  type Parsed,
} from '../values';

/** Reads a cell of one field as its code in that field's dictionary. */
export interface FieldReader {
  readonly dictionary: ValueDictionary;
  read(cell: CellValue): number;
}

export interface CellParsers {
  /** The reader of a field's cells (one per field and run: its dictionary is the field's). */
  field(key: FieldKey, type: FieldType): FieldReader;
  /** A birth date cell: whether it is unreadable or in the future, and the age it gives. */
  birth(cell: CellValue): Birth;
  /** A work buffer of at least n codes, the same one for every tab of the read (contents undefined). */
  scratch(n: number): Int32Array;
}

/** What a birth date cell says about the age, worked out once per distinct cell. */
export interface Birth {
  /** Not a date. */
  readonly unknown: boolean;
  /** After the reference date. */
  readonly future: boolean;
  /** The age's code in the age field's dictionary: whole years at the reference date; empty for an empty cell, unknown for an unreadable or future date. */
  readonly ageCode: number;
}

/** Distinct cells remembered per field: enough for every category, position and birth date. */
export const MEMO_LIMIT = 65_536;

const isoDay = (d: Parsed<Date>): Parsed<string> => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

function parserOf(type: FieldType): (cell: CellValue) => FieldValue {
  switch (type) {
    case 'yesno':
      return parseYesNo;
    case 'number':
      return parseNumber;
    case 'date':
      return (cell) => isoDay(parseDate(cell));
    case 'staffCategory':
      return parseStaffCategory;
    case 'qualification':
      return parseQualification;
    case 'contestLevel':
      return parseContestLevel;
    case 'text':
      return parseText;
  }
}

/**
 * A function that remembers its answers. Texts are keyed by themselves; dates (a host may hand a
 * Date object per cell) by their time and, when `numbers` is set, numbers by their value, in maps
 * of their own. Other cells are answered by `compute` every time. The cell just answered is
 * answered again without a lookup: neighbouring rows often hold the same text.
 */
function memoized<T>(compute: (cell: CellValue) => T, numbers: boolean): (cell: CellValue) => T {
  const byText = new Map<string, T>();
  const byNumber = new Map<number, T>();
  const byTime = new Map<number, T>();
  let lastText: string | undefined;
  let lastAnswer: T | undefined;
  const remember = <K>(cache: Map<K, T>, key: K, cell: CellValue): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute(cell);
    if (cache.size < MEMO_LIMIT) cache.set(key, value);
    return value;
  };
  return (cell) => {
    if (typeof cell === 'string') {
      if (cell === lastText) return lastAnswer as T;
      lastAnswer = remember(byText, cell, cell);
      lastText = cell;
      return lastAnswer;
    }
    if (cell instanceof Date) return remember(byTime, cell.getTime(), cell);
    if (numbers && typeof cell === 'number') return remember(byNumber, cell, cell);
    return compute(cell);
  };
}

/** The parsers of one read; `referenceDate` is the day ages are counted at. */
export function cellParsers(referenceDate: Date): CellParsers {
  const fields = new Map<FieldKey, FieldReader>();
  let buffer = new Int32Array(0);
  const field = (key: FieldKey, type: FieldType): FieldReader => {
    let reader = fields.get(key);
    if (!reader) {
      const dictionary = new ValueDictionary();
      const parse = parserOf(type);
      reader = { dictionary, read: memoized((cell) => dictionary.codeOf(parse(cell)), type === 'date') };
      fields.set(key, reader);
    }
    return reader;
  };
  const ages = field('age', 'number').dictionary;
  const birth = (cell: CellValue): Birth => {
    const date = parseDate(cell);
    if (date === UNKNOWN) return { unknown: true, future: false, ageCode: ages.codeOf(UNKNOWN) };
    if (date === null) return { unknown: false, future: false, ageCode: ages.codeOf(null) };
    if (date.getTime() > referenceDate.getTime()) return { unknown: false, future: true, ageCode: ages.codeOf(UNKNOWN) };
    return { unknown: false, future: false, ageCode: ages.codeOf(ageAt(date, referenceDate)) };
  };
  return {
    field,
    birth: memoized(birth, true),
    scratch(n) {
      if (buffer.length < n) buffer = new Int32Array(Math.max(n, buffer.length * 2));
      return buffer;
    },
  };
}
