/**
 * Where a tab's values sit in a row as the reader holds it (roster.ts): one slot per field — the
 * columns read, in the header's order, then the derived age and staff category — each with its
 * field's reader and dictionary, and the codes of «empty» and «unknown» in each.
 */
import { fieldDef, type CustomFieldDef, type FieldKey, type FieldType, type RosterFieldKey } from '../fields';
import { EXPECTED } from '../texts/ru/messages';
import { UNKNOWN } from '../values';
import type { ValueDictionary } from '../column';
import { Memo, type CellParsers, type FieldReader } from './cell-parsers';
import type { RosterHeader } from './header';

/** One column of the tab as the reader reads it. */
export interface ColumnReader {
  readonly key: FieldKey;
  readonly column: number;
  /** Where the value goes; -1 for the birth date, which is read for the age only. */
  readonly slot: number;
  /** The field's codes (unused for the birth date). */
  readonly codes: Memo<number>;
  readonly label: string;
  readonly expected: string;
}

/** Where the values the plausibility checks read sit in a row (-1: the tab has no such column). */
export interface PlausibilitySlots {
  readonly age: number;
  readonly experienceYears: number;
  readonly weeklyHours: number;
  readonly diagScore: number;
  readonly mgmtScore: number;
}

export interface RowLayout {
  /** The field of each slot. */
  readonly keys: readonly FieldKey[];
  readonly slotOf: ReadonlyMap<FieldKey, number>;
  /** The columns to read, in the header's order. */
  readonly readers: readonly ColumnReader[];
  readonly dictionaries: readonly ValueDictionary[];
  readonly nullCodes: readonly number[];
  readonly unknownCodes: readonly number[];
  /** -1 when the tab has neither an age nor a birth date column. */
  readonly ageSlot: number;
  readonly categorySlot: number;
  /** -1 when the tab has no position column. */
  readonly positionSlot: number;
  readonly checks: PlausibilitySlots;
}

/** The codes of a column read for something else than its own value (the birth date, for the age). */
const NO_CODES = new Memo<number>(() => -1, false);

export function rowLayout(
  header: RosterHeader,
  custom: readonly { readonly def: CustomFieldDef; readonly column: number }[],
  columns: ReadonlySet<FieldKey>,
  parsers: CellParsers,
  label: (key: RosterFieldKey) => string,
): RowLayout {
  const keys: FieldKey[] = [];
  const slotOf = new Map<FieldKey, number>();
  const readerOf: FieldReader[] = [];
  const slot = (key: FieldKey, type: FieldType): number => {
    let at = slotOf.get(key);
    if (at === undefined) {
      at = keys.length;
      slotOf.set(key, at);
      keys.push(key);
      readerOf.push(parsers.field(key, type));
    }
    return at;
  };
  const readers: ColumnReader[] = [];
  for (const [key, column] of header.columns) {
    if (key === 'fio') continue;
    const type = fieldDef(key).type;
    const at = key === 'birthDate' ? -1 : slot(key, type);
    readers.push({ key, column, slot: at, codes: at < 0 ? NO_CODES : readerOf[at]!.codes, label: label(key), expected: EXPECTED[type] });
  }
  for (const { def, column } of custom) {
    const at = slot(def.key, def.type);
    readers.push({ key: def.key, column, slot: at, codes: readerOf[at]!.codes, label: header.labels.get(column) ?? def.header, expected: EXPECTED[def.type] });
  }
  const ageSlot = columns.has('age') ? slot('age', 'number') : -1;
  const categorySlot = slot('staffCategory', 'staffCategory');
  const dictionaries = readerOf.map((reader) => reader.dictionary);
  const at = (key: FieldKey): number => slotOf.get(key) ?? -1;
  return {
    keys,
    slotOf,
    readers,
    dictionaries,
    nullCodes: dictionaries.map((d) => d.codeOf(null)),
    unknownCodes: dictionaries.map((d) => d.codeOf(UNKNOWN)),
    ageSlot,
    categorySlot,
    positionSlot: at('position'),
    checks: { age: at('age'), experienceYears: at('experienceYears'), weeklyHours: at('weeklyHours'), diagScore: at('diagScore'), mgmtScore: at('mgmtScore') },
  };
}
