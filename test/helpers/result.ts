/**
 * Reading a ComputeResult in tests: a criterion's figures by id and organisation, the issues by
 * code, and one `expectFigure` that checks numerator, denominator, value and status together, so
 * an expectation reads like the hand computation written next to it.
 */
import { expect } from 'vitest';
import type { Issue, IssueCode } from '../../core/issues';
import type { ComputeResult, CriterionResult, Figure, Status } from '../../core/result';

export function criterion(result: ComputeResult, id: string): CriterionResult {
  const found = result.criteria.find((c) => c.criterion.id === id);
  if (!found) throw new Error(`criterion ${id} is not in the result of preset ${result.preset.id}`);
  return found;
}

/** The municipal total of a criterion. */
export function total(result: ComputeResult, id: string): Figure {
  return criterion(result, id).total;
}

/** A criterion's figure for one organisation. */
export function orgFigure(result: ComputeResult, id: string, org: string): Figure {
  const fig = criterion(result, id).byOrganization[org];
  if (!fig) throw new Error(`criterion ${id} has no figure for «${org}»`);
  return fig;
}

/** A by-subject figure of 1.1 / 1.2: the total or one organisation's. */
export function subjectFigure(result: ComputeResult, id: string, subject: string, org?: string): Figure | undefined {
  const s = criterion(result, id).bySubject?.find((x) => x.subject === subject);
  if (!s) return undefined;
  return org === undefined ? s.total : s.byOrganization[org];
}

export function issuesWith(result: ComputeResult | readonly Issue[], code: IssueCode, sheet?: string): Issue[] {
  const list = Array.isArray(result) ? (result as readonly Issue[]) : (result as ComputeResult).issues;
  return list.filter((i) => i.code === code && (sheet === undefined || i.sheet === sheet));
}

/** What a figure should be; `value` of a share is compared to two decimals. */
export interface ExpectedFigure {
  readonly numerator?: number | null;
  readonly denominator?: number | null;
  readonly value: number | boolean | null;
  readonly status: Status;
}

/** Checks a figure: the given parts exactly, the value of a share to within 0.005. */
export function expectFigure(fig: Figure | undefined, expected: ExpectedFigure, label = ''): void {
  expect(fig, `${label}: figure present`).toBeDefined();
  const f = fig as Figure;
  if (expected.numerator !== undefined) expect(f.numerator, `${label}: numerator`).toBe(expected.numerator);
  if (expected.denominator !== undefined) expect(f.denominator, `${label}: denominator`).toBe(expected.denominator);
  if (typeof expected.value === 'number' && typeof f.value === 'number') expect(f.value, `${label}: value`).toBeCloseTo(expected.value, 2);
  else expect(f.value, `${label}: value`).toBe(expected.value);
  expect(f.status, `${label}: status`).toBe(expected.status);
}

/** Shorthand for a share figure n / d with its value and status. */
export function share(numerator: number, denominator: number, value: number, status: Status): ExpectedFigure {
  return { numerator, denominator, value, status };
}

/** A share with a zero denominator: «нет данных», never 0 %. */
export const NO_DATA: ExpectedFigure = { value: null, status: 'no-data' };
