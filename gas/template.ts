/**
 * «Создать шаблон»: adds the template sheets of core/template.ts that the workbook does not have
 * yet — `Настройки`, `Организации`, `Муниципалитет` and, when there is no organisation tab yet,
 * an example organisation tab — each with a bold frozen header and drop-down validations. An
 * existing sheet is never touched. When organisation tabs (non-empty sheets that are not reserved)
 * already exist, the new `Организации` lists them instead of the example.
 */
import { EXAMPLE_ORGANIZATION_TAB, normalizeText, SHEET, templateContext, templatePlan, type SheetData } from '../core/index';
import { now } from './budget';
import { withDocumentLock } from './lock';
import { TEXT } from './messages';
import { gasPort } from './port';
import type { TemplateReport } from './shared/api';
import { sheetRoles, type SheetRoles } from './tabs';

export function createTemplateSheets(): TemplateReport {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheets, classified, organizationTabs: orgTabs } = sheetRoles(ss);
    const today = new Date(now());
    const context = templateContext(contextSheets(sheets, classified, orgTabs), today);
    // Only organisation tabs are looked at for content (one getLastRow each, as sheetRoles does).
    const filled = new Set(orgTabs);
    const candidates = new Set(classified.organizationTabs.map((t) => t.name));
    const plan = templatePlan(sheets.map((s) => ({ name: s.name, empty: candidates.has(s.name) && !filled.has(s.name) })), today, context);
    gasPort(ss).addTemplate(plan.add);
    const created = plan.add.map((t) => t.name);
    const first = created.includes(EXAMPLE_ORGANIZATION_TAB) ? EXAMPLE_ORGANIZATION_TAB : created[0];
    if (first) ss.setActiveSheet(ss.getSheetByName(first)!);
    const kept = [...plan.kept];
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
