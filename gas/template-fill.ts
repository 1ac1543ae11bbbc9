/**
 * One template sheet of «Создать шаблон» written into a new Google Sheets sheet: values (text
 * cells as text), a bold frozen header, column widths, text columns, and the drop-down lists and
 * number/date checks each column accepts (warnings, not rejections). Used by the port's addTemplate.
 */
import { TEMPLATE_DATA_ROWS, TONE_STYLES, type TemplateSheet, type Validation } from '../core/index';
import { TEMPLATE_HELP } from './messages';
import { widthRuns } from './render';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function fillTemplate(sheet: Sheet, t: TemplateSheet): void {
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
      return b.requireValueInList([...v.values], true).setHelpText(TEMPLATE_HELP.list(v.values)).build();
    case 'number':
      return b.requireNumberBetween(v.min, v.max).setHelpText(TEMPLATE_HELP.number(v.min, v.max)).build();
    case 'date':
      return b.requireDate().setHelpText(TEMPLATE_HELP.date).build();
  }
}
