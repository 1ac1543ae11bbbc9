/**
 * The one computation every host runs: sheets in, result out. Resolves the settings (options
 * given by the caller win over `Настройки`, which wins over the defaults), reads the dataset,
 * evaluates the preset's criteria and collects every data problem.
 */
import type { SheetData } from './cells';
import { CATALOGUE_TEXT, catalogueOrigin, readCatalogue } from './catalogue/index';
import type { Criterion, Preset } from './criteria';
import { computeDeficits } from './deficits/compute';
import { computeCriteria } from './engine/compute';
import { fieldsOf } from './engine/evaluate';
import { pedmonitorError } from './errors';
import { fieldHeader, type CustomFieldDef, type FieldKey } from './fields';
import { sortIssues, type Issue } from './issues';
import { MSG, STOP } from './texts/ru/messages';
import { SETTING } from './texts/ru/workbook';
import { DEFAULT_PRESET_ID, findPreset, PRESETS } from './presets/index';
import { readSettings, EMPTY_SETTINGS } from './read/settings';
import { classifySheets, readDataset, SHEET } from './read/workbook';
import { addReportedOrganizations } from './engine/reported';
import { readOrgReports, resolveOrgReports, type ReportedFigure, type ReportedOrganization } from './read/org-reports';
import { orgKey, readOrganizations } from './read/organizations';
import { readMeasures } from './measures/read';
import { normalizeText } from './text';
import type { ComputeResult } from './result';

export interface ComputeOptions {
  /** Preset id; overrides `Настройки`. */
  readonly presetId?: string;
  /** Reporting period such as 2023-2024; overrides `Настройки`. */
  readonly period?: string;
  /** Reference date for ages; overrides `Настройки`. */
  readonly referenceDate?: Date;
  /** Today's date, supplied by the host (the core reads no clock). */
  readonly today: Date;
}

export const DEFAULT_ATTENTION_THRESHOLD = 15;
/** Default of `Минимум человек для вывода` (workbook.md §5). */
export const DEFAULT_MIN_PEOPLE = 5;

export function computeWorkbook(sheets: readonly SheetData[], options: ComputeOptions): ComputeResult {
  const issues: Issue[] = [];
  const classified = classifySheets(sheets);
  const settings = classified.settings ? readSettings(classified.settings, issues) : EMPTY_SETTINGS;

  let preset: Preset | undefined;
  if (options.presetId !== undefined) {
    preset = findPreset(options.presetId);
    if (!preset) throw pedmonitorError('unknown-preset', STOP.unknownPreset(options.presetId, PRESETS.map((p) => p.id)));
  } else if (settings.presetId) {
    preset = findPreset(settings.presetId);
    if (!preset) {
      issues.push({ severity: 'warning', sheet: classified.settings?.name ?? SHEET.settings, row: null, column: SETTING.presetId, value: settings.presetId, message: MSG.settingBadPreset(PRESETS.map((p) => p.id)), code: 'setting' });
    }
  }
  preset ??= findPreset(DEFAULT_PRESET_ID) as Preset;

  // «Настройка показателей», when the workbook has it, is the catalogue; the preset it was made
  // from gives the result its identity and the defaults of the sheet's empty names.
  const catalogueSheet = classified.other.find((s) => normalizeText(s.name) === normalizeText(SHEET.catalogue));
  let customFields: readonly CustomFieldDef[] = [];
  if (catalogueSheet) {
    const originId = catalogueOrigin(catalogueSheet.values);
    const origin = originId === null ? undefined : findPreset(originId);
    if (origin && options.presetId !== undefined && origin.id !== preset.id) {
      issues.push({ severity: 'warning', sheet: catalogueSheet.name, row: null, column: null, value: null, message: CATALOGUE_TEXT.presetIgnored(preset.id, origin.id), code: 'catalogue' });
    }
    const read = readCatalogue(catalogueSheet.values, origin ?? preset, catalogueSheet.name);
    issues.push(...read.issues);
    if (read.found) {
      preset = read.preset;
      customFields = read.customFields;
      issues.push({ severity: 'info', sheet: catalogueSheet.name, row: null, column: null, value: null, message: CATALOGUE_TEXT.used(preset.criteria.length, preset.id), code: 'catalogue' });
    }
  }

  // «Сведения ОО» is read against the criteria in force (catalogue included): the id is the key.
  const reportedRows: ReportedFigure[] = classified.orgReports ? readOrgReports(classified.orgReports, preset.criteria, issues) : [];

  if (classified.organizationTabs.length === 0 && reportedRows.length === 0) {
    throw pedmonitorError(
      'no-organization-tabs',
      STOP.noOrganizationTabs,
    );
  }

  // The host's "today" as a calendar day in the user's own time zone (a run just after midnight on
  // 1 September belongs to the new school year there, whatever UTC says).
  const today = utcDay(options.today);
  const givenPeriod = options.period ?? settings.period;
  const givenDate = options.referenceDate ?? settings.referenceDate;
  const period = givenPeriod ?? defaultPeriod(givenDate ?? today);
  // The default reference date is 1 June of the period's second year, never a day after today.
  const proposed = defaultReferenceDate(period);
  const referenceDate = givenDate ?? (proposed && proposed.getTime() <= today.getTime() ? proposed : today);
  if (givenPeriod === null || givenPeriod === undefined || (!givenDate && proposed !== null && proposed.getTime() > today.getTime())) {
    const reason = givenPeriod === null || givenPeriod === undefined ? 'no-period' : 'date-capped';
    issues.push({ severity: 'info', sheet: classified.settings?.name ?? SHEET.settings, row: null, column: null, value: null, message: MSG.settingsAssumed(preset.id, period, dayText(referenceDate), reason), code: 'setting' });
  }
  const attentionThreshold = settings.attentionThreshold ?? DEFAULT_ATTENTION_THRESHOLD;
  const minPeople = settings.minPeople ?? DEFAULT_MIN_PEOPLE;

  const reportedKeys = new Set(reportedRows.map((r) => orgKey(r.organization)));
  const dataset = readDataset(classified, { referenceDate, usedFields: usedFields(preset.criteria), customFields, reportedOrganizations: reportedKeys }, issues);
  let reported: ReportedOrganization[] = [];
  if (classified.orgReports && reportedRows.length > 0) {
    const listings = classified.organizations ? readOrganizations(classified.organizations, []) : null;
    reported = resolveOrgReports(classified.orgReports.name, reportedRows, dataset.organizations, listings, preset.criteria, issues);
  }
  if (dataset.organizations.length === 0 && reported.length === 0) {
    throw pedmonitorError(
      'no-organization-tabs',
      STOP.noHeaderAnywhere(classified.organizationTabs.map((s) => s.name)),
    );
  }
  if (!classified.municipality && preset.criteria.some((c) => 'source' in c && c.source.from === 'municipality')) {
    issues.push({ severity: 'info', sheet: '', row: null, column: null, value: null, message: MSG.municipalityNoSheet, code: 'municipality' });
  }
  const firstEngineIssue = issues.length;
  const criteria = addReportedOrganizations(computeCriteria(dataset, preset.criteria, issues), reported);
  nameCustomColumns(issues, firstEngineIssue, customFields);
  const organizationNames = [...dataset.organizations.map((o) => o.name), ...reported.map((o) => o.name)];
  const measures = classified.measures
    ? readMeasures(classified.measures, { criteria: preset.criteria, organizations: organizationNames, ...(dataset.isPersonName ? { isPersonName: dataset.isPersonName } : {}) }, issues)
    : [];
  const deficits = computeDeficits(dataset, issues);

  return {
    preset,
    period,
    referenceDate: referenceDate.toISOString().slice(0, 10),
    attentionThreshold,
    minPeople,
    organizations: [
      ...dataset.organizations.map((o) => ({ name: o.name, type: o.type, typeInferred: o.typeInferred, rows: o.rows.length })),
      ...reported.map((o) => ({ name: o.name, type: o.type, typeInferred: o.typeInferred, rows: 0, reported: true })),
    ],
    criteria,
    issues: sortIssues(issues),
    measures,
    ...(deficits ? { deficits } : {}),
  };
}

/**
 * The engine names a missing declared column by its key (it knows no declarations); the user wrote
 * a header, so messages about missing columns show that.
 */
function nameCustomColumns(issues: Issue[], from: number, fields: readonly CustomFieldDef[]): void {
  if (fields.length === 0) return;
  const byName = new Map(fields.map((f) => [fieldHeader(f.key), f.header]));
  for (let i = from; i < issues.length; i++) {
    const issue = issues[i] as Issue;
    const header = issue.code === 'missing-column' && issue.column !== null ? byName.get(issue.column) : undefined;
    if (header !== undefined) issues[i] = { ...issue, column: header };
  }
}

/** Every field the criteria read, so the reader reports only what matters. */
export function usedFields(criteria: readonly Criterion[]): Set<FieldKey> {
  const out = new Set<FieldKey>();
  for (const c of criteria) {
    if ('population' in c) fieldsOf(c.population, out);
    if ('condition' in c) fieldsOf(c.condition, out);
    if ('field' in c) out.add(c.field);
    if (c.kind === 'orgShare' && c.test.kind === 'memberShare') {
      fieldsOf(c.test.population, out);
      fieldsOf(c.test.condition, out);
    }
  }
  return out;
}

/** ДД.ММ.ГГГГ of a UTC day. */
function dayText(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
}

/** The school year containing a date: September starts a new one. */
export function defaultPeriod(date: Date): string {
  const y = date.getUTCFullYear();
  return date.getUTCMonth() >= 8 ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}

/** 1 June of the period's second year ("2023-2024" → 2024-06-01), or null for another form. */
export function defaultReferenceDate(period: string): Date | null {
  const m = /(\d{4})\s*[-–—/]\s*(\d{2,4})/.exec(period);
  if (m) {
    const second = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return new Date(Date.UTC(second, 5, 1));
  }
  const single = /^\s*(\d{4})\s*$/.exec(period);
  return single ? new Date(Date.UTC(Number(single[1]), 5, 1)) : null;
}

/** The calendar day of a host-local date, as UTC midnight (how the core keeps dates). */
export function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}
