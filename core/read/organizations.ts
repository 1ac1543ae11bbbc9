/**
 * The `Организации` sheet (workbook.md §3): type and organisation-level facts per organisation,
 * and the type inferred from a tab's name when the sheet does not list it.
 */
import { cellText, isBlank, type SheetData } from '../cells';
import type { OrgFlagKey, OrgNumberKey, OrgType } from '../criteria';
import type { Issue } from '../issues';
import { MSG } from '../texts/ru/messages';
import { ADDITIONAL_MARKERS, ORG_COLUMN, ORG_FLAG_TITLES, ORG_NUMBER_TITLES, ORG_TYPE, ORG_TYPE_REASON, ORG_TYPE_WORDS, PRESCHOOL_MARKERS } from '../texts/ru/workbook';
import { normalizeText } from '../text';
import { parseNumber, parseYesNo, UNKNOWN } from '../values';
import { findTableHeader } from './header';

export interface OrgListing {
  readonly name: string;
  readonly row: number;
  readonly type: OrgType | null;
  readonly flags: Partial<Record<OrgFlagKey, boolean | null>>;
  readonly numbers: Partial<Record<OrgNumberKey, number | null>>;
}

export const FLAG_HEADERS: readonly [OrgFlagKey, string][] = Object.entries(ORG_FLAG_TITLES) as [OrgFlagKey, string][];
export const NUMBER_HEADERS: readonly [OrgNumberKey, string][] = Object.entries(ORG_NUMBER_TITLES) as [OrgNumberKey, string][];

/** Key under which organisation names are matched: "МАОУ СОШ № 1" = "маоу сош №1". */
export function orgKey(name: string): string {
  return normalizeText(name);
}

export function readOrganizations(sheet: SheetData, issues: Issue[]): Map<string, OrgListing> | null {
  const header = findTableHeader(sheet.values, [ORG_COLUMN.organization]);
  if (!header) {
    issues.push({ severity: 'warning', sheet: sheet.name, row: null, column: null, value: null, message: MSG.organizationsNoHeader, code: 'organizations' });
    return null;
  }
  const nameCol = header.indexOf(ORG_COLUMN.organization) as number;
  const typeCol = header.indexOf(ORG_COLUMN.type) ?? header.indexOf(ORG_COLUMN.typeAlt);
  const listings = new Map<string, OrgListing>();
  for (let r = header.rowIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    if (cells.every(isBlank)) continue;
    const name = cellText(cells[nameCol]);
    if (name === '') continue;
    const rowNo = r + 1;
    const report = (column: string, value: string, message: string) =>
      issues.push({ severity: 'warning', sheet: sheet.name, row: rowNo, column, value, message, code: 'organizations' });
    let type: OrgType | null = null;
    if (typeCol !== undefined && !isBlank(cells[typeCol])) {
      type = parseOrgType(cellText(cells[typeCol]));
      if (type === null) report(ORG_COLUMN.type, cellText(cells[typeCol]), MSG.unknownOrgType);
    }
    const flags: Partial<Record<OrgFlagKey, boolean | null>> = {};
    for (const [key, title] of FLAG_HEADERS) {
      const c = header.indexOf(title);
      if (c === undefined) continue;
      const v = parseYesNo(cells[c]);
      if (v === UNKNOWN) report(title, cellText(cells[c]), MSG.orgUnknownFlag);
      flags[key] = v === UNKNOWN ? null : v;
    }
    const numbers: Partial<Record<OrgNumberKey, number | null>> = {};
    for (const [key, title] of NUMBER_HEADERS) {
      const c = header.indexOf(title);
      if (c === undefined) continue;
      const v = parseNumber(cells[c]);
      if (v === UNKNOWN || (typeof v === 'number' && v < 0)) report(title, cellText(cells[c]), MSG.orgUnknownNumber);
      numbers[key] = typeof v === 'number' && v >= 0 ? v : null;
    }
    listings.set(orgKey(name), { name, row: rowNo, type, flags, numbers });
  }
  return listings;
}

export function parseOrgType(text: string): OrgType | null {
  const t = normalizeText(text);
  for (const { type, exact, prefixes } of ORG_TYPE_WORDS) {
    if (exact.includes(t) || prefixes.some((p) => t.startsWith(p))) return type;
  }
  return null;
}


/** workbook.md §3: type from a tab's name, with the marker that decided it (for the message). */
export function inferOrgType(tabName: string): { type: OrgType; reason: string } {
  const t = normalizeText(tabName);
  if (PRESCHOOL_MARKERS.some((re) => re.test(t))) return { type: ORG_TYPE.preschool, reason: ORG_TYPE_REASON.preschool };
  if (ADDITIONAL_MARKERS.some((re) => re.test(t))) return { type: ORG_TYPE.additional, reason: ORG_TYPE_REASON.additional };
  return { type: ORG_TYPE.school, reason: ORG_TYPE_REASON.school };
}
