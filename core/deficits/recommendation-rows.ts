/**
 * The deficits section of «Рекомендации»: the recommendations of deficits/recommend.ts as rows
 * in the columns of the address recommendations (priority, organisation, addressee, figure,
 * name, kind, value, target, gap, text, status), under a heading of their own.
 */
import { MUNICIPALITY_LABEL } from '../history/history';
import type { SheetBuilder, Tone } from '../output/table';
import { ADDRESSEE_LABELS, type DeficitRecommendation } from './recommend';

export const DEFICIT_SECTION_TITLE = 'Профессиональные дефициты по результатам диагностики: кому и что сделать';
const KIND = 'дефициты';
const THIN_KIND = 'дефициты (мало данных)';
const NONE = 'Дефицитов у прошедших диагностику не выявлено, или все педагоги с дефицитом имеют маршрут.';

export function deficitRecommendationRows(b: SheetBuilder, recs: readonly DeficitRecommendation[], hasDeficits: boolean): void {
  if (!hasDeficits) return;
  b.row([]);
  b.row([DEFICIT_SECTION_TITLE], 'track');
  if (recs.length === 0) {
    b.row(['', NONE], 'info');
    return;
  }
  for (const r of recs) {
    const tone: Tone | null = r.priority === 1 ? 'below' : r.priority === 2 ? 'warning' : null;
    const addressee = r.addressee === 'association' && r.subject ? `${ADDRESSEE_LABELS.association} (${r.subject.toLowerCase()})` : ADDRESSEE_LABELS[r.addressee];
    b.row([
      { value: r.priority, tone },
      r.organization ?? MUNICIPALITY_LABEL,
      addressee,
      r.figureId,
      r.figureName,
      r.thin ? THIN_KIND : KIND,
      r.valueText,
      '',
      '',
      r.text,
      '',
    ]);
  }
}
