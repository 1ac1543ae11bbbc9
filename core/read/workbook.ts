/**
 * Turns a workbook's sheets into a Dataset: sorts the sheets into organisation tabs and the
 * reserved sheets (workbook.md §1), reads each, joins tabs with `Организации`, finds part-timers
 * across tabs and reports completeness both ways.
 */
import type { SheetData } from '../cells';
import type { CustomFieldDef, FieldKey } from '../fields';
import type { Issue } from '../issues';
import { MSG } from '../texts/ru/messages';
import { ORG_COLUMN, ORG_NUMBER_TITLES, SHEET } from '../texts/ru/workbook';
import { constantColumn, type Column } from '../column';
import type { Dataset, Organization } from '../records';
import { normalizeText } from '../text';
import { readMunicipality } from './municipality';
import { inferOrgType, orgKey, readOrganizations } from './organizations';
import { cellParsers } from './cell-parsers';
import { NameIndex } from './name-index';
import { readRoster } from './roster';
import { UNKNOWN } from '../values';

export { SHEET };

const RESERVED = new Set(Object.values(SHEET).map(normalizeText));

export interface ClassifiedSheets {
  readonly organizationTabs: readonly SheetData[];
  readonly organizations?: SheetData;
  readonly municipality?: SheetData;
  readonly settings?: SheetData;
  /** «Сведения ОО»: counts from organisations without a roster (workbook.md §9). */
  readonly orgReports?: SheetData;
  /** «Мероприятия»: the register of measures (workbook.md §8). */
  readonly measures?: SheetData;
  /** Other reserved or `_`-prefixed sheets, never read as organisations. */
  readonly other: readonly SheetData[];
}

export function isReservedSheetName(name: string): boolean {
  return RESERVED.has(normalizeText(name)) || name.startsWith('_');
}

export function classifySheets(sheets: readonly SheetData[]): ClassifiedSheets {
  const tabs: SheetData[] = [];
  const other: SheetData[] = [];
  let organizations: SheetData | undefined;
  let municipality: SheetData | undefined;
  let settings: SheetData | undefined;
  let orgReports: SheetData | undefined;
  let measures: SheetData | undefined;
  for (const sheet of sheets) {
    const n = normalizeText(sheet.name);
    if (n === normalizeText(SHEET.organizations) && !organizations) organizations = sheet;
    else if (n === normalizeText(SHEET.municipality) && !municipality) municipality = sheet;
    else if (n === normalizeText(SHEET.settings) && !settings) settings = sheet;
    else if (n === normalizeText(SHEET.orgReports) && !orgReports) orgReports = sheet;
    else if (n === normalizeText(SHEET.measures) && !measures) measures = sheet;
    else if (isReservedSheetName(sheet.name)) other.push(sheet);
    else tabs.push(sheet);
  }
  return { organizationTabs: tabs, organizations, municipality, settings, orgReports, measures, other };
}

export interface ReadContext {
  readonly referenceDate: Date;
  readonly usedFields: ReadonlySet<FieldKey>;
  /** Columns declared on «Настройка показателей». */
  readonly customFields?: readonly CustomFieldDef[];
  /** Organisations (by orgKey) that «Сведения ОО» reports for: listed without a tab is expected of them. */
  readonly reportedOrganizations?: ReadonlySet<string>;
}

export function readDataset(sheets: ClassifiedSheets, ctx: ReadContext, issues: Issue[] = []): Dataset {
  const listings = sheets.organizations ? readOrganizations(sheets.organizations, issues) : null;
  if (!sheets.organizations) {
    issues.push({ severity: 'info', sheet: '', row: null, column: null, value: null, message: MSG.organizationsNoSheet, code: 'organizations' });
  }
  const municipality = sheets.municipality ? readMunicipality(sheets.municipality, issues) : new Map<string, boolean | number | null>();

  const organizations: Organization[] = [];
  // Everyone read so far, by name: the tab is its place in `organizations`.
  const people = new NameIndex(sheets.organizationTabs.reduce((n, tab) => n + tab.values.length, 0));
  const matched = new Set<string>();
  const parsers = cellParsers(ctx.referenceDate);
  for (const tab of sheets.organizationTabs) {
    const listing = listings?.get(orgKey(tab.name));
    // A listed tab that has no header is reported as such, not as "listed without a tab".
    if (listing) matched.add(orgKey(tab.name));
    const here = organizations.length;
    const roster = readRoster(tab, { ...ctx, parsers, people: { index: people, tab: here } }, issues);
    if (!roster) continue;
    if (!listing && listings) {
      issues.push({ severity: 'warning', sheet: tab.name, row: null, column: null, value: null, message: MSG.tabNotListed(tab.name), code: 'tab-not-listed' });
    }
    let type = listing?.type ?? null;
    const typeInferred = type === null;
    if (type === null) {
      const inferred = inferOrgType(tab.name);
      type = inferred.type;
      issues.push({ severity: 'info', sheet: tab.name, row: null, column: null, value: null, message: MSG.inferredType(inferred.type, inferred.reason), code: 'inferred-type' });
    }
    const flags = listing?.flags ?? {};
    // An unreadable flag is unknown (its rows leave the low-results population), never "нет".
    const lowResults = flags.lowResults === null ? UNKNOWN : (flags.lowResults ?? false);
    for (const { row, firstTab, firstRow } of roster.partTimers) {
      issues.push({ severity: 'info', sheet: tab.name, row, column: null, value: null, message: MSG.partTimer(organizations[firstTab]!.name, firstRow), code: 'part-timer' });
    }
    const count = roster.rows.length;
    const values = new Map<FieldKey, Column>(roster.values);
    values.set('orgType', constantColumn(type, count));
    values.set('lowResults', constantColumn(lowResults, count));
    const columns = new Set<FieldKey>(roster.columns);
    columns.add('orgType');
    columns.add('lowResults');
    if (listing && listing.numbers.staffActual != null && listing.numbers.staffActual !== count) {
      issues.push({
        severity: 'info',
        sheet: sheets.organizations?.name ?? SHEET.organizations,
        row: listing.row,
        column: ORG_NUMBER_TITLES.staffActual,
        value: String(listing.numbers.staffActual),
        message: MSG.orgActualDiffers(listing.numbers.staffActual, count),
        code: 'organizations',
      });
    }
    organizations.push({
      name: tab.name,
      type,
      typeInferred,
      listed: Boolean(listing),
      flags,
      numbers: listing?.numbers ?? {},
      columns,
      rows: roster.rows,
      values,
    });
  }
  if (listings) {
    for (const [key, listing] of listings) {
      if (matched.has(key) || ctx.reportedOrganizations?.has(key)) continue;
      issues.push({ severity: 'warning', sheet: sheets.organizations?.name ?? SHEET.organizations, row: listing.row, column: ORG_COLUMN.organization, value: listing.name, message: MSG.orgWithoutTab, code: 'org-without-tab' });
    }
  }
  hideNames(issues, people);
  return {
    organizations,
    municipality,
    hasMunicipalitySheet: Boolean(sheets.municipality),
    hasOrganizationsSheet: Boolean(listings),
    issues,
    isPersonName: (text: string) => normalizeText(text).split(' ').some((w) => w.length >= 2 && people.hasWord(w)),
  };
}

/**
 * ФИО never reaches an output (workbook.md §1.1), not even when someone typed a colleague's name
 * into another column ("Наставник: Петрова А.А."): an issue value holding any word of a worker's
 * name (initials left out) is replaced. Organisation names (listed without a tab) are not cell
 * echoes and stay. The index knows the words of the names by their hashes (name-index.ts).
 */
function hideNames(issues: Issue[], people: NameIndex): void {
  const known = new Map<string, boolean>();
  const isNameWord = (w: string): boolean => {
    let answer = known.get(w);
    if (answer === undefined) {
      answer = people.hasWord(w);
      known.set(w, answer);
    }
    return answer;
  };
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i]!;
    if (issue.value === null || issue.code === 'org-without-tab') continue;
    if (normalizeText(issue.value).split(' ').some((w) => w.length >= 2 && isNameWord(w))) issues[i] = { ...issue, value: MSG.hiddenName };
  }
}
