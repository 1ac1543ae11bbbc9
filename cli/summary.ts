/**
 * The short Russian report the command line prints after a run, as lines of text (printing is the
 * commands' job): preset, period, organisations, rows, statuses of the criteria, data problems,
 * files written; and for the demo the criteria furthest below their targets. Aggregates only —
 * never a person's name.
 */
import { formatNumber, formatRowRanges, formatTarget, MEASURE_TEXT, MSG, roundDisplayed, SEVERITY_LABELS, type ComputeResult, type Issue, type RunPlan } from '../core/index';
import { PP, SUMMARY } from './messages';

export interface WrittenFiles {
  readonly example?: string;
  readonly workbookFile?: string;
  readonly jsonFile?: string;
  readonly jsonToStdout?: boolean;
}

export function summaryLines(plan: RunPlan, written: WrittenFiles): string[] {
  const s = plan.summary;
  const lines = [
    SUMMARY.title,
    SUMMARY.preset(s.preset, plan.result.preset.title),
    SUMMARY.period(s.period, isoToRu(plan.result.referenceDate)),
    SUMMARY.organizations(s.organizations, s.rows),
    SUMMARY.criteria(s.criteria, s.met, s.below, s.noTarget, s.noData),
    SUMMARY.problems(s.errors, s.warnings, s.infos),
    ...problemLines(plan.result.issues, written),
    SUMMARY.recommendations(s.recommendations),
    ...(s.measures > 0 ? [MEASURE_TEXT.summaryLine(s.measures, s.measuresWorked, s.measuresOverdue)] : []),
  ];
  if (plan.result.issues.some((i) => i.code === 'catalogue' && i.severity === 'info')) lines.splice(2, 0, SUMMARY.catalogue(s.catalogueErrors));
  if (written.example) lines.push(SUMMARY.exampleWritten(written.example));
  if (written.workbookFile) lines.push(SUMMARY.workbookWritten(written.workbookFile));
  if (written.jsonFile) lines.push(SUMMARY.jsonWritten(written.jsonFile));
  if (written.jsonToStdout) lines.push(SUMMARY.jsonStdout);
  if (!written.workbookFile && !written.jsonFile && !written.jsonToStdout) lines.push(SUMMARY.nothingWritten);
  return lines;
}

/** Problem lines the terminal shows after the counts. */
export const PROBLEMS_SHOWN = 8;

/**
 * The first problems a methodologist must see without opening a file (issue 17): a skipped
 * organisation tab first (its people are missing from every figure), then errors, warnings and
 * notes in the sheet's order — each with its sheet, rows (grouped: «строки 12–15, 31») and column
 * — and where the full list is. Nothing when the data has no problem.
 */
export function problemLines(issues: readonly Issue[], written: WrittenFiles): string[] {
  if (issues.length === 0) return [];
  const skipped = issues.filter((i) => i.code === 'no-header');
  const rest = issues.filter((i) => i.code !== 'no-header' && i.severity !== 'info');
  const infos = issues.filter((i) => i.code !== 'no-header' && i.severity === 'info');
  const shown = [...skipped, ...rest, ...infos].slice(0, PROBLEMS_SHOWN);
  const json = written.jsonFile ?? (written.jsonToStdout ? 'JSON' : undefined);
  return [
    SUMMARY.firstProblems(shown.length, issues.length),
    ...shown.map((i) => SUMMARY.problemLine(SEVERITY_LABELS[i.severity], placeOf(i), i.message)),
    SUMMARY.problemsWhere(written.workbookFile, json),
  ];
}

function placeOf(i: Issue): string {
  const parts = [SUMMARY.problemSheet(i.sheet)];
  if (i.row !== null) parts.push(SUMMARY.problemRow(i.row));
  else if (i.rows && i.rows.length > 0) parts.push(SUMMARY.problemRows(formatRowRanges(i.rows, i.moreRows ?? 0, MSG.andMoreRows)));
  if (i.column) parts.push(SUMMARY.problemColumn(i.column));
  return parts.join(', ');
}

export interface Shortfall {
  readonly id: string;
  readonly shortName: string;
  /** Municipal value as displayed (rounded to 0.1). */
  readonly value: number;
  readonly target: string;
  /** Distance to the target in the criterion's unit (percentage points for shares). */
  readonly gap: number;
  readonly unit: string;
}

/**
 * Criteria whose municipal value is below a numeric target, largest gap first (ties keep the
 * preset's order). Presence criteria ("да"/"нет") have no distance and are not ranked.
 */
export function largestShortfalls(result: ComputeResult, limit: number): Shortfall[] {
  const out: Shortfall[] = [];
  for (const r of result.criteria) {
    const c = r.criterion;
    const t = c.target;
    if (r.total.status !== 'below' || !t || typeof t.value !== 'number' || typeof r.total.value !== 'number') continue;
    const value = roundDisplayed(r.total.value);
    const gap = t.op === '>=' || t.op === '>' ? t.value - value : t.op === '<=' || t.op === '<' ? value - t.value : Math.abs(value - t.value);
    const percent = c.kind === 'share' || c.kind === 'orgShare';
    out.push({ id: c.id, shortName: c.shortName, value, target: formatTarget(c), gap, unit: percent ? '%' : '' });
  }
  return out.sort((a, b) => b.gap - a.gap).slice(0, limit);
}

export function shortfallLines(shortfalls: readonly Shortfall[]): string[] {
  if (shortfalls.length === 0) return [SUMMARY.shortfallNone];
  return [
    SUMMARY.shortfallTitle,
    ...shortfalls.map((s) =>
      SUMMARY.shortfallLine(
        s.id,
        s.shortName,
        `${formatNumber(s.value)}${s.unit === '%' ? ' %' : ''}`,
        s.target,
        s.unit === '%' ? `${formatNumber(s.gap)} ${PP}` : formatNumber(s.gap),
      ),
    ),
  ];
}

function isoToRu(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
