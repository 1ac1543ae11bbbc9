/**
 * One output sheet (the core's OutputSheet) as a worksheet part: values (text as inline strings,
 * so the workbook's shared strings part is never touched), each cell's look as a cell format from
 * the StyleBook, column widths, wrapping and frozen panes. Elements are written in the order the
 * schema requires (sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, … pageMargins,
 * pageSetup, drawing), so later additions — print setup, row heights, autoFilter, a drawing with
 * charts — go in their place through SheetExtras without touching the rest.
 */
import { columnLetter, type OutputSheet, type Tone } from '../../core/index';
import { ByteSink, utf8 } from './byte-sink';
import type { StyleBook } from './styles-write';
import { escapeAttr, escapeText } from './xml-write';

/** Pixels per unit of Excel column width (the width of one "0" of the default font). */
const PIXELS_PER_WIDTH = 7;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A part a sheet brings with it (a drawing, a chart), and the relationship from the sheet to it. */
export interface ExtraPart {
  /** Package path, no leading slash: xl/drawings/drawing1.xml. */
  readonly path: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  /** Its own relationships (a drawing's charts), as rels XML; omitted when it has none. */
  readonly rels?: Uint8Array;
}

export interface SheetRelationship {
  readonly id: string;
  readonly type: string;
  /** Relative to xl/worksheets/. */
  readonly target: string;
}

/** What a sheet part may carry besides its cells (for print setup, charts …). */
export interface SheetExtras {
  /** <sheetPr> content, e.g. `<pageSetUpPr fitToPage="1"/>`. */
  readonly sheetPr?: string;
  /** Row heights in points, by 0-based row. */
  readonly rowHeights?: ReadonlyMap<number, number>;
  /** Elements after </sheetData> up to pageMargins: autoFilter, mergeCells, conditionalFormatting, … */
  readonly afterData?: string;
  /** pageMargins, pageSetup, headerFooter, … in schema order. */
  readonly pageXml?: string;
  /** `<drawing r:id="…"/>` and later elements. */
  readonly tailXml?: string;
  readonly relationships?: readonly SheetRelationship[];
  readonly parts?: readonly ExtraPart[];
  /** Workbook-level defined names scoped to this sheet (e.g. _xlnm.Print_Titles). */
  readonly definedNames?: readonly { readonly name: string; readonly value: string }[];
}

/** Texts up to this length have their cell XML encoded once per sheet and copied after. */
const REUSED_TEXT_MAX = 400;
/** Distinct texts remembered per sheet (bounds the memory, not the output). */
const REUSED_TEXTS_MAX = 50_000;

/**
 * The bytes (UTF-8) of a worksheet part for `sheet`, its looks taken from `styles` (writeSheetXml
 * into one array).
 */
export function sheetXmlBytes(sheet: OutputSheet, styles: StyleBook, extras: SheetExtras = {}): Uint8Array {
  const out = new ByteSink();
  writeSheetXml(out, sheet, styles, extras);
  return out.finish();
}

const ascii = (s: string): Uint8Array => utf8(s);
const V_END = ascii('</v></c>');
const ROW_OPEN = ascii('<row r="');
const ROW_END = ascii('">');
const ROW_CLOSE = ascii('</row>');

/**
 * How the cells of one look (format, tone, wrapping: one ` s="…"` attribute) end, encoded once:
 * everything after the cell reference's row number.
 */
interface Look {
  /** ` s="7"`, or '' for the default look. */
  readonly attr: string;
  /** `"` attr `/>`: an empty cell that carries a look. */
  readonly empty: Uint8Array;
  /** `"` attr `><v>`: a number follows. */
  readonly number: Uint8Array;
  readonly yes: Uint8Array;
  readonly no: Uint8Array;
  /** `"` attr ` t="inlineStr"><is><t>…</t></is></c>` of each short text met. */
  readonly texts: Map<string, Uint8Array>;
}

function lookOf(attr: string): Look {
  return {
    attr,
    empty: ascii(`"${attr}/>`),
    number: ascii(`"${attr}><v>`),
    yes: ascii(`"${attr} t="b"><v>1</v></c>`),
    no: ascii(`"${attr} t="b"><v>0</v></c>`),
    texts: new Map(),
  };
}

/** Writes the worksheet part for `sheet` into `out` (UTF-8): sheetXmlSteps at one go. */
export function writeSheetXml(out: ByteSink, sheet: OutputSheet, styles: StyleBook, extras: SheetExtras = {}): void {
  for (const _ of sheetXmlSteps(out, sheet, styles, extras));
}

/**
 * Writes the worksheet part for `sheet` into `out` (UTF-8), pausing (a step) after each row that
 * made the sink hand a chunk over — a writer that waits there lets that chunk's compression finish
 * and its buffer be written again (ChunkPool) — straight into byte chunks
 * (byte-sink.ts), the markup of each cell's reference and look encoded once per sheet, each
 * distinct short text's cell XML encoded once per look (the criteria's names repeat a thousand
 * times in «История»), each look asked of the StyleBook once per combination. The XML is exactly
 * what joining the pieces as strings gives (test/cli/xlsx/sheet-xml.test.ts keeps that version).
 */
export function* sheetXmlSteps(out: ByteSink, sheet: OutputSheet, styles: StyleBook, extras: SheetExtras = {}): Generator<void, void, undefined> {
  out.ascii(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (extras.sheetPr) out.text(`<sheetPr>${extras.sheetPr}</sheetPr>`);
  const width = sheet.columnWidths.length;
  const height = sheet.values.length;
  out.ascii(`<dimension ref="${width > 0 && height > 0 ? `A1:${columnLetter(width - 1)}${height}` : 'A1'}"/>`);
  out.ascii(`<sheetViews><sheetView workbookViewId="0">${pane(sheet.frozenRows, sheet.frozenColumns)}</sheetView></sheetViews>`);
  out.ascii('<sheetFormatPr defaultRowHeight="15"/>');
  if (width > 0) {
    out.ascii('<cols>');
    sheet.columnWidths.forEach((px, c) => {
      out.ascii(`<col min="${c + 1}" max="${c + 1}" width="${Math.round((px / PIXELS_PER_WIDTH) * 100) / 100}" customWidth="1"/>`);
    });
    out.ascii('</cols>');
  }
  out.ascii('<sheetData>');
  const wrap = new Set(sheet.wrapColumns);
  /** `<c r="` and the column's letters, by column. */
  const refs: Uint8Array[] = [];
  const refOf = (c: number): Uint8Array => (refs[c] ??= ascii(`<c r="${columnLetter(c)}`));
  const lookAt = looks(styles, wrap);
  let remembered = 0;
  const heights = extras.rowHeights;
  let handedOver = out.handedOver;
  /** The row number's digits, written into every cell reference of the row. */
  const digits = new Uint8Array(20);
  for (let r = 0; r < height; r++) {
    const values = sheet.values[r] ?? [];
    const formats = sheet.formats[r] ?? [];
    const tones = sheet.tones[r] ?? [];
    const ht = heights?.get(r);
    const row = r + 1;
    out.bytes(ROW_OPEN);
    const count = digitsOf(row, digits);
    out.some(digits, count);
    if (ht !== undefined) out.ascii(`" ht="${ht}" customHeight="1">`);
    else out.bytes(ROW_END);
    const n = Math.max(values.length, tones.length, formats.length);
    for (let c = 0; c < n; c++) {
      const value = values[c] ?? null;
      const look = lookAt(formats[c], tones[c] ?? null, c);
      if (value === null || value === '') {
        if (look.attr === '') continue;
        out.bytes(refOf(c));
        out.some(digits, count);
        out.bytes(look.empty);
        continue;
      }
      out.bytes(refOf(c));
      out.some(digits, count);
      if (typeof value === 'number') {
        if (Number.isFinite(value)) {
          out.bytes(look.number);
          if (value > 0 && Number.isSafeInteger(value)) out.int(value);
          else out.ascii(numberText(value));
          out.bytes(V_END);
        } else out.ascii(`"${look.attr} t="inlineStr"><is><t>${String(value)}</t></is></c>`);
      } else if (typeof value === 'boolean') {
        out.bytes(value ? look.yes : look.no);
      } else if (value.length > REUSED_TEXT_MAX) {
        out.ascii(`"${look.attr} t="inlineStr"><is>`);
        out.text(textElement(value));
        out.ascii('</is></c>');
      } else {
        let bytes = look.texts.get(value);
        if (!bytes) {
          bytes = utf8(`"${look.attr} t="inlineStr"><is>${textElement(value)}</is></c>`);
          if (remembered >= REUSED_TEXTS_MAX) {
            lookAt.forget();
            remembered = 0;
          }
          look.texts.set(value, bytes);
          remembered++;
        }
        out.bytes(bytes);
      }
    }
    out.bytes(ROW_CLOSE);
    if (out.handedOver !== handedOver) {
      handedOver = out.handedOver;
      yield;
    }
  }
  out.ascii('</sheetData>');
  if (extras.afterData) out.text(extras.afterData);
  out.text(extras.pageXml ?? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (extras.tailXml) out.text(extras.tailXml);
  out.ascii('</worksheet>');
}

/**
 * The look of a cell by its format, tone and column, asking the StyleBook once per combination —
 * the first time in cell order, so its formats are numbered as a cell-by-cell walk numbers them.
 * `forget()` lets go of the texts every look remembers.
 */
function looks(styles: StyleBook, wrap: ReadonlySet<number>): ((format: string | undefined, tone: Tone | null, column: number) => Look) & { forget(): void } {
  const known = [new Map<string | undefined, Map<Tone | null, Look>>(), new Map<string | undefined, Map<Tone | null, Look>>()] as const;
  const byAttr = new Map<string, Look>();
  // The last look of each column: down a column, cells mostly look alike.
  const lastFormat: (string | undefined)[] = [];
  const lastTone: (Tone | null | undefined)[] = [];
  const lastLook: (Look | undefined)[] = [];
  const at = (format: string | undefined, tone: Tone | null, column: number): Look => {
    const last = lastLook[column];
    if (last !== undefined && lastFormat[column] === format && lastTone[column] === tone) return last;
    const wrapped = wrap.has(column);
    const byFormat = known[wrapped ? 1 : 0];
    let byTone = byFormat.get(format);
    if (!byTone) byFormat.set(format, (byTone = new Map()));
    let look = byTone.get(tone);
    if (look === undefined) {
      const s = styles.xf(format, tone, wrapped);
      const attr = s > 0 ? ` s="${s}"` : '';
      look = byAttr.get(attr);
      if (!look) byAttr.set(attr, (look = lookOf(attr)));
      byTone.set(tone, look);
    }
    lastFormat[column] = format;
    lastTone[column] = tone;
    lastLook[column] = look;
    return look;
  };
  return Object.assign(at, {
    forget(): void {
      for (const look of byAttr.values()) look.texts.clear();
    },
  });
}

/** `<t>` with xml:space="preserve" when spaces at either end or line breaks must survive. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text);
  return `<t${preserve ? ' xml:space="preserve"' : ''}>${escapeText(text)}</t>`;
}

/** The decimal digits of a row number into `into`; how many. */
function digitsOf(n: number, into: Uint8Array): number {
  const text = String(n);
  for (let i = 0; i < text.length; i++) into[i] = text.charCodeAt(i);
  return text.length;
}

/** Shortest text that reads back as the same number (what Excel writes, 17 digits at most). */
function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

function pane(rows: number, columns: number): string {
  if (rows <= 0 && columns <= 0) return '';
  const top = `${columnLetter(Math.max(columns, 0))}${Math.max(rows, 0) + 1}`;
  const active = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return `<pane${split} topLeftCell="${top}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${top}" sqref="${top}"/>`;
}

/** The registry sheet: text cells (format @), one wide column. */
export function registrySheet(name: string, grid: readonly (readonly string[])[]): OutputSheet {
  const width = Math.max(1, ...grid.map((r) => r.length));
  return {
    name,
    values: grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
    formats: grid.map(() => Array.from({ length: width }, () => '@')),
    tones: grid.map(() => Array.from({ length: width }, () => null)),
    columnWidths: Array.from({ length: width }, (_, c) => (c === 0 ? 60 * PIXELS_PER_WIDTH : 64)),
    wrapColumns: [],
    frozenRows: 0,
    frozenColumns: 0,
  };
}

export { escapeAttr };
