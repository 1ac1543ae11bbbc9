/**
 * The template sheets of this issue for «Создать шаблон»: «Мероприятия» (workbook.md §8) and
 * «Сведения ОО» (§9), with drop-downs for the organisation, the criterion id of the current
 * preset, the status and the deadline. «Мероприятия» lines up with the table of «Рекомендации»
 * column for column — a recommendation's row copied into it is a measure, its recommendation text
 * under «Мероприятие» and its addressee under «Ответственный» — and adds the deadline, the status
 * and the period of the decision after it. The program never writes either sheet after this.
 */
import type { SheetData } from '../cells';
import { catalogueOrigin, readCatalogue } from '../catalogue/index';
import { defaultPeriod, utcDay } from '../compute-workbook';
import type { Preset } from '../criteria';
import { RECOMMENDATION_HEADER } from '../output/recommendations-sheet';
import { DEFAULT_PRESET_ID, findPreset } from '../presets/index';
import { readSettings } from '../read/settings';
import { findTableHeader } from '../read/header';
import { classifySheets, SHEET } from '../read/workbook';
import { normalizeText } from '../text';
import type { TemplateSheet, Validation } from '../template';
import { MEASURE_COLUMNS, MEASURE_STATUS, MEASURE_TEXT, RECOMMENDATION_TO_MEASURE_HEADER } from '../texts/ru/measures';
import { ORG_REPORT_COLUMNS } from '../texts/ru/org-reports';
import { periodBefore } from './judge';

/** What the drop-downs offer: the current preset's criterion ids and the workbook's organisations. */
export interface TemplateContext {
  readonly criterionIds: readonly string[];
  readonly organizations: readonly string[];
  /** The period decisions are taken in by default: the one before the current. */
  readonly decisionPeriod: string | null;
}

/**
 * The context of a workbook as it is: the preset of `Настройки` (or «Настройка показателей»),
 * the organisation tabs and the organisations of `Организации`. Without sheets: the default preset.
 */
export function templateContext(sheets: readonly SheetData[], today: Date): TemplateContext {
  const classified = classifySheets(sheets);
  const settings = classified.settings ? readSettings(classified.settings, []) : null;
  let preset: Preset = findPreset(settings?.presetId ?? DEFAULT_PRESET_ID) ?? (findPreset(DEFAULT_PRESET_ID) as Preset);
  const catalogue = classified.other.find((s) => normalizeText(s.name) === normalizeText(SHEET.catalogue));
  if (catalogue) {
    const origin = catalogueOrigin(catalogue.values);
    const read = readCatalogue(catalogue.values, (origin === null ? undefined : findPreset(origin)) ?? preset, catalogue.name);
    if (read.found) preset = read.preset;
  }
  const names = new Map<string, string>();
  for (const tab of classified.organizationTabs) names.set(normalizeText(tab.name), tab.name);
  // `Организации` names its organisations in a column of the same name as «Сведения ОО».
  const nameColumn = ORG_REPORT_COLUMNS.organization;
  const listing = classified.organizations ? findTableHeader(classified.organizations.values, [nameColumn]) : null;
  if (classified.organizations && listing) {
    const col = listing.indexOf(nameColumn) as number;
    for (const row of classified.organizations.values.slice(listing.rowIndex + 1)) {
      const v = row[col];
      if (typeof v === 'string' && v.trim() !== '' && !names.has(normalizeText(v))) names.set(normalizeText(v), v.trim());
    }
  }
  const period = settings?.period ?? defaultPeriod(utcDay(today));
  return { criterionIds: preset.criteria.map((c) => c.id), organizations: [...names.values()], decisionPeriod: periodBefore(period) };
}

/** The context of an empty workbook: the default preset, no organisations yet. */
export function defaultTemplateContext(today: Date): TemplateContext {
  return templateContext([], today);
}

/** «Мероприятия»'s header: the recommendations table renamed where it differs, then deadline, status, period. */
export function measuresHeader(): string[] {
  return [...RECOMMENDATION_HEADER.map((h) => RECOMMENDATION_TO_MEASURE_HEADER[h] ?? h), MEASURE_COLUMNS.deadline, MEASURE_COLUMNS.status, MEASURE_COLUMNS.period];
}

export function measuresTemplateSheets(ctx: TemplateContext): TemplateSheet[] {
  const header = measuresHeader();
  const at = (name: string): number => header.indexOf(name);
  const organizations = [MEASURE_TEXT.municipality, ...ctx.organizations];
  const list = (column: number, values: readonly string[]): Validation[] => (column >= 0 && values.length > 0 ? [{ column, kind: 'list', values }] : []);
  const measures: TemplateSheet = {
    name: SHEET.measures,
    rows: [header],
    validations: [
      ...list(at(MEASURE_COLUMNS.organization), organizations),
      ...list(at(MEASURE_COLUMNS.criteria), ctx.criterionIds),
      ...list(at(MEASURE_COLUMNS.status), Object.values(MEASURE_STATUS)),
      { column: at(MEASURE_COLUMNS.deadline), kind: 'date' },
      ...list(at(MEASURE_COLUMNS.period), ctx.decisionPeriod ? [ctx.decisionPeriod] : []),
    ],
    textColumns: [at(MEASURE_COLUMNS.criteria), at(MEASURE_COLUMNS.period)],
    columnWidths: header.map((h) => (h === MEASURE_COLUMNS.title ? 420 : h === MEASURE_COLUMNS.organization || h === MEASURE_COLUMNS.responsible ? 200 : h.length > 12 ? 150 : 100)),
  };
  const reportsHeader: string[] = Object.values(ORG_REPORT_COLUMNS);
  const r = (name: string): number => reportsHeader.indexOf(name);
  const reports: TemplateSheet = {
    name: SHEET.orgReports,
    rows: [reportsHeader],
    validations: [
      ...list(r(ORG_REPORT_COLUMNS.organization), ctx.organizations),
      ...list(r(ORG_REPORT_COLUMNS.criterion), ctx.criterionIds),
      { column: r(ORG_REPORT_COLUMNS.numerator), kind: 'number', min: 0, max: 100000 },
      { column: r(ORG_REPORT_COLUMNS.denominator), kind: 'number', min: 0, max: 100000 },
    ],
    textColumns: [r(ORG_REPORT_COLUMNS.criterion)],
    columnWidths: [240, 90, 100, 110, 100, 300],
  };
  return [measures, reports];
}
