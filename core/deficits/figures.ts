/**
 * The deficit figures as criterion-like series (an id, a name, the municipal figure and each
 * organisation's), the form «История», the dynamics and the recommendations read. Ids start with
 * «ПД.» (профессиональные дефициты, as the regulation abbreviates them), which no shipped criterion
 * uses, so the rows sit beside the criteria of the same period and preset and are replaced with them.
 */
import type { Figure } from '../result';
import type { DeficitFigures, DeficitResult } from './compute';
import { DEFICIT_KEYS, type DeficitKey } from './kinds';
import { HISTORY_NAMES, KIND_LABELS, SERIES_IDS, SERIES_LABELS } from '../texts/ru/deficits';

export type DeficitSeriesKey = DeficitKey | 'risk' | 'routed';

export interface DeficitSeries {
  readonly key: DeficitSeriesKey;
  readonly id: string;
  /** The name «История» shows. */
  readonly name: string;
  /** The short label of charts and tables. */
  readonly label: string;
  readonly total: Figure;
  /** Organisations that have deficit columns, in tab order. */
  readonly organizations: readonly { readonly name: string; readonly figure: Figure }[];
}

export const DEFICIT_SERIES_KEYS: readonly DeficitSeriesKey[] = [...DEFICIT_KEYS, 'risk', 'routed'];

export const DEFICIT_SERIES_IDS: Readonly<Record<DeficitSeriesKey, string>> = SERIES_IDS;

export function seriesFigure(f: DeficitFigures, key: DeficitSeriesKey): Figure {
  return key === 'risk' ? f.risk : key === 'routed' ? f.routed : f.kinds[key];
}

export function seriesLabel(key: DeficitSeriesKey): string {
  return key === 'risk' || key === 'routed' ? SERIES_LABELS[key] : KIND_LABELS[key];
}

function seriesName(key: DeficitSeriesKey): string {
  return key === 'risk' ? HISTORY_NAMES.risk : key === 'routed' ? HISTORY_NAMES.routed : HISTORY_NAMES.kind(key);
}

/** The seven series of a run (five kinds, the zone of risk, routes), or none without deficits. */
export function deficitSeries(deficits: DeficitResult | undefined): DeficitSeries[] {
  if (!deficits) return [];
  const orgs = deficits.organizations.filter((o) => o.hasColumns);
  return DEFICIT_SERIES_KEYS.map((key) => ({
    key,
    id: DEFICIT_SERIES_IDS[key],
    name: seriesName(key),
    label: seriesLabel(key),
    total: seriesFigure(deficits.total, key),
    organizations: orgs.map((o) => ({ name: o.name, figure: seriesFigure(o.figures, key) })),
  }));
}
