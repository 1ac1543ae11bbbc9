/**
 * The .xlsx layer of pedmonitor: our own reader and writer of Excel workbooks, shared by the
 * command line (Node) and the offline page (a browser Web Worker). Host-neutral: the ZIP codec is
 * injected (node-codec.ts for Node); see /docs or XLSX notes for the contract.
 */
export type { ZipCodec } from './codec';
export { crc32 } from './codec';
export { readWorkbook, type ReadOptions, type SheetSnapshot, type WorkbookSnapshot } from './read';
export type { MergedRange } from './sheet-read';
export { DEFAULT_LIMITS, type ReadLimits } from './limits';
export { XlsxFault, isXlsxFault, type FaultKind } from './fault';
export { writeWorkbook, type WriteRequest, type WriteOptions, type SheetPlace } from './write';
export type { SheetExtras, ExtraPart, SheetRelationship } from './sheet-xml';
export { partsOf } from './parts';
