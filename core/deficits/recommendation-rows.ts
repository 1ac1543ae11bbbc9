/**
 * The deficits section of «Рекомендации»: the recommendations of deficits/recommend.ts as rows
 * in the columns of the address recommendations (priority, organisation, addressee, figure,
 * name, kind, value, target, gap, text, status), under a heading of their own.
 */
import { MUNICIPALITY_LABEL } from '../history/history';
import type { SheetBuilder, Tone } from '../output/table';
import { DR } from '../texts/ru/deficits';
import { ADDRESSEE_LABELS, type DeficitRecommendation } from './recommend';

export const DEFICIT_SECTION_TITLE = DR.sectionTitle;

/** Who a recommendation is for, as the sheet and the report name them. */
export function addresseeText(r: DeficitRecommendation): string {
  return r.addressee === 'association' && r.subject ? DR.withSubject(ADDRESSEE_LABELS.association, r.subject.toLowerCase()) : ADDRESSEE_LABELS[r.addressee];
}

export function deficitRecommendationRows(b: SheetBuilder, recs: readonly DeficitRecommendation[], hasDeficits: boolean): void {
  if (!hasDeficits) return;
  b.row([]);
  b.row([DR.sectionTitle], 'track');
  if (recs.length === 0) {
    b.row(['', DR.none], 'info');
    return;
  }
  for (const r of recs) {
    const tone: Tone | null = r.priority === 1 ? 'below' : r.priority === 2 ? 'warning' : null;
    b.row([{ value: r.priority, tone }, r.organization ?? MUNICIPALITY_LABEL, addresseeText(r), r.figureId, r.figureName, r.thin ? DR.thinKind : DR.kind, r.valueText, '', '', r.text, '']);
  }
}
