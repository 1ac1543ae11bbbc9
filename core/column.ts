/**
 * How the dataset holds a field's values: one column per organisation and field, dictionary-coded.
 * Row i's value is `dictionary[codes[i]]`. A roster repeats a few values — «да», «Учитель»,
 * «высшая» — across thousands of rows, so each row costs a byte or two outside the JavaScript
 * heap (which the garbage collector never has to walk) rather than a slot in an object, and the engine
 * decides a condition once per distinct value, then looks the answer up per row.
 */
import type { FieldValue } from './records';

/** Codes as narrow as the dictionary allows: one byte each for up to 256 distinct values. */
export type Codes = Uint8Array | Uint16Array | Int32Array;

export interface Column {
  readonly codes: Codes;
  /** The distinct values; the reader shares one dictionary between the tabs' columns of a field. */
  readonly dictionary: readonly FieldValue[];
}

/** The distinct values of a field met so far, each with its code. Only grows. */
export class ValueDictionary {
  readonly values: FieldValue[] = [];
  private readonly codes = new Map<FieldValue, number>();

  codeOf(value: FieldValue): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** An array for n codes below `distinct`, of the narrowest kind that holds them. */
export function codesFor(n: number, distinct: number): Codes {
  if (distinct <= 0x100) return new Uint8Array(n);
  if (distinct <= 0x10000) return new Uint16Array(n);
  return new Int32Array(n);
}

/**
 * Column j of n rows stored row-major, `width` codes per row, into an array of its own. The
 * narrow arrays matter beyond their size: a typed array's memory lies outside the JavaScript
 * heap, and every 64 MB of it allocated makes V8 mark the whole heap — the host's workbook
 * included, over a gigabyte at a country's size.
 */
export function columnCodes(rows: Int32Array, j: number, width: number, n: number, distinct: number): Codes {
  const codes = codesFor(n, distinct);
  for (let i = 0, at = j; i < n; i++, at += width) codes[i] = rows[at]!;
  return codes;
}

/** A column of the given values (hand-built datasets, tests). */
export function columnOf(values: readonly FieldValue[]): Column {
  const dictionary = new ValueDictionary();
  const codes = values.map((v) => dictionary.codeOf(v));
  const out = codesFor(codes.length, dictionary.values.length);
  out.set(codes);
  return { codes: out, dictionary: dictionary.values };
}

/** A column of n rows holding the same value (an organisation's own type, say). */
export function constantColumn(value: FieldValue, n: number): Column {
  return { codes: new Uint8Array(n), dictionary: [value] };
}

/** Row i's value; undefined when the organisation has no such column. */
export function valueAt(column: Column | undefined, i: number): FieldValue | undefined {
  return column ? column.dictionary[column.codes[i]!] : undefined;
}

/** Every row's value, in order. */
export function valuesOf(column: Column): FieldValue[] {
  return Array.from(column.codes, (code) => column.dictionary[code]!);
}
