/**
 * «Рассчитать показатели» as one function shared by the ribbon command and the task pane: read
 * every sheet (one sync), let the core plan the run, write the outputs safely, report progress
 * on the way. Thin: all computing is the core's planRun.
 */
import { classifySheets, planRun, SHEET, type RunSummary } from '../../core/index';
import type { ExcelHost } from './excel/office-api';
import { excelPort } from './excel/port';
import type { WriteOptions } from './excel/write-outputs';
import { PANE, TEXT } from './messages';
import { exclusive } from './run-lock';

export type RunProgress =
  | { readonly phase: 'reading' }
  | { readonly phase: 'read'; readonly tabs: number; readonly rows: number }
  | { readonly phase: 'computing' }
  | { readonly phase: 'writing'; readonly part: number; readonly parts: number; readonly rows: number }
  | { readonly phase: 'swapping' }
  | { readonly phase: 'done' };

export interface RunRequest {
  /** Overrides `Настройки` when given. */
  readonly presetId?: string;
  readonly period?: string;
  readonly today: Date;
}

export interface RunReport {
  readonly summary: RunSummary;
  /** Lines of `Проверка данных` that need attention (warnings and errors). */
  readonly problems: number;
  readonly problemsSheet: string;
  /** What did not work but cost nothing of the results (frozen panes), in Russian. */
  readonly warnings: readonly string[];
  /** Lines the pane's summary adds (print settings left to the user on an Excel without ExcelApi 1.9). */
  readonly notes: readonly string[];
}

/** The requirement set print setup, AutoFilter and page breaks need (the manifest asks for 1.8). */
export const PRINT_SETUP_API = '1.9';

export function progressText(p: RunProgress): string {
  switch (p.phase) {
    case 'reading':
      return TEXT.reading;
    case 'read':
      return TEXT.read(p.tabs, p.rows);
    case 'computing':
      return TEXT.computing;
    case 'writing':
      return TEXT.writing(p.part, p.parts, p.rows);
    case 'swapping':
      return TEXT.swapping;
    case 'done':
      return TEXT.done;
  }
}

export function runMonitoring(
  excel: ExcelHost,
  request: RunRequest,
  onProgress: (p: RunProgress) => void = () => {},
  writeOptions: Omit<WriteOptions, 'onProgress'> = {},
): Promise<RunReport> {
  return exclusive(() =>
    excel.run(async (context) => {
      onProgress({ phase: 'reading' });
      const printSetup = excel.isSetSupported?.('ExcelApi', PRINT_SETUP_API) === true;
      const port = excelPort(context, {
        printSetup,
        ...writeOptions,
        onProgress: (p) => {
          onProgress({ phase: 'writing', ...p });
          if (p.part === p.parts) onProgress({ phase: 'swapping' });
        },
      });
      const snapshot = await port.read();
      const tabs = classifySheets(snapshot.sheets).organizationTabs;
      onProgress({ phase: 'read', tabs: tabs.length, rows: tabs.reduce((n, t) => n + t.values.length, 0) });
      onProgress({ phase: 'computing' });
      const plan = planRun(snapshot.sheets, {
        today: request.today,
        ...(request.presetId ? { presetId: request.presetId } : {}),
        ...(request.period ? { period: request.period } : {}),
      });
      await port.write(plan);
      const written = port.stats!;
      onProgress({ phase: 'done' });
      return {
        summary: plan.summary,
        problems: plan.summary.warnings + plan.summary.errors,
        problemsSheet: SHEET.problems,
        warnings: written.warnings,
        notes: printSetup ? [] : [PANE.printByHand],
      };
    }),
  );
}

/** Activates `Проверка данных` (the summary's problems link). */
export function showSheet(excel: ExcelHost, name: string): Promise<boolean> {
  return excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (ws.isNullObject) return false;
    ws.activate();
    await context.sync();
    return true;
  });
}
