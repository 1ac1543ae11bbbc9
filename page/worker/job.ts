/**
 * The page's whole job, host-neutral and without the DOM: the workbook's bytes and the user's
 * choices in; the workbook with the result sheets, the analytical report and the result JSON out,
 * with progress on the way. Exactly the CLI's sequence (read with the .xlsx layer, refuse a
 * foreign registry, planRun, write the outputs, renderReport, JSON with two-space indent), through
 * the same functions, so the downloads are the bytes `pedmonitor compute --out/--json` and
 * `pedmonitor report` write for the same file and options. The worker (worker.ts) only carries
 * messages; tests call this directly too.
 */
import { planRun, renderReport, templateSheets, type ComputeOptions, type Issue } from '../../core/index';
import { ISSUE_LIMIT, type Progress, type RunChoices, type RunDone } from '../protocol';
import type { PageRead, PageXlsx } from './xlsx';

const SEVERITY_ORDER: Readonly<Record<Issue['severity'], number>> = { error: 0, warning: 1, info: 2 };

export async function runJob(
  xlsx: PageXlsx,
  bytes: Uint8Array,
  fileName: string,
  choices: RunChoices,
  today: Date,
  onProgress: (p: Progress) => void,
  now: () => number = () => Date.now(),
): Promise<RunDone> {
  const started = now();
  onProgress({ phase: 'reading' });
  let read: PageRead | null = await xlsx.read(bytes, fileName);
  onProgress({ phase: 'read', tabs: read.organizationTabs, rows: read.organizationRows });
  onProgress({ phase: 'computing' });
  const options: ComputeOptions = {
    today,
    ...(choices.presetId !== undefined ? { presetId: choices.presetId } : {}),
    ...(choices.period !== undefined ? { period: choices.period } : {}),
  };
  const plan = planRun(read.sheets, options);
  // The grids are not needed any more: a 100,000-row workbook's cells go before the writing starts.
  read = null;
  onProgress({ phase: 'writing' });
  const workbook = await xlsx.write(bytes, plan);
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
    workbook: exactBuffer(workbook),
    report,
    json,
    elapsedMs: now() - started,
  };
}

/** «Создать шаблон»: an empty monitoring workbook with the drop-downs, as .xlsx bytes. */
export function templateJob(xlsx: PageXlsx, today: Date): Promise<Uint8Array> {
  return xlsx.template(templateSheets(today));
}

/** The bytes as an ArrayBuffer of exactly their length, ready to transfer to the page. */
export function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}
