/**
 * Why a file cannot be read or written, as data: the reader and the writer throw an XlsxFault
 * naming what went wrong and where (the part or the sheet); read.ts and write.ts turn it into the
 * core's PedmonitorError with a Russian message naming the file. Kept apart from the messages so
 * every low-level module can fail without knowing any user text.
 */

export type FaultKind =
  /** Excel 97–2003 (.xls, an OLE2 compound file without encryption streams). */
  | 'xls'
  /** An OLE2 compound file holding an encrypted OOXML package: a password-protected .xlsx. */
  | 'password'
  /** An OpenDocument spreadsheet (.ods). */
  | 'ods'
  /** Text: CSV or another delimited export. */
  | 'csv'
  /** Neither a ZIP nor a known format. */
  | 'not-zip'
  /** The ZIP's structure ends early or points outside the file. */
  | 'truncated'
  /** A ZIP, but not a spreadsheet package (no workbook part). */
  | 'not-workbook'
  /** A part whose data cannot be unpacked (bad deflate stream, unknown method, encrypted entry). */
  | 'bad-part'
  /** A part that unpacks past the bound. */
  | 'too-big'
  /** Malformed XML in a part. */
  | 'bad-xml'
  /** A DTD or an entity declaration (entity expansion attempts). */
  | 'dtd'
  /** A cell address past XFD1048576. */
  | 'bad-address'
  /** More cells than the bound. */
  | 'too-many-cells'
  /** Writing: the package would need ZIP64 (over 4 GB or 65,535 parts). */
  | 'zip64';

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
