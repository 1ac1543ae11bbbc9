/**
 * «Создать шаблон» in Excel: adds the template's sheets the workbook does not have yet (never
 * touching an existing one), with bold frozen headers, column widths and the drop-down lists and
 * number/date checks each column accepts. The layout itself is the core's templateSheets.
 */
import { TEMPLATE_DATA_ROWS, TONE_STYLES, templateSheets, type TemplateSheet, type Validation } from '../../../core/index';
import { normalizeText } from '../../../core/text';
import type { XlRequestContext } from './port';
import { pixelsToPoints } from './write-plan';

/** Creates the missing template sheets; returns their names (empty when all exist). */
export async function createTemplate(context: XlRequestContext, today: Date): Promise<string[]> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  await context.sync();
  const existing = new Set(collection.items.map((ws) => normalizeText(ws.name)));
  const missing = templateSheets(today).filter((t) => !existing.has(normalizeText(t.name)));
  for (const sheet of missing) queueTemplateSheet(context, sheet);
  if (missing.length > 0) {
    collection.getItem(missing[0]!.name).activate();
    await context.sync();
  }
  return missing.map((t) => t.name);
}

function queueTemplateSheet(context: XlRequestContext, sheet: TemplateSheet): void {
  const ws = context.workbook.worksheets.add(sheet.name);
  const width = Math.max(sheet.columnWidths.length, ...sheet.rows.map((r) => r.length));
  const values = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const range = ws.getRangeByIndexes(0, 0, values.length, width);
  // Text stays text (a period such as 2023-2024 must not become a date); empty cells stay General.
  range.numberFormat = values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? '@' : 'General')));
  range.values = values;
  const header = ws.getRangeByIndexes(0, 0, 1, width);
  const style = TONE_STYLES.header;
  if (style.background) header.format.fill.color = style.background;
  if (style.font) header.format.font.color = style.font;
  header.format.font.bold = true;
  header.format.wrapText = true;
  sheet.columnWidths.forEach((px, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pixelsToPoints(px);
  });
  ws.freezePanes.freezeRows(1);
  for (const v of sheet.validations) {
    const cells = ws.getRangeByIndexes(1, v.column, TEMPLATE_DATA_ROWS - 1, 1);
    cells.dataValidation.rule = validationRule(v);
    cells.dataValidation.errorAlert = {
      showAlert: true,
      style: v.kind === 'list' ? 'Warning' : 'Stop',
      title: 'Проверка значения',
      message: validationMessage(v),
    };
  }
}

/** An Excel.DataValidationRule for a template validation. */
export function validationRule(v: Validation): unknown {
  switch (v.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.values.join(',') } };
    case 'number':
      return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    case 'date':
      return { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
  }
}

function validationMessage(v: Validation): string {
  switch (v.kind) {
    case 'list':
      return `Выберите значение из списка: ${v.values.join(', ')}.`;
    case 'number':
      return `Введите число от ${v.min} до ${v.max}.`;
    case 'date':
      return 'Введите дату, например 15.09.1985.';
  }
}
