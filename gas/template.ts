/**
 * «Создать шаблон»: adds the template sheets of core/template.ts that the workbook does not have
 * yet — `Настройки`, `Организации`, `Муниципалитет` and, when there is no organisation tab yet,
 * an example organisation tab — each with a bold frozen header and drop-down validations. An
 * existing sheet is never touched. When organisation tabs (non-empty sheets that are not reserved)
 * already exist, the new `Организации` lists them instead of the example.
 */
import {
  EXAMPLE_ORGANIZATION_TAB,
  SHEET,
  TEMPLATE_DATA_ROWS,
  TONE_STYLES,
  templateContext,
  templateSheets,
  type SheetData,
  type TemplateSheet,
  type Validation,
} from '../core/index';
import { now } from './budget';
import { withDocumentLock } from './lock';
import { TEXT } from './messages';
import { widthRuns } from './render';
import type { TemplateReport } from './shared/api';
import { sheetRoles, type SheetRoles } from './tabs';
import { normalizeText } from '../core/text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function createTemplateSheets(): TemplateReport {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheets, classified, organizationTabs: orgTabs } = sheetRoles(ss);
    const names = sheets.map((s) => s.name);
    const existing = new Set(names.map((n) => n.toLowerCase()));
    const present = (name: string): boolean =>
      existing.has(name.toLowerCase()) ||
      (name === SHEET.settings && Boolean(classified.settings)) ||
      (name === SHEET.organizations && Boolean(classified.organizations)) ||
      (name === SHEET.municipality && Boolean(classified.municipality));

    const created: string[] = [];
    const kept: string[] = [];
    let position = names.length;
    let first: Sheet | null = null;
    const context = templateContext(contextSheets(sheets, classified, orgTabs), new Date(now()));
    for (const t of adapt(templateSheets(new Date(now()), context), orgTabs)) {
      if (t.name === EXAMPLE_ORGANIZATION_TAB && orgTabs.length > 0) continue;
      if (present(t.name)) {
        kept.push(t.name);
        continue;
      }
      const sheet = ss.insertSheet(t.name, position++);
      fillTemplate(sheet, t);
      created.push(t.name);
      if (!first || t.name === EXAMPLE_ORGANIZATION_TAB) first = sheet;
    }
    if (first) ss.setActiveSheet(first);
    const message = TEXT.templateCreated(created, kept) + (created.includes(EXAMPLE_ORGANIZATION_TAB) ? ` ${TEXT.templateNextStep}` : '');
    return { created, kept, message };
  });
}

/**
 * What the drop-downs of «Мероприятия» and «Сведения ОО» list: the organisation tabs by name, and
 * the values of `Настройки` (the preset), `Организации` and «Настройка показателей» — the only
 * sheets read, and only when they exist.
 */
function contextSheets(sheets: SheetRoles['sheets'], classified: SheetRoles['classified'], orgTabs: readonly string[]): SheetData[] {
  const out: SheetData[] = orgTabs.map((name) => ({ name, values: [] }));
  const catalogue = classified.other.find((s) => normalizeText(s.name) === normalizeText(SHEET.catalogue));
  for (const s of [classified.settings, classified.organizations, catalogue]) {
    const sheet = s ? sheets.find((x) => x.name === s.name)?.sheet : undefined;
    if (s && sheet && sheet.getLastRow() > 0) out.push({ name: s.name, values: sheet.getDataRange().getValues() });
  }
  return out;
}

/** With organisation tabs present, `Организации` lists them (types left for the user to choose). */
function adapt(sheets: TemplateSheet[], orgTabs: readonly string[]): TemplateSheet[] {
  if (orgTabs.length === 0) return sheets;
  return sheets.map((t) => {
    if (t.name !== SHEET.organizations) return t;
    const width = t.rows[0]?.length ?? 1;
    const rows = orgTabs.map((name) => [name, ...new Array<null>(width - 1).fill(null)]);
    return { ...t, rows: [t.rows[0] ?? [], ...rows] };
  });
}

function fillTemplate(sheet: Sheet, t: TemplateSheet): void {
  const width = t.columnWidths.length;
  // A template is filled in by hand, so its grid is sized exactly (unlike output sheets).
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const maxRows = sheet.getMaxRows();
  if (maxRows < TEMPLATE_DATA_ROWS) sheet.insertRowsAfter(maxRows, TEMPLATE_DATA_ROWS - maxRows);

  const rows = t.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormats(rows.map((r) => r.map((v) => (typeof v === 'string' ? '@' : 'General'))));
  range.setValues(rows.map((r) => r.map((v) => (v === null ? '' : v))));
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground(TONE_STYLES.header.background).setWrap(true).setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  for (const run of widthRuns(t.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, run.width);
  for (const c of t.textColumns ?? []) sheet.getRange(2, c + 1, TEMPLATE_DATA_ROWS - 1, 1).setNumberFormat('@');
  for (const run of validationRuns(t.validations)) {
    sheet.getRange(2, run.column + 1, TEMPLATE_DATA_ROWS - 1, run.count).setDataValidation(buildRule(run.validation));
  }
}

/** Consecutive columns with the same rule share one setDataValidation call. */
function validationRuns(validations: readonly Validation[]): { column: number; count: number; validation: Validation }[] {
  const sorted = [...validations].sort((a, b) => a.column - b.column);
  const runs: { column: number; count: number; validation: Validation }[] = [];
  for (const v of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.count === v.column && sameRule(last.validation, v)) last.count++;
    else runs.push({ column: v.column, count: 1, validation: v });
  }
  return runs;
}

function sameRule(a: Validation, b: Validation): boolean {
  if (a.kind === 'list' && b.kind === 'list') return a.values.join('\u0000') === b.values.join('\u0000');
  if (a.kind === 'number' && b.kind === 'number') return a.min === b.min && a.max === b.max;
  return a.kind === 'date' && b.kind === 'date';
}

/**
 * Drop-downs warn rather than reject: the contract accepts other spellings too («+», «1», «Да»),
 * and pasted data must not be refused.
 */
function buildRule(v: Validation): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  switch (v.kind) {
    case 'list':
      return b.requireValueInList([...v.values], true).setHelpText(`Выберите из списка: ${v.values.join(', ')}`).build();
    case 'number':
      return b.requireNumberBetween(v.min, v.max).setHelpText(`Число от ${v.min} до ${v.max}`).build();
    case 'date':
      return b.requireDate().setHelpText('Дата, например 15.03.1985').build();
  }
}
