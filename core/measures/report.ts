/**
 * «Эффективность принятых мер» in the report (file 001 §9): how many measures were judged and how
 * many worked, then one row per measure and criterion — organisation, what was done, the value in
 * the period of the decision and now, the change, and the verdict (with «просрочено» when the
 * deadline has passed and the measure is not done). Roles only, never a person.
 */
import type { RunPlan } from '../run-plan';
import { el, type Html } from '../report/html';
import { table, type Row } from '../report/table';
import { MEASURE_STATUS, MEASURE_TEXT, OVERDUE, VERDICT, type Verdict } from '../texts/ru/measures';
import { formatChange, formatValue } from './format';
import { summarizeMeasures } from './judge';
import { organizationOf } from './sheet';

const VERDICT_CLASS: Readonly<Record<Verdict, string>> = { achieved: 's-met', improved: 's-met', unchanged: '', worse: 's-below', noData: 's-nd' };

/** Whether the run has a register of measures to report on. */
export function hasMeasures(plan: RunPlan): boolean {
  return plan.analysis.measures.length > 0 || (plan.result.measures ?? []).length > 0;
}

export function measuresReportSection(plan: RunPlan, heading: string, id: string): Html {
  const judged = plan.analysis.measures;
  const s = summarizeMeasures(judged);
  const [org, measure, criterion, before, now, change, verdict] = MEASURE_TEXT.header;
  const rows: Row[] = judged.flatMap((j) =>
    j.criteria.map((c) => ({
      cells: [
        organizationOf(plan.result, j.measure.organization),
        [el('b', null, j.measure.title), j.measure.responsible ? [el('br', null), el('span', { class: 'note' }, MEASURE_TEXT.responsible(j.measure.responsible))] : null],
        `${c.criterion.id} ${c.criterion.shortName}`,
        c.before === null || c.before.value === null ? '—' : [formatValue(c.criterion, c.before.value), el('br', null), el('span', { class: 'note' }, j.basePeriod ?? '')],
        c.now === null || c.now.value === null ? '—' : formatValue(c.criterion, c.now.value),
        c.change === null ? '—' : formatChange(c.criterion, c.change),
        { content: [VERDICT[c.verdict], el('br', null), el('span', { class: 'note' }, j.overdue ? OVERDUE : MEASURE_STATUS[j.measure.status])], className: VERDICT_CLASS[c.verdict] || undefined },
      ],
    })),
  );
  return el('section', { id },
    el('h2', null, heading),
    el('p', null, MEASURE_TEXT.reportIntro(s.measures, s.worked), ' ', MEASURE_TEXT.counts(s.measures, s.worked, s.overdue)),
    rows.length === 0
      ? el('p', null, MEASURE_TEXT.none)
      : table(
          [
            { header: org, width: 16 },
            { header: measure, width: 26 },
            { header: criterion, width: 18 },
            { header: before, width: 10, numeric: true },
            { header: now, width: 9, numeric: true },
            { header: change, width: 9, numeric: true },
            { header: verdict, width: 12 },
          ],
          rows,
        ),
    el('p', { class: 'note' }, MEASURE_TEXT.sectionNote(plan.result.period)));
}
