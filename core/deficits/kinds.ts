/**
 * The five kinds of professional deficit the regional diagnostics reports (workbook.md §1.1,
 * «Дефицит: …» columns), in the order every output lists them. One table so the populations, the
 * «Дефициты» sheet, the recommendations and the report name the same kinds the same way.
 */
import type { RosterFieldKey } from '../fields';

export const DEFICIT_KEYS = ['deficitSubject', 'deficitMethod', 'deficitPsych', 'deficitComm', 'deficitDigital'] as const satisfies readonly RosterFieldKey[];

export type DeficitKey = (typeof DEFICIT_KEYS)[number];

/** Columns a route is read from: an individual route at the regional centre, or an individual plan. */
export const ROUTE_KEYS = ['iomCenter', 'ippr'] as const satisfies readonly RosterFieldKey[];
