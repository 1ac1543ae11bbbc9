/**
 * Rows of one problem, kept as ranges while a roster is read (issue 17): «строки 12–15, 31»
 * tells a methodologist where to look, «в 3 строках» does not. Rows arrive in rising order, so
 * consecutive ones extend the last range; past MAX_RANGES only a count is kept, so a column left
 * blank on every other row of a million-row tab costs a few hundred bytes, not a million numbers.
 */

export type RowRange = readonly [first: number, last: number];

export const MAX_RANGES = 30;

export class RowRanges {
  readonly ranges: [number, number][] = [];
  /** Rows not kept as ranges (past MAX_RANGES). */
  more = 0;

  add(row: number): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else if (last && last[1] >= row) return;
    else if (this.ranges.length < MAX_RANGES) this.ranges.push([row, row]);
    else this.more++;
  }
}

/** "12–15, 31" (an en dash inside a range), with " и ещё N" for rows not kept. */
export function formatRowRanges(ranges: readonly RowRange[], more = 0, andMore: (n: number) => string = (n) => ` +${n}`): string {
  const text = ranges.map(([a, b]) => (a === b ? String(a) : `${a}\u2013${b}`)).join(', ');
  return more > 0 ? `${text}${andMore(more)}` : text;
}

/** Ranges of sorted, distinct row numbers. */
export function rangesOf(rows: readonly number[]): RowRange[] {
  const r = new RowRanges();
  for (const row of rows) r.add(row);
  return r.ranges;
}
