/**
 * «Аналитическая справка» in Excel: the same HTML as `pedmonitor report` — the core's renderReport
 * over the same planRun the run uses — made from the open workbook, which is only read. The pane
 * offers it as a file to save (a Blob download: Excel on the web and on Windows save it; Excel for
 * Mac's webview ignores downloads, office-js issues 3385 and 4681, so docs/excel.md sends Mac users
 * to Excel on the web or pedmonitor.html). planRun refuses a foreign `_pedmonitor` as for a run.
 * Shares the run lock: a report is never read while a
 * run is writing the same workbook.
 */
import { planRun, renderReport, reportFileName } from '../../core/index';
import type { ExcelHost } from './excel/office-api';
import { readWorkbook } from './excel/read-workbook';
import { exclusive } from './run-lock';

export interface ReportFile {
  readonly html: string;
  readonly fileName: string;
  /** UTF-8 size of the file. */
  readonly bytes: number;
  readonly period: string;
}

export interface ReportRequest {
  readonly presetId?: string;
  readonly period?: string;
  readonly today: Date;
}

export function makeReport(excel: ExcelHost, request: ReportRequest): Promise<ReportFile> {
  return exclusive(() =>
    excel.run(async (context) => {
      const snapshot = await readWorkbook(context);
      const plan = planRun(snapshot.sheets, {
        today: request.today,
        ...(request.presetId ? { presetId: request.presetId } : {}),
        ...(request.period ? { period: request.period } : {}),
      });
      const html = renderReport(plan);
      return { html, fileName: reportFileName(plan.result.period), bytes: new TextEncoder().encode(html).length, period: plan.result.period };
    }),
  );
}
