/**
 * Builders for workbooks in tests, so that every fixture is made by code and reads like the
 * table it stands for. A workbook is what a host hands the core: `SheetData[]` of plain 2-D
 * arrays (workbook.md §1). The builders know the contract's canonical headers (core/fields.ts)
 * and sheet names, and nothing else: they never parse or compute, so a test that uses them still
 * checks the reader and the engine from the outside.
 *
 *  - `roster(name, header, rows)`: an organisation tab with exactly the header and rows given;
 *    a row is either an array of cells or a `person(...)`, which is laid out under any header
 *    (canonical names, aliases, other order, other spelling) by the contract's header matching.
 *  - `person({...})`: one worker by field key with defaults (a unique generated ФИО, «учитель»,
 *    педагогический, 45 years old, 20 years of experience, 18 hours); yes/no columns default to
 *    an empty cell, which the contract reads as «нет».
 *  - `orgTab(name, people, options)`: a tab with the canonical header of every roster column (or
 *    of the columns chosen), the common case.
 *  - `orgsSheet`, `municipalitySheet`, `settingsSheet`: the reserved sheets of §3 and §5.
 *  - `compute(sheets, opts)`: `computeWorkbook` with a fixed `today` (2024-06-15, so the default
 *    period is 2023-2024 and the default reference date 2024-06-01).
 *  - `readSheets(sheets)`: the reader alone (typed rows per organisation), for reader tests.
 *  - `cellAt` / `withCell`: a cell by its A1 address.
 */
import { a1, type CellValue, type SheetData } from '../../core/cells';
import { computeWorkbook, type ComputeOptions } from '../../core/compute-workbook';
import { matchHeader, ROSTER_FIELDS, type RosterFieldKey } from '../../core/fields';
import type { FieldKey } from '../../core/fields';
import { classifySheets, readDataset } from '../../core/read/workbook';
import type { Dataset } from '../../core/records';
import type { ComputeResult } from '../../core/result';

/** Today as the tests' host supplies it: 15 June 2024 (period 2023-2024, reference date 2024-06-01). */
export const TODAY = new Date(Date.UTC(2024, 5, 15));

/** The default reference date that follows from TODAY (1 June of the period's second year). */
export const REFERENCE_DATE = new Date(Date.UTC(2024, 5, 1));

/** Canonical header of every roster column, by field key. */
export const HEADER = Object.fromEntries(ROSTER_FIELDS.map((f) => [f.key, f.header])) as Record<RosterFieldKey, string>;

/** Every roster field key in the contract's column order. */
export const ALL_KEYS: readonly RosterFieldKey[] = ROSTER_FIELDS.map((f) => f.key);

/** A worker's cells by field key; a key that is absent is an empty cell. */
export type PersonInput = Partial<Record<RosterFieldKey, CellValue>>;

/** A worker as `person()` returns it: the input with defaults filled in. */
export interface Person {
  readonly kind: 'person';
  readonly cells: Readonly<PersonInput>;
}

/** A data row: either the cells as they stand or a person to lay out under the header. */
export type RowInput = readonly CellValue[] | Person;

const SURNAMES = ['Абрамова', 'Белов', 'Васильева', 'Григорьев', 'Дмитриева', 'Егоров', 'Жукова', 'Зайцев', 'Ильина', 'Козлов', 'Лебедева', 'Морозов', 'Никитина', 'Орлов', 'Петрова', 'Романов', 'Соколова', 'Тихонов', 'Уварова', 'Фёдоров'];
const FIRST_NAMES = ['Анна', 'Борис', 'Вера', 'Глеб', 'Дарья', 'Евгений', 'Жанна', 'Захар', 'Ирина', 'Кирилл', 'Людмила', 'Максим', 'Нина', 'Олег', 'Полина'];
const PATRONYMICS = ['Андреевна', 'Борисович', 'Викторовна', 'Геннадьевич', 'Дмитриевна', 'Егорович', 'Ильинична', 'Константинович', 'Леонидовна', 'Михайлович', 'Николаевна', 'Олегович', 'Петровна'];
let nameCounter = 0;

/**
 * A fresh, realistic and unique ФИО (20 × 15 × 13 combinations before one repeats). Names are
 * unique across a test file, so two tabs never share a worker by accident (that would be a
 * part-timer, workbook.md §1.3).
 */
export function uniqueName(): string {
  const i = nameCounter++;
  return `${SURNAMES[i % SURNAMES.length]} ${FIRST_NAMES[i % FIRST_NAMES.length]} ${PATRONYMICS[i % PATRONYMICS.length]}`;
}

/**
 * One worker. Defaults: a unique ФИО, «учитель», «педагогический», Возраст 45, Педагогический
 * стаж 20, Нагрузка 18 (not young, plausible). Giving `birthDate` drops the default age, so the age
 * is counted from the birth date. Pass `null` to leave a defaulted cell empty.
 */
export function person(input: PersonInput = {}): Person {
  const defaults: PersonInput = {
    fio: uniqueName(),
    position: 'учитель',
    staffCategory: 'педагогический',
    experienceYears: 20,
    weeklyHours: 18,
    ...('birthDate' in input ? {} : { age: 45 }),
  };
  return { kind: 'person', cells: { ...defaults, ...input } };
}

function isPerson(row: RowInput): row is Person {
  return !Array.isArray(row) && (row as Person).kind === 'person';
}

/** A person's cells laid out under a header; columns the contract does not know stay empty. */
export function personRow(header: readonly CellValue[], p: Person): CellValue[] {
  return header.map((h) => {
    const key = typeof h === 'string' ? matchHeader(h) : undefined;
    return key === undefined ? null : (p.cells[key] ?? null);
  });
}

/** An organisation tab: the header row, then the rows (people laid out under the header). */
export function roster(name: string, header: readonly CellValue[], rows: readonly RowInput[] = [], above: readonly (readonly CellValue[])[] = []): SheetData {
  return {
    name,
    values: [...above.map((r) => [...r]), [...header], ...rows.map((r) => (isPerson(r) ? personRow(header, r) : [...r]))],
  };
}

export interface OrgTabOptions {
  /** Columns of the tab, in this order (default: every roster column; Дата рождения only when someone has one). */
  readonly columns?: readonly RosterFieldKey[];
  /** Columns to leave out of the default set (for "column missing" cases). */
  readonly omit?: readonly RosterFieldKey[];
  /** Rows above the header (title rows). */
  readonly above?: readonly (readonly CellValue[])[];
}

/** A tab with canonical headers: the usual shape of an organisation's roster. */
export function orgTab(name: string, people: readonly RowInput[], options: OrgTabOptions = {}): SheetData {
  const anyBirthDate = people.some((p) => isPerson(p) && p.cells.birthDate !== undefined);
  const omit = new Set(options.omit ?? []);
  const keys = (options.columns ?? ALL_KEYS.filter((k) => k !== 'birthDate' || anyBirthDate)).filter((k) => !omit.has(k));
  return roster(name, keys.map((k) => HEADER[k]), people, options.above ?? []);
}

/** Canonical headers for the given keys (for `roster()` when the header is spelled out). */
export function headerOf(...keys: RosterFieldKey[]): string[] {
  return keys.map((k) => HEADER[k]);
}

/** One line of `Организации`; flags take any yes/no form, numbers any number form. */
export interface OrgListingInput {
  readonly name: string;
  readonly type?: CellValue;
  readonly lowResults?: CellValue;
  readonly internshipSite?: CellValue;
  readonly mentoringModelAdopted?: CellValue;
  readonly mentorIncentives?: CellValue;
  readonly staffPlanned?: CellValue;
  readonly staffActual?: CellValue;
}

export const ORGS_HEADER = [
  'Организация',
  'Тип',
  'Школа с низкими результатами',
  'Стажировочная площадка',
  'ЦМН внедрена',
  'Стимулирование наставников закреплено',
  'Штатная численность',
  'Фактическая численность',
] as const;

/** The `Организации` sheet with every column of workbook.md §3; missing values are empty cells. */
export function orgsSheet(rows: readonly OrgListingInput[], header: readonly string[] = ORGS_HEADER): SheetData {
  const cell = (r: OrgListingInput, h: string): CellValue => {
    const byHeader: Record<string, CellValue> = {
      Организация: r.name,
      Тип: r.type,
      'Школа с низкими результатами': r.lowResults,
      'Стажировочная площадка': r.internshipSite,
      'ЦМН внедрена': r.mentoringModelAdopted,
      'Стимулирование наставников закреплено': r.mentorIncentives,
      'Штатная численность': r.staffPlanned,
      'Фактическая численность': r.staffActual,
    };
    return byHeader[h] ?? null;
  };
  return { name: 'Организации', values: [[...header], ...rows.map((r) => header.map((h) => cell(r, h)))] };
}

/** The `Муниципалитет` sheet: one `Показатель` → `Значение` line per entry, in the given order. */
export function municipalitySheet(facts: Readonly<Record<string, CellValue>>): SheetData {
  return { name: 'Муниципалитет', values: [['Показатель', 'Значение'], ...Object.entries(facts).map(([k, v]) => [k, v])] };
}

/** Every `Муниципалитет` row of workbook.md §3 answered «да», with 10 trained and 7 employed. */
export const ALL_MUNICIPAL_YES: Readonly<Record<string, CellValue>> = {
  'Кураторы ИОМ': 'да',
  'МО по функциональной грамотности': 'да',
  'План развития кадрового потенциала': 'да',
  'Соглашение с колледжами и вузами': 'да',
  'Психолого-педагогические классы': 'да',
  'Договоры о целевом обучении': 'да',
  'Объединение наставников': 'да',
  'Сообщество молодых педагогов': 'да',
  'Обучались по целевым договорам': 10,
  'Из них трудоустроены': 7,
};

/** The `Настройки` sheet: one `Параметр` → `Значение` line per entry. */
export function settingsSheet(params: Readonly<Record<string, CellValue>>): SheetData {
  return { name: 'Настройки', values: [['Параметр', 'Значение'], ...Object.entries(params).map(([k, v]) => [k, v])] };
}

/** computeWorkbook with today fixed to TODAY; other options as given. */
export function compute(sheets: readonly SheetData[], opts: Partial<ComputeOptions> = {}): ComputeResult {
  return computeWorkbook(sheets, { today: TODAY, ...opts });
}

/**
 * The reader alone: the Dataset (organisations with typed rows) and its issues, at the given
 * reference date, reporting empty cells of every field (as if every criterion used them).
 */
export function readSheets(sheets: readonly SheetData[], referenceDate: Date = REFERENCE_DATE, usedFields?: ReadonlySet<FieldKey>): Dataset {
  return readDataset(classifySheets(sheets), { referenceDate, usedFields: usedFields ?? new Set<FieldKey>(ALL_KEYS) }, []);
}

/** 0-based row and column of an A1 address ("C5" → row 4, column 2); checked against core's a1(). */
export function parseA1(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  const out = { row: Number(m[2]) - 1, column: column - 1 };
  if (a1(out.row, out.column) !== address) throw new Error(`A1 round trip failed for ${address}`);
  return out;
}

/** The value of the cell at an A1 address (undefined beyond the row's end). */
export function cellAt(sheet: SheetData, address: string): CellValue {
  const { row, column } = parseA1(address);
  return sheet.values[row]?.[column];
}

/** A copy of the sheet with one cell replaced (rows are padded as needed). */
export function withCell(sheet: SheetData, address: string, value: CellValue): SheetData {
  const { row, column } = parseA1(address);
  const values = sheet.values.map((r) => [...r]);
  while (values.length <= row) values.push([]);
  const target = values[row]!;
  while (target.length <= column) target.push(null);
  target[column] = value;
  return { name: sheet.name, values };
}

/** A1 address of a roster column's cell in a given 1-based sheet row, found by its header text. */
export function addressOf(sheet: SheetData, headerRow: number, header: string, row: number): string {
  const column = (sheet.values[headerRow - 1] ?? []).findIndex((h) => h === header);
  if (column < 0) throw new Error(`no column «${header}» in row ${headerRow} of ${sheet.name}`);
  return a1(row - 1, column);
}
