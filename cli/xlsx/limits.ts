/**
 * Bounds of one read, so a hostile or damaged file costs bounded memory and time: the largest
 * part (unpacked), all parts together, and the number of cells. Real methodologists' workbooks
 * sit far below them (the 1.7 million-row benchmark folder is about 75 million cells over many
 * files; a 400,000-row workbook unpacks to well under 1 GB).
 */
export interface ReadLimits {
  /** The largest unpacked size of one part, bytes. */
  readonly partBytes: number;
  /** The unpacked size of every part read, together, bytes. */
  readonly totalBytes: number;
  /** Cells with a value, over every sheet. */
  readonly cells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  partBytes: 1024 * 1024 * 1024,
  totalBytes: 4 * 1024 * 1024 * 1024,
  cells: 150_000_000,
};

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
