/**
 * Organisations that report counts instead of a roster (workbook.md §9) join the computed
 * figures here, after the rosters have been evaluated: each such organisation gets its own figure
 * for every criterion it reported (marked `reported`) and «нет данных» for the others, and every
 * municipal total is recomputed as the ratio of sums over all organisations, whatever their
 * source — Σ numerators / Σ denominators for shares and means, the sum for counts, the
 * organisations meeting the test for «доля ОО», «да» anywhere for a presence. A roster
 * organisation's figure is never touched.
 */
import { isNumberShare } from '../criteria';
import type { ReportedFigure, ReportedOrganization } from '../read/org-reports';
import { figuresByName, type CriterionResult, type Figure } from '../result';
import { countFigure, meanFigure, noData, presenceFigure, shareFigure, statusOf } from './figures';

/** The figure of one reported row, as the engine would have built it from a roster. */
function reportedFigure(r: CriterionResult, f: ReportedFigure): Figure {
  const c = r.criterion;
  const mark = { reported: true } as const;
  if (c.kind === 'count') return { ...countFigure(f.numerator ?? 0, c.target), ...mark };
  if (c.kind === 'mean') return { ...meanFigure(f.numerator ?? 0, f.denominator ?? 0, c.target), ...mark };
  if (c.kind === 'presence') return { ...presenceFigure(f.flag, c.target), ...mark };
  if (c.kind === 'orgShare') {
    const flag = f.flag === true;
    // As for a roster organisation: with a target of "every organisation" (P1) each meets it or not.
    return { numerator: flag ? 1 : 0, denominator: 1, value: flag ? 100 : 0, status: statusOf(flag ? 100 : 0, c.target), flag, ...mark };
  }
  return { ...shareFigure(f.numerator ?? 0, f.denominator ?? 0, c.target), ...mark };
}

/**
 * A criterion that reads `Организации` rather than a roster (a fact such as «ЦМН внедрена», or the
 * planned and actual staff) takes an organisation's listed value when «Сведения ОО» gives none:
 * the fact is the same whether or not the organisation sends a roster.
 */
function fromListing(r: CriterionResult, o: ReportedOrganization): ReportedFigure | undefined {
  const c = r.criterion;
  const base = { row: 0, organization: o.name, criterionId: c.id } as const;
  if (c.kind === 'presence' && c.source.from === 'organizations') {
    const v = o.flags[c.source.flag];
    return typeof v === 'boolean' ? { ...base, numerator: null, denominator: null, flag: v } : undefined;
  }
  if (c.kind === 'orgShare' && c.test.kind === 'orgFlag' && (!c.orgTypes || c.orgTypes.includes(o.type))) {
    const v = o.flags[c.test.flag];
    return typeof v === 'boolean' ? { ...base, numerator: null, denominator: null, flag: v } : undefined;
  }
  if (isNumberShare(c) && c.source.from === 'organizations') {
    const n = o.numbers[c.source.numerator];
    const d = o.numbers[c.source.denominator];
    // A zero denominator is «нет данных» and adds nothing to the total, as for a roster organisation.
    return typeof n === 'number' && typeof d === 'number' && d > 0 ? { ...base, numerator: n, denominator: d, flag: null } : undefined;
  }
  return undefined;
}

/** The criterion's result with the reported organisations added and its total recomputed. */
function withReportedOrganizations(r: CriterionResult, orgs: readonly ReportedOrganization[]): CriterionResult {
  const c = r.criterion;
  // Criteria of the municipality as a whole have no organisations' figures.
  if ((c.kind === 'presence' || isNumberShare(c)) && 'source' in c && c.source.from === 'municipality') return r;
  const byOrganization = figuresByName();
  Object.assign(byOrganization, r.byOrganization);
  const added: Figure[] = [];
  for (const o of orgs) {
    const f = o.figures.get(c.id) ?? fromListing(r, o);
    if (!f || c.kind === 'distribution') {
      byOrganization[o.name] = noData(c.kind === 'orgShare' && c.orgTypes && !c.orgTypes.includes(o.type) ? 'not-applicable' : 'missing-source');
      continue;
    }
    const figure = reportedFigure(r, f);
    byOrganization[o.name] = figure;
    added.push(figure);
  }
  if (added.length === 0) return { ...r, byOrganization };
  return { ...r, byOrganization, total: recomputedTotal(r, added, byOrganization) };
}

function recomputedTotal(r: CriterionResult, added: readonly Figure[], all: Readonly<Record<string, Figure>>): Figure {
  const c = r.criterion;
  const t = r.total;
  // A roster total without data («нет данных» for a missing column) starts from nothing.
  const num = (t.numerator ?? 0) + added.reduce((s, f) => s + (f.numerator ?? 0), 0);
  const den = (t.denominator ?? 0) + added.reduce((s, f) => s + (f.denominator ?? 0), 0);
  const excluded = t.excluded ?? 0;
  switch (c.kind) {
    case 'count':
      return countFigure(num, c.target, excluded);
    case 'mean':
      return meanFigure(num, den, c.target, excluded);
    case 'presence': {
      const values = Object.values(all).map((f) => (typeof f.value === 'boolean' ? f.value : null));
      return presenceFigure(values.includes(true) ? true : values.includes(null) ? null : false, c.target);
    }
    default:
      return shareFigure(num, den, c.target, excluded);
  }
}

/** Every criterion's result with the organisations of «Сведения ОО» added (unchanged when there are none). */
export function addReportedOrganizations(results: readonly CriterionResult[], orgs: readonly ReportedOrganization[]): CriterionResult[] {
  if (orgs.length === 0) return [...results];
  return results.map((r) => withReportedOrganizations(r, orgs));
}
