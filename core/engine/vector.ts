/**
 * Column-wise evaluation of condition trees over a whole dataset: every node of every criterion's
 * population and condition is evaluated once per run, for all rows at once, into two bitsets
 * (rows where it is true, rows where it is false; neither means unknown), and the criteria count
 * with bit operations. A population such as «педагогические работники» is shared by dozens of
 * criteria and is computed once; a leaf (one field against one literal) decides each distinct text
 * once, not once per row.
 *
 * The meaning is exactly evaluate.ts's: leaves use its valueTruth, `and`/`or`/`not` follow the
 * same Kleene tables, and a condition leaves out the rows with an unknown value in any column it
 * reads (compileCondition). Rows live in one index space: organisation k's rows start at a
 * multiple of 32, so each organisation owns whole words and its counts are popcounts over them.
 */
import type { Expr } from '../criteria';
import type { FieldKey } from '../fields';
import { valueAt, type Codes } from '../column';
import type { Dataset, FieldValue, Organization } from '../records';
import { UNKNOWN } from '../values';
import { compile, fieldsOf, isLeaf, valueTruth, type LeafExpr, type Truth } from './evaluate';
import { POPULATIONS } from './populations';

/** Answers for every row: bit set in `t` (true) or in `f` (false); in neither, unknown. */
export interface Vec {
  readonly t: Uint32Array;
  readonly f: Uint32Array;
}

/** A condition's answers and, beside them, the rows it leaves out for an unknown value. */
export interface Condition extends Vec {
  readonly unknown: Uint32Array;
}

export interface Counts {
  num: number;
  den: number;
  excluded: number;
}

/** Number of set bits of a 32-bit word. */
export function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A leaf's answer as two bits: 1 true, 2 false, 0 unknown. */
const encode = (b: Truth): number => (b === true ? 1 : b === false ? 2 : 0);

/** JSON of a tree: equal trees (the same population in two criteria) share one evaluation. */
const keyOf = (expr: Expr): string => JSON.stringify(expr);

export class Evaluator {
  readonly organizations: readonly Organization[];
  /** First word of each organisation; its rows are bits from start[k] × 32 on. */
  readonly start: Int32Array;
  /** One past its last word. */
  readonly end: Int32Array;
  readonly words: number;
  /** The bits of real rows (the rest of an organisation's last word is padding). */
  readonly valid: Uint32Array;
  private readonly zero: Uint32Array;
  private readonly memo = new Map<string, Vec>();
  private readonly conditions = new Map<string, Condition>();
  private readonly unknownMasks = new Map<FieldKey, Uint32Array>();

  constructor(dataset: Dataset) {
    this.organizations = dataset.organizations;
    const n = this.organizations.length;
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    let w = 0;
    this.organizations.forEach((org, k) => {
      this.start[k] = w;
      w += (org.rows.length + 31) >>> 5;
      this.end[k] = w;
    });
    this.words = w;
    this.valid = new Uint32Array(w);
    this.organizations.forEach((org, k) => {
      const rows = org.rows.length;
      const s = this.start[k]!;
      for (let i = 0; i < rows >>> 5; i++) this.valid[s + i] = 0xffffffff;
      if (rows & 31) this.valid[s + (rows >>> 5)] = (1 << (rows & 31)) - 1;
    });
    this.zero = new Uint32Array(w);
  }

  /**
   * Evaluates ahead, in one pass over the rows, every leaf these trees contain and the unknown
   * masks their conditions need. Optional: anything not prepared is evaluated on demand.
   */
  prepare(populations: readonly Expr[], conditions: readonly Expr[]): void {
    const leaves = new Map<string, LeafExpr>();
    const masks = new Set<FieldKey>();
    const walk = (e: Expr): void => {
      if (isLeaf(e)) {
        const key = keyOf(e);
        if (!this.memo.has(key)) leaves.set(key, e);
        return;
      }
      switch (e.op) {
        case 'and':
        case 'or':
          e.args.forEach(walk);
          break;
        case 'not':
          walk(e.arg);
          break;
        case 'population':
          walk(POPULATIONS[e.name]);
          break;
        default:
          break;
      }
    };
    populations.forEach(walk);
    for (const c of conditions) {
      walk(c);
      for (const f of fieldsOf(c)) if (!this.unknownMasks.has(f)) masks.add(f);
    }
    this.extract([...leaves], [...masks]);
  }

  /** A population (Kleene logic): true, false or unknown for every row. */
  population(expr: Expr): Vec {
    const key = keyOf(expr);
    const cached = this.memo.get(key);
    if (cached) return cached;
    let out: Vec;
    if (isLeaf(expr)) {
      this.extract([[key, expr]], []);
      return this.memo.get(key) as Vec;
    }
    switch (expr.op) {
      case 'true':
        out = { t: this.valid, f: this.zero };
        break;
      case 'and': {
        const t = this.valid.slice();
        const f = new Uint32Array(this.words);
        for (const part of expr.args.map((a) => this.population(a))) {
          for (let w = 0; w < this.words; w++) {
            t[w]! &= part.t[w]!;
            f[w]! |= part.f[w]!;
          }
        }
        out = { t, f };
        break;
      }
      case 'or': {
        const t = new Uint32Array(this.words);
        const f = this.valid.slice();
        for (const part of expr.args.map((a) => this.population(a))) {
          for (let w = 0; w < this.words; w++) {
            t[w]! |= part.t[w]!;
            f[w]! &= part.f[w]!;
          }
        }
        out = { t, f };
        break;
      }
      case 'not': {
        const inner = this.population(expr.arg);
        out = { t: inner.f, f: inner.t };
        break;
      }
      case 'population':
        out = this.population(POPULATIONS[expr.name]);
        break;
      default:
        // A kind of node this evaluator does not know yet: row by row, with the same meaning.
        out = this.rowWise(expr as Expr);
    }
    this.memo.set(key, out);
    return out;
  }

  /**
   * A criterion's condition: unknown for rows with an unknown value in any column it reads. The
   * answers are the tree's own (shared with every other use of it); the rows to leave out are a
   * mask beside them — the field's own unknown mask when the condition reads one field — so a
   * condition costs no copy of the rows.
   */
  condition(expr: Expr): Condition {
    const key = `condition ${keyOf(expr)}`;
    const cached = this.conditions.get(key);
    if (cached) return cached;
    const test = this.population(expr);
    const fields = [...fieldsOf(expr)];
    let unknown: Uint32Array;
    if (fields.length === 1) unknown = this.unknownMask(fields[0]!);
    else {
      unknown = new Uint32Array(this.words);
      for (const field of fields) {
        const mask = this.unknownMask(field);
        for (let w = 0; w < this.words; w++) unknown[w]! |= mask[w]!;
      }
    }
    const out = { t: test.t, f: test.f, unknown };
    this.conditions.set(key, out);
    return out;
  }

  /** Rows of organisation k counted as workbook.md §6 says (the numerator, the denominator, the rows left out). */
  tally(k: number, pop: Vec, cond: Condition): Counts {
    let num = 0;
    let den = 0;
    let excluded = 0;
    for (let w = this.start[k]!, e = this.end[k]!; w < e; w++) {
      const tp = pop.t[w]!;
      const out = cond.unknown[w]!;
      const yes = cond.t[w]! & ~out;
      const known = (cond.t[w]! | cond.f[w]!) & ~out;
      den += popcount(tp & known);
      num += popcount(tp & yes);
      excluded += popcount(this.valid[w]! & ~(tp | pop.f[w]!)) + popcount(tp & ~known);
    }
    return { num, den, excluded };
  }

  /** Whether any row of organisation k is true. */
  any(k: number, v: Vec): boolean {
    for (let w = this.start[k]!, e = this.end[k]!; w < e; w++) if (v.t[w] !== 0) return true;
    return false;
  }

  /** The answer for row i of organisation k. */
  truth(k: number, i: number, v: Vec): Truth {
    const w = this.start[k]! + (i >>> 5);
    const bit = 1 << (i & 31);
    return v.t[w]! & bit ? true : v.f[w]! & bit ? false : null;
  }

  /** Calls back, in row order, for each row of organisation k where `pop` is true and `cond` known. */
  forEachCounted(k: number, pop: Vec, cond: Condition, each: (i: number, yes: boolean) => void): void {
    const s = this.start[k]!;
    for (let w = s, e = this.end[k]!; w < e; w++) {
      const yes = cond.t[w]! & ~cond.unknown[w]!;
      let m = pop.t[w]! & (cond.t[w]! | cond.f[w]!) & ~cond.unknown[w]!;
      while (m !== 0) {
        const low = m & -m;
        const b = 31 - Math.clz32(low);
        each(((w - s) << 5) + b, (yes & low) !== 0);
        m ^= low;
      }
    }
  }

  private unknownMask(field: FieldKey): Uint32Array {
    const cached = this.unknownMasks.get(field);
    if (cached) return cached;
    this.extract([], [field]);
    return this.unknownMasks.get(field) as Uint32Array;
  }

  /**
   * Evaluates leaves and unknown masks organisation by organisation over the dataset's coded
   * columns (column.ts): a leaf decides each value of a column's dictionary once — the reader
   * shares one dictionary between the tabs, so once per run — and then runs over the codes with
   * one table lookup per row.
   */
  private extract(leaves: readonly (readonly [string, LeafExpr])[], masks: readonly FieldKey[]): void {
    if (leaves.length === 0 && masks.length === 0) return;
    const jobs = leaves.map(([key, leaf]) => {
      const truth = valueTruth(leaf);
      return {
        key,
        field: leaf.field,
        /** Answers by code: bit 0 true, bit 1 false, neither unknown. */
        answers: new AnswerTables((x) => encode(truth(x))),
        absent: encode(truth(undefined)),
        t: new Uint32Array(this.words),
        f: new Uint32Array(this.words),
      };
    });
    const maskJobs = masks.map((field) => ({ field, unknown: new AnswerTables((x) => (x === UNKNOWN ? 1 : 0)), m: new Uint32Array(this.words) }));

    this.organizations.forEach((org, k) => {
      const n = org.rows.length;
      const s = this.start[k]!;
      for (const job of jobs) {
        const column = org.values.get(job.field);
        if (column) answerBits(job.answers.of(column.dictionary), column.codes, n, job.t, job.f, s);
        else constantBits(job.absent, n, job.t, job.f, s);
      }
      for (const job of maskJobs) {
        const column = org.values.get(job.field);
        if (!column) continue;
        maskBits(job.unknown.of(column.dictionary), column.codes, n, job.m, s);
      }
    });
    for (const job of jobs) this.memo.set(job.key, { t: job.t, f: job.f });
    for (const job of maskJobs) this.unknownMasks.set(job.field, job.m);
  }

  /** A tree evaluated row by row with evaluate.ts's predicate (for node kinds without a column form). */
  private rowWise(expr: Expr): Vec {
    const predicate = compile(expr);
    const t = new Uint32Array(this.words);
    const f = new Uint32Array(this.words);
    this.organizations.forEach((org, k) => {
      const base = this.start[k]! << 5;
      const columns = [...org.values];
      org.rows.forEach((_, i) => {
        const values: Partial<Record<FieldKey, FieldValue>> = {};
        for (const [field, column] of columns) values[field] = valueAt(column, i);
        const v = predicate(values);
        if (v === true) t[(base + i) >>> 5]! |= 1 << (i & 31);
        else if (v === false) f[(base + i) >>> 5]! |= 1 << (i & 31);
      });
    });
    return { t, f };
  }
}

/**
 * Row i's answer `table[codes[i]]` (bit 0 true, bit 1 false) into bit i of the words from `s` on.
 * A function of its own so that each kind of code array gets a loop V8 can specialise.
 */
function answerBits(table: Uint8Array, codes: Codes, n: number, tOut: Uint32Array, fOut: Uint32Array, s: number): void {
  for (let w = 0, base = 0; base < n; w++, base += 32) {
    let t = 0;
    let f = 0;
    const bits = Math.min(32, n - base);
    for (let b = 0; b < bits; b++) {
      const e = table[codes[base + b]!]!;
      t |= (e & 1) << b;
      f |= (e >>> 1) << b;
    }
    tOut[s + w] = t;
    fOut[s + w] = f;
  }
}

/** Bit i set where `table[codes[i]]` is 1 (a row with an unknown value), into the words from `s` on. */
function maskBits(table: Uint8Array, codes: Codes, n: number, out: Uint32Array, s: number): void {
  for (let w = 0, base = 0; base < n; w++, base += 32) {
    let m = 0;
    const bits = Math.min(32, n - base);
    for (let b = 0; b < bits; b++) m |= table[codes[base + b]!]! << b;
    out[s + w] = m;
  }
}

/** The same answer for n rows (a column the organisation does not have). */
function constantBits(e: number, n: number, tOut: Uint32Array, fOut: Uint32Array, s: number): void {
  for (let w = 0, base = 0; base < n; w++, base += 32) {
    const bits = Math.min(32, n - base);
    const full = bits === 32 ? 0xffffffff : (1 << bits) - 1;
    tOut[s + w] = e & 1 ? full : 0;
    fOut[s + w] = e & 2 ? full : 0;
  }
}

/**
 * A function's answers for every value of a dictionary, as a table by code. The reader shares one
 * dictionary between the tabs' columns of a field, so the table is made once; a dictionary that
 * has grown since gets its new values answered, and another dictionary (a hand-built dataset's)
 * a table of its own.
 */
class AnswerTables {
  private readonly tables = new Map<readonly FieldValue[], Uint8Array>();
  private lastDictionary: readonly FieldValue[] | null = null;
  private lastTable: Uint8Array = new Uint8Array(0);

  constructor(private readonly answer: (x: FieldValue) => number) {}

  of(dictionary: readonly FieldValue[]): Uint8Array {
    if (dictionary === this.lastDictionary && this.lastTable.length === dictionary.length) return this.lastTable;
    const known = this.tables.get(dictionary) ?? new Uint8Array(0);
    let table = known;
    if (known.length < dictionary.length) {
      table = new Uint8Array(dictionary.length);
      table.set(known);
      for (let code = known.length; code < dictionary.length; code++) table[code] = this.answer(dictionary[code]!);
      this.tables.set(dictionary, table);
    }
    this.lastDictionary = dictionary;
    this.lastTable = table;
    return table;
  }
}
