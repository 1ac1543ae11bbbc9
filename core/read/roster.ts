/**
 * Reads one organisation tab into typed rows by the rules of workbook.md §1.2–1.3: typed values,
 * totals rows, rows without a name, duplicates within the tab; plausibility checks; category
 * inference. Every problem becomes an Issue naming the sheet, row and column.
 */
import { RowRanges } from './row-ranges';
import { cellText, isBlank, type SheetData } from '../cells';
import { columnCodes, type Column } from '../column';
import { fieldDef, type CustomFieldDef, type FieldKey, type RosterFieldKey } from '../fields';
import type { Issue } from '../issues';
import { MSG, ROSTER_TEXT } from '../texts/ru/messages';
import { STAFF } from '../texts/ru/workbook';
import type { FieldValue } from '../records';
import { compactText, normalizeText } from '../text';
import { inferStaffCategory, isFormulaError, parseText } from '../values';
import { cellParsers, type Birth, type CellParsers } from './cell-parsers';
import { findRosterHeader, type RosterHeader } from './header';
import { NameIndex, NEW_PERSON, TOTALS_ROW } from './name-index';
import { rowLayout } from './row-layout';

export interface RosterContext {
  readonly referenceDate: Date;
  /** Fields the chosen criteria use: only their missing columns and empty cells are reported. */
  readonly usedFields: ReadonlySet<FieldKey>;
  /** Columns declared on «Настройка показателей», read by their type like built-in ones. */
  readonly customFields?: readonly CustomFieldDef[];
  /** Parsers shared by the tabs of one read, so each distinct cell text is parsed once. */
  readonly parsers?: CellParsers;
  /** The people of the tabs read before this one, and this tab's place among them. */
  readonly people?: { readonly index: NameIndex; readonly tab: number };
}

/** A person read before in another tab: a part-timer (reported by the caller, who knows the tabs). */
export interface PartTimer {
  /** The row here. */
  readonly row: number;
  /** Where the person was first read: the tab's place in reading order, and the row. */
  readonly firstTab: number;
  readonly firstRow: number;
}

export interface Roster {
  readonly header: RosterHeader;
  readonly columns: ReadonlySet<FieldKey>;
  /** The 1-based sheet row of each person read. */
  readonly rows: readonly number[];
  /** Rows whose person was read before in another tab. */
  readonly partTimers: readonly PartTimer[];
  /** Typed values column by column, one per person in `rows` order. */
  readonly values: ReadonlyMap<FieldKey, Column>;
}

/** Numeric fields whose empty cells take a row out of criteria (so they are reported). */
const REPORT_EMPTY: readonly FieldKey[] = ['age', 'experienceYears', 'weeklyHours'];

/** Declared columns found in the header row (columns no built-in field took), first match wins. */
function customColumns(header: RosterHeader, defs: readonly CustomFieldDef[]): { found: { def: CustomFieldDef; column: number }[]; duplicates: number[] } {
  const taken = new Set(header.columns.values());
  for (const d of header.duplicates) taken.add(d.column);
  const found: { def: CustomFieldDef; column: number }[] = [];
  const duplicates: number[] = [];
  for (const def of defs) {
    const names = new Set([normalizeText(def.header), compactText(def.header)]);
    for (const [column, label] of header.labels) {
      if (taken.has(column) || !(names.has(normalizeText(label)) || names.has(compactText(label)))) continue;
      if (found.some((f) => f.def.key === def.key)) duplicates.push(column);
      else found.push({ def, column });
    }
  }
  return { found, duplicates };
}

export function readRoster(sheet: SheetData, ctx: RosterContext, issues: Issue[]): Roster | null {
  const header = findRosterHeader(sheet.values, ctx.parsers?.headerCells);
  if (!header) {
    const empty = sheet.values.every((row) => row.every(isBlank));
    issues.push({
      severity: empty ? 'info' : 'warning',
      sheet: sheet.name,
      row: null,
      column: null,
      value: null,
      message: empty ? MSG.emptyTab : MSG.noHeader,
      code: empty ? 'empty-tab' : 'no-header',
    });
    return null;
  }
  const label = (key: RosterFieldKey): string => {
    const column = header.columns.get(key) ?? (key === 'age' ? header.columns.get('birthDate') : undefined);
    return header.labels.get(column ?? -1) ?? fieldDef(key).header;
  };
  const report = (severity: Issue['severity'], row: number | null, column: string | null, value: string | null, message: string, code: Issue['code']) =>
    issues.push({ severity, sheet: sheet.name, row, column, value, message, code });

  if (header.numberingRow !== null) report('info', header.numberingRow + 1, null, null, MSG.numberingRow, 'numbering-row');
  for (const d of header.duplicates) report('info', header.rowIndex + 1, header.labels.get(d.column) ?? null, null, MSG.duplicateColumn(header.labels.get(d.column) ?? ''), 'duplicate-column');
  const custom = customColumns(header, ctx.customFields ?? []);
  for (const c of custom.duplicates) report('info', header.rowIndex + 1, header.labels.get(c) ?? null, null, MSG.duplicateColumn(header.labels.get(c) ?? ''), 'duplicate-column');

  const columns = new Set<FieldKey>(header.columns.keys());
  if (columns.has('birthDate')) columns.add('age');
  columns.add('staffCategory');
  columns.delete('birthDate');
  for (const f of custom.found) columns.add(f.def.key);
  const categoryColumn = header.columns.has('staffCategory');

  const parsers = ctx.parsers ?? cellParsers(ctx.referenceDate);
  const layout = rowLayout(header, custom.found, columns, parsers, label);
  const { keys, readers, dictionaries, nullCodes, unknownCodes, ageSlot, categorySlot, positionSlot, checks } = layout;
  const birthColumn = header.columns.get('birthDate') ?? -1;
  /** No Возраст column: the age comes from the birth date alone. */
  const ageDerived = ageSlot >= 0 && !header.columns.has('age');
  const categories = dictionaries[categorySlot]!;
  const reportEmpty = REPORT_EMPTY.filter((key) => ctx.usedFields.has(key) && columns.has(key) && layout.slotOf.has(key)).map((key) => ({ key, slot: layout.slotOf.get(key)!, count: 0, rows: new RowRanges() }));

  // Every row below the header may be a person: the columns are that long, and cut at the end.
  // Row-major: row at's codes are out[at × width + j]; one buffer reused by every tab of the read.
  const capacity = Math.max(0, sheet.values.length - header.dataStart);
  const width = keys.length;
  const out = parsers.scratch(capacity * width);
  const current = new Int32Array(keys.length);
  const valueIn = (at: number): FieldValue => dictionaries[at]!.values[current[at]!]!;
  const numberIn = (at: number): number | null => {
    const v = at >= 0 ? valueIn(at) : null;
    return typeof v === 'number' ? v : null;
  };
  // One object for every row's checks, filled anew each row.
  const plausible: PlausibilityValues = { age: null, experienceYears: null, weeklyHours: null, diagScore: null, mgmtScore: null };
  const rows: number[] = [];
  const partTimers: PartTimer[] = [];
  /** Part-timers by person, with their row in this tab. */
  const partTimersHere = new Map<number, number>();
  const people = ctx.people ?? { index: new NameIndex(), tab: 0 };
  let inferredCells = 0;
  let inferredPed = 0;
  let inferredMgmt = 0;

  const fioColumn = header.columns.get('fio') ?? -1;
  const knownColumns = [...header.columns.values(), ...custom.found.map((f) => f.column)];
  for (let r = header.dataStart; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const fioCell = cells[fioColumn];
    // Fully empty: nothing in any known column. An unchecked checkbox (FALSE) is an empty answer,
    // and a cell in a column the program does not know (a pre-filled «№ п/п») is not data. A
    // name says at once that the row is not empty.
    let empty = isBlank(fioCell) || fioCell === false;
    for (let q = 0; empty && q < knownColumns.length; q++) {
      const cell = cells[knownColumns[q]!];
      empty = isBlank(cell) || cell === false;
    }
    if (empty) continue;
    const rowNo = r + 1;
    // A text name is used as typed (normalising it already folds spaces); parseText for the rest.
    if (isFormulaError(fioCell)) {
      report('warning', rowNo, label('fio'), cellText(fioCell), MSG.formulaErrorName, 'unknown-value');
      continue;
    }
    const fio = typeof fioCell === 'string' ? (fioCell.trim() === '' ? null : fioCell) : parseText(fioCell);
    if (fio === null) {
      report('warning', rowNo, label('fio'), null, MSG.emptyName, 'empty-name');
      continue;
    }
    const person = people.index.add(fio, people.tab, rowNo);
    if (person === TOTALS_ROW) {
      report('info', rowNo, label('fio'), null, MSG.totalsRow, 'totals-row');
      continue;
    }
    if (person !== NEW_PERSON) {
      // Read before: earlier in this tab (a duplicate), or in another tab (a part-timer, whose
      // second row in this tab is still a duplicate).
      const firstHere = people.index.tabOf(person) === people.tab ? people.index.rowOf(person) : partTimersHere.get(person);
      if (firstHere !== undefined) {
        report('warning', rowNo, label('fio'), null, MSG.duplicateName(firstHere), 'duplicate');
        continue;
      }
      partTimersHere.set(person, rowNo);
      partTimers.push({ row: rowNo, firstTab: people.index.tabOf(person), firstRow: people.index.rowOf(person) });
    }

    let birth: Birth | null = null;
    for (let q = 0; q < readers.length; q++) {
      const reader = readers[q]!;
      const cell = cells[reader.column];
      let unknown: boolean;
      if (reader.slot < 0) unknown = (birth = parsers.birth(cell)).unknown;
      else unknown = (current[reader.slot] = reader.codes.answer(cell)) === unknownCodes[reader.slot];
      if (unknown) report('warning', rowNo, reader.label, cellText(cell), isFormulaError(cell) ? MSG.formulaError : MSG.unknownValue(reader.expected), 'unknown-value');
    }
    if (ageDerived) current[ageSlot] = nullCodes[ageSlot]!;
    if (!categoryColumn) current[categorySlot] = nullCodes[categorySlot]!;

    // Age: the Возраст column wins; otherwise whole years from the birth date at the reference date.
    if (birth !== null && current[ageSlot] === nullCodes[ageSlot]) {
      if (birth.future) report('warning', rowNo, label('birthDate'), cellText(cells[birthColumn]), MSG.futureBirth, 'implausible');
      current[ageSlot] = birth.ageCode;
    }

    // Staff category: read, or inferred from the position when the column or the cell is empty.
    const positionValue = positionSlot >= 0 ? valueIn(positionSlot) : undefined;
    const position = typeof positionValue === 'string' ? positionValue : '';
    if (positionValue === null) {
      report('warning', rowNo, label('position'), null, ROSTER_TEXT.missingPosition, 'missing-value');
    }
    if (current[categorySlot] === nullCodes[categorySlot]) {
      const inferred = inferStaffCategory(position);
      current[categorySlot] = categories.codeOf(inferred);
      if (categoryColumn) inferredCells++;
      else if (inferred === STAFF.mgmt) inferredMgmt++;
      else inferredPed++;
    }

    plausible.age = numberIn(checks.age);
    plausible.experienceYears = numberIn(checks.experienceYears);
    plausible.weeklyHours = numberIn(checks.weeklyHours);
    plausible.diagScore = numberIn(checks.diagScore);
    plausible.mgmtScore = numberIn(checks.mgmtScore);
    checkPlausibility(plausible, rowNo, label, report);
    for (let q = 0; q < reportEmpty.length; q++) {
      const e = reportEmpty[q]!;
      if (current[e.slot] === nullCodes[e.slot]) {
        e.count++;
        e.rows.add(rowNo);
      }
    }
    const at = rows.length;
    out.set(current, at * width);
    rows.push(rowNo);
  }

  if (!categoryColumn && rows.length > 0) report('info', null, null, null, MSG.inferredCategory(inferredPed, inferredMgmt), 'inferred-category');
  if (inferredCells > 0) report('info', null, label('staffCategory'), null, MSG.inferredCategoryCells(inferredCells), 'inferred-category');
  for (const e of reportEmpty) {
    if (e.count === 0) continue;
    const column = label(e.key as RosterFieldKey);
    issues.push({
      severity: 'warning', sheet: sheet.name, row: null, column, value: null, code: 'missing-value',
      message: MSG.missingNumber(e.count, column),
      rows: e.rows.ranges.map(([a, b]) => [a, b] as const),
      ...(e.rows.more > 0 ? { moreRows: e.rows.more } : {}),
    });
  }
  if (rows.length === 0) report('warning', null, null, null, MSG.emptyTab, 'empty-tab');
  const n = rows.length;
  const values = new Map<FieldKey, Column>(keys.map((key, j) => [key, { codes: columnCodes(out, j, width, n, dictionaries[j]!.values.length), dictionary: dictionaries[j]!.values }]));
  return { header, columns, rows, partTimers, values };
}

/** The values the plausibility checks read: numbers, or null when empty, unread or not a number. */
interface PlausibilityValues {
  age: number | null;
  experienceYears: number | null;
  weeklyHours: number | null;
  diagScore: number | null;
  mgmtScore: number | null;
}

function checkPlausibility(
  v: PlausibilityValues,
  rowNo: number,
  label: (key: RosterFieldKey) => string,
  report: (severity: Issue['severity'], row: number | null, column: string | null, value: string | null, message: string, code: Issue['code']) => void,
): void {
  const { age, experienceYears: exp, weeklyHours: hours } = v;
  if (age !== null && (age < 18 || age > 80)) report('warning', rowNo, label('age'), String(age), MSG.ageImplausible(age), 'implausible');
  if (exp !== null && exp < 0) report('warning', rowNo, label('experienceYears'), String(exp), MSG.negative(exp), 'implausible');
  else if (exp !== null && age !== null && exp > age - 16) report('warning', rowNo, label('experienceYears'), String(exp), MSG.experienceImplausible(exp, age), 'implausible');
  if (hours !== null && hours < 0) report('warning', rowNo, label('weeklyHours'), String(hours), MSG.negative(hours), 'implausible');
  else if (hours !== null && hours > 54) report('warning', rowNo, label('weeklyHours'), String(hours), MSG.hoursImplausible(hours), 'implausible');
  if (v.diagScore !== null && (v.diagScore < 0 || v.diagScore > 100)) report('warning', rowNo, label('diagScore'), String(v.diagScore), MSG.scoreImplausible(v.diagScore), 'implausible');
  if (v.mgmtScore !== null && (v.mgmtScore < 0 || v.mgmtScore > 100)) report('warning', rowNo, label('mgmtScore'), String(v.mgmtScore), MSG.scoreImplausible(v.mgmtScore), 'implausible');
}
