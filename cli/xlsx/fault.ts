/**
 * Why a file cannot be read or written, as data: the reader and the writer throw an XlsxFault
 * naming what went wrong and where (the part or the sheet); read.ts and write.ts turn it into the
 * core's PedmonitorError with a Russian message naming the file. Kept apart from the messages so
 * every low-level module can fail without knowing any user text.
 */
import type { XlsxFaultKind } from '../../core/texts/ru/xlsx';

/** The kinds of fault, listed once with their messages in core/texts/ru/xlsx.ts. */
export type FaultKind = XlsxFaultKind;

export class XlsxFault extends Error {
  constructor(
    readonly kind: FaultKind,
    /** The part (xl/worksheets/sheet1.xml) or the sheet's name, when the fault has a place. */
    readonly where: string | null = null,
    /** Extra detail for messages (a cell address, a size). */
    readonly detail: string | null = null,
    /** The sheet whose part it is, when known (set by the reader). */
    public sheet: string | null = null,
  ) {
    super(`${kind}${where ? ` in ${where}` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'XlsxFault';
  }
}

export function isXlsxFault(e: unknown): e is XlsxFault {
  return e instanceof XlsxFault;
}
