/**
 * The section «Эффективность принятых мер» of `Рекомендации`: one row per measure and criterion,
 * in the columns of the recommendations table (organisation, responsible, criterion, name, verdict,
 * value now, target, change, what was done and the values before and after, status), so the
 * section reads like the rest of the sheet and its rows can go back into «Мероприятия» as they are.
 */
import type { Analysis } from '../recommend/index';
import type { ComputeResult } from '../result';
import { formatTarget } from '../output/present';
import type { Cell, SheetBuilder, Tone } from '../output/table';
import { MEASURE_STATUS, MEASURE_TEXT, OVERDUE, VERDICT, type Verdict } from '../texts/ru/measures';
import { organizationTitle } from '../texts/ru/org-reports';
import { formatChange, formatIsoDate, formatValue } from './format';
import { summarizeMeasures, type JudgedCriterion, type JudgedMeasure } from './judge';

export const VERDICT_TONE: Readonly<Record<Verdict, Tone | null>> = {
  achieved: 'met',
  improved: 'met',
  unchanged: null,
  worse: 'below',
  noData: 'no-data',
};

/** «Мероприятие «…»: было 40 % (2022-2023), стало 45,5 % (2023-2024); срок 01.03.2024». */
export function measureLine(j: JudgedMeasure, c: JudgedCriterion, period: string): string {
  const m = j.measure;
  const parts: string[] = [];
  if (j.current) parts.push(MEASURE_TEXT.samePeriod);
  else if (c.before === null || c.before.value === null) parts.push(MEASURE_TEXT.noBefore(j.basePeriod ?? ''));
  else parts.push(MEASURE_TEXT.was(j.basePeriod ?? '', formatValue(c.criterion, c.before.value)));
  parts.push(c.now === null || c.now.value === null ? MEASURE_TEXT.noNow : MEASURE_TEXT.now(period, formatValue(c.criterion, c.now.value)));
  if (m.deadline) parts.push(MEASURE_TEXT.deadline(formatIsoDate(m.deadline)));
  return `${m.title}: ${parts.join(', ')}.`;
}

export function organizationOf(result: ComputeResult, org: string | null): string {
  if (org === null) return MEASURE_TEXT.municipality;
  const o = result.organizations.find((x) => x.name === org);
  return o ? organizationTitle(o) : org;
}

/** Appends the section to `Рекомендации`; `width` is the number of columns of its table. */
export function addMeasuresSection(b: SheetBuilder, result: ComputeResult, analysis: Analysis): void {
  const judged = analysis.measures;
  if (judged.length === 0 && (result.measures ?? []).length === 0) return;
  const s = summarizeMeasures(judged);
  b.row([]);
  b.row([MEASURE_TEXT.section], 'track');
  b.row([MEASURE_TEXT.counts(s.measures, s.worked, s.overdue) + ' ' + MEASURE_TEXT.sectionNote(result.period)], 'muted');
  if (judged.length === 0) {
    b.row(['', MEASURE_TEXT.none], 'info');
    return;
  }
  for (const j of judged) {
    const status: Cell = j.overdue ? { value: OVERDUE, tone: 'warning' } : MEASURE_STATUS[j.measure.status];
    for (const c of j.criteria) {
      b.row([
        '',
        organizationOf(result, j.measure.organization),
        j.measure.responsible,
        c.criterion.id,
        c.criterion.shortName,
        { value: VERDICT[c.verdict], tone: VERDICT_TONE[c.verdict] },
        c.now === null ? '' : formatValue(c.criterion, c.now.value),
        formatTarget(c.criterion),
        c.change === null ? '' : formatChange(c.criterion, c.change),
        measureLine(j, c, result.period),
        status,
      ]);
    }
  }
}
