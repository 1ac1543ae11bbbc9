/**
 * Compile-time proof that Office.js's real objects satisfy the adapter's structural port
 * (port.ts): if Microsoft's typings and the port drift apart, `tsc -p office-addin` fails here
 * rather than the add-in failing in Excel. Emits nothing at run time.
 */
import type { XlChart, XlRequestContext, XlWorksheet, XlRange } from './office-api';

export type PortChecks = [
  Excel.RequestContext extends XlRequestContext ? true : never,
  Excel.Worksheet extends XlWorksheet ? true : never,
  Excel.Range extends XlRange ? true : never,
  Excel.Chart extends XlChart ? true : never,
];
export const PORT_OK: PortChecks = [true, true, true, true];
