/**
 * Several workbooks computed together (`pedmonitor compute a.xlsx b.xlsx …` or a folder): their
 * sheets become one workbook for computeWorkbook, so every criterion is computed over all the
 * organisations at once, exactly as if they had been tabs of one file.
 *
 *  - Organisation tabs are all kept, in the order of the workbooks. A name that occurs in more than
 *    one workbook (compared as `Организации` compares names: case, ё and punctuation aside) is
 *    prefixed with its workbook's label in every workbook, «label — name», so the figures of two
 *    «МАОУ СОШ №1» of two towns stay apart.
 *  - `Организации`: the rows of every workbook's sheet, in one table with the columns of
 *    workbook.md §3, renamed like their tabs.
 *  - `Муниципалитет`, over the workbooks that have the sheet: a yes/no fact is «да» when any of
 *    them says «да» (as a fact of `Организации` is «да» for the municipality when any organisation
 *    has it), empty (unknown) when none says «да» and one does not know, «нет» otherwise; the
 *    numbers are summed over the workbooks whose numbers are all readable.
 *  - `Сведения ОО`: the rows of every workbook's sheet, in one table, their organisations renamed
 *    like tabs (a name reported in one workbook and a tab or a report in another is prefixed in
 *    both), so an organisation without a roster stays what it is in its own workbook.
 *  - `Настройки` and `Настройка показателей`: the first workbook's that has the sheet.
 *  - Everything else the program does not read as input (its own output sheets, `История`, the
 *    `_`-prefixed service sheets) is left out: a combined run has no single history.
 */
import type { CellValue, SheetData } from '../cells';
import { isBlank } from '../cells';
import { MUNICIPAL_NUMBER_ROWS, MUNICIPAL_YES_NO_ROWS, municipalKey, readMunicipality } from '../read/municipality';
import { findTableHeader } from '../read/header';
import { FLAG_HEADERS, NUMBER_HEADERS, orgKey } from '../read/organizations';
import { classifySheets, SHEET } from '../read/workbook';
import { normalizeText } from '../text';
import { MUNICIPALITY_COLUMN, NO, ORG_COLUMN, YES } from '../texts/ru/workbook';
import { ORG_REPORT_COLUMNS } from '../texts/ru/org-reports';

export interface SourceWorkbook {
  /** How the workbook is named in prefixes and messages: its file name without the extension. */
  readonly label: string;
  readonly sheets: readonly SheetData[];
}

export interface Renamed {
  readonly workbook: string;
  readonly from: string;
  readonly to: string;
}

export interface CombinedWorkbook {
  readonly sheets: SheetData[];
  /** Organisation tabs that were prefixed because their name occurs in several workbooks. */
  readonly renamed: readonly Renamed[];
  /** Organisation tabs by workbook label, under their names in the combined workbook. */
  readonly organizations: ReadonlyMap<string, readonly string[]>;
}

/** The name a colliding organisation gets: «label — name». */
export function prefixedName(label: string, name: string): string {
  return `${label} — ${name}`;
}

const ORGANIZATIONS_HEADER = [ORG_COLUMN.organization, ORG_COLUMN.type, ...FLAG_HEADERS.map(([, h]) => h), ...NUMBER_HEADERS.map(([, h]) => h)];

export function combineWorkbooks(workbooks: readonly SourceWorkbook[]): CombinedWorkbook {
  const classified = workbooks.map((w) => ({ label: w.label, ...classifySheets(w.sheets) }));

  // Which organisation names occur in more than one workbook.
  const owners = new Map<string, Set<number>>();
  classified.forEach((w, i) => {
    for (const tab of w.organizationTabs) {
      const key = orgKey(tab.name);
      const set = owners.get(key) ?? new Set<number>();
      set.add(i);
      owners.set(key, set);
    }
  });
  classified.forEach((w, i) => {
    for (const name of w.orgReports ? reportedNames(w.orgReports) : []) {
      const key = orgKey(name);
      const set = owners.get(key) ?? new Set<number>();
      set.add(i);
      owners.set(key, set);
    }
  });
  const collides = (name: string): boolean => (owners.get(orgKey(name))?.size ?? 0) > 1;
  const nameIn = (label: string, name: string): string => (collides(name) ? prefixedName(label, name) : name);

  const renamed: Renamed[] = [];
  const organizations = new Map<string, string[]>();
  const tabs: SheetData[] = [];
  for (const w of classified) {
    const names: string[] = [];
    for (const tab of w.organizationTabs) {
      const name = nameIn(w.label, tab.name);
      if (name !== tab.name) renamed.push({ workbook: w.label, from: tab.name, to: name });
      tabs.push(name === tab.name ? tab : { name, values: tab.values });
      names.push(name);
    }
    organizations.set(w.label, names);
  }

  const sheets: SheetData[] = [];
  const settings = classified.find((w) => w.settings)?.settings;
  if (settings) sheets.push(settings);
  const catalogueKey = normalizeText(SHEET.catalogue);
  const catalogue = classified.map((w) => w.other.find((s) => normalizeText(s.name) === catalogueKey)).find((s) => s !== undefined);
  if (catalogue) sheets.push(catalogue);
  const listings = classified.filter((w) => w.organizations);
  if (listings.length > 0) sheets.push(combinedOrganizations(listings.map((w) => ({ label: w.label, sheet: w.organizations! })), nameIn));
  const municipalities = classified.map((w) => w.municipality).filter((s): s is SheetData => s !== undefined);
  if (municipalities.length > 0) sheets.push(combinedMunicipality(municipalities));
  const reports = classified.filter((w) => w.orgReports);
  if (reports.length > 0) sheets.push(combinedReports(reports.map((w) => ({ label: w.label, sheet: w.orgReports! })), nameIn));
  sheets.push(...tabs);
  return { sheets, renamed, organizations };
}

type Sources = readonly { label: string; sheet: SheetData }[];
type NameIn = (label: string, name: string) => string;

/**
 * One table of the given header made of every workbook's own (found by `required` columns), the
 * organisation in its first column renamed as `nameIn` says; blank rows left out.
 */
function combinedTable(name: string, headerNames: readonly string[], required: readonly string[], sources: Sources, nameIn: NameIn): SheetData {
  const rows: CellValue[][] = [[...headerNames]];
  for (const { label, sheet } of sources) {
    const header = findTableHeader(sheet.values, required);
    if (!header) continue;
    const columns = headerNames.map((h) => header.indexOf(h));
    for (let r = header.rowIndex + 1; r < sheet.values.length; r++) {
      const cells = sheet.values[r] ?? [];
      const row = columns.map((c) => (c === undefined ? null : (cells[c] ?? null)));
      if (row.every((v) => isBlank(v))) continue;
      const first = row[0];
      if (typeof first === 'string' && !isBlank(first)) row[0] = nameIn(label, first.trim());
      rows.push(row);
    }
  }
  return { name, values: rows };
}

function combinedOrganizations(sources: Sources, nameIn: NameIn): SheetData {
  return combinedTable(SHEET.organizations, ORGANIZATIONS_HEADER, [ORG_COLUMN.organization], sources, nameIn);
}

const REPORTS_HEADER = [ORG_REPORT_COLUMNS.organization, ORG_REPORT_COLUMNS.criterion, ORG_REPORT_COLUMNS.numerator, ORG_REPORT_COLUMNS.denominator, ORG_REPORT_COLUMNS.value];

/** Organisation names of a «Сведения ОО» sheet (each once, as first written). */
function reportedNames(sheet: SheetData): string[] {
  const header = findTableHeader(sheet.values, [ORG_REPORT_COLUMNS.organization, ORG_REPORT_COLUMNS.criterion]);
  if (!header) return [];
  const col = header.indexOf(ORG_REPORT_COLUMNS.organization) as number;
  const names = new Map<string, string>();
  for (let r = header.rowIndex + 1; r < sheet.values.length; r++) {
    const v = sheet.values[r]?.[col];
    if (typeof v === 'string' && !isBlank(v) && !names.has(orgKey(v))) names.set(orgKey(v), v.trim());
  }
  return [...names.values()];
}

function combinedReports(sources: Sources, nameIn: NameIn): SheetData {
  return combinedTable(SHEET.orgReports, REPORTS_HEADER, [ORG_REPORT_COLUMNS.organization, ORG_REPORT_COLUMNS.criterion], sources, nameIn);
}

function combinedMunicipality(sheets: readonly SheetData[]): SheetData {
  const facts = sheets.map((s) => readMunicipality(s, []));
  const rows: CellValue[][] = [[MUNICIPALITY_COLUMN.name, MUNICIPALITY_COLUMN.value]];
  for (const name of MUNICIPAL_YES_NO_ROWS) {
    const values = facts.map((f) => f.get(municipalKey(name)));
    const value = values.some((v) => v === true) ? YES : values.some((v) => v !== false) ? null : NO;
    rows.push([name, value]);
  }
  const complete = facts.filter((f) => MUNICIPAL_NUMBER_ROWS.every((name) => typeof f.get(municipalKey(name)) === 'number'));
  for (const name of MUNICIPAL_NUMBER_ROWS) {
    rows.push([name, complete.length === 0 ? null : complete.reduce((sum, f) => sum + (f.get(municipalKey(name)) as number), 0)]);
  }
  return { name: SHEET.municipality, values: rows };
}
