/**
 * The «Дефициты» figures and recommendations in the result file (workbook.md §7), under a key of
 * their own that appears only when the run has deficits: the same figures as the sheet, unrounded
 * counts and shares rounded to 0.01 like the criteria.
 */
import { figureJson, type FigureJson } from '../output/result-json';
import { organizationLabel } from '../recommend/rules';
import type { DeficitFigures, DeficitResult } from './compute';
import { unrouted } from './compute';
import { DEFICIT_KEYS, type DeficitKey } from './kinds';
import type { DeficitRecommendation } from './recommend';

export interface DeficitFiguresJson {
  diagnosed: number | null;
  kinds: Record<DeficitKey, FigureJson>;
  risk: FigureJson;
  withDeficit: number | null;
  routed: FigureJson;
  unrouted: number | null;
}

export interface DeficitsJson {
  organizations: ({ name: string; type: string; hasColumns: boolean } & DeficitFiguresJson)[];
  total: DeficitFiguresJson;
  subjects: { subject: string; total: DeficitFiguresJson; byOrganization: Record<string, DeficitFiguresJson> }[];
  recommendations: { addressee: string; organization: string; subject: string | null; figureId: string; priority: number; text: string }[];
}

function figures(f: DeficitFigures): DeficitFiguresJson {
  return {
    diagnosed: f.diagnosed.denominator,
    kinds: Object.fromEntries(DEFICIT_KEYS.map((k) => [k, figureJson(f.kinds[k])])) as Record<DeficitKey, FigureJson>,
    risk: figureJson(f.risk),
    withDeficit: f.withDeficit.denominator,
    routed: figureJson(f.routed),
    unrouted: unrouted(f),
  };
}

export function deficitsJson(d: DeficitResult, recs: readonly DeficitRecommendation[]): DeficitsJson {
  return {
    organizations: d.organizations.map((o) => ({ name: o.name, type: o.type, hasColumns: o.hasColumns, ...figures(o.figures) })),
    total: figures(d.total),
    subjects: d.subjects.map((s) => ({
      subject: s.subject,
      total: figures(s.total),
      byOrganization: Object.fromEntries(Object.entries(s.byOrganization).map(([name, f]) => [name, figures(f)])),
    })),
    recommendations: recs.map((r) => ({ addressee: r.addressee, organization: organizationLabel(r.organization), subject: r.subject, figureId: r.figureId, priority: r.priority, text: r.text })),
  };
}
