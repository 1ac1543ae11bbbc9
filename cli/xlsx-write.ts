/**
 * The .xlsx writing side of the command line: renders the core's host-neutral OutputSheets into
 * an ExcelJS workbook (values, number formats, tones as fills and fonts, widths, wrapping, frozen
 * panes) and keeps the `_pedmonitor` registry. An output sheet the registry lists is replaced at
 * its old position; new output sheets go after the user's sheets. planRun has already refused a
 * user's own sheet with an output name, so nothing here can overwrite user data.
 */
import ExcelJS from 'exceljs';
import { REGISTRY_SHEET, TONE_STYLES, type OutputSheet, type Tone } from '../core/index';

/** Pixels per unit of Excel column width (the width of one "0" of the default font). */
const PIXELS_PER_WIDTH = 7;
const GENERAL = 'General';

/** Writes the outputs and the registry into `workbook` (in memory). */
export function writeOutputs(workbook: ExcelJS.Workbook, outputs: readonly OutputSheet[], registry: readonly (readonly string[])[]): void {
  for (const sheet of outputs) renderSheet(replaceOrAddSheet(workbook, sheet.name), sheet);
  const ws = replaceOrAddSheet(workbook, REGISTRY_SHEET);
  renderRegistry(ws, registry);
  ws.state = 'veryHidden';
}

/**
 * A fresh, empty worksheet named `name`: in place of an existing sheet of that name (Excel sheet
 * names are case-insensitive), otherwise appended after the last sheet.
 */
export function replaceOrAddSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const lower = name.toLowerCase();
  const existing = workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
  if (!existing) return workbook.addWorksheet(name);
  const orderNo = (existing as Ordered).orderNo;
  workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(name);
  (ws as Ordered).orderNo = orderNo;
  return ws;
}

/** ExcelJS orders tabs by this (untyped) property when it writes the workbook. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

/** Renders one OutputSheet into an empty worksheet. */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  sheet.columnWidths.forEach((px, c) => {
    ws.getColumn(c + 1).width = Math.round((px / PIXELS_PER_WIDTH) * 100) / 100;
  });
  const wrap = new Set(sheet.wrapColumns);
  const styles = new Map<string, Partial<ExcelJS.Style> | null>();
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      // Strings are written as strings (shared strings), never parsed: "=SUM(A1)" stays text.
      if (value !== null && value !== '') cell.value = value;
      const style = sharedStyle(styles, sheet.formats[r]?.[c], sheet.tones[r]?.[c] ?? null, wrap.has(c));
      if (style) cell.style = style;
    });
  });
  if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
    ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  }
}

/**
 * The style of a cell with this format, tone and wrapping (null for none), one object per
 * distinct look shared by all its cells: ExcelJS turns each style object into a style index once
 * when writing, so a sheet of many cells costs a handful of look-ups. Nothing changes a cell's
 * style after rendering, so sharing is safe.
 */
function sharedStyle(cache: Map<string, Partial<ExcelJS.Style> | null>, format: string | undefined, tone: Tone | null, wrapColumn: boolean): Partial<ExcelJS.Style> | null {
  const key = `${format ?? ''}\u0000${tone ?? ''}\u0000${wrapColumn ? 1 : 0}`;
  let style = cache.get(key);
  if (style === undefined) {
    style = styleOf(format, tone, wrapColumn);
    cache.set(key, style);
  }
  return style;
}

function styleOf(format: string | undefined, tone: Tone | null, wrapColumn: boolean): Partial<ExcelJS.Style> | null {
  const style: Partial<ExcelJS.Style> = {};
  if (format && format !== GENERAL) style.numFmt = format;
  if (tone) {
    const look = TONE_STYLES[tone];
    if (look.background) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.background) } };
    if (look.font || look.bold) style.font = { ...(look.font ? { color: { argb: argb(look.font) } } : {}), bold: look.bold };
  }
  if (wrapColumn || tone === 'header') style.alignment = { wrapText: true, vertical: 'top' };
  return Object.keys(style).length > 0 ? style : null;
}

/** '#1F3864' → 'FF1F3864'. */
function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function renderRegistry(ws: ExcelJS.Worksheet, registry: readonly (readonly string[])[]): void {
  ws.getColumn(1).width = 60;
  registry.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      cell.numFmt = '@';
    });
  });
}
