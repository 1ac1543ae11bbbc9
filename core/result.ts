/**
 * The computed result, shared by every output: figures per criterion for each organisation and
 * for the municipality, statuses against targets, and the data problems. Hosts and the CLI render
 * it; resultToJson gives the file of workbook.md §7.
 */
import type { Criterion, OrgType, Preset } from './criteria';
import type { DeficitResult } from './deficits/compute';
import type { Issue } from './issues';
import type { Measure } from './measures/read';

export type Status = 'met' | 'below' | 'no-target' | 'no-data';

/** Why a figure has no value. */
export type NoDataReason = 'zero-denominator' | 'missing-column' | 'missing-source' | 'not-applicable';

export interface Band {
  readonly label: string;
  readonly count: number;
  /** Share of the population, percent. */
  readonly value: number | null;
}

export interface Figure {
  /** Count of rows meeting the condition (sum of values for a mean); null when not applicable. */
  readonly numerator: number | null;
  /** Count of rows in the population; null for counts and presence. */
  readonly denominator: number | null;
  /** Percent for shares, a count, a mean, true/false for presence; null when there is no data. */
  readonly value: number | boolean | null;
  readonly status: Status;
  readonly reason?: NoDataReason;
  /** Rows of the population left out because a value they need is unknown or empty. */
  readonly excluded?: number;
  /** orgShare: whether this organisation meets the criterion's test, and the share behind it. */
  readonly flag?: boolean;
  readonly inner?: { readonly numerator: number; readonly denominator: number; readonly value: number };
  /** distribution: the bands. */
  readonly bands?: readonly Band[];
  /** Taken from «Сведения ОО» (the organisation has no roster), not counted from a roster. */
  readonly reported?: boolean;
}

/**
 * An empty by-organisation record without a prototype: organisation names are the user's tab
 * names, and a tab called «toString», «constructor» or «__proto__» must be a key like any other,
 * never an inherited function (which outputs would read as a figure) or the object's prototype.
 */
export function figuresByName(): Record<string, Figure> {
  return Object.create(null) as Record<string, Figure>;
}

export interface SubjectFigures {
  readonly subject: string;
  readonly total: Figure;
  readonly byOrganization: Readonly<Record<string, Figure>>;
}

export interface CriterionResult {
  readonly criterion: Criterion;
  readonly total: Figure;
  /** In the order of the organisations; empty for municipal-only criteria. */
  readonly byOrganization: Readonly<Record<string, Figure>>;
  readonly bySubject?: readonly SubjectFigures[];
}

export interface OrganizationSummary {
  readonly name: string;
  readonly type: OrgType;
  readonly typeInferred: boolean;
  readonly rows: number;
  /** True for an organisation without a roster whose figures come from «Сведения ОО». */
  readonly reported?: boolean;
}

export interface ComputeResult {
  readonly preset: Preset;
  readonly period: string;
  /** ISO date (ГГГГ-ММ-ДД) ages were counted at. */
  readonly referenceDate: string;
  readonly attentionThreshold: number;
  /**
   * `Минимум человек для вывода`: a figure over fewer people gets no priority-1 recommendation, no
   * «успешная практика», no management decision, and says «мало данных». Absent: the default.
   */
  readonly minPeople?: number;
  readonly organizations: readonly OrganizationSummary[];
  readonly criteria: readonly CriterionResult[];
  readonly issues: readonly Issue[];
  /** Rows of «Мероприятия» (workbook.md §8), judged against `История` by analyze(). */
  readonly measures?: readonly Measure[];
  /** What the diagnostics found («Дефициты»); absent when no roster has a «Дефицит: …» column. */
  readonly deficits?: DeficitResult;
}

/**
 * Rounded the way a spreadsheet shows it with one decimal, which is what targets are checked on.
 * Like Excel and Google Sheets, it first cuts binary noise at 15 significant digits, so 89.95
 * (stored as 89.949999…) shows, and counts, as 90.0.
 */
export function roundDisplayed(value: number): number {
  return roundHalfUp(value, 1);
}

/** Rounded for the JSON file. */
export function round2(value: number): number {
  return roundHalfUp(value, 2);
}

/**
 * Half away from zero at `decimals` places, after cutting binary noise at 15 significant digits:
 * r = round(toPrecision15(toPrecision15(|v|) × scale)) / scale. The two text round trips cost
 * about a microsecond each and every figure of a run is rounded several times, so a value whose
 * scaled form y = |v| × scale lies clearly away from a half (its fraction not within 1e-4 of .5)
 * and below 1e9 takes arithmetic alone. It gives the same number: each 15-digit cut moves a value
 * by at most 5e-15 of itself and the product by one ulp, so the text path's scaled value differs
 * from y by under 1.5e-5 — too little to cross n + 0.5, which decides Math.round; both then divide
 * the same integer by the same scale. Halves, huge values, NaN and infinities take the text path.
 * (test/core/rounding.test.ts checks the two against each other.)
 */
export function roundHalfUp(value: number, decimals: number): number {
  const scale = decimals === 1 ? 10 : decimals === 2 ? 100 : 10 ** decimals;
  const y = Math.abs(value) * scale;
  if (y < 1e9) {
    const n = Math.floor(y);
    const f = y - n;
    if (f < 0.4999 || f > 0.5001) {
      const r = (f < 0.5 ? n : n + 1) / scale;
      return value < 0 ? -r : r;
    }
  }
  return roundHalfUpByText(value, scale);
}

/** The definition: both 15-digit cuts through text. */
function roundHalfUpByText(value: number, scale: number): number {
  const clean = Number(Math.abs(value).toPrecision(15)) * scale;
  const r = Math.round(Number(clean.toPrecision(15))) / scale;
  return value < 0 ? -r : r;
}
