/**
 * The `Организации` sheet (workbook.md §3): type and organisation-level facts per organisation,
 * and the type inferred from a tab's name when the sheet does not list it.
 */
import { cellText, isBlank, type SheetData } from '../cells';
import type { OrgFlagKey, OrgNumberKey, OrgType } from '../criteria';
import type { Issue } from '../issues';
import { MSG } from '../messages';
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

export const FLAG_HEADERS: readonly [OrgFlagKey, string][] = [
  ['lowResults', 'Школа с низкими результатами'],
  ['internshipSite', 'Стажировочная площадка'],
  ['mentoringModelAdopted', 'ЦМН внедрена'],
  ['mentorIncentives', 'Стимулирование наставников закреплено'],
];
export const NUMBER_HEADERS: readonly [OrgNumberKey, string][] = [
  ['staffPlanned', 'Штатная численность'],
  ['staffActual', 'Фактическая численность'],
];

/** Key under which organisation names are matched: "МАОУ СОШ № 1" = "маоу сош №1". */
export function orgKey(name: string): string {
  return normalizeText(name);
}

export function readOrganizations(sheet: SheetData, issues: Issue[]): Map<string, OrgListing> | null {
  const header = findTableHeader(sheet.values, ['Организация']);
  if (!header) {
    issues.push({ severity: 'warning', sheet: sheet.name, row: null, column: null, value: null, message: MSG.organizationsNoHeader, code: 'organizations' });
    return null;
  }
  const nameCol = header.indexOf('Организация') as number;
  const typeCol = header.indexOf('Тип') ?? header.indexOf('Тип организации');
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
      if (type === null) report('Тип', cellText(cells[typeCol]), MSG.unknownOrgType);
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
  if (t === 'доо' || t === 'доу' || t.startsWith('дошкольн')) return 'ДОО';
  if (t === 'оо' || t === 'оу' || t.startsWith('общеобразовательн')) return 'ОО';
  if (t === 'удо' || t === 'оудо' || t.startsWith('дополнительн') || t.startsWith('организация дополнительн')) return 'УДО';
  return null;
}

const PRESCHOOL_MARKERS = [/детск\S* сад/, /(^| )д с( |$)/, /(^| )(доу|доо|мадоу|мбдоу|мкдоу|мдоу)( |$)/];
const ADDITIONAL_MARKERS = [/(^| )(ддт|цдт|дюсш|сют|удо|цдо|дши|дмш|сдюсшор|доц)( |$)/, /дополнительного образования/, /(^| )(мау|мбу|мку|мбоу|мау) до( |$)/];

/** workbook.md §3: type from a tab's name, with the marker that decided it (for the message). */
export function inferOrgType(tabName: string): { type: OrgType; reason: string } {
  const t = normalizeText(tabName);
  if (PRESCHOOL_MARKERS.some((re) => re.test(t))) return { type: 'ДОО', reason: 'по словам «детский сад», «д/с», «ДОУ» или «ДОО» в названии' };
  if (ADDITIONAL_MARKERS.some((re) => re.test(t))) return { type: 'УДО', reason: 'по словам «ДДТ», «ЦДТ», «ДЮСШ», «СЮТ», «УДО» или «дополнительного образования» в названии' };
  return { type: 'ОО', reason: 'в названии нет признаков детского сада или организации дополнительного образования' };
}
