/**
 * «Создать шаблон» in Excel: adds the template's sheets the workbook does not have yet (never
 * touching an existing one), with bold frozen headers, column widths and the drop-down lists and
 * number/date checks each column accepts. The layout itself is the core's templateSheets.
 */
import {
  classifySheets,
  columnLetter,
  EXAMPLE_ORGANIZATION_TAB,
  normalizeText,
  SHEET,
  TEMPLATE_DATA_ROWS,
  templateContext,
  templatePlan,
  TONE_STYLES,
  type SheetData,
  type TemplateSheet,
  type Validation,
} from '../../../core/index';
import { TEMPLATE_CHECK } from '../messages';
import type { XlRequestContext, XlWorksheetCollection } from './office-api';
import { excelPort } from './port';
import { pixelsToPoints } from './write-plan';

/**
 * Creates the template sheets the workbook does not have yet, as the core's templatePlan says (the
 * example tab only when no organisation tab has content, `Организации` listing the tabs that
 * exist); returns their names (empty when all exist).
 */
export async function createTemplate(context: XlRequestContext, today: Date): Promise<string[]> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  await context.sync();
  const names = collection.items.map((ws) => ws.name);
  const { template, filledTabs } = await workbookContext(context, names, today);
  const candidates = new Set(classifySheets(names.map((name) => ({ name, values: [] }))).organizationTabs.map((s) => s.name));
  const plan = templatePlan(names.map((name) => ({ name, empty: candidates.has(name) && !filledTabs.has(name) })), today, template);
  if (plan.add.length === 0) return [];
  await excelPort(context).addTemplate(plan.add);
  const created = plan.add.map((t) => t.name);
  collection.getItem(created.includes(EXAMPLE_ORGANIZATION_TAB) ? EXAMPLE_ORGANIZATION_TAB : created[0]!).activate();
  await context.sync();
  return created;
}

/** Queues the template sheets; a long drop-down list goes to the hidden list sheet unless a sheet of that name is the user's. */
export function queueTemplateSheets(context: XlRequestContext, sheets: readonly TemplateSheet[], existingNames: readonly string[]): void {
  const lists = new ListSheet(context, existingNames.some((n) => normalizeText(n) === normalizeText(LIST_SHEET)));
  for (const sheet of sheets) queueTemplateSheet(context, sheet, lists);
}

/**
 * The drop-downs of «Мероприятия» and «Сведения ОО» list the workbook's own preset and
 * organisations: the tab names, and the values of `Настройки`, `Организации` and «Настройка
 * показателей» (read in one sync, and only those that exist).
 */
async function workbookContext(context: XlRequestContext, names: readonly string[], today: Date) {
  const classified = classifySheets(names.map((name) => ({ name, values: [] })));
  const catalogue = classified.other.find((s) => normalizeText(s.name) === normalizeText(SHEET.catalogue));
  const wanted = [classified.settings, classified.organizations, catalogue].filter((s): s is SheetData => s !== undefined);
  const ranges = wanted.map((s) => {
    const range = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
    range.load('values');
    return { name: s.name, range };
  });
  // An empty sheet (the «Лист1» of a new workbook) is not an organisation.
  const tabs = classified.organizationTabs.map((s) => {
    const range = context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(true);
    range.load('address');
    return { name: s.name, range };
  });
  if (ranges.length + tabs.length > 0) await context.sync();
  const filled = tabs.filter((t) => !t.range.isNullObject);
  const sheets: SheetData[] = [
    ...filled.map((t) => ({ name: t.name, values: [] })),
    ...ranges.map(({ name, range }) => ({ name, values: range.isNullObject ? [] : range.values })),
  ];
  return { template: templateContext(sheets, today), filledTabs: new Set(filled.map((t) => t.name)) };
}

/**
 * Excel keeps an inline drop-down list to 255 characters; a longer one (the criterion ids of a
 * preset, the organisations of a town) is written to a column of a hidden sheet of the program's
 * own and the drop-down refers to it. An existing sheet of that name is never written: the long
 * list is then left without a drop-down.
 */
export const LIST_SHEET = '_pedmonitor_lists';
const INLINE_LIST_LIMIT = 255;

class ListSheet {
  private columns = 0;
  private sheet: ReturnType<XlWorksheetCollection['add']> | null = null;

  constructor(
    private readonly context: XlRequestContext,
    private readonly taken: boolean,
  ) {}

  /** The list source for a validation: inline when short, a range of the hidden sheet when long, null when impossible. */
  source(values: readonly string[]): string | null {
    const inline = values.join(',');
    if (inline.length <= INLINE_LIST_LIMIT) return inline;
    if (this.taken) return null;
    if (!this.sheet) {
      this.sheet = this.context.workbook.worksheets.add(LIST_SHEET);
      this.sheet.visibility = 'Hidden';
    }
    const column = this.columns++;
    // Text, so that «8.10» stays «8.10» and never becomes the number 8.1.
    const range = this.sheet.getRangeByIndexes(0, column, values.length, 1);
    range.numberFormat = values.map(() => ['@']);
    range.values = values.map((v) => [v]);
    const letter = columnLetter(column);
    return `='${LIST_SHEET}'!$${letter}$1:$${letter}$${values.length}`;
  }
}

function queueTemplateSheet(context: XlRequestContext, sheet: TemplateSheet, lists: ListSheet): void {
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
  for (const c of sheet.textColumns ?? []) {
    ws.getRangeByIndexes(1, c, TEMPLATE_DATA_ROWS - 1, 1).numberFormat = Array.from({ length: TEMPLATE_DATA_ROWS - 1 }, () => ['@']);
  }
  for (const v of sheet.validations) {
    const source = v.kind === 'list' ? lists.source(v.values) : null;
    if (v.kind === 'list' && source === null) continue;
    const cells = ws.getRangeByIndexes(1, v.column, TEMPLATE_DATA_ROWS - 1, 1);
    cells.dataValidation.rule = validationRule(v, source ?? undefined);
    cells.dataValidation.errorAlert = {
      showAlert: true,
      style: v.kind === 'list' ? 'Warning' : 'Stop',
      title: TEMPLATE_CHECK.title,
      message: validationMessage(v),
    };
  }
}

/** An Excel.DataValidationRule for a template validation. */
export function validationRule(v: Validation, source?: string): unknown {
  switch (v.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: source ?? v.values.join(',') } };
    case 'number':
      return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
    case 'date':
      return { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
  }
}

function validationMessage(v: Validation): string {
  switch (v.kind) {
    case 'list': {
      // Excel keeps an alert's message to 225 characters: a long list is named, not spelt out.
      const list = v.values.join(', ');
      return list.length <= 180 ? TEMPLATE_CHECK.list(v.values) : TEMPLATE_CHECK.longList;
    }
    case 'number':
      return TEMPLATE_CHECK.number(v.min, v.max);
    case 'date':
      return TEMPLATE_CHECK.date;
  }
}
