/**
 * Compiles a condition tree once into a function over a row's values, with three-valued logic:
 * true, false, or null when the answer depends on an unknown or missing value. Populations use
 * Kleene logic (a manager whose age is unknown is still not a young teacher, so the row is simply
 * not a member). A criterion's condition is stricter, as workbook.md §1.2 says: a row with an
 * unknown value in any column the condition reads is left out of the numerator and the
 * denominator, even when another column would decide ("нет" and "?" is not a counted "нет",
 * "?" or "да" is not a counted "да"). A row whose population or condition is null is left out of
 * both the numerator and the denominator.
 */
import type { Expr, Literal } from '../criteria';
import type { FieldKey } from '../fields';
import type { FieldValue } from '../records';
import { normalizeText } from '../text';
import { UNKNOWN } from '../values';
import { POPULATIONS } from './populations';

export type Truth = boolean | null;

/**
 * Normalised text of a cell value, memoised: positions, subjects and categories repeat across
 * thousands of rows, and normalising is the costliest step of evaluating a text condition.
 */
const NORMALIZED = new Map<string, string>();
const NORMALIZED_LIMIT = 50_000;
function normalized(text: string): string {
  let n = NORMALIZED.get(text);
  if (n === undefined) {
    if (NORMALIZED.size >= NORMALIZED_LIMIT) NORMALIZED.clear();
    n = normalizeText(text);
    NORMALIZED.set(text, n);
  }
  return n;
}
export type RowValues = Readonly<Partial<Record<FieldKey, FieldValue>>>;
export type Predicate = (values: RowValues) => Truth;

/** The conditions that read one field of the row: the leaves of a condition tree. */
export type LeafExpr = Extract<Expr, { readonly field: FieldKey }>;

export function isLeaf(expr: Expr): expr is LeafExpr {
  return 'field' in expr;
}

/**
 * A leaf's answer for one value of its field (undefined when the tab has no such column). The
 * row-wise predicates below and the column-wise evaluator (vector.ts) both use these, so a leaf
 * means the same thing whichever way it is evaluated.
 */
export function valueTruth(expr: LeafExpr): (x: FieldValue | undefined) => Truth {
  switch (expr.op) {
    case 'yes':
      return (x) => {
        if (x === null) return false;
        return typeof x === 'boolean' ? x : null;
      };
    case 'filled':
      return (x) => x !== null && x !== undefined && x !== UNKNOWN;
    case 'cmp':
      return compareValue(expr.cmp, expr.value);
    case 'startsWith':
    case 'contains': {
      const needles = expr.values.map(normalizeText);
      const starts = expr.op === 'startsWith';
      return (x) => {
        if (x === null) return false;
        if (typeof x !== 'string') return null;
        const t = normalized(x);
        return needles.some((n) => (starts ? t.startsWith(n) : t.includes(n)));
      };
    }
  }
}

export function compile(expr: Expr): Predicate {
  if (isLeaf(expr)) {
    const f = expr.field;
    const truth = valueTruth(expr);
    return (v) => truth(v[f]);
  }
  switch (expr.op) {
    case 'true':
      return () => true;
    case 'and': {
      const parts = expr.args.map(compile);
      return (v) => {
        let unknown = false;
        for (const p of parts) {
          const r = p(v);
          if (r === false) return false;
          if (r === null) unknown = true;
        }
        return unknown ? null : true;
      };
    }
    case 'or': {
      const parts = expr.args.map(compile);
      return (v) => {
        let unknown = false;
        for (const p of parts) {
          const r = p(v);
          if (r === true) return true;
          if (r === null) unknown = true;
        }
        return unknown ? null : false;
      };
    }
    case 'not': {
      const inner = compile(expr.arg);
      return (v) => {
        const r = inner(v);
        return r === null ? null : !r;
      };
    }
    case 'population':
      return compile(POPULATIONS[expr.name]);
  }
}

/** A criterion's condition: null for a row with an unknown value in any column it reads (§1.2). */
export function compileCondition(expr: Expr): Predicate {
  const fields = [...fieldsOf(expr)];
  const test = compile(expr);
  return (v) => (fields.some((f) => v[f] === UNKNOWN) ? null : test(v));
}

function compareValue(op: string, literal: Literal): (x: FieldValue | undefined) => Truth {
  const text = typeof literal === 'string' ? normalizeText(literal) : null;
  return (x) => {
    if (x === null || x === undefined || x === UNKNOWN) return null;
    let c: number;
    if (typeof x === 'number' && typeof literal === 'number') c = x - literal;
    else if (typeof x === 'string' && text !== null) {
      const t = normalized(x);
      if (op === '=') return t === text;
      if (op === '!=') return t !== text;
      c = t < text ? -1 : t > text ? 1 : 0;
    } else if (typeof x === 'boolean' && typeof literal === 'boolean') c = Number(x) - Number(literal);
    else return null;
    switch (op) {
      case '=':
        return c === 0;
      case '!=':
        return c !== 0;
      case '<':
        return c < 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      default:
        return c >= 0;
    }
  };
}

/** Every field a condition reads, populations expanded. */
export function fieldsOf(expr: Expr, into: Set<FieldKey> = new Set()): Set<FieldKey> {
  switch (expr.op) {
    case 'true':
      break;
    case 'yes':
    case 'filled':
    case 'cmp':
    case 'startsWith':
    case 'contains':
      into.add(expr.field);
      break;
    case 'and':
    case 'or':
      for (const a of expr.args) fieldsOf(a, into);
      break;
    case 'not':
      fieldsOf(expr.arg, into);
      break;
    case 'population':
      fieldsOf(POPULATIONS[expr.name], into);
      break;
  }
  return into;
}
