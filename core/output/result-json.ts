/**
 * The result file of workbook.md §7 (schemaVersion 1): plain JSON, values rounded to two
 * decimals (a numerator that rounding changes is also given exactly, for `pedmonitor merge`),
 * statuses as computed. Holds aggregates only, never a person's name.
 */
import type { Target } from '../criteria';
import type { Issue } from '../issues';
import { deficitsJson, type DeficitsJson } from '../deficits/json';
import type { Analysis } from '../recommend/index';
import { organizationLabel, recommendationKey, type RecommendationKind } from '../recommend/rules';
import { partialSubjects } from '../recommend/subjects';
import type { Snapshot } from '../recommend/snapshot';
import { round2, roundDisplayed, type ComputeResult, type Figure } from '../result';

export interface FigureJson {
  /** Rounded to two decimals (a mean's numerator is a sum); see numeratorExact. */
  numerator: number | null;
  denominator: number | null;
  value: number | boolean | null;
  status: Figure['status'];
  reason?: Figure['reason'];
  excluded?: number;
  flag?: boolean;
  inner?: { numerator: number; denominator: number; value: number };
  bands?: { label: string; count: number; value: number | null }[];
  /**
   * The numerator unrounded, when rounding changed it (a mean's sum such as 1234.5678): what
   * `pedmonitor merge` adds up, so that regional totals are exact.
   */
  numeratorExact?: number;
  /** "reported": taken from «Сведения ОО»; absent when counted from a roster. */
  source?: 'reported';
}

export interface RecommendationJson {
  organization: string;
  addressee: string;
  criterionId: string;
  priority: 1 | 2 | 3;
  text: string;
  kind: RecommendationKind;
  value: number | boolean | null;
  target: string;
  gap: number | null;
  people: number | null;
  /** Given last period too and still open. */
  repeated: boolean;
  /** Row of «Мероприятия» whose open measure already answers it (the text says so). */
  measureRow?: number;
  /** Fewer people behind it than «Минимум человек для вывода»: a preliminary finding («мало данных»). */
  thin?: true;
  /** "reported": the organisation has no roster, its figures come from «Сведения ОО». */
  source?: 'reported';
}

/** One measure of «Мероприятия» and one of its criteria, judged (workbook.md §8). */
export interface MeasureJson {
  row: number;
  title: string;
  criterionId: string;
  /** Organisation name, or null for the municipality as a whole. */
  organization: string | null;
  responsible: string;
  deadline: string | null;
  status: 'planned' | 'inProgress' | 'done' | 'cancelled';
  /** The period compared from; null when unknown. */
  period: string | null;
  before: number | boolean | null;
  now: number | boolean | null;
  change: number | null;
  verdict: 'achieved' | 'improved' | 'unchanged' | 'worse' | 'noData';
  overdue: boolean;
}

export interface ResultJson {
  schemaVersion: 1;
  preset: string;
  period: string;
  referenceDate: string;
  /** `source`: "roster" (a tab of workers) or "reported" (counts of «Сведения ОО», rows 0). */
  organizations: { name: string; type: string; rows: number; source: 'roster' | 'reported' }[];
  criteria: {
    id: string;
    name: string;
    kind: string;
    target: Target | null;
    total: FigureJson;
    byOrganization: Record<string, FigureJson>;
    bySubject?: { subject: string; total: FigureJson; byOrganization: Record<string, FigureJson> }[];
    /** Organisations of «Сведения ОО» in `total` but in no `bySubject` figure (they send no subjects). */
    bySubjectExcludes?: string[];
    /** Last period's values from `История`, when it has them. */
    previous?: { period: string; total: number | boolean | null; byOrganization: Record<string, number | boolean | null> };
    /** Change of the municipal value since then (p.p., people or points). */
    change?: number | null;
  }[];
  recommendations: RecommendationJson[];
  decisions: { title: string; text: string; basis: string; criterionIds: string[] }[];
  /** Last period's recommendations whose gap has closed (file 001 §9). */
  done: { organization: string; criterionId: string; text: string }[];
  /** The measures of «Мероприятия», judged; absent in files written before the sheet existed. */
  measures?: MeasureJson[];
  issues: Issue[];
  /** «Дефициты», only when some roster has a «Дефицит: …» column. */
  deficits?: DeficitsJson;
}

export function figureJson(f: Figure): FigureJson {
  const out: FigureJson = {
    numerator: f.numerator === null ? null : round2(f.numerator),
    denominator: f.denominator,
    value: typeof f.value === 'number' ? round2(f.value) : f.value,
    status: f.status,
  };
  if (f.reason) out.reason = f.reason;
  if (f.excluded) out.excluded = f.excluded;
  if (f.flag !== undefined) out.flag = f.flag;
  if (f.inner) out.inner = { ...f.inner, value: round2(f.inner.value) };
  if (f.bands) out.bands = f.bands.map((b) => ({ label: b.label, count: b.count, value: b.value === null ? null : round2(b.value) }));
  if (f.numerator !== null && out.numerator !== f.numerator) out.numeratorExact = f.numerator;
  if (f.reported) out.source = 'reported';
  return out;
}

function mapFigures(byOrg: Readonly<Record<string, Figure>>): Record<string, FigureJson> {
  const out = Object.create(null) as Record<string, FigureJson>;
  // Own keys in Object.entries' order, without a [key, value] pair per organisation.
  for (const name of Object.keys(byOrg)) out[name] = figureJson(byOrg[name]!);
  return out;
}

export function resultToJson(result: ComputeResult, analysis: Analysis): ResultJson {
  const prev = analysis.previous;
  const repeated = analysis.followUp?.repeated ?? new Set<string>();
  const reported = result.organizations.filter((o) => o.reported).map((o) => o.name);
  const partial = partialSubjects(result);
  return {
    schemaVersion: 1,
    preset: result.preset.id,
    period: result.period,
    referenceDate: result.referenceDate,
    organizations: result.organizations.map((o) => ({ name: o.name, type: o.type, rows: o.rows, source: o.reported ? ('reported' as const) : ('roster' as const) })),
    criteria: result.criteria.map((r) => ({
      id: r.criterion.id,
      name: r.criterion.name,
      kind: r.criterion.kind,
      target: r.criterion.target ?? null,
      total: figureJson(r.total),
      byOrganization: mapFigures(r.byOrganization),
      ...(r.bySubject ? { bySubject: r.bySubject.map((s) => ({ subject: s.subject, total: figureJson(s.total), byOrganization: mapFigures(s.byOrganization) })) } : {}),
      ...(partial.has(r.criterion.id) ? { bySubjectExcludes: reported.filter((o) => (r.byOrganization[o]?.denominator ?? 0) > 0) } : {}),
      ...(prev ? previousJson(prev, r.criterion.id, r.total.value) : {}),
    })),
    recommendations: analysis.recommendations.map((r) => ({
      organization: organizationLabel(r.organization),
      addressee: r.addressee,
      criterionId: r.criterion.id,
      priority: r.priority,
      text: r.text,
      kind: r.kind,
      value: typeof r.value === 'number' ? round2(r.value) : r.value,
      target: r.targetText,
      gap: r.gap,
      people: r.people,
      repeated: repeated.has(recommendationKey({ kind: r.kind, organization: r.organization, criterionId: r.criterion.id })),
      ...(r.measure ? { measureRow: r.measure.row } : {}),
      ...(r.thin ? { thin: true as const } : {}),
      ...(r.organization !== null && reported.includes(r.organization) ? { source: 'reported' as const } : {}),
    })),
    decisions: analysis.decisions.map((d) => ({ title: d.title, text: d.text, basis: d.basis, criterionIds: [...d.criterionIds] })),
    done: (analysis.followUp?.done ?? []).map((d) => ({ organization: organizationLabel(d.organization), criterionId: d.criterion.id, text: d.text })),
    measures: analysis.measures.flatMap((j) =>
      j.criteria.map((c) => ({
        row: j.measure.row,
        title: j.measure.title,
        criterionId: c.criterion.id,
        organization: j.measure.organization,
        responsible: j.measure.responsible,
        deadline: j.measure.deadline,
        status: j.measure.status,
        period: j.basePeriod,
        before: typeof c.before?.value === 'number' ? round2(c.before.value) : (c.before?.value ?? null),
        now: typeof c.now?.value === 'number' ? round2(c.now.value) : (c.now?.value ?? null),
        change: c.change,
        verdict: c.verdict,
        overdue: j.overdue,
      })),
    ),
    issues: result.issues.map((i) => ({ ...i })),
    ...(result.deficits ? { deficits: deficitsJson(result.deficits, analysis.deficitRecommendations) } : {}),
  };
}

function previousJson(prev: Snapshot, id: string, now: Figure['value']): Pick<ResultJson['criteria'][number], 'previous' | 'change'> {
  const total = prev.total.get(id)?.value ?? null;
  const byOrganization = Object.create(null) as Record<string, number | boolean | null>;
  for (const [org, f] of prev.byOrganization.get(id) ?? []) byOrganization[org] = f.value;
  const change = typeof total === 'number' && typeof now === 'number' ? round2(roundDisplayed(now) - roundDisplayed(total)) : null;
  return { previous: { period: prev.period, total, byOrganization }, change };
}
