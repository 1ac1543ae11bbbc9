/**
 * The result file of workbook.md §7 (schemaVersion 1): plain JSON, values rounded to two
 * decimals, statuses as computed. Holds aggregates only, never a person's name.
 */
import type { Target } from '../criteria';
import type { Issue } from '../issues';
import { round2, type ComputeResult, type Figure } from '../result';

export interface FigureJson {
  numerator: number | null;
  denominator: number | null;
  value: number | boolean | null;
  status: Figure['status'];
  reason?: Figure['reason'];
  excluded?: number;
  flag?: boolean;
  inner?: { numerator: number; denominator: number; value: number };
  bands?: { label: string; count: number; value: number | null }[];
}

export interface RecommendationJson {
  organization: string;
  addressee: string;
  criterionId: string;
  priority: 1 | 2 | 3;
  text: string;
}

export interface ResultJson {
  schemaVersion: 1;
  preset: string;
  period: string;
  referenceDate: string;
  organizations: { name: string; type: string; rows: number }[];
  criteria: {
    id: string;
    name: string;
    kind: string;
    target: Target | null;
    total: FigureJson;
    byOrganization: Record<string, FigureJson>;
    bySubject?: { subject: string; total: FigureJson; byOrganization: Record<string, FigureJson> }[];
  }[];
  recommendations: RecommendationJson[];
  issues: Issue[];
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
  return out;
}

function mapFigures(byOrg: Readonly<Record<string, Figure>>): Record<string, FigureJson> {
  const out: Record<string, FigureJson> = {};
  for (const [name, f] of Object.entries(byOrg)) out[name] = figureJson(f);
  return out;
}

export function resultToJson(result: ComputeResult, recommendations: RecommendationJson[] = []): ResultJson {
  return {
    schemaVersion: 1,
    preset: result.preset.id,
    period: result.period,
    referenceDate: result.referenceDate,
    organizations: result.organizations.map((o) => ({ name: o.name, type: o.type, rows: o.rows })),
    criteria: result.criteria.map((r) => ({
      id: r.criterion.id,
      name: r.criterion.name,
      kind: r.criterion.kind,
      target: r.criterion.target ?? null,
      total: figureJson(r.total),
      byOrganization: mapFigures(r.byOrganization),
      ...(r.bySubject ? { bySubject: r.bySubject.map((s) => ({ subject: s.subject, total: figureJson(s.total), byOrganization: mapFigures(s.byOrganization) })) } : {}),
    })),
    recommendations,
    issues: result.issues.map((i) => ({ ...i })),
  };
}
