/**
 * Where further sections of `Рекомендации` plug in (deficits, the effectiveness of measures…),
 * so the sheet's page structure stays in one place (recommendations-sheet.ts). A section writes
 * rows with the sheet's SheetBuilder, under the sheet's own 11-column header: on the municipal
 * page, on every organisation's page, and/or on pages of its own at the end. Each hook starts
 * its block with a heading row in the 'indicator' tone (or 'track' at the end) and keeps to the
 * columns of RECOMMENDATIONS_HEADER (organisation in column 1, criterion id in 3, text in 9).
 */
import type { Analysis } from '../recommend/index';
import type { ComputeResult } from '../result';
import { addMeasuresSection } from '../measures/sheet';
import { deficitMunicipalRows, directorDeficitRows } from '../deficits/recommendation-rows';
import type { DeficitRecommendation } from '../deficits/recommend';
import type { SheetBuilder } from './table';

export interface SectionContext {
  readonly result: ComputeResult;
  readonly analysis: Analysis;
  readonly builder: SheetBuilder;
  /** An organisation's director's deficit recommendations, grouped once for every page. */
  readonly deficitsOf: (organization: string) => readonly DeficitRecommendation[];
}

/** The organisation whose page a section writes on. */
export interface OrganizationPage {
  readonly name: string;
  /** How the sheet names it (organizationTitle). */
  readonly title: string;
}

export interface RecommendationsSection {
  /** Rows at the end of the municipal page. */
  readonly municipal?: (ctx: SectionContext) => void;
  /** Rows at the end of an organisation's page. */
  readonly organization?: (ctx: SectionContext, page: OrganizationPage) => void;
  /** Rows on a page of its own after the organisations' pages. */
  readonly end?: (ctx: SectionContext) => void;
}

/** Sections in the order they are written; add yours here. */
export const RECOMMENDATION_SECTIONS: readonly RecommendationsSection[] = [
  // Recommendations by professional deficit (issue 18): the municipal service's, ЦНППМ's and the
  // associations' on the municipal page, each director's on the organisation's own page.
  {
    municipal: (ctx) => deficitMunicipalRows(ctx.builder, ctx.analysis.deficitRecommendations, ctx.result.deficits !== undefined),
    organization: (ctx, page) => directorDeficitRows(ctx.builder, ctx.deficitsOf(page.name), page.title),
  },
  // «Эффективность принятых мер» (issue 19): the measures of «Мероприятия» judged, on its own page.
  { end: (ctx) => addMeasuresSection(ctx.builder, ctx.result, ctx.analysis) },
];
