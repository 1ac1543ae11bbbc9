/**
 * «Аналитическая справка» inside Google Sheets: the same HTML as `pedmonitor report` (the core's
 * renderReport over the same planRun), computed from the open spreadsheet without writing to it,
 * and shown in a modal dialog with two buttons: print it (the browser's print dialog, which also
 * saves a PDF) and download it as the .html file for the department's website. The downloaded
 * file is the report byte for byte: the viewer's toolbar and script live only around it in the
 * dialog. Nothing is fetched from the network and no teacher's name is in it (the core's report
 * has neither).
 */
import { planRun, renderReport, reportFileName } from '../core/index';
import { now } from './budget';
import { withDocumentLock } from './lock';
import { REPORT_TEXT, TITLE } from './messages';
import { readWorkbook } from './read';
import { describeFailure } from './run';
import type { Outcome, ReportOpened, ReportRequest } from './shared/api';

/** Width and height of the dialog in pixels (Apps Script's dialogs take them in pixels). */
const DIALOG = { width: 1000, height: 720 } as const;

/** The report of the open spreadsheet as HTML, with its file name. The spreadsheet is only read. */
export function buildReport(request: ReportRequest = { presetId: '', period: '' }): { html: string; fileName: string } {
  const today = new Date(now());
  return withDocumentLock(() => {
    const book = readWorkbook(SpreadsheetApp.getActiveSpreadsheet(), today, () => {});
    const plan = planRun(book.sheets, {
      today,
      ...(request.presetId ? { presetId: request.presetId } : {}),
      ...(request.period ? { period: request.period } : {}),
    });
    return { html: renderReport(plan), fileName: reportFileName(plan.result.period) };
  });
}

/** Menu «Мониторинг → Аналитическая справка». */
export function showReport(): void {
  const ui = SpreadsheetApp.getUi();
  let report: { html: string; fileName: string };
  try {
    report = buildReport();
  } catch (e) {
    ui.alert(TITLE, describeFailure(e).message, ui.ButtonSet.OK);
    return;
  }
  openDialog(report);
}

/** The sidebar's «Аналитическая справка»: opens the same dialog; failures come back as a message. */
export function openReportFromPanel(request: ReportRequest): Outcome<ReportOpened> {
  try {
    const report = buildReport({
      presetId: typeof request?.presetId === 'string' ? request.presetId.trim() : '',
      period: typeof request?.period === 'string' ? request.period.trim() : '',
    });
    openDialog(report);
    return { ok: true, value: { fileName: report.fileName, message: REPORT_TEXT.opened(report.fileName) } };
  } catch (e) {
    const f = describeFailure(e);
    return { ok: false, code: f.code, message: f.message };
  }
}

function openDialog(report: { html: string; fileName: string }): void {
  const output = HtmlService.createHtmlOutput(reportViewerHtml(report.html, report.fileName)).setWidth(DIALOG.width).setHeight(DIALOG.height);
  SpreadsheetApp.getUi().showModalDialog(output, REPORT_TEXT.dialogTitle);
}

/**
 * The report with a toolbar (hidden when printed) and a small script: «Печать» calls print(),
 * «Скачать HTML» saves the untouched report, carried as a JSON string (with "<" escaped, so the
 * report's own markup can never close the script).
 */
export function reportViewerHtml(report: string, fileName: string): string {
  const body = /<body[^>]*>/i.exec(report);
  if (!body) throw new Error('renderReport returned a page without <body>');
  const payload = JSON.stringify({ html: report, fileName, failed: REPORT_TEXT.downloadFailed }).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  const toolbar =
    `<div class="pm-toolbar" role="toolbar">` +
    `<button type="button" id="pm-print">${REPORT_TEXT.print}</button>` +
    `<button type="button" id="pm-download">${REPORT_TEXT.download}</button>` +
    `<span id="pm-hint">${escapeText(REPORT_TEXT.hint(fileName))}</span></div>` +
    `<style>.pm-toolbar{position:sticky;top:0;z-index:10;display:flex;gap:8px;align-items:center;flex-wrap:wrap;padding:8px 12px;background:#f1f3f4;border-bottom:1px solid #dadce0;font:13px Arial,sans-serif}` +
    `.pm-toolbar button{font:inherit;padding:6px 14px;border-radius:4px;border:1px solid #1a73e8;background:#1a73e8;color:#fff;cursor:pointer}` +
    `.pm-toolbar button+button{background:#fff;color:#1a73e8}#pm-hint{color:#5f6368}@media print{.pm-toolbar{display:none!important}}</style>` +
    `<script>(function(){var d=${payload};` +
    `document.getElementById('pm-print').addEventListener('click',function(){window.print();});` +
    `document.getElementById('pm-download').addEventListener('click',function(){try{` +
    `var url=URL.createObjectURL(new Blob([d.html],{type:'text/html;charset=utf-8'}));var a=document.createElement('a');a.href=url;a.download=d.fileName;` +
    `document.body.appendChild(a);a.click();a.remove();setTimeout(function(){URL.revokeObjectURL(url);},60000);` +
    `}catch(e){document.getElementById('pm-hint').textContent=d.failed;}});})();</script>`;
  return report.slice(0, body.index + body[0].length) + toolbar + report.slice(body.index + body[0].length);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
