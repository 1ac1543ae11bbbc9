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
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      // Strings are written as strings (shared strings), never parsed: "=SUM(A1)" stays text.
      if (value !== null && value !== '') cell.value = value;
      const format = sheet.formats[r]?.[c];
      if (format && format !== GENERAL) cell.numFmt = format;
      const tone = sheet.tones[r]?.[c] ?? null;
      if (tone) applyTone(cell, tone);
      if (wrap.has(c) || tone === 'header') cell.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
    ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  }
}

function applyTone(cell: ExcelJS.Cell, tone: Tone): void {
  const style = TONE_STYLES[tone];
  if (style.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background) } };
  if (style.font || style.bold) {
    cell.font = { ...(style.font ? { color: { argb: argb(style.font) } } : {}), bold: style.bold };
  }
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
