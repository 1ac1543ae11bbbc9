/**
 * Requirement-set gating for the fake `Excel.run`. Excel on an older build does not have the newer
 * API members at all: a request that uses one fails with ApiNotFound. The add-in's manifest
 * declares the newest ExcelApi set it may use, Excel refuses to install it where that set is
 * missing, and so the fake refuses, at sync, any member newer than what the manifest declares. A
 * future call of a newer API then fails the tests instead of failing in a methodologist's Excel.
 *
 * The fake's members newer than ExcelApi 1.1 are listed here with the set Microsoft's typings
 * (@types/office-js, "[Api set: ExcelApi N]") give them (and the 1.1 ones the adapter relies on);
 * test/office/requirements.test.ts checks the list against the typings and DECLARED_EXCEL_API
 * against the manifest, and the fake refuses a gated member missing from the list. No node:
 * imports: the fake also runs inside the browser tests' office.js stub.
 */

/** The ExcelApi version manifests/pedmonitor-excel.xml declares (checked by requirements.test.ts). */
export const DECLARED_EXCEL_API = '1.8';

/**
 * The newer set the adapter uses only where `Office.context.requirements.isSetSupported` says
 * this Excel has it (print setup, AutoFilter, page breaks); a fake declaring just the manifest's
 * set refuses those members, so a run on it proves the gate holds.
 */
export const OPTIONAL_EXCEL_API = '1.9';

/** `Class.member` → the ExcelApi version that introduced it. */
export const EXCEL_API_MEMBERS: Readonly<Record<string, string>> = {
  'WorksheetCollection.items': '1.1',
  'WorksheetCollection.add': '1.1',
  'WorksheetCollection.getItem': '1.1',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.id': '1.1',
  'Worksheet.name': '1.1',
  'Worksheet.visibility': '1.2', // setting it; reading is 1.1
  'Worksheet.position': '1.1',
  'Worksheet.delete': '1.1',
  'Worksheet.activate': '1.1',
  'Worksheet.getRange': '1.1',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.charts': '1.1',
  'WorksheetFreezePanes.freezeRows': '1.7',
  'WorksheetFreezePanes.freezeColumns': '1.7',
  'WorksheetFreezePanes.freezeAt': '1.7',
  'WorksheetFreezePanes.unfreeze': '1.7',
  'Range.values': '1.1',
  'Range.numberFormat': '1.1',
  'Range.address': '1.1',
  'Range.rowIndex': '1.1',
  'Range.columnIndex': '1.1',
  'Range.rowCount': '1.1',
  'Range.columnCount': '1.1',
  'Range.clear': '1.1',
  'Range.format': '1.1',
  'Range.dataValidation': '1.8',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.wrapText': '1.1',
  'RangeFill.color': '1.1',
  'RangeFont.color': '1.1',
  'RangeFont.bold': '1.1',
  'DataValidation.rule': '1.8',
  'DataValidation.errorAlert': '1.8',
  'DataValidation.clear': '1.8',
  'ChartCollection.add': '1.1',
  'Chart.name': '1.1',
  'Chart.width': '1.1',
  'Chart.height': '1.1',
  'Chart.top': '1.1',
  'Chart.left': '1.1',
  'Chart.setPosition': '1.1',
  'Chart.title': '1.1',
  'Chart.legend': '1.1',
  'Chart.axes': '1.1',
  'Chart.series': '1.1',
  'ChartTitle.text': '1.1',
  'ChartTitle.visible': '1.1',
  'ChartLegend.visible': '1.1',
  'ChartLegend.position': '1.1',
  'ChartAxes.categoryAxis': '1.1',
  'ChartAxes.valueAxis': '1.1',
  'ChartAxis.title': '1.1',
  'ChartAxis.minimum': '1.1',
  'ChartAxis.maximum': '1.1',
  'ChartAxis.numberFormat': '1.8',
  'ChartAxisTitle.text': '1.1',
  'ChartAxisTitle.visible': '1.1',
  'ChartSeriesCollection.getItemAt': '1.1',
  'ChartSeries.chartType': '1.7',
  'ChartSeries.format': '1.1',
  'ChartSeriesFormat.fill': '1.1',
  'ChartSeriesFormat.line': '1.1',
  'ChartFill.setSolidColor': '1.1',
  'ChartLineFormat.color': '1.1',
  // Print setup, AutoFilter and page breaks: page-layout.ts; used only behind isSetSupported('ExcelApi', '1.9').
  'Worksheet.pageLayout': '1.9',
  'Worksheet.autoFilter': '1.9',
  'Worksheet.horizontalPageBreaks': '1.9',
  'PageLayout.orientation': '1.9',
  'PageLayout.paperSize': '1.9',
  'PageLayout.zoom': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'PageLayout.headersFooters': '1.9',
  'HeaderFooterGroup.defaultForAllPages': '1.9',
  'HeaderFooter.leftHeader': '1.9',
  'HeaderFooter.centerHeader': '1.9',
  'HeaderFooter.rightHeader': '1.9',
  'HeaderFooter.leftFooter': '1.9',
  'HeaderFooter.centerFooter': '1.9',
  'HeaderFooter.rightFooter': '1.9',
  'AutoFilter.apply': '1.9',
  'PageBreakCollection.add': '1.9',
};

/** The sets (name → MinVersion) a manifest's base <Requirements> declares. */
export function declaredSets(manifestXml: string): Record<string, string> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of requirements.matchAll(/<Set Name="([^"]+)"(?: MinVersion="([^"]+)")?\s*\/>/g)) out[m[1]!] = m[2] ?? '1.1';
  return out;
}

/** -1, 0, 1 comparing versions such as '1.8' and '1.10' numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Why `member` may not be used with ExcelApi `declared`, or null when it may. */
export function refusal(member: string, declared: string): string | null {
  const needs = EXCEL_API_MEMBERS[member];
  if (needs === undefined) return `${member} is not in test/fakes/excel/requirements.ts: add it with its ExcelApi set`;
  return compareVersions(needs, declared) > 0 ? `${member} needs ExcelApi ${needs}; the manifest declares ExcelApi ${declared}` : null;
}
