/**
 * What the regional diagnostics found (seed 001 §7.1: «анализ выявленных дефицитов педагогических
 * работников, прошедших диагностику»), for the «Дефициты» sheet (workbook.md §4): per organisation
 * and per subject, the diagnosed, how many have each kind of deficit, how many two or more («зона
 * риска»), and how many of those with a deficit have a route (ИОМ ЦНППМ or ИППР).
 *
 * The figures are counted by the criteria engine itself, over criteria declared here from the
 * populations of workbook.md §2 (diagnosed, withDeficit), so a deficit figure means exactly what a
 * criterion over the same columns would: unknown cells leave the row out of that figure, a missing
 * column makes the organisation «нет данных» for the figures that need it. An organisation whose
 * tab has no «Дефицит: …» column at all is left out of the sheet's totals, and the municipality is
 * the ratio of the sums of the organisations shown, never a mean of their shares.
 */
import type { Criterion, Expr } from '../criteria';
import { computeCriteria, NO_SUBJECT } from '../engine/compute';
import { noData, shareFigure } from '../engine/figures';
import { always, and, or, pop, yes } from '../expr';
import { fieldHeader } from '../fields';
import type { Issue } from '../issues';
import type { Dataset } from '../records';
import type { Figure, OrganizationSummary } from '../result';
import { DEFICIT_MESSAGES } from '../texts/ru/deficits';
import { DEFICIT_KEYS, ROUTE_KEYS, type DeficitKey } from './kinds';

/** One organisation's (or a subject's, or the municipality's) deficit figures. */
export interface DeficitFigures {
  /** Population `diagnosed`: pedagogical workers with «Региональная диагностика» = да. */
  readonly diagnosed: Figure;
  /** Each kind among the diagnosed whose answer for it is known. */
  readonly kinds: Readonly<Record<DeficitKey, Figure>>;
  /** Two deficits or more («зона риска») among the diagnosed whose five answers are known. */
  readonly risk: Figure;
  /** Population `withDeficit`: the diagnosed with at least one deficit (a count: numerator = denominator). */
  readonly withDeficit: Figure;
  /** With a route (ИОМ ЦНППМ or ИППР) among those with a deficit whose route answers are known. */
  readonly routed: Figure;
}

export interface DeficitOrganization {
  readonly name: string;
  readonly type: OrganizationSummary['type'];
  /** Whether the tab has at least one «Дефицит: …» column; without one it is left out of the totals. */
  readonly hasColumns: boolean;
  /** «Дефицит: …» columns the tab lacks (named in `Проверка данных`). */
  readonly missingKinds: readonly DeficitKey[];
  readonly figures: DeficitFigures;
}

export interface DeficitSubject {
  readonly subject: string;
  readonly total: DeficitFigures;
  /** Organisations that have people of this subject among the diagnosed. */
  readonly byOrganization: Readonly<Record<string, DeficitFigures>>;
}

export interface DeficitResult {
  readonly organizations: readonly DeficitOrganization[];
  /** The municipality: Σ numerators / Σ denominators over the organisations with deficit columns. */
  readonly total: DeficitFigures;
  /** Subjects by the number of diagnosed people, «Предмет не указан» last. */
  readonly subjects: readonly DeficitSubject[];
}

/** Which figure a declared criterion gives, by its id. */
type Slot = 'diagnosed' | DeficitKey | 'risk' | 'withDeficit' | 'routed';
const SLOTS: readonly Slot[] = ['diagnosed', ...DEFICIT_KEYS, 'risk', 'withDeficit', 'routed'];

/** «Two or more of the five»: every pair of them (Kleene logic over unknowns, strict as a condition). */
function twoOrMore(): Expr {
  const pairs: Expr[] = [];
  DEFICIT_KEYS.forEach((a, i) => DEFICIT_KEYS.slice(i + 1).forEach((b) => pairs.push(and(yes(a), yes(b)))));
  return or(...pairs);
}

const DECLARED: readonly Criterion[] = SLOTS.map((slot): Criterion => {
  const base = { id: slot, name: slot, shortName: slot, track: '', indicator: '', kind: 'share' as const, bySubject: true };
  switch (slot) {
    case 'diagnosed':
      return { ...base, population: pop('diagnosed'), condition: always };
    case 'risk':
      return { ...base, population: pop('diagnosed'), condition: twoOrMore() };
    case 'withDeficit':
      return { ...base, population: pop('withDeficit'), condition: always };
    case 'routed':
      return { ...base, population: pop('withDeficit'), condition: or(...ROUTE_KEYS.map((k) => yes(k))) };
    default:
      return { ...base, population: pop('diagnosed'), condition: yes(slot) };
  }
});

/** Whether any organisation's roster has a «Дефицит: …» column: the sheet exists only then. */
export function hasDeficitColumns(dataset: Dataset): boolean {
  return dataset.organizations.some((o) => DEFICIT_KEYS.some((k) => o.columns.has(k)));
}

/**
 * The deficit figures of a run, or null when no roster has a deficit column. Missing columns of
 * organisations that have some are reported into `issues` (info, as for criteria).
 */
export function computeDeficits(dataset: Dataset, issues: Issue[]): DeficitResult | null {
  if (!hasDeficitColumns(dataset)) return null;
  const results = computeCriteria(dataset, DECLARED, []);
  const bySlot = new Map(results.map((r) => [r.criterion.id as Slot, r]));
  const figuresOf = (pick: (slot: Slot) => Figure | undefined): DeficitFigures => {
    const f = (slot: Slot) => pick(slot) ?? shareFigure(0, 0, undefined);
    return {
      diagnosed: f('diagnosed'),
      kinds: Object.fromEntries(DEFICIT_KEYS.map((k) => [k, f(k)])) as Record<DeficitKey, Figure>,
      risk: f('risk'),
      withDeficit: f('withDeficit'),
      routed: f('routed'),
    };
  };

  const organizations: DeficitOrganization[] = dataset.organizations.map((org) => {
    const hasColumns = DEFICIT_KEYS.some((k) => org.columns.has(k));
    const missingKinds = hasColumns ? DEFICIT_KEYS.filter((k) => !org.columns.has(k)) : [...DEFICIT_KEYS];
    return { name: org.name, type: org.type, hasColumns, missingKinds, figures: figuresOf((slot) => bySlot.get(slot)?.byOrganization[org.name]) };
  });
  const counted = organizations.filter((o) => o.hasColumns);
  const orgFigure = (o: DeficitOrganization, slot: Slot): Figure => (slot === 'diagnosed' || slot === 'risk' || slot === 'withDeficit' || slot === 'routed' ? o.figures[slot] : o.figures.kinds[slot]);
  const total = sumFigures(counted.map((o) => o.figures));

  // Subjects: the engine's breakdown of each declared criterion, summed over the counted organisations.
  const countedNames = new Set(counted.map((o) => o.name));
  const subjectNames: string[] = [];
  for (const s of bySlot.get('diagnosed')?.bySubject ?? []) subjectNames.push(s.subject);
  const subjects: DeficitSubject[] = [];
  for (const subject of subjectNames) {
    const bySubjectSlot = new Map(SLOTS.map((slot) => [slot, bySlot.get(slot)?.bySubject?.find((s) => s.subject === subject)]));
    const byOrganization: Record<string, DeficitFigures> = Object.create(null) as Record<string, DeficitFigures>;
    const parts: DeficitFigures[] = [];
    for (const org of counted) {
      const diag = bySubjectSlot.get('diagnosed')?.byOrganization[org.name];
      if (!diag || !diag.denominator) continue;
      // A subject without rows in a figure is 0 of 0 there, unless the organisation has no data for it at all.
      const figures = figuresOf((slot) => bySubjectSlot.get(slot)?.byOrganization[org.name] ?? (orgFigure(org, slot).numerator === null ? noData('missing-column') : undefined));
      byOrganization[org.name] = figures;
      parts.push(figures);
    }
    if (parts.length > 0 && countedNames.size > 0) subjects.push({ subject, total: sumFigures(parts), byOrganization });
  }
  subjects.sort(
    (a, b) =>
      Number(a.subject === NO_SUBJECT) - Number(b.subject === NO_SUBJECT) ||
      (b.total.diagnosed.denominator ?? 0) - (a.total.diagnosed.denominator ?? 0) ||
      a.subject.localeCompare(b.subject, 'ru'),
  );

  reportMissing(organizations, dataset, issues);
  return { organizations, total, subjects };
}

/** Σ numerators / Σ denominators of each figure over the parts that have it (a no-data part adds nothing). */
export function sumFigures(parts: readonly DeficitFigures[]): DeficitFigures {
  const sum = (pick: (f: DeficitFigures) => Figure): Figure => {
    let num = 0;
    let den = 0;
    let excluded = 0;
    let any = false;
    for (const p of parts) {
      const f = pick(p);
      if (f.numerator === null || f.denominator === null) continue;
      any = true;
      num += f.numerator;
      den += f.denominator;
      excluded += f.excluded ?? 0;
    }
    return any ? shareFigure(num, den, undefined, excluded) : noData('missing-column');
  };
  return {
    diagnosed: sum((f) => f.diagnosed),
    kinds: Object.fromEntries(DEFICIT_KEYS.map((k) => [k, sum((f) => f.kinds[k])])) as Record<DeficitKey, Figure>,
    risk: sum((f) => f.risk),
    withDeficit: sum((f) => f.withDeficit),
    routed: sum((f) => f.routed),
  };
}

/** People with a deficit whose route answers are known and say «нет» (the directors' figure). */
export function unrouted(f: DeficitFigures): number | null {
  const r = f.routed;
  return r.numerator === null || r.denominator === null ? null : r.denominator - r.numerator;
}

/** Whether a figure has data (a denominator above zero). */
export function hasData(f: Figure): f is Figure & { numerator: number; denominator: number; value: number } {
  return typeof f.value === 'number' && f.denominator !== null && f.numerator !== null;
}

function reportMissing(organizations: readonly DeficitOrganization[], dataset: Dataset, issues: Issue[]): void {
  dataset.organizations.forEach((org, k) => {
    const d = organizations[k]!;
    const lacking: string[] = [];
    if (!d.hasColumns) {
      issues.push({ severity: 'info', sheet: org.name, row: null, column: null, value: null, message: DEFICIT_MESSAGES.noColumns, code: 'missing-column' });
      return;
    }
    for (const key of d.missingKinds) lacking.push(fieldHeader(key));
    for (const key of [...ROUTE_KEYS, 'diagRegional' as const]) if (!org.columns.has(key)) lacking.push(fieldHeader(key));
    for (const column of lacking) {
      issues.push({ severity: 'info', sheet: org.name, row: null, column, value: null, message: DEFICIT_MESSAGES.missingColumn, code: 'missing-column' });
    }
  });
}
