/**
 * Native charts in the .xlsx output (issue 17): the core's host-neutral ChartSpecs
 * (core/output/charts.ts) as DrawingML — one drawing part per sheet anchoring each chart over the
 * rows the sheet left empty for it, one chart part per chart with its series referencing the
 * sheet's own cells (and their values cached, so a reader that does not recalculate still draws
 * them). Excel, LibreOffice, Р7-Офис and МойОфис open these as ordinary charts the user can edit.
 * Pure: strings and bytes in, parts out; no node: imports (the offline page uses it too).
 */
import { columnLetter, type ChartSpec, type OutputSheet, type OutValue } from '../../core/index';

export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CHART_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PX = 9525;
/** Row height a sheet without its own heights has, px. */
const DEFAULT_ROW_PX = 20;

export interface ChartPart {
  /** Package path without a leading slash, e.g. xl/charts/chart1.xml. */
  readonly path: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  /** Its own relationships part (the drawing's, to its charts), when it has one. */
  readonly rels?: Uint8Array;
}

export interface SheetCharts {
  /** The drawing first, then its charts. */
  readonly parts: readonly ChartPart[];
  /** The relationship from the worksheet to the drawing. */
  readonly relationship: { readonly id: string; readonly type: string; readonly target: string };
  /** The `<drawing r:id="…"/>` element for the worksheet, after headerFooter/rowBreaks. */
  readonly drawingElement: string;
}

export interface PartNumbers {
  /** Number of the drawing part (xl/drawings/drawingN.xml), free in the package. */
  readonly drawing: number;
  /** Numbers of the chart parts, one per chart, free in the package. */
  readonly charts: readonly number[];
  /** Relationship id of the drawing in the worksheet's rels, free there. */
  readonly relationshipId: string;
}

/** The number of chart parts `sheet` needs (0: no drawing at all). */
export function chartCount(sheet: OutputSheet): number {
  return sheet.charts?.length ?? 0;
}

/** The drawing and chart parts of `sheet`'s charts, or null when it has none. */
export function sheetCharts(sheet: OutputSheet, numbers: PartNumbers): SheetCharts | null {
  const charts = sheet.charts ?? [];
  if (charts.length === 0) return null;
  if (numbers.charts.length < charts.length) throw new Error(`chart parts: ${charts.length} charts, ${numbers.charts.length} numbers`);
  const enc = new TextEncoder();
  const drawingPath = `xl/drawings/drawing${numbers.drawing}.xml`;
  const anchors: string[] = [];
  const rels: string[] = [];
  const parts: ChartPart[] = [];
  charts.forEach((spec, i) => {
    const n = numbers.charts[i]!;
    const rid = `rId${i + 1}`;
    anchors.push(anchorXml(sheet, spec, i + 2, rid));
    rels.push(`<Relationship Id="${rid}" Type="${CHART_REL_TYPE}" Target="../charts/chart${n}.xml"/>`);
    parts.push({ path: `xl/charts/chart${n}.xml`, contentType: CHART_CONTENT_TYPE, data: enc.encode(chartXml(sheet, spec)) });
  });
  const drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`;
  const drawingRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_RELS}">${rels.join('')}</Relationships>`;
  return {
    parts: [{ path: drawingPath, contentType: DRAWING_CONTENT_TYPE, data: enc.encode(drawing), rels: enc.encode(drawingRels) }, ...parts],
    relationship: { id: numbers.relationshipId, type: DRAWING_REL_TYPE, target: `../drawings/drawing${numbers.drawing}.xml` },
    drawingElement: `<drawing r:id="${numbers.relationshipId}"/>`,
  };
}

/** A chart anchored at its cell and spanning its pixel size, as a two-cell anchor moving with cells. */
function anchorXml(sheet: OutputSheet, spec: ChartSpec, shapeId: number, rid: string): string {
  const from = { col: spec.anchor.column, colOff: spec.anchor.offsetX, row: spec.anchor.row, rowOff: spec.anchor.offsetY };
  const to = {
    ...walk(sheet.columnWidths, 64, from.col, from.colOff + spec.size.width),
    ...rowWalk(sheet, from.row, from.rowOff + spec.size.height),
  };
  const marker = (tag: string, col: number, colOff: number, row: number, rowOff: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>${Math.round(colOff * EMU_PER_PX)}</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${Math.round(rowOff * EMU_PER_PX)}</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', from.col, from.colOff, from.row, from.rowOff) +
    marker('to', to.col, to.colOff, to.row, to.rowOff) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeAttr(`Chart ${shapeId - 1}`)}" descr="${escapeAttr(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    '<xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** The column and offset `px` pixels right of the start of column `start` (+ `startOff`). */
function walk(widths: readonly number[], fallback: number, start: number, px: number): { col: number; colOff: number } {
  let col = start;
  let left = px;
  for (;;) {
    const w = widths[col] ?? fallback;
    if (left < w) return { col, colOff: left };
    left -= w;
    col++;
  }
}

function rowWalk(sheet: OutputSheet, start: number, px: number): { row: number; rowOff: number } {
  let row = start;
  let left = px;
  for (;;) {
    const h = sheet.rowHeights?.[row] ?? DEFAULT_ROW_PX;
    if (left < h) return { row, rowOff: left };
    left -= h;
    row++;
  }
}

/** The chart part: a clustered bar/column (or line) chart, the target as a bar or a line over it. */
export function chartXml(sheet: OutputSheet, spec: ChartSpec): string {
  const d = spec.data;
  const first = d.firstRow;
  const last = d.firstRow + d.rowCount - 1;
  const labels = Array.from({ length: d.rowCount }, (_, i) => labelText(sheet.values[first + i]?.[d.labelColumn] ?? null));
  const cat = `<c:cat><c:strRef><c:f>${escapeText(ref(sheet.name, d.labelColumn, first, last))}</c:f>${strCache(labels)}</c:strRef></c:cat>`;
  const series = (column: number, name: string, color: string, index: number, kind: 'bar' | 'line') => {
    const values = Array.from({ length: d.rowCount }, (_, i) => numberOf(sheet.values[first + i]?.[column] ?? null));
    const look =
      kind === 'line'
        ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
        : `<c:spPr><a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    return (
      `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
      `<c:tx><c:strRef><c:f>${escapeText(ref(sheet.name, column, d.headerRow, d.headerRow))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
      look +
      cat +
      `<c:val><c:numRef><c:f>${escapeText(ref(sheet.name, column, first, last))}</c:f>${numCache(values, spec.valueFormat)}</c:numRef></c:val>` +
      (kind === 'line' ? '<c:smooth val="0"/>' : '') +
      '</c:ser>'
    );
  };
  const barSeries = d.series.map((s, i) => series(s.column, s.name, s.color, i, spec.kind === 'line' ? 'line' : 'bar'));
  const t = d.target;
  if (t && (t.style === 'bar' || spec.kind === 'line')) barSeries.push(series(t.column, t.name, t.color, d.series.length, spec.kind === 'line' ? 'line' : 'bar'));
  const horizontal = spec.kind === 'bar';
  const AX_CAT = 500010;
  const AX_VAL = 500020;
  const axIds = `<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/>`;
  const main =
    spec.kind === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${barSeries.join('')}<c:marker val="1"/>${axIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${barSeries.join('')}` +
        `<c:gapWidth val="${horizontal ? 50 : 80}"/>${axIds}</c:barChart>`;
  const overlay =
    t && t.style === 'line' && spec.kind !== 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series(t.column, t.name, t.color, d.series.length, 'line')}<c:marker val="1"/>${axIds}</c:lineChart>`
      : '';
  const v = spec.axes.value;
  const scaling = (orientation: string, min?: number, max?: number) =>
    `<c:scaling><c:orientation val="${orientation}"/>${max !== undefined ? `<c:max val="${max}"/>` : ''}${min !== undefined ? `<c:min val="${min}"/>` : ''}</c:scaling>`;
  // Horizontal bars list the categories top to bottom (maxMin), with the value axis at the bottom.
  const catAx =
    `<c:catAx><c:axId val="${AX_CAT}"/>${scaling(horizontal ? 'maxMin' : 'minMax')}<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
    axisTitle(spec.axes.category.title, horizontal) +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    textProps(900) +
    `<c:crossAx val="${AX_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${AX_VAL}"/>${scaling('minMax', v.min, v.max)}<c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    axisTitle(v.title, !horizontal) +
    `<c:numFmt formatCode="${escapeAttr(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    textProps(900) +
    `<c:crossAx val="${AX_CAT}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  const legend = spec.legend === 'none' ? '' : `<c:legend><c:legendPos val="${spec.legend === 'right' ? 'r' : 'b'}"/><c:overlay val="0"/>${textProps(900)}</c:legend>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${richText(spec.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${main}${overlay}${catAx}${valAx}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '</c:chartSpace>'
  );
}

function axisTitle(title: string, rotated: boolean): string {
  if (!title) return '';
  return `<c:title>${richText(title, 1000, false, rotated)}<c:overlay val="0"/></c:title>`;
}

function richText(text: string, size: number, bold: boolean, rotated = false): string {
  const b = bold ? '1' : '0';
  return (
    `<c:tx><c:rich><a:bodyPr${rotated ? ' rot="-5400000" vert="horz"' : ''}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="${size}" b="${b}"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function textProps(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>`;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

/** Cached numbers; an empty cell is left out (a gap, never a 0). */
function numCache(values: readonly (number | null)[], format: string): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** 'Сводка'!$B$21:$B$30 — the sheet name quoted, quotes inside doubled. */
export function ref(sheet: string, column: number, firstRow: number, lastRow: number): string {
  const col = columnLetter(column);
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return firstRow === lastRow ? `${quoted}!$${col}$${firstRow + 1}` : `${quoted}!$${col}$${firstRow + 1}:$${col}$${lastRow + 1}`;
}


function labelText(v: OutValue): string {
  return v === null ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
}

function numberOf(v: OutValue): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function hex(color: string): string {
  return color.replace('#', '').toUpperCase();
}

function escapeText(s: string): string {
  // Characters XML 1.0 does not allow are dropped; & < > escaped.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
