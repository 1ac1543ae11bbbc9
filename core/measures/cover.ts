/**
 * A recommendation that an open measure already answers (workbook.md §8): the same criterion for
 * the same organisation (or the municipality) has a measure of «Мероприятия» that is planned or in
 * progress. Repeating the advice every year helps nobody; the recommendation keeps its figures and
 * priority but its text says which measure is under way — and that it is overdue when it is.
 */
import type { Recommendation } from '../recommend/rules';
import { MEASURE_STATUS, MEASURE_TEXT } from '../texts/ru/measures';
import { formatIsoDate } from './format';
import type { JudgedMeasure } from './judge';

/** The open measure behind a recommendation, as the outputs show it. */
export interface CoveringMeasure {
  readonly title: string;
  readonly status: string;
  readonly deadline: string | null;
  readonly responsible: string;
  readonly overdue: boolean;
  /** Row of «Мероприятия». */
  readonly row: number;
}

export function openMeasureFor(r: Pick<Recommendation, 'organization' | 'criterion'>, judged: readonly JudgedMeasure[]): JudgedMeasure | undefined {
  return judged.find((j) => j.open && j.measure.organization === r.organization && j.measure.criterionIds.includes(r.criterion.id));
}

export function coverByOpenMeasures(recs: readonly Recommendation[], judged: readonly JudgedMeasure[]): Recommendation[] {
  if (!judged.some((j) => j.open)) return [...recs];
  return recs.map((r) => {
    if (r.kind === 'success') return r;
    const j = openMeasureFor(r, judged);
    if (!j) return r;
    const m = j.measure;
    const details = [m.responsible ? `, ${MEASURE_TEXT.responsible(m.responsible)}` : '', m.deadline ? `, ${MEASURE_TEXT.deadline(formatIsoDate(m.deadline))}` : ''].join('');
    const status = MEASURE_STATUS[m.status];
    const measure: CoveringMeasure = { title: m.title, status, deadline: m.deadline, responsible: m.responsible, overdue: j.overdue, row: m.row };
    return { ...r, text: MEASURE_TEXT.covered(m.title, status, details) + (j.overdue ? MEASURE_TEXT.coveredOverdue : ''), measure };
  });
}
