/**
 * Reads one organisation tab into typed rows by the rules of workbook.md §1.2–1.3: typed values,
 * totals rows, rows without a name, duplicates within the tab; plausibility checks; category
 * inference. Every problem becomes an Issue naming the sheet, row and column.
 */
import { cellText, isBlank, type CellValue, type SheetData } from '../cells';
import { fieldDef, type CustomFieldDef, type CustomFieldType, type FieldKey, type FieldType, type RosterFieldKey } from '../fields';
import type { Issue } from '../issues';
import { EXPECTED, MSG } from '../messages';
import type { FieldValue, PersonRecord } from '../records';
import { compactText, normalizeName, normalizeText } from '../text';
import {
  ageAt,
  inferStaffCategory,
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
import { findRosterHeader, type RosterHeader } from './header';

export interface RosterContext {
  readonly referenceDate: Date;
  /** Fields the chosen criteria use: only their missing columns and empty cells are reported. */
  readonly usedFields: ReadonlySet<FieldKey>;
  /** Columns declared on «Настройка показателей», read by their type like built-in ones. */
  readonly customFields?: readonly CustomFieldDef[];
}

export interface RosterRow {
  readonly row: number;
  readonly nameKey: string;
  readonly values: Partial<Record<FieldKey, FieldValue>>;
}

export interface Roster {
  readonly header: RosterHeader;
  readonly columns: ReadonlySet<FieldKey>;
  readonly rows: readonly RosterRow[];
}

/** Numeric fields whose empty cells take a row out of criteria (so they are reported). */
const REPORT_EMPTY: readonly FieldKey[] = ['age', 'experienceYears', 'weeklyHours'];

/** A cell parsed by the type of its column; built-in and declared columns share this one switch. */
function parseByType(type: FieldType, cell: CellValue): Parsed<boolean | number | string | Date> {
  switch (type) {
    case 'yesno':
      return parseYesNo(cell);
    case 'number':
      return parseNumber(cell);
    case 'date':
      return parseDate(cell);
    case 'staffCategory':
      return parseStaffCategory(cell);
    case 'qualification':
      return parseQualification(cell);
    case 'contestLevel':
      return parseContestLevel(cell);
    case 'text':
      return parseText(cell);
  }
}

function parseCell(key: RosterFieldKey, cell: CellValue): Parsed<boolean | number | string | Date> {
  return parseByType(fieldDef(key).type, cell);
}

function parseCustomCell(type: CustomFieldType, cell: CellValue): Parsed<boolean | number | string | Date> {
  return parseByType(type, cell);
}

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
  const header = findRosterHeader(sheet.values);
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

  for (const d of header.duplicates) report('info', header.rowIndex + 1, header.labels.get(d.column) ?? null, null, MSG.duplicateColumn(header.labels.get(d.column) ?? ''), 'duplicate-column');
  const custom = customColumns(header, ctx.customFields ?? []);
  for (const c of custom.duplicates) report('info', header.rowIndex + 1, header.labels.get(c) ?? null, null, MSG.duplicateColumn(header.labels.get(c) ?? ''), 'duplicate-column');

  const columns = new Set<FieldKey>(header.columns.keys());
  if (columns.has('birthDate')) columns.add('age');
  columns.add('staffCategory');
  columns.delete('birthDate');
  for (const f of custom.found) columns.add(f.def.key);
  const categoryColumn = header.columns.has('staffCategory');

  const rows: RosterRow[] = [];
  const seen = new Map<string, number>();
  const emptyCounts = new Map<FieldKey, number>();
  let inferredCells = 0;
  let inferredPed = 0;
  let inferredMgmt = 0;

  const knownColumns = [...header.columns.values(), ...custom.found.map((f) => f.column)];
  for (let r = header.rowIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    // Fully empty: nothing in any known column. An unchecked checkbox (FALSE) is an empty answer,
    // and a cell in a column the program does not know (a pre-filled «№ п/п») is not data.
    if (knownColumns.every((c) => isBlank(cells[c]) || cells[c] === false)) continue;
    const rowNo = r + 1;
    const fio = parseText(cells[header.columns.get('fio') ?? -1]);
    if (fio === null) {
      report('warning', rowNo, label('fio'), null, MSG.emptyName, 'empty-name');
      continue;
    }
    const nameKey = normalizeName(fio);
    if (/^(итого|всего)/.test(nameKey)) {
      report('info', rowNo, label('fio'), null, MSG.totalsRow, 'totals-row');
      continue;
    }
    const firstRow = seen.get(nameKey);
    if (firstRow !== undefined) {
      report('warning', rowNo, label('fio'), null, MSG.duplicateName(firstRow), 'duplicate');
      continue;
    }
    seen.set(nameKey, rowNo);

    const values: Partial<Record<FieldKey, FieldValue>> = {};
    let birthDate: Date | null | typeof UNKNOWN = null;
    for (const [key, c] of header.columns) {
      if (key === 'fio') continue;
      const cell = cells[c];
      const parsed = parseCell(key, cell);
      if (parsed === UNKNOWN) {
        const def = fieldDef(key);
        report('warning', rowNo, label(key), cellText(cell), MSG.unknownValue(EXPECTED[def.type]), 'unknown-value');
      }
      if (key === 'birthDate') birthDate = parsed as Date | null | typeof UNKNOWN;
      else values[key] = parsed instanceof Date ? parsed.toISOString().slice(0, 10) : parsed;
    }

    for (const { def, column } of custom.found) {
      const cell = cells[column];
      const parsed = parseCustomCell(def.type, cell);
      if (parsed === UNKNOWN) report('warning', rowNo, header.labels.get(column) ?? def.header, cellText(cell), MSG.unknownValue(EXPECTED[def.type]), 'unknown-value');
      values[def.key] = parsed instanceof Date ? parsed.toISOString().slice(0, 10) : parsed;
    }

    // Age: the Возраст column wins; otherwise whole years from the birth date at the reference date.
    if (columns.has('age') && (values.age === null || values.age === undefined)) {
      if (birthDate instanceof Date) {
        if (birthDate.getTime() > ctx.referenceDate.getTime()) {
          report('warning', rowNo, label('birthDate'), cellText(cells[header.columns.get('birthDate') ?? -1]), MSG.futureBirth, 'implausible');
          values.age = UNKNOWN;
        } else values.age = ageAt(birthDate, ctx.referenceDate);
      } else values.age = birthDate === UNKNOWN ? UNKNOWN : null;
    }

    // Staff category: read, or inferred from the position when the column or the cell is empty.
    const position = typeof values.position === 'string' ? values.position : '';
    if (values.position === null && header.columns.has('position')) {
      report('warning', rowNo, label('position'), null, 'Не заполнена должность: работник не отнесён ни к учителям, ни к другим должностям', 'missing-value');
    }
    if (values.staffCategory === null || values.staffCategory === undefined) {
      const inferred = inferStaffCategory(position);
      values.staffCategory = inferred;
      if (categoryColumn) inferredCells++;
      else if (inferred === 'управленческий') inferredMgmt++;
      else inferredPed++;
    }

    checkPlausibility(values, rowNo, label, report);
    for (const key of REPORT_EMPTY) {
      if (ctx.usedFields.has(key) && columns.has(key) && values[key] === null) emptyCounts.set(key, (emptyCounts.get(key) ?? 0) + 1);
    }
    rows.push({ row: rowNo, nameKey, values });
  }

  if (!categoryColumn && rows.length > 0) report('info', null, null, null, MSG.inferredCategory(inferredPed, inferredMgmt), 'inferred-category');
  if (inferredCells > 0) report('info', null, label('staffCategory'), null, MSG.inferredCategoryCells(inferredCells), 'inferred-category');
  for (const [key, count] of emptyCounts) {
    const column = label(key as RosterFieldKey);
    report('warning', null, column, null, MSG.missingNumber(count, column), 'missing-value');
  }
  if (rows.length === 0) report('warning', null, null, null, MSG.emptyTab, 'empty-tab');
  return { header, columns, rows };
}

function checkPlausibility(
  values: Partial<Record<FieldKey, FieldValue>>,
  rowNo: number,
  label: (key: RosterFieldKey) => string,
  report: (severity: Issue['severity'], row: number | null, column: string | null, value: string | null, message: string, code: Issue['code']) => void,
): void {
  const num = (key: FieldKey): number | null => (typeof values[key] === 'number' ? (values[key] as number) : null);
  const age = num('age');
  const exp = num('experienceYears');
  const hours = num('weeklyHours');
  if (age !== null && (age < 18 || age > 80)) report('warning', rowNo, label('age'), String(age), MSG.ageImplausible(age), 'implausible');
  if (exp !== null && exp < 0) report('warning', rowNo, label('experienceYears'), String(exp), MSG.negative(exp), 'implausible');
  else if (exp !== null && age !== null && exp > age - 16) report('warning', rowNo, label('experienceYears'), String(exp), MSG.experienceImplausible(exp, age), 'implausible');
  if (hours !== null && hours < 0) report('warning', rowNo, label('weeklyHours'), String(hours), MSG.negative(hours), 'implausible');
  else if (hours !== null && hours > 54) report('warning', rowNo, label('weeklyHours'), String(hours), MSG.hoursImplausible(hours), 'implausible');
  for (const key of ['diagScore', 'mgmtScore'] as const) {
    const v = num(key);
    if (v !== null && (v < 0 || v > 100)) report('warning', rowNo, label(key), String(v), MSG.scoreImplausible(v), 'implausible');
  }
}
