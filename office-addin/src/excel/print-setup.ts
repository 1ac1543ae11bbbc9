/**
 * An output's print setup, AutoFilter and page breaks as Office.js commands, from what the core
 * asks for (OutputSheet.print, .filter, .pageBreaks): A4, landscape, one page wide and as many
 * pages tall as it takes, the table's header rows on every page, the same header and footer as
 * the .xlsx output, a manual break where a section must start a page (each organisation of
 * «Рекомендации»), a filter on the long tables. All of it is ExcelApi 1.9, newer than the
 * manifest's minimum (1.8, Excel 2019's set): the caller queues it only where
 * `isSetSupported('ExcelApi', '1.9')` holds, and says otherwise how to set it by hand.
 */
import { columnLetter, PRINT_FOOTER, PRINT_HEADER, type OutputSheet } from '../../../core/index';
import type { XlHeaderFooter, XlWorksheet } from './office-api';

/** Whether the core asked for anything this module sets. */
export function hasPrintSettings(sheet: OutputSheet): boolean {
  return sheet.print !== undefined || sheet.filter !== undefined || (sheet.pageBreaks?.length ?? 0) > 0;
}

/** How many commands queuePrintSetup queues for this sheet (for the request-size estimate). */
export function printCommands(sheet: OutputSheet): number {
  const sections = splitSections(PRINT_HEADER).length + splitSections(PRINT_FOOTER).length;
  return (sheet.print ? 4 + sections : 0) + (sheet.filter ? 1 : 0) + (sheet.pageBreaks?.length ?? 0);
}

/** Queues the sheet's print setup, filter and page breaks on `ws` (a visible output sheet). */
export function queuePrintSetup(ws: XlWorksheet, sheet: OutputSheet): void {
  const print = sheet.print;
  if (print) {
    const layout = ws.pageLayout;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = print.paper;
    // One page wide; 0 pages tall is Excel's «автоматически» (the .xlsx fitToHeight="0").
    layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
    if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
    const all = layout.headersFooters.defaultForAllPages;
    for (const s of splitSections(PRINT_HEADER)) all[HEADER_KEYS[s.section]] = s.text;
    for (const s of splitSections(PRINT_FOOTER)) all[FOOTER_KEYS[s.section]] = s.text;
  }
  for (const row of sheet.pageBreaks ?? []) if (row > 0) ws.horizontalPageBreaks.add(`A${row + 1}`);
  const f = sheet.filter;
  if (f) ws.autoFilter.apply(`${columnLetter(f.column)}${f.row + 1}:${columnLetter(f.column + f.columnCount - 1)}${f.row + f.rowCount}`);
}

type Section = 'L' | 'C' | 'R';
const HEADER_KEYS: Record<Section, keyof XlHeaderFooter> = { L: 'leftHeader', C: 'centerHeader', R: 'rightHeader' };
const FOOTER_KEYS: Record<Section, keyof XlHeaderFooter> = { L: 'leftFooter', C: 'centerFooter', R: 'rightFooter' };

/**
 * A header or footer as the .xlsx format writes it ('&L…&C…&R…', one string) split into the
 * sections Office.js sets one by one; '&&' (a literal ampersand) is not a section mark. Text
 * before any mark is the centre section, as in Excel.
 */
export function splitSections(code: string): { section: Section; text: string }[] {
  const out: { section: Section; text: string }[] = [];
  let section: Section = 'C';
  let text = '';
  const flush = () => {
    if (text !== '') out.push({ section, text });
    text = '';
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    const next = code[i + 1];
    if (ch === '&' && next === '&') {
      text += '&&';
      i++;
    } else if (ch === '&' && (next === 'L' || next === 'C' || next === 'R')) {
      flush();
      section = next;
      i++;
    } else text += ch;
  }
  flush();
  return out;
}
