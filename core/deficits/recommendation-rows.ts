/**
 * The deficits' rows of «Рекомендации»: the recommendations of deficits/recommend.ts in the
 * columns of the address recommendations (priority, organisation, addressee, figure, name, kind,
 * value, target, gap, text, status). Each goes where its addressee reads the sheet: the municipal
 * service's, ЦНППМ's and the methodological associations' on the municipal page, a director's on
 * that organisation's own page — so the page handed to a director carries everything addressed
 * to them.
 */
import { MUNICIPALITY_LABEL } from '../history/history';
import type { SheetBuilder, Tone } from '../output/table';
import { DR } from '../texts/ru/deficits';
import { ADDRESSEE_LABELS, type DeficitRecommendation } from './recommend';

/** Who a recommendation is for, as the sheet and the report name them. */
export function addresseeText(r: DeficitRecommendation): string {
  return r.addressee === 'association' && r.subject ? DR.withSubject(ADDRESSEE_LABELS.association, r.subject.toLowerCase()) : ADDRESSEE_LABELS[r.addressee];
}

/** The recommendations for the municipal level: to the methodological service, ЦНППМ and the associations. */
export function municipalDeficitRecommendations(recs: readonly DeficitRecommendation[]): DeficitRecommendation[] {
  return recs.filter((r) => r.organization === null);
}

/** The recommendations to one organisation's director. */
export function organizationDeficitRecommendations(recs: readonly DeficitRecommendation[], organization: string): DeficitRecommendation[] {
  return recs.filter((r) => r.organization === organization);
}

/**
 * Every director's recommendations by organisation, in their order: what organizationDeficitRecommendations
 * gives for each, in one pass (a sheet of 1,200 organisations' pages asks for every one of them).
 */
export function deficitRecommendationsByOrganization(recs: readonly DeficitRecommendation[]): Map<string, DeficitRecommendation[]> {
  const by = new Map<string, DeficitRecommendation[]>();
  for (const r of recs) {
    if (r.organization === null) continue;
    const list = by.get(r.organization);
    if (list) list.push(r);
    else by.set(r.organization, [r]);
  }
  return by;
}

function recRow(b: SheetBuilder, r: DeficitRecommendation, organizationText: string): void {
  const tone: Tone | null = r.priority === 1 ? 'below' : r.priority === 2 ? 'warning' : null;
  b.row([{ value: r.priority, tone }, organizationText, addresseeText(r), r.figureId, r.figureName, r.thin ? DR.thinKind : DR.kind, r.valueText, '', '', r.text, '']);
}

/** The municipal page's block: heading, then the municipal and association rows (or a line saying there are none). */
export function deficitMunicipalRows(b: SheetBuilder, recs: readonly DeficitRecommendation[], hasDeficits: boolean): void {
  if (!hasDeficits) return;
  b.row([DR.municipalSectionTitle], 'indicator');
  const municipal = municipalDeficitRecommendations(recs);
  if (municipal.length === 0) {
    b.row(['', MUNICIPALITY_LABEL, '', '', '', '', '', '', '', recs.length === 0 ? DR.none : DR.onlyDirectors, ''], 'info');
    return;
  }
  for (const r of municipal) recRow(b, r, MUNICIPALITY_LABEL);
}

/**
 * An organisation page's block: its director's rows (deficitRecommendationsByOrganization, or
 * organizationDeficitRecommendations) under a heading; nothing when there are none.
 */
export function directorDeficitRows(b: SheetBuilder, own: readonly DeficitRecommendation[], organizationText: string): void {
  if (own.length === 0) return;
  b.row([DR.directorSectionTitle], 'indicator');
  for (const r of own) recRow(b, r, organizationText);
}
