/**
 * One evaluator for every criterion kind (workbook.md §6). Per organisation it counts rows whose
 * population and condition are known; the municipal total is always the ratio of sums over the
 * organisations that have data, never a mean of their shares. A column missing from a tab makes
 * that organisation "нет данных" for the criteria that need it, and says so once per tab.
 *
 * Rows are not visited criterion by criterion: a run evaluates every population and condition of
 * every criterion once, column-wise, into bitsets (vector.ts), and each criterion then counts
 * with popcounts per organisation. Only the criteria that need the values themselves (mean,
 * distribution, the subject breakdown) read the rows again.
 */
import type {
  CountCriterion,
  Criterion,
  ShareCriterion,
  DistributionCriterion,
  Expr,
  MeanCriterion,
  NumberShareCriterion,
  OrgShareCriterion,
  PresenceCriterion,
} from '../criteria';
import { isNumberShare } from '../criteria';
import { fieldHeader, type FieldKey } from '../fields';
import type { Issue } from '../issues';
import { MSG, ROSTER_TEXT } from '../texts/ru/messages';
import { municipalKey } from '../read/municipality';
import { valueAt } from '../column';
import type { Dataset, Organization } from '../records';
import { figuresByName, type Band, type CriterionResult, type Figure, type SubjectFigures } from '../result';
import { normalizeText } from '../text';
import { fieldsOf } from './evaluate';
import { countFigure, meanFigure, noData, presenceFigure, shareFigure, statusOf } from './figures';
import { Evaluator, type Condition, type Vec } from './vector';

interface Tally {
  num: number;
  den: number;
  excluded: number;
}

/**
 * What one run shares between criteria: the column-wise evaluator (each population and condition
 * evaluated once for all rows, vector.ts), the subjects of each Предмет text, and which
 * organisations have the columns a set of fields needs.
 */
interface Run {
  readonly ev: Evaluator;
  readonly subjects: Map<string, string[]>;
  /** Fields each organisation lacks, by the set of fields asked for. */
  readonly absent: Map<string, FieldKey[][]>;
}

function newRun(dataset: Dataset, criteria: readonly Criterion[]): Run {
  const ev = new Evaluator(dataset);
  const populations: Expr[] = [];
  const conditions: Expr[] = [];
  for (const c of criteria) {
    if ('population' in c) populations.push(c.population);
    if ('condition' in c) conditions.push(c.condition);
    if (c.kind === 'orgShare' && c.test.kind === 'memberShare') {
      populations.push(c.test.population);
      conditions.push(c.test.condition);
    }
  }
  ev.prepare(populations, conditions);
  return { ev, subjects: new Map(), absent: new Map() };
}

/** Missing columns met while computing: organisation → column header → criterion ids. */
type MissingColumns = Map<string, Map<string, string[]>>;

export function computeCriteria(dataset: Dataset, criteria: readonly Criterion[], issues: Issue[]): CriterionResult[] {
  const missing: MissingColumns = new Map();
  const run = newRun(dataset, criteria);
  const results = criteria.map((c) => evaluateCriterion(dataset, c, missing, run));
  for (const [org, byColumn] of missing) {
    for (const [column, ids] of byColumn) {
      issues.push({ severity: 'info', sheet: org, row: null, column, value: null, message: MSG.missingColumn(ids), code: 'missing-column' });
    }
  }
  return results;
}

export function computeCriterion(dataset: Dataset, c: Criterion, missing: MissingColumns = new Map()): CriterionResult {
  return evaluateCriterion(dataset, c, missing, newRun(dataset, [c]));
}

function evaluateCriterion(dataset: Dataset, c: Criterion, missing: MissingColumns, run: Run): CriterionResult {
  if (isNumberShare(c)) return numberShare(dataset, c);
  switch (c.kind) {
    case 'share':
    case 'count':
      return rowShareOrCount(dataset, c, c.population, c.condition, missing, run);
    case 'presence':
      return presence(dataset, c);
    case 'orgShare':
      return orgShare(dataset, c, missing, run);
    case 'mean':
      return mean(dataset, c, missing, run);
    case 'distribution':
      return distribution(dataset, c, missing, run);
  }
}

/** Organisations for which every field the criterion needs has a column; records the others. */
function orgsWithColumns(dataset: Dataset, c: Criterion, needed: ReadonlySet<FieldKey>, missing: MissingColumns, run: Run): Map<Organization, boolean> {
  // Criteria read the same few sets of fields: which columns each organisation lacks is worked
  // out once per set; the missing-column notes are still recorded for every criterion.
  const key = [...needed].join(' ');
  let absentByOrg = run.absent.get(key);
  if (!absentByOrg) {
    absentByOrg = dataset.organizations.map((org) => [...needed].filter((f) => !org.columns.has(f)));
    run.absent.set(key, absentByOrg);
  }
  const out = new Map<Organization, boolean>();
  dataset.organizations.forEach((org, k) => {
    const absent = absentByOrg[k]!;
    out.set(org, absent.length === 0);
    for (const f of absent) {
      const byColumn = missing.get(org.name) ?? new Map<string, string[]>();
      missing.set(org.name, byColumn);
      const header = f === 'age' ? ROSTER_TEXT.ageHeader : fieldHeader(f);
      const ids = byColumn.get(header) ?? [];
      if (!ids.includes(c.id)) ids.push(c.id);
      byColumn.set(header, ids);
    }
  });
  return out;
}

function rowShareOrCount(
  dataset: Dataset,
  c: ShareCriterion | CountCriterion,
  population: Expr,
  condition: Expr,
  missing: MissingColumns,
  run: Run,
): CriterionResult {
  const needed = fieldsOf(condition, fieldsOf(population));
  const usable = orgsWithColumns(dataset, c, needed, missing, run);
  const pop = run.ev.population(population);
  const cond = run.ev.condition(condition);
  const bySubject = c.kind === 'share' && c.bySubject ? new SubjectTally(run.subjects) : null;
  const byOrganization = figuresByName();
  const total: Tally = { num: 0, den: 0, excluded: 0 };
  let anyUsable = false;
  dataset.organizations.forEach((org, k) => {
    if (!usable.get(org)) {
      byOrganization[org.name] = noData('missing-column');
      return;
    }
    anyUsable = true;
    const t = run.ev.tally(k, pop, cond);
    if (bySubject) {
      const subjects = org.values.get('subject');
      run.ev.forEachCounted(k, pop, cond, (i, yes) => bySubject.add(org.name, valueAt(subjects, i), yes));
    }
    total.num += t.num;
    total.den += t.den;
    total.excluded += t.excluded;
    byOrganization[org.name] = c.kind === 'count' ? countFigure(t.num, c.target, t.excluded) : shareFigure(t.num, t.den, c.target, t.excluded);
  });
  const totalFigure = !anyUsable
    ? noData('missing-column')
    : c.kind === 'count'
      ? countFigure(total.num, c.target, total.excluded)
      : shareFigure(total.num, total.den, c.target, total.excluded);
  return { criterion: c, total: totalFigure, byOrganization, ...(bySubject ? { bySubject: bySubject.figures(c, dataset) } : {}) };
}

export const NO_SUBJECT = ROSTER_TEXT.noSubject;

/** Splits "математика, физика" into subjects; one label per normalised subject. */
export function subjectsOf(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '') return [NO_SUBJECT];
  const parts = value.split(/[,;/]+/).map((s) => normalizeText(s)).filter((s) => s !== '');
  if (parts.length === 0) return [NO_SUBJECT];
  return [...new Set(parts)].map((s) => s.charAt(0).toUpperCase() + s.slice(1));
}

class SubjectTally {
  private readonly counts = new Map<string, Map<string, { num: number; den: number }>>();

  /** `memo`: subjects of each Предмет text already split, shared by the criteria of a run. */
  constructor(private readonly memo: Map<string, string[]>) {}

  private subjects(value: unknown): readonly string[] {
    if (typeof value !== 'string') return subjectsOf(value);
    let out = this.memo.get(value);
    if (out === undefined) {
      out = subjectsOf(value);
      this.memo.set(value, out);
    }
    return out;
  }

  /** One counted row: its Предмет cell (undefined when the tab has no such column) and its answer. */
  add(org: string, subjectCell: unknown, yes: boolean): void {
    for (const subject of this.subjects(subjectCell)) {
      const byOrg = this.counts.get(subject) ?? new Map<string, { num: number; den: number }>();
      this.counts.set(subject, byOrg);
      const t = byOrg.get(org) ?? { num: 0, den: 0 };
      byOrg.set(org, t);
      t.den++;
      if (yes) t.num++;
    }
  }

  figures(c: Criterion, dataset: Dataset): SubjectFigures[] {
    const out: SubjectFigures[] = [];
    for (const [subject, byOrg] of this.counts) {
      let num = 0;
      let den = 0;
      const byOrganization = figuresByName();
      for (const org of dataset.organizations) {
        const t = byOrg.get(org.name);
        if (!t) continue;
        num += t.num;
        den += t.den;
        byOrganization[org.name] = shareFigure(t.num, t.den, c.target);
      }
      out.push({ subject, total: shareFigure(num, den, c.target), byOrganization });
    }
    return out.sort(
      (a, b) =>
        Number(a.subject === NO_SUBJECT) - Number(b.subject === NO_SUBJECT) ||
        (b.total.denominator ?? 0) - (a.total.denominator ?? 0) ||
        a.subject.localeCompare(b.subject, 'ru'),
    );
  }
}

function numberShare(dataset: Dataset, c: NumberShareCriterion): CriterionResult {
  const src = c.source;
  if (src.from === 'municipality') {
    const num = dataset.municipality.get(municipalKey(src.numerator));
    const den = dataset.municipality.get(municipalKey(src.denominator));
    const total =
      typeof num === 'number' && typeof den === 'number' ? shareFigure(num, den, c.target) : noData('missing-source');
    return { criterion: c, total, byOrganization: figuresByName() };
  }
  const byOrganization = figuresByName();
  let num = 0;
  let den = 0;
  let anyData = false;
  for (const org of dataset.organizations) {
    const n = org.numbers[src.numerator];
    const d = org.numbers[src.denominator];
    if (typeof n !== 'number' || typeof d !== 'number') {
      byOrganization[org.name] = noData('missing-source');
      continue;
    }
    anyData = true;
    byOrganization[org.name] = shareFigure(n, d, c.target);
    // A zero denominator makes the organisation «нет данных»; its numerator must not enter the
    // ratio of sums either (5 actual of 0 planned would lift the total above every organisation).
    if (d === 0) continue;
    num += n;
    den += d;
  }
  return { criterion: c, total: anyData ? shareFigure(num, den, c.target) : noData('missing-source'), byOrganization };
}

function presence(dataset: Dataset, c: PresenceCriterion): CriterionResult {
  const src = c.source;
  if (src.from === 'municipality') {
    const v = dataset.municipality.get(municipalKey(src.row));
    return { criterion: c, total: presenceFigure(typeof v === 'boolean' ? v : null, c.target), byOrganization: figuresByName() };
  }
  const byOrganization = figuresByName();
  let anyTrue = false;
  let anyUnknown = false;
  for (const org of dataset.organizations) {
    const v = org.flags[src.flag];
    const value = typeof v === 'boolean' ? v : null;
    if (value === true) anyTrue = true;
    if (value === null) anyUnknown = true;
    byOrganization[org.name] = presenceFigure(value, c.target);
  }
  const total = anyTrue ? true : anyUnknown || dataset.organizations.length === 0 ? null : false;
  return { criterion: c, total: presenceFigure(total, c.target), byOrganization };
}

function orgShare(dataset: Dataset, c: OrgShareCriterion, missing: MissingColumns, run: Run): CriterionResult {
  const test = c.test;
  const needed = fieldsOf(c.population);
  if (test.kind === 'memberShare') fieldsOf(test.condition, fieldsOf(test.population, needed));
  const usable = orgsWithColumns(dataset, c, needed, missing, run);
  const pop = run.ev.population(c.population);
  const testPop = test.kind === 'memberShare' ? run.ev.population(test.population) : null;
  const testCond = test.kind === 'memberShare' ? run.ev.condition(test.condition) : null;
  const byOrganization = figuresByName();
  let num = 0;
  let den = 0;
  dataset.organizations.forEach((org, k) => {
    if (c.orgTypes && !c.orgTypes.includes(org.type)) {
      byOrganization[org.name] = noData('not-applicable');
      return;
    }
    if (!usable.get(org)) {
      byOrganization[org.name] = noData('missing-column');
      return;
    }
    if (!run.ev.any(k, pop)) {
      byOrganization[org.name] = noData('not-applicable');
      return;
    }
    let flag: boolean | null;
    let inner: Figure['inner'];
    if (test.kind === 'orgFlag') {
      const v = org.flags[test.flag];
      flag = typeof v === 'boolean' ? v : null;
    } else {
      const t = run.ev.tally(k, testPop as Vec, testCond as Condition);
      if (t.den === 0) flag = null;
      else {
        const share = (t.num * 100) / t.den;
        inner = { numerator: t.num, denominator: t.den, value: share };
        flag = test.cmp === '>' ? share > test.threshold : share >= test.threshold;
      }
    }
    if (flag === null) {
      byOrganization[org.name] = noData(test.kind === 'orgFlag' ? 'missing-source' : 'zero-denominator');
      return;
    }
    num += flag ? 1 : 0;
    den += 1;
    // With a target of "every organisation" (P1), each organisation meets it or not by itself.
    byOrganization[org.name] = { numerator: flag ? 1 : 0, denominator: 1, value: flag ? 100 : 0, status: statusOf(flag ? 100 : 0, c.target), flag, ...(inner ? { inner } : {}) };
  });
  return { criterion: c, total: shareFigure(num, den, c.target), byOrganization };
}

function mean(dataset: Dataset, c: MeanCriterion, missing: MissingColumns, run: Run): CriterionResult {
  const needed = fieldsOf(c.population, new Set([c.field]));
  const usable = orgsWithColumns(dataset, c, needed, missing, run);
  const pop = run.ev.population(c.population);
  const byOrganization = figuresByName();
  let sum = 0;
  let n = 0;
  let excluded = 0;
  let anyData = false;
  dataset.organizations.forEach((org, o) => {
    if (!usable.get(org)) {
      byOrganization[org.name] = noData('missing-column');
      return;
    }
    anyData = true;
    let s = 0;
    let k = 0;
    let x = 0;
    const column = org.values.get(c.field);
    org.rows.forEach((_, i) => {
      const p = run.ev.truth(o, i, pop);
      if (p === false) return;
      const v = valueAt(column, i);
      if (p === null || typeof v !== 'number') {
        x++;
        return;
      }
      s += v;
      k++;
    });
    sum += s;
    n += k;
    excluded += x;
    byOrganization[org.name] = meanFigure(s, k, c.target, x);
  });
  return { criterion: c, total: anyData ? meanFigure(sum, n, c.target, excluded) : noData('missing-column'), byOrganization };
}

function distribution(dataset: Dataset, c: DistributionCriterion, missing: MissingColumns, run: Run): CriterionResult {
  const needed = fieldsOf(c.population, new Set([c.field]));
  const usable = orgsWithColumns(dataset, c, needed, missing, run);
  const pop = run.ev.population(c.population);
  const bandOf = (v: number): number =>
    c.bands.findIndex((b, i) => (b.above === undefined || v > b.above || (i === 0 && v === b.above)) && (b.atMost === undefined || v <= b.atMost));
  const totals = c.bands.map(() => 0);
  let anyData = false;
  const byOrganization = figuresByName();
  const figure = (counts: number[]): Figure => {
    const n = counts.reduce((a, b) => a + b, 0);
    const bands: Band[] = c.bands.map((b, i) => ({ label: b.label, count: counts[i] ?? 0, value: n === 0 ? null : ((counts[i] ?? 0) * 100) / n }));
    return { numerator: null, denominator: n, value: null, status: n === 0 ? 'no-data' : 'no-target', bands, ...(n === 0 ? { reason: 'zero-denominator' as const } : {}) };
  };
  dataset.organizations.forEach((org, k) => {
    if (!usable.get(org)) {
      byOrganization[org.name] = noData('missing-column');
      return;
    }
    anyData = true;
    const counts = c.bands.map(() => 0);
    const column = org.values.get(c.field);
    org.rows.forEach((_, i) => {
      if (run.ev.truth(k, i, pop) !== true) return;
      const v = valueAt(column, i);
      if (typeof v !== 'number') return;
      const b = bandOf(v);
      if (b >= 0) {
        counts[b] = (counts[b] ?? 0) + 1;
        totals[b] = (totals[b] ?? 0) + 1;
      }
    });
    byOrganization[org.name] = figure(counts);
  });
  return { criterion: c, total: anyData ? figure(totals) : noData('missing-column'), byOrganization };
}
