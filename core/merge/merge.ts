/**
 * A region's totals from its municipalities' result files (`pedmonitor merge`), exactly: every
 * municipal total of workbook.md §6 is a ratio of sums, and sums add up. So the region's figure is
 * what computing all the municipalities' workbooks together would give (test/merge proves it):
 *
 *  - share: Σ numerators / Σ denominators over the parts with data (a part whose denominator is 0
 *    adds nothing, as an organisation with a zero denominator adds nothing to a municipality);
 *  - count: the counts add; mean: the sums and the numbers of people add (numeratorExact, not the
 *    rounded numerator); distribution: the band counts add; orgShare: the organisations counted
 *    and those meeting the test add;
 *  - presence: there is no sum of «да», so the region's figure is the share of municipalities with
 *    «да» among those that know (numerator and denominator are those counts); it is met when every
 *    one of them meets the target.
 * A merged file can itself be merged (regions into the country): its presence counts add too.
 * Rows left out for unknown values (`excluded`) add up. Per part, the file's own total is kept.
 */
import type { Target } from '../criteria';
import { pedmonitorError } from '../errors';
import { NO_SUBJECT } from '../engine/compute';
import { countFigure, meanFigure, noData, shareFigure } from '../engine/figures';
import { figureJson, type FigureJson, type ResultJson } from '../output/result-json';
import type { Band, Figure, NoDataReason } from '../result';
import { MERGE_MSG } from '../texts/ru/messages';

export interface RegionCriterion {
  id: string;
  name: string;
  kind: string;
  target: Target | null;
  total: FigureJson;
  /** Each part's own total, by part name. */
  byPart: Record<string, FigureJson>;
  bySubject?: { subject: string; total: FigureJson; byPart: Record<string, FigureJson> }[];
}

export interface RegionPart {
  name: string;
  kind: 'municipality' | 'region';
  municipalities: number;
  organizations: number;
  rows: number;
}

/** The merged file: schemaVersion 1 like the result file, told apart by `kind: "region"`. */
export interface RegionJson {
  schemaVersion: 1;
  kind: 'region';
  preset: string;
  period: string;
  /** Null when the parts were computed at different reference dates. */
  referenceDate: string | null;
  municipalities: number;
  organizations: number;
  rows: number;
  parts: RegionPart[];
  criteria: RegionCriterion[];
}

/** One input of a merge: a municipality's result file or an earlier merge, named by its file. */
export interface MergeInput {
  readonly name: string;
  readonly json: ResultJson | RegionJson;
}

type Criteria = ResultJson['criteria'][number] | RegionCriterion;

export { MERGE_MSG };

export function isRegionJson(json: ResultJson | RegionJson): json is RegionJson {
  return (json as RegionJson).kind === 'region';
}

/** Whether parsed JSON looks like a result file or a merged file (enough to merge it). */
export function isMergeable(json: unknown): json is ResultJson | RegionJson {
  if (typeof json !== 'object' || json === null) return false;
  const j = json as Record<string, unknown>;
  return j.schemaVersion === 1 && typeof j.preset === 'string' && typeof j.period === 'string' && Array.isArray(j.criteria);
}

export function mergeResults(inputs: readonly MergeInput[]): RegionJson {
  if (inputs.length === 0) throw pedmonitorError('read-failed', MERGE_MSG.noInputs);
  for (const input of inputs) if (!isMergeable(input.json)) throw pedmonitorError('read-failed', MERGE_MSG.notResult(input.name));
  const distinct = (values: readonly string[]): string[] => [...new Set(values)];
  const presets = distinct(inputs.map((i) => i.json.preset));
  if (presets.length > 1) throw pedmonitorError('read-failed', MERGE_MSG.presets(presets.join(', ')));
  const periods = distinct(inputs.map((i) => i.json.period));
  if (periods.length > 1) throw pedmonitorError('read-failed', MERGE_MSG.periods(periods.join(', ')));
  const dates = distinct(inputs.map((i) => i.json.referenceDate ?? ''));

  const names = uniqueNames(inputs.map((i) => i.name));
  const parts: RegionPart[] = inputs.map((input, i) => {
    const j = input.json;
    return isRegionJson(j)
      ? { name: names[i]!, kind: 'region', municipalities: j.municipalities, organizations: j.organizations, rows: j.rows }
      : { name: names[i]!, kind: 'municipality', municipalities: 1, organizations: j.organizations.length, rows: j.organizations.reduce((n, o) => n + o.rows, 0) };
  });

  // Criteria in the order of the first file, then any others in the order met.
  const order: string[] = [];
  const byId = new Map<string, { part: number; c: Criteria }[]>();
  inputs.forEach((input, p) => {
    for (const c of input.json.criteria as Criteria[]) {
      let list = byId.get(c.id);
      if (!list) {
        list = [];
        byId.set(c.id, list);
        order.push(c.id);
      }
      list.push({ part: p, c });
    }
  });

  const criteria = order.map((id) => {
    const entries = byId.get(id)!;
    const first = entries[0]!.c;
    if (entries.some((e) => e.c.kind !== first.kind)) throw pedmonitorError('read-failed', MERGE_MSG.kinds(id));
    const target = first.target ?? undefined;
    const figures = entries.map((e) => ({ part: e.part, region: parts[e.part]!.kind === 'region', f: e.c.total }));
    const byPart = byName();
    for (const e of entries) byPart[names[e.part]!] = e.c.total;
    const out: RegionCriterion = {
      id,
      name: first.name,
      kind: first.kind,
      target: first.target ?? null,
      total: figureJson(mergeFigures(first.kind, figures, target)),
      byPart,
    };
    const subjects = mergeSubjects(entries.map((e) => ({ name: names[e.part]!, c: e.c })), target);
    if (subjects) out.bySubject = subjects;
    return out;
  });

  return {
    schemaVersion: 1,
    kind: 'region',
    preset: presets[0]!,
    period: periods[0]!,
    referenceDate: dates.length === 1 && dates[0] !== '' ? dates[0]! : null,
    municipalities: parts.reduce((n, p) => n + p.municipalities, 0),
    organizations: parts.reduce((n, p) => n + p.organizations, 0),
    rows: parts.reduce((n, p) => n + p.rows, 0),
    parts,
    criteria,
  };
}

/** Names as given, with «(2)», «(3)» added to repeats so every part keeps its own column. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}

const exact = (f: FigureJson): number | null => f.numeratorExact ?? f.numerator;

/** A record by part name without a prototype: a file named «__proto__» is a name like any other. */
const byName = (): Record<string, FigureJson> => Object.create(null) as Record<string, FigureJson>;

interface PartFigure {
  readonly part: number;
  /** The figure is a merged file's total (presence as counts of municipalities). */
  readonly region: boolean;
  readonly f: FigureJson;
}

/** The region's figure of one criterion from its parts' totals. */
export function mergeFigures(kind: string, parts: readonly PartFigure[], target: Target | undefined): Figure {
  const reason = (): NoDataReason => parts.find((p) => p.f.reason)?.f.reason ?? 'missing-source';
  let num = 0;
  let den = 0;
  let excluded = 0;
  let any = false;
  switch (kind) {
    case 'share':
    case 'orgShare': {
      let zero = false;
      for (const { f } of parts) {
        const n = exact(f);
        if (n === null || f.denominator === null) continue;
        excluded += f.excluded ?? 0;
        if (f.denominator === 0) {
          zero = true;
          continue;
        }
        any = true;
        num += n;
        den += f.denominator;
      }
      return any || zero ? shareFigure(num, den, target, excluded) : noData(reason());
    }
    case 'count':
      for (const { f } of parts) {
        const n = exact(f);
        if (n === null) continue;
        any = true;
        num += n;
        excluded += f.excluded ?? 0;
      }
      return any ? countFigure(num, target, excluded) : noData(reason());
    case 'mean':
      for (const { f } of parts) {
        const n = exact(f);
        if (n === null || f.denominator === null) continue;
        any = true;
        num += n;
        den += f.denominator;
        excluded += f.excluded ?? 0;
      }
      return any ? meanFigure(num, den, target, excluded) : noData(reason());
    case 'presence':
      return presenceShare(parts, target);
    case 'distribution':
      return distributionFigure(parts, reason);
    default:
      return noData(reason());
  }
}

/** Municipalities with «да» among those that know. */
function presenceShare(parts: readonly PartFigure[], target: Target | undefined): Figure {
  let yes = 0;
  let known = 0;
  for (const { f, region } of parts) {
    if (region) {
      yes += f.numerator ?? 0;
      known += f.denominator ?? 0;
    } else if (typeof f.value === 'boolean') {
      known += 1;
      if (f.value) yes += 1;
    }
  }
  if (known === 0) return { ...noData('missing-source'), numerator: 0, denominator: 0 };
  const wanted = target ? target.value !== false : true;
  const status = !target ? 'no-target' : (wanted ? yes === known : yes === 0) ? 'met' : 'below';
  return { numerator: yes, denominator: known, value: (yes * 100) / known, status };
}

function distributionFigure(parts: readonly PartFigure[], reason: () => NoDataReason): Figure {
  const withBands = parts.filter((p) => p.f.bands);
  if (withBands.length === 0) return noData(reason());
  const labels = withBands[0]!.f.bands!.map((b) => b.label);
  const counts = labels.map((label) => withBands.reduce((n, p) => n + (p.f.bands!.find((b) => b.label === label)?.count ?? 0), 0));
  const n = counts.reduce((a, b) => a + b, 0);
  const bands: Band[] = labels.map((label, i) => ({ label, count: counts[i]!, value: n === 0 ? null : (counts[i]! * 100) / n }));
  return { numerator: null, denominator: n, value: null, status: n === 0 ? 'no-data' : 'no-target', bands, ...(n === 0 ? { reason: 'zero-denominator' as const } : {}) };
}

/** By-subject figures of 1.1 and 1.2: per subject, the sums over the parts, sorted as the engine sorts them. */
function mergeSubjects(entries: readonly { name: string; c: Criteria }[], target: Target | undefined): RegionCriterion['bySubject'] | undefined {
  if (!entries.some((e) => e.c.bySubject)) return undefined;
  const subjects = new Map<string, { num: number; den: number; byPart: Record<string, FigureJson> }>();
  for (const { name, c } of entries) {
    for (const s of c.bySubject ?? []) {
      const t = subjects.get(s.subject) ?? { num: 0, den: 0, byPart: byName() };
      subjects.set(s.subject, t);
      t.num += exact(s.total) ?? 0;
      t.den += s.total.denominator ?? 0;
      t.byPart[name] = s.total;
    }
  }
  return [...subjects]
    .map(([subject, t]) => ({ subject, total: figureJson(shareFigure(t.num, t.den, target)), byPart: t.byPart }))
    .sort(
      (a, b) =>
        Number(a.subject === NO_SUBJECT) - Number(b.subject === NO_SUBJECT) ||
        (b.total.denominator ?? 0) - (a.total.denominator ?? 0) ||
        a.subject.localeCompare(b.subject, 'ru'),
    );
}
