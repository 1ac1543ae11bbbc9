/**
 * What `pedmonitor report` does, without printing: read the workbook into memory, plan the run
 * exactly as `compute` does (so the report and the result sheets agree, dynamics included), render
 * the HTML analytical report and write it through a temporary file and a rename. Every refusal
 * happens before anything is written; the input file is only ever read.
 */
import { planRun, renderReport, type RunPlan } from '../../core/index';
import { checkTargets, commitFiles, readInputFile, stageFile } from '../files';
import { xlsxPort } from '../port';

export interface ReportRequest {
  readonly input: string;
  /** The HTML file to write. */
  readonly out: string;
  readonly presetId?: string;
  readonly period?: string;
  readonly referenceDate?: Date;
  /** Overwrite an existing --out file. */
  readonly force: boolean;
  readonly today: Date;
}

export interface ReportOutcome {
  readonly plan: RunPlan;
  readonly reportFile: string;
  /** Size of the written file in bytes. */
  readonly bytes: number;
}

export async function runReport(req: ReportRequest): Promise<ReportOutcome> {
  const data = readInputFile(req.input);
  checkTargets([req.input], [{ file: req.out, option: '--out' }], req.force);

  const snapshot = await xlsxPort({ bytes: data, label: req.input }).read();
  const plan = planRun(snapshot.sheets, {
    today: req.today,
    ...(req.presetId !== undefined ? { presetId: req.presetId } : {}),
    ...(req.period !== undefined ? { period: req.period } : {}),
    ...(req.referenceDate !== undefined ? { referenceDate: req.referenceDate } : {}),
  });
  const html = renderReport(plan);
  commitFiles([stageFile(req.out, html)]);
  return { plan, reportFile: req.out, bytes: Buffer.byteLength(html, 'utf8') };
}
