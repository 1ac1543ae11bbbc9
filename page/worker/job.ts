/**
 * The page's whole job, host-neutral and without the DOM: the workbook's bytes and the user's
 * choices in; the workbook with the result sheets, the analytical report and the result JSON out,
 * with progress on the way. A run over the .xlsx layer's WorkbookPort (cli/xlsx/port.ts, the command
 * line's too, with the browser's ZIP codec) — read, planRun, write —
 * then renderReport and the JSON with two-space indent, exactly as `pedmonitor compute --out/--json`
 * and `pedmonitor report` do for the same file and options, so the downloads are their bytes. The
 * worker (worker.ts) only carries messages; tests call this directly too.
 */
import { classifySheets, planRun, renderReport, templatePlan, type ComputeOptions, type Issue, type SheetData } from '../../core/index';
import type { ZipCodec } from '../../cli/xlsx/index';
import { ISSUE_LIMIT, type Progress, type RunChoices, type RunDone } from '../protocol';
import { xlsxPort, type XlsxFile } from '../../cli/xlsx/port';

const SEVERITY_ORDER: Readonly<Record<Issue['severity'], number>> = { error: 0, warning: 1, info: 2 };

export async function runJob(
  zip: ZipCodec,
  bytes: Uint8Array,
  fileName: string,
  choices: RunChoices,
  today: Date,
  onProgress: (p: Progress) => void,
  now: () => number = () => Date.now(),
): Promise<RunDone> {
  const started = now();
  const file: XlsxFile = { bytes, label: fileName };
  const port = xlsxPort(file, zip);
  onProgress({ phase: 'reading' });
  let sheets: readonly SheetData[] | null = (await port.read()).sheets;
  const tabs = classifySheets(sheets).organizationTabs;
  onProgress({ phase: 'read', tabs: tabs.length, rows: tabs.reduce((n, t) => n + t.values.length, 0) });
  onProgress({ phase: 'computing' });
  const options: ComputeOptions = {
    today,
    ...(choices.presetId !== undefined ? { presetId: choices.presetId } : {}),
    ...(choices.period !== undefined ? { period: choices.period } : {}),
  };
  const plan = planRun(sheets, options);
  // The grids are not needed any more: a 100,000-row workbook's cells go before the writing starts.
  sheets = null;
  onProgress({ phase: 'writing' });
  await port.write(plan);
  onProgress({ phase: 'report' });
  const report = renderReport(plan);
  const json = `${JSON.stringify(plan.json, null, 2)}\n`;
  const issues = [...plan.result.issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  onProgress({ phase: 'done' });
  return {
    summary: plan.summary,
    presetTitle: plan.result.preset.title,
    referenceDate: plan.result.referenceDate,
    issues: issues.slice(0, ISSUE_LIMIT),
    issueCount: issues.length,
    workbook: exactBuffer(file.bytes!),
    report,
    json,
    elapsedMs: now() - started,
  };
}

/** «Создать шаблон»: a new workbook holding the template sheets, with their drop-down lists. */
export async function templateJob(zip: ZipCodec, today: Date): Promise<Uint8Array> {
  const file: XlsxFile = { bytes: null, label: '' };
  await xlsxPort(file, zip).addTemplate(templatePlan([], today).add);
  return file.bytes!;
}

/** The bytes as an ArrayBuffer of exactly their length, ready to transfer to the page. */
export function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}
