/**
 * Pure planning of how an output sheet goes into Excel: values in row blocks small enough for
 * Excel on the web's 5 MB request limit (sized from the JSON of the values and number formats
 * themselves), and tones merged into rectangles so a sheet of colours costs a few hundred range
 * commands, not one per cell. No Office.js here, so the sizing is unit-tested directly.
 */
import { TONE_STYLES, type OutputSheet, type OutValue, type Tone } from '../../../core/index';

/** Budget for one context.sync: Excel on the web refuses requests over 5 MB; keep a margin. */
export const SYNC_BUDGET_BYTES = 4_000_000;
/** Estimated size of one queued command without its data (object path, action, property name). */
export const COMMAND_BYTES = 200;

/** UTF-8 length of a string (Cyrillic letters take two bytes), without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Size of a value as it travels in the request: its JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

export interface ValueBlock {
  /** First row (0-based) of the block in the sheet. */
  readonly row: number;
  /** Cell values, empty cells as '' (Office.js treats null as "leave unchanged"). */
  readonly values: (string | number | boolean)[][];
  readonly formats: string[][];
  /** Estimated request size of writing the block (formats, then values). */
  readonly bytes: number;
}

/** The sheet's values and formats in consecutive row blocks, each at most `maxBytes`. */
export function valueBlocks(sheet: OutputSheet, maxBytes = SYNC_BUDGET_BYTES / 2): ValueBlock[] {
  const blocks: ValueBlock[] = [];
  let values: (string | number | boolean)[][] = [];
  let formats: string[][] = [];
  let bytes = 2 * COMMAND_BYTES;
  let start = 0;
  sheet.values.forEach((row, r) => {
    const v = row.map(cellForExcel);
    const f = [...sheet.formats[r]!];
    const rowBytes = jsonBytes(v) + jsonBytes(f) + 2; // and a comma in each array
    if (values.length > 0 && bytes + rowBytes > maxBytes) {
      blocks.push({ row: start, values, formats, bytes });
      values = [];
      formats = [];
      bytes = 2 * COMMAND_BYTES;
      start = r;
    }
    values.push(v);
    formats.push(f);
    bytes += rowBytes;
  });
  if (values.length > 0) blocks.push({ row: start, values, formats, bytes });
  return blocks;
}

function cellForExcel(value: OutValue): string | number | boolean {
  return value === null ? '' : value;
}

export interface ToneRect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly tone: Tone;
}

/**
 * Cells of the same tone merged into rectangles: runs along each row, then runs with the same
 * columns and tone stacked over consecutive rows. Rectangles never overlap.
 */
export function toneRects(sheet: OutputSheet): ToneRect[] {
  const done: ToneRect[] = [];
  let open = new Map<string, { row: number; column: number; rows: number; columns: number; tone: Tone }>();
  sheet.tones.forEach((tones, r) => {
    const next = new Map<string, { row: number; column: number; rows: number; columns: number; tone: Tone }>();
    let c = 0;
    while (c < tones.length) {
      const tone = tones[c];
      if (!tone) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < tones.length && tones[end] === tone) end++;
      const key = `${c}:${end}:${tone}`;
      const above = open.get(key);
      if (above) {
        above.rows++;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { row: r, column: c, rows: 1, columns: end - c, tone });
      c = end;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  });
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Range commands one rectangle needs (fill, font colour, bold), for the size estimate. */
export function styleCommands(tone: Tone): number {
  const s = TONE_STYLES[tone];
  return (s.background ? 1 : 0) + (s.font ? 1 : 0) + (s.bold ? 1 : 0);
}

/** Excel's column width unit is the point; the output model gives pixels (96 dpi). */
export function pixelsToPoints(px: number): number {
  return Math.round(px * 0.75 * 100) / 100;
}
