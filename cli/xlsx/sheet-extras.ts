/**
 * What an output sheet carries in the .xlsx besides its cells (issue 17), as the pieces the
 * worksheet writer (sheet-xml.ts) places in schema order: the fit-to-page flag, row heights, the
 * filter, print setup (A4, landscape, one page wide, header rows repeated as _xlnm.Print_Titles,
 * a header with the sheet name and page numbers, manual page breaks) and the drawing with the
 * sheet's charts (chart-parts.ts). Everything comes from fields of the core's OutputSheet, so the
 * CLI and the offline page write the same parts. Pure; no node: imports.
 */
import { columnLetter, PRINT_FOOTER, PRINT_HEADER, type OutputSheet } from '../../core/index';
import { sheetCharts, type ChartPart } from './chart-parts';

/** Free part numbers in the package and a free relationship id in the sheet's rels. */
export interface PartAllocator {
  drawing(): number;
  chart(): number;
  relationshipId(): string;
}

/**
 * An allocator over the writer's `freshPart(prefix, suffix)` (write.ts's SheetPlace), for an output
 * sheet whose rels part is written fresh (so rId1 is free).
 */
export function allocatorOf(place: { freshPart(prefix: string, suffix: string): string }): PartAllocator {
  const numberOf = (path: string) => Number(/(\d+)\.xml$/.exec(path)?.[1] ?? NaN);
  let rid = 0;
  return {
    drawing: () => numberOf(place.freshPart('xl/drawings/drawing', '.xml')),
    chart: () => numberOf(place.freshPart('xl/charts/chart', '.xml')),
    relationshipId: () => `rId${++rid}`,
  };
}

/** Same shape as sheet-xml.ts's SheetExtras (structural). */
export interface OutputSheetExtras {
  readonly sheetPr?: string;
  /** Points by 0-based row. */
  readonly rowHeights?: ReadonlyMap<number, number>;
  readonly afterData?: string;
  readonly pageXml?: string;
  readonly tailXml?: string;
  readonly relationships?: readonly { readonly id: string; readonly type: string; readonly target: string }[];
  readonly parts?: readonly ChartPart[];
  readonly definedNames?: readonly { readonly name: string; readonly value: string }[];
}

const DEFAULT_ROW_PX = 20;
/** Page margins in inches (Excel's "narrow"-ish: more room for the table on A4). */
const MARGINS = '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
const PAPER_A4 = 9;

export function outputSheetExtras(sheet: OutputSheet, allocate: PartAllocator): OutputSheetExtras {
  const heights = new Map<number, number>();
  sheet.rowHeights?.forEach((px, r) => {
    if (px !== DEFAULT_ROW_PX) heights.set(r, Math.round(px * 0.75 * 100) / 100);
  });
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const definedNames: { name: string; value: string }[] = [];
  let afterData = '';
  if (sheet.filter) {
    const f = sheet.filter;
    const range = `${columnLetter(f.column)}${f.row + 1}:${columnLetter(f.column + f.columnCount - 1)}${f.row + f.rowCount}`;
    afterData = `<autoFilter ref="${range}"/>`;
  }
  let pageXml = MARGINS;
  let sheetPr: string | undefined;
  if (sheet.print) {
    const p = sheet.print;
    sheetPr = '<pageSetUpPr fitToPage="1"/>';
    pageXml += `<pageSetup paperSize="${PAPER_A4}" orientation="${p.orientation}" fitToWidth="1" fitToHeight="0"/>`;
    pageXml += `<headerFooter><oddHeader>${escapeText(PRINT_HEADER)}</oddHeader><oddFooter>${escapeText(PRINT_FOOTER)}</oddFooter></headerFooter>`;
    if (p.repeatRows) definedNames.push({ name: '_xlnm.Print_Titles', value: `${quoted}!$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}` });
  }
  const breaks = (sheet.pageBreaks ?? []).filter((r) => r > 0);
  if (breaks.length > 0) {
    // <brk id="N"> breaks after 1-based row N, i.e. before the 0-based row N.
    pageXml += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
  }
  const charts = sheet.charts && sheet.charts.length > 0
    ? sheetCharts(sheet, { drawing: allocate.drawing(), charts: sheet.charts.map(() => allocate.chart()), relationshipId: allocate.relationshipId() })
    : null;
  return {
    ...(sheetPr ? { sheetPr } : {}),
    ...(heights.size > 0 ? { rowHeights: heights } : {}),
    ...(afterData ? { afterData } : {}),
    pageXml,
    ...(charts ? { tailXml: charts.drawingElement, relationships: [charts.relationship], parts: charts.parts } : {}),
    ...(definedNames.length > 0 ? { definedNames } : {}),
  };
}


function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
