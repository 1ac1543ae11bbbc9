/**
 * Small builders for condition trees, so preset tables read like the documents:
 * `share('9.1', pop('ped'), yes('pk'))`. They only build data; engine/evaluate.ts gives it meaning.
 */
import type { CompareOp, Expr, Literal, PopulationName } from './criteria';
import type { FieldKey } from './fields';
import { CONTEST_LEVELS } from './texts/ru/workbook';

/** Contest levels in rising order (workbook.md §1.1); a criterion "level ≥ X" counts every higher one. */
export { CONTEST_LEVELS };
export type ContestLevel = (typeof CONTEST_LEVELS)[number];

export const yes = (field: FieldKey): Expr => ({ op: 'yes', field });
export const cmp = (field: FieldKey, op: CompareOp, value: Literal): Expr => ({ op: 'cmp', field, cmp: op, value });
export const and = (...args: Expr[]): Expr => ({ op: 'and', args });
export const or = (...args: Expr[]): Expr => ({ op: 'or', args });
export const not = (arg: Expr): Expr => ({ op: 'not', arg });
export const pop = (name: PopulationName): Expr => ({ op: 'population', name });
export const filled = (field: FieldKey): Expr => ({ op: 'filled', field });
export const startsWith = (field: FieldKey, ...values: string[]): Expr => ({ op: 'startsWith', field, values });
export const contains = (field: FieldKey, ...values: string[]): Expr => ({ op: 'contains', field, values });
export const always: Expr = { op: 'true' };

/** contestLevel at `level` or higher. */
export const contestAtLeast = (level: ContestLevel): Expr => cmp('contestLevel', '>=', CONTEST_LEVELS.indexOf(level));
/** contestLevel exactly `level`. */
export const contestIs = (level: ContestLevel): Expr => cmp('contestLevel', '=', CONTEST_LEVELS.indexOf(level));
