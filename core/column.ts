/**
 * How the dataset holds a field's values: one column per organisation and field, dictionary-coded.
 * Row i's value is `dictionary[codes[i]]`. A roster repeats a few values — «да», «Учитель»,
 * «высшая» — across thousands of rows, so each row costs four bytes outside the JavaScript heap
 * (which the garbage collector never has to walk) rather than a slot in an object, and the engine
 * decides a condition once per distinct value, then looks the answer up per row.
 */
import type { FieldValue } from './records';

export interface Column {
  readonly codes: Int32Array;
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

/** A column of the given values (hand-built datasets, tests). */
export function columnOf(values: readonly FieldValue[]): Column {
  const dictionary = new ValueDictionary();
  return { codes: Int32Array.from(values, (v) => dictionary.codeOf(v)), dictionary: dictionary.values };
}

/** A column of n rows holding the same value (an organisation's own type, say). */
export function constantColumn(value: FieldValue, n: number): Column {
  return { codes: new Int32Array(n), dictionary: [value] };
}

/** Row i's value; undefined when the organisation has no such column. */
export function valueAt(column: Column | undefined, i: number): FieldValue | undefined {
  return column ? column.dictionary[column.codes[i]!] : undefined;
}

/** Every row's value, in order. */
export function valuesOf(column: Column): FieldValue[] {
  return Array.from(column.codes, (code) => column.dictionary[code]!);
}
