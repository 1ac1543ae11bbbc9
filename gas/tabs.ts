/**
 * The sheets of the open spreadsheet by role, from names alone plus one getLastRow per candidate:
 * for «Создать шаблон» and the sidebar's first screen, which need to know what exists but not to
 * read any data. An empty sheet (the «Лист1» of a new spreadsheet) is not an organisation.
 */
import { classifySheets } from '../core/index';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetRoles {
  readonly sheets: readonly { readonly sheet: Sheet; readonly name: string }[];
  readonly classified: ReturnType<typeof classifySheets>;
  /** Non-empty organisation tabs, in tab order. */
  readonly organizationTabs: readonly string[];
}

export function sheetRoles(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetRoles {
  const sheets = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  const classified = classifySheets(sheets.map((s) => ({ name: s.name, values: [] })));
  const candidates = new Set(classified.organizationTabs.map((t) => t.name));
  const organizationTabs = sheets.filter((s) => candidates.has(s.name) && s.sheet.getLastRow() > 0).map((s) => s.name);
  return { sheets, classified, organizationTabs };
}
