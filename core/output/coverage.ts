/**
 * How much of the monitoring could be computed at all (issue 17): a workbook whose rosters lack
 * most columns has few recommendations because it has few figures, not because targets are met.
 * Every «all clear» sentence (no recommendations, no decisions) goes through here, and when most
 * criteria have no data it says how many could not be computed and why, by organisation.
 */
import { COVERAGE_TEXT } from '../texts/ru/coverage';
import type { ComputeResult } from '../result';

export interface OrganizationGap {
  readonly organization: string;
  /** Criteria with no data for this organisation because a column is missing. */
  readonly criteria: number;
  /** The missing column headers, as the check names them. */
  readonly columns: readonly string[];
}

export interface Coverage {
  readonly criteria: number;
  /** Criteria with no municipal value. */
  readonly noData: number;
  readonly byOrganization: readonly OrganizationGap[];
  /** More than half of the criteria have no data: no sentence may call the workbook on target. */
  readonly mostMissing: boolean;
}

/** Coverage by result: «Сводка» and «Рекомендации» of one run ask for the same one. */
const KNOWN = new WeakMap<object, Coverage>();

export function coverageOf(result: Pick<ComputeResult, 'criteria' | 'organizations' | 'issues'>): Coverage {
  let known = KNOWN.get(result);
  if (!known) KNOWN.set(result, (known = computeCoverage(result)));
  return known;
}

function computeCoverage(result: Pick<ComputeResult, 'criteria' | 'organizations' | 'issues'>): Coverage {
  const noData = result.criteria.filter((r) => r.total.status === 'no-data' && r.total.reason !== 'not-applicable').length;
  const columns = new Map<string, Set<string>>();
  for (const i of result.issues) {
    if (i.code !== 'missing-column' || !i.sheet || !i.column) continue;
    const set = columns.get(i.sheet) ?? new Set<string>();
    set.add(i.column);
    columns.set(i.sheet, set);
  }
  const byOrganization = result.organizations
    .map((o) => ({
      organization: o.name,
      criteria: result.criteria.filter((r) => r.byOrganization[o.name]?.reason === 'missing-column').length,
      columns: [...(columns.get(o.name) ?? [])],
    }))
    .filter((g) => g.criteria > 0 || g.columns.length > 0)
    .sort((a, b) => b.criteria - a.criteria || a.organization.localeCompare(b.organization, 'ru'));
  return { criteria: result.criteria.length, noData, byOrganization, mostMissing: noData * 2 > result.criteria.length };
}

const MAX_ORGS = 6;
const MAX_COLUMNS = 5;

/**
 * «Не удалось рассчитать 55 из 67 критериев: … Без данных по организациям: МАОУ СОШ №1 — 40
 * критериев (нет столбцов «ПК за период», …); …» — or '' when every criterion has data.
 */
export function coverageSentence(c: Coverage): string {
  if (c.noData === 0) return '';
  const T = COVERAGE_TEXT;
  const head = T.head(c.noData, c.criteria);
  if (c.byOrganization.length === 0) return `${head}${T.noSheets}`;
  const orgs = c.byOrganization.slice(0, MAX_ORGS).map((g) => {
    const cols = g.columns.slice(0, MAX_COLUMNS).map(T.quoted).join(', ') + (g.columns.length > MAX_COLUMNS ? T.moreColumns(g.columns.length - MAX_COLUMNS) : '');
    return T.organization(g.organization, g.criteria, cols, g.columns.length);
  });
  const more = c.byOrganization.length > MAX_ORGS ? T.moreOrganizations(c.byOrganization.length - MAX_ORGS) : '';
  return T.byOrganization(head, orgs.join('; '), more);
}

/**
 * The sentence for «nothing to recommend»: `clear` when most criteria were computed, otherwise
 * an honest one that no conclusion can be drawn yet, with the coverage sentence.
 */
export function allClearOr(c: Coverage, clear: string): string {
  return c.mostMissing ? COVERAGE_TEXT.noConclusion(coverageSentence(c)) : clear;
}
