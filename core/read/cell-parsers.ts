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
import type { HeaderCells } from './header';
import type { FieldKey, FieldType } from '../fields';
import type { FieldValue } from '../records';
import {
  ageAt,
  isFormulaError,
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

/** Reads a cell of one field as its code in that field's dictionary (`codes.answer(cell)`). */
export interface FieldReader {
  readonly dictionary: ValueDictionary;
  readonly codes: Memo<number>;
}

export interface CellParsers {
  /** The reader of a field's cells (one per field and run: its dictionary is the field's). */
  field(key: FieldKey, type: FieldType): FieldReader;
  /** A birth date cell: whether it is unreadable or in the future, and the age it gives. */
  birth(cell: CellValue): Birth;
  /** A work buffer of at least n codes, the same one for every tab of the read (contents undefined). */
  scratch(n: number): Int32Array;
  /** Header cells read so far (header.ts): the tabs of a workbook repeat the same column names. */
  readonly headerCells: HeaderCells;
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

/** Texts a parser compares a cell with before looking it up. */
const RECENT = 4;

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
      // A saved formula error is unknown in any column, text included (workbook.md §1.2).
      return (cell) => (isFormulaError(cell) ? UNKNOWN : parseText(cell));
  }
}

/**
 * Answers that are remembered. Texts are keyed by themselves; dates (a host may hand a Date object
 * per cell) by their time and, when `numbers` is set, numbers by their value, in maps of their
 * own. Other cells are answered by `compute` every time. The last few texts answered are compared
 * before the map is asked: a column often holds only a handful of texts.
 *
 * A class rather than a closure per field: the reader calls `answer` for every cell of every
 * column, and one method on one class is a call V8 can inline.
 */
export class Memo<T> {
  private readonly byText = new Map<string, T>();
  private readonly byNumber = new Map<number, T>();
  private readonly byTime = new Map<number, T>();
  private readonly recentText: (string | undefined)[] = new Array<string | undefined>(RECENT).fill(undefined);
  private readonly recentAnswer: (T | undefined)[] = new Array<T | undefined>(RECENT).fill(undefined);
  private next = 0;

  constructor(
    private readonly compute: (cell: CellValue) => T,
    private readonly numbers: boolean,
  ) {}

  answer(cell: CellValue): T {
    if (typeof cell === 'string') {
      for (let i = 0; i < RECENT; i++) if (this.recentText[i] === cell) return this.recentAnswer[i] as T;
      const answer = this.remember(this.byText, cell, cell);
      this.recentText[this.next] = cell;
      this.recentAnswer[this.next] = answer;
      this.next = (this.next + 1) % RECENT;
      return answer;
    }
    if (cell instanceof Date) return this.remember(this.byTime, cell.getTime(), cell);
    if (this.numbers && typeof cell === 'number') return this.remember(this.byNumber, cell, cell);
    return this.compute(cell);
  }

  private remember<K>(cache: Map<K, T>, key: K, cell: CellValue): T {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = this.compute(cell);
    if (cache.size < MEMO_LIMIT) cache.set(key, value);
    return value;
  }
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
      reader = { dictionary, codes: new Memo((cell) => dictionary.codeOf(parse(cell)), type === 'date') };
      fields.set(key, reader);
    }
    return reader;
  };
  const ages = field('age', 'number').dictionary;
  const birth = new Memo((cell: CellValue): Birth => {
    const date = parseDate(cell);
    if (date === UNKNOWN) return { unknown: true, future: false, ageCode: ages.codeOf(UNKNOWN) };
    if (date === null) return { unknown: false, future: false, ageCode: ages.codeOf(null) };
    if (date.getTime() > referenceDate.getTime()) return { unknown: false, future: true, ageCode: ages.codeOf(UNKNOWN) };
    return { unknown: false, future: false, ageCode: ages.codeOf(ageAt(date, referenceDate)) };
  }, true);
  return {
    field,
    birth: (cell) => birth.answer(cell),
    headerCells: new Map(),
    scratch(n) {
      if (buffer.length < n) buffer = new Int32Array(Math.max(n, buffer.length * 2));
      return buffer;
    },
  };
}
