/**
 * One output sheet (the core's OutputSheet) as a worksheet part: values (text as inline strings,
 * so the workbook's shared strings part is never touched), each cell's look as a cell format from
 * the StyleBook, column widths, wrapping and frozen panes. Elements are written in the order the
 * schema requires (sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, … pageMargins,
 * pageSetup, drawing), so later additions — print setup, row heights, autoFilter, a drawing with
 * charts — go in their place through SheetExtras without touching the rest.
 */
import { columnLetter, type OutputSheet } from '../../core/index';
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

/** The XML of a worksheet part for `sheet`, its looks taken from `styles`. */
export function sheetXml(sheet: OutputSheet, styles: StyleBook, extras: SheetExtras = {}): string {
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (extras.sheetPr) out.push(`<sheetPr>${extras.sheetPr}</sheetPr>`);
  const width = sheet.columnWidths.length;
  const height = sheet.values.length;
  out.push(`<dimension ref="${width > 0 && height > 0 ? `A1:${columnLetter(width - 1)}${height}` : 'A1'}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0">${pane(sheet.frozenRows, sheet.frozenColumns)}</sheetView></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (width > 0) {
    out.push('<cols>');
    sheet.columnWidths.forEach((px, c) => {
      out.push(`<col min="${c + 1}" max="${c + 1}" width="${Math.round((px / PIXELS_PER_WIDTH) * 100) / 100}" customWidth="1"/>`);
    });
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const wrap = new Set(sheet.wrapColumns);
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  for (let r = 0; r < height; r++) {
    const values = sheet.values[r] ?? [];
    const formats = sheet.formats[r] ?? [];
    const tones = sheet.tones[r] ?? [];
    const ht = extras.rowHeights?.get(r);
    out.push(ht !== undefined ? `<row r="${r + 1}" ht="${ht}" customHeight="1">` : `<row r="${r + 1}">`);
    const n = Math.max(values.length, tones.length, formats.length);
    for (let c = 0; c < n; c++) {
      const value = values[c] ?? null;
      const s = styles.xf(formats[c], tones[c] ?? null, wrap.has(c));
      const ref = `${letters[c] ?? columnLetter(c)}${r + 1}`;
      const style = s > 0 ? ` s="${s}"` : '';
      if (value === null || value === '') {
        if (s > 0) out.push(`<c r="${ref}"${style}/>`);
      } else if (typeof value === 'number') {
        out.push(Number.isFinite(value) ? `<c r="${ref}"${style}><v>${numberText(value)}</v></c>` : `<c r="${ref}"${style} t="inlineStr"><is><t>${String(value)}</t></is></c>`);
      } else if (typeof value === 'boolean') {
        out.push(`<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`);
      } else {
        out.push(`<c r="${ref}"${style} t="inlineStr"><is>${textElement(value)}</is></c>`);
      }
    }
    out.push('</row>');
  }
  out.push('</sheetData>');
  if (extras.afterData) out.push(extras.afterData);
  out.push(extras.pageXml ?? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (extras.tailXml) out.push(extras.tailXml);
  out.push('</worksheet>');
  return out.join('');
}

/** `<t>` with xml:space="preserve" when spaces at either end or line breaks must survive. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text);
  return `<t${preserve ? ' xml:space="preserve"' : ''}>${escapeText(text)}</t>`;
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
