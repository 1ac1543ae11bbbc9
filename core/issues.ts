/**
 * Problems in the data are values, never exceptions (style.md habit 4): every unknown cell, skipped
 * row or tab, inference and implausible figure becomes one Issue, which the output renders as a
 * line of `Проверка данных` and the result JSON carries as is.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  readonly severity: Severity;
  /** Sheet the problem is on; '' for the workbook as a whole. */
  readonly sheet: string;
  /** 1-based row number as the user sees it, or null. */
  readonly row: number | null;
  /** Column header as written in the sheet (or its canonical name), or null. */
  readonly column: string | null;
  /** The offending cell as text, or null (never a person's name). */
  readonly value: string | null;
  readonly message: string;
  /** Stable machine code, for tests and filtering. */
  readonly code: IssueCode;
  /** For a problem on many rows (`row` null): the rows as ranges [first, last], 1-based. */
  readonly rows?: readonly (readonly [number, number])[];
  /** Rows of the problem beyond those in `rows`. */
  readonly moreRows?: number;
}

export type IssueCode =
  | 'unknown-value'
  | 'missing-value'
  | 'implausible'
  | 'totals-row'
  | 'numbering-row'
  | 'empty-name'
  | 'duplicate'
  | 'part-timer'
  | 'no-header'
  | 'empty-tab'
  | 'missing-column'
  | 'duplicate-column'
  | 'inferred-category'
  | 'inferred-type'
  | 'org-without-tab'
  | 'tab-not-listed'
  | 'setting'
  | 'municipality'
  | 'organizations'
  | 'criterion-no-data'
  | 'catalogue'
  | 'org-reports'
  | 'measures';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues ordered by severity, keeping the reading order (tab, then row) within a severity. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map((x) => x.issue);
}
