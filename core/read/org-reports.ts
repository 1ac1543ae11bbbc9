/**
 * «Сведения ОО» (workbook.md §9): most sources of the regulation are an organisation's
 * «информационная карта» — counts, not named lists. This module reads that sheet row by row into
 * figures keyed by criterion id (so criteria a methodologist defined on «Настройка показателей»
 * work too), and checks each row against its criterion's kind: a share needs a numerator not above
 * its denominator, a count a whole number, a presence or an organisation test «да»/«нет», a mean
 * its value and the number of people. Every bad row is a warning naming the sheet, row and column,
 * and is not used. Which organisation a row belongs to (a roster tab wins, an unknown name is
 * refused) is decided after the rosters are read, in resolveOrgReports.
 */
import { cellText, isBlank, type CellValue, type SheetData } from '../cells';
import type { Criterion, OrgFlagKey, OrgNumberKey, OrgType } from '../criteria';
import { isNumberShare } from '../criteria';
import type { Issue } from '../issues';
import { MSG } from '../texts/ru/messages';
import type { Organization } from '../records';
import { ORG_REPORT_COLUMNS as COL, ORG_REPORT_MSG as M } from '../texts/ru/org-reports';
import { parseNumber, parseYesNo, UNKNOWN } from '../values';
import { findTableHeader } from './header';
import { inferOrgType, orgKey, type OrgListing } from './organizations';

/** One usable row: the figures an organisation reported for one criterion. */
export interface ReportedFigure {
  /** 1-based row of «Сведения ОО». */
  readonly row: number;
  readonly organization: string;
  readonly criterionId: string;
  /** share: the numerator; count: the count; mean: the sum (value × people). */
  readonly numerator: number | null;
  /** share and mean: the number of people; null otherwise. */
  readonly denominator: number | null;
  /** presence and organisation tests: «да»/«нет». */
  readonly flag: boolean | null;
}

/** An organisation that has no roster tab and takes its figures from «Сведения ОО». */
export interface ReportedOrganization {
  readonly name: string;
  readonly type: OrgType;
  readonly typeInferred: boolean;
  /** Its figures by criterion id. */
  readonly figures: ReadonlyMap<string, ReportedFigure>;
  /** Its facts on `Организации` (flags and staff numbers), which criteria of that sheet read. */
  readonly flags: Readonly<Partial<Record<OrgFlagKey, boolean | null>>>;
  readonly numbers: Readonly<Partial<Record<OrgNumberKey, number | null>>>;
}

/** What a criterion of this kind needs from a row, or why it cannot be reported at all. */
type Shape = 'share' | 'count' | 'flag' | 'mean' | 'municipal' | 'distribution';

function shapeOf(c: Criterion): Shape {
  if (isNumberShare(c)) return c.source.from === 'municipality' ? 'municipal' : 'share';
  switch (c.kind) {
    case 'share':
      return 'share';
    case 'count':
      return 'count';
    case 'presence':
      return c.source.from === 'municipality' ? 'municipal' : 'flag';
    case 'orgShare':
      return 'flag';
    case 'mean':
      return 'mean';
    case 'distribution':
      return 'distribution';
  }
}

/**
 * A criterion id as typed: text as is; a number (a spreadsheet turns «1.2» typed into a cell into
 * the number 1.2) matches the one id that is that number.
 */
function criterionOf(cell: CellValue, byId: ReadonlyMap<string, Criterion>, all: readonly Criterion[]): Criterion | 'ambiguous' | undefined {
  if (typeof cell === 'number') {
    // 8.1 may have been typed as 8.1 or as 8.10: with both ids in the preset, nothing is guessed.
    const same = all.filter((c) => /^\d+(\.\d+)?$/.test(c.id) && Number(c.id) === cell);
    return same.length === 1 ? same[0] : same.length > 1 ? 'ambiguous' : undefined;
  }
  return byId.get(cellText(cell).replace(/\s+/g, ''));
}

/** Reads the rows of «Сведения ОО»; organisations are matched later (resolveOrgReports). */
export function readOrgReports(sheet: SheetData, criteria: readonly Criterion[], issues: Issue[]): ReportedFigure[] {
  const header = findTableHeader(sheet.values, [COL.organization, COL.criterion]);
  if (!header) {
    if (sheet.values.some((r) => r.some((c) => !isBlank(c)))) {
      issues.push({ severity: 'warning', sheet: sheet.name, row: null, column: null, value: null, message: M.noHeader, code: 'org-reports' });
    }
    return [];
  }
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const col = {
    organization: header.indexOf(COL.organization) as number,
    criterion: header.indexOf(COL.criterion) as number,
    numerator: header.indexOf(COL.numerator),
    denominator: header.indexOf(COL.denominator),
    value: header.indexOf(COL.value),
  };
  const out: ReportedFigure[] = [];
  const seen = new Map<string, number>();
  for (let r = header.rowIndex + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const at = (c: number | undefined): CellValue => (c === undefined ? null : cells[c]);
    if ([col.organization, col.criterion, col.numerator, col.denominator, col.value].every((c) => isBlank(at(c)))) continue;
    const row = r + 1;
    const warn = (column: string, value: CellValue, message: string): void => {
      issues.push({ severity: 'warning', sheet: sheet.name, row, column, value: isBlank(value) ? null : cellText(value), message, code: 'org-reports' });
    };
    const organization = cellText(at(col.organization));
    if (organization === '') {
      warn(COL.organization, null, M.noOrganization);
      continue;
    }
    const criterionCell = at(col.criterion);
    if (isBlank(criterionCell)) {
      warn(COL.criterion, null, M.noCriterion);
      continue;
    }
    const criterion = criterionOf(criterionCell, byId, criteria);
    if (criterion === 'ambiguous') {
      warn(COL.criterion, criterionCell, M.ambiguousCriterion);
      continue;
    }
    if (!criterion) {
      warn(COL.criterion, criterionCell, M.unknownCriterion);
      continue;
    }
    const shape = shapeOf(criterion);
    if (shape === 'municipal' || shape === 'distribution') {
      warn(COL.criterion, criterionCell, shape === 'municipal' ? M.municipalOnly : M.distribution);
      continue;
    }

    /** A count of people: a whole number ≥ 0; undefined after a warning. */
    const people = (index: number | undefined, column: string, whole = true): number | undefined => {
      const cell = at(index);
      const v = parseNumber(cell ?? null);
      if (v === null) return warn(column, cell, M.empty(column)), undefined;
      if (v === UNKNOWN) return warn(column, cell, M.notNumber), undefined;
      if (v < 0) return warn(column, cell, M.negative), undefined;
      if (whole && !Number.isInteger(v)) return warn(column, cell, M.notWhole), undefined;
      return v;
    };
    let figure: Omit<ReportedFigure, 'row' | 'organization' | 'criterionId'> | undefined;
    if (shape === 'share') {
      const n = people(col.numerator, COL.numerator);
      if (n === undefined) continue;
      const d = people(col.denominator, COL.denominator);
      if (d === undefined) continue;
      if (n > d) {
        warn(COL.numerator, at(col.numerator), M.numeratorAboveDenominator(n, d));
        continue;
      }
      figure = { numerator: n, denominator: d, flag: null };
    } else if (shape === 'count') {
      // A count is «Значение»; a methodologist who put it under «Числитель» means the same.
      const useValue = col.value !== undefined && !isBlank(at(col.value));
      const n = useValue || col.numerator === undefined || isBlank(at(col.numerator)) ? people(col.value, COL.value) : people(col.numerator, COL.numerator);
      if (n === undefined) continue;
      figure = { numerator: n, denominator: null, flag: null };
    } else if (shape === 'mean') {
      const mean = people(col.value, COL.value, false);
      if (mean === undefined) continue;
      const n = people(col.denominator, COL.denominator);
      if (n === undefined) continue;
      figure = { numerator: mean * n, denominator: n, flag: null };
    } else {
      const cell = at(col.value);
      const v = isBlank(cell ?? null) ? null : parseYesNo(cell ?? null);
      if (v === null) {
        warn(COL.value, cell, M.empty(COL.value));
        continue;
      }
      if (v === UNKNOWN) {
        warn(COL.value, cell, M.notYesNo);
        continue;
      }
      figure = { numerator: null, denominator: null, flag: v };
    }
    const key = `${orgKey(organization)}\u0000${criterion.id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      warn(COL.criterion, criterionCell, M.duplicate(first));
      continue;
    }
    seen.set(key, row);
    out.push({ row, organization, criterionId: criterion.id, ...figure });
  }
  return out;
}

/**
 * Matches the rows to organisations once the rosters are read: a roster wins (each such row is an
 * info line and is not used); a name that is neither a tab nor listed on «Организации» (when the
 * workbook has that sheet) is refused; every other name is an organisation of its own, typed by
 * «Организации» or by its name. Rows for a criterion restricted to other organisation types are
 * refused too.
 */
export function resolveOrgReports(
  sheetName: string,
  rows: readonly ReportedFigure[],
  rosters: readonly Organization[],
  listings: ReadonlyMap<string, OrgListing> | null,
  criteria: readonly Criterion[],
  issues: Issue[],
): ReportedOrganization[] {
  const rosterByKey = new Map(rosters.map((o) => [orgKey(o.name), o]));
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const orgs = new Map<string, { name: string; type: OrgType; typeInferred: boolean; figures: Map<string, ReportedFigure>; flags: OrgListing['flags']; numbers: OrgListing['numbers'] }>();
  for (const row of rows) {
    const key = orgKey(row.organization);
    const note = (severity: 'warning' | 'info', column: string, value: string, message: string): void => {
      issues.push({ severity, sheet: sheetName, row: row.row, column, value, message, code: 'org-reports' });
    };
    const roster = rosterByKey.get(key);
    if (roster) {
      note('info', COL.organization, row.organization, M.rosterWins(roster.name));
      continue;
    }
    const listing = listings?.get(key);
    if (listings && !listing) {
      note('warning', COL.organization, row.organization, M.unknownOrganization);
      continue;
    }
    let org = orgs.get(key);
    if (!org) {
      const name = listing?.name ?? row.organization;
      let type = listing?.type ?? null;
      if (type === null) {
        const inferred = inferOrgType(name);
        type = inferred.type;
        issues.push({ severity: 'info', sheet: sheetName, row: row.row, column: COL.organization, value: name, message: MSG.inferredType(inferred.type, inferred.reason), code: 'inferred-type' });
      }
      org = { name, type, typeInferred: listing?.type == null, figures: new Map(), flags: listing?.flags ?? {}, numbers: listing?.numbers ?? {} };
      orgs.set(key, org);
    }
    const c = byId.get(row.criterionId);
    if (c && c.kind === 'orgShare' && c.orgTypes && !c.orgTypes.includes(org.type)) {
      note('warning', COL.criterion, row.criterionId, M.notApplicable(c.orgTypes.join(', ')));
      continue;
    }
    // Two rows of one organisation written differently («СОШ № 5», «сош №5»): the first is kept.
    if (org.figures.has(row.criterionId)) {
      note('warning', COL.criterion, row.criterionId, M.duplicate(org.figures.get(row.criterionId)!.row));
      continue;
    }
    org.figures.set(row.criterionId, row);
  }
  const out = [...orgs.values()];
  for (const o of out) {
    issues.push({ severity: 'info', sheet: sheetName, row: null, column: COL.organization, value: o.name, message: M.used(o.figures.size, [...o.figures.keys()].join(', ')), code: 'org-reports' });
  }
  return out;
}
