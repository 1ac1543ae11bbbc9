/**
 * What `pedmonitor compute` does, without printing: read the input into memory, plan the run with
 * the core, then write the workbook (the input's sheets plus the output sheets) and the result
 * JSON through temporary files and renames. Every refusal happens before anything is written; the
 * input file is only ever read. The command (commands/compute.ts) and the demo share this.
 */
import { planRun, type ComputeOptions, type RunPlan } from '../../core/index';
import { checkTargets, readInputFile, writeFilesTogether, writeFilesTogetherAside } from '../files';
import { xlsxPort, type XlsxFile } from '../port';

/** What `compute` is asked besides its input(s): the same for one workbook and for several. */
export interface ComputeSettings {
  /** Workbook to write: the input's sheets plus the output sheets. */
  readonly out?: string;
  /** Result JSON file; '-' means the caller prints it. */
  readonly json?: string;
  readonly presetId?: string;
  readonly period?: string;
  readonly referenceDate?: Date;
  /** Overwrite existing --out / --json files. */
  readonly force: boolean;
  readonly today: Date;
}

export interface ComputeRequest extends ComputeSettings {
  readonly input: string;
}

export interface ComputeOutcome {
  readonly plan: RunPlan;
  /** Files written, as given. */
  readonly workbookFile?: string;
  readonly jsonFile?: string;
  /** The JSON text when --json is '-'. */
  readonly jsonText?: string;
}

export const STDOUT = '-';

export async function runCompute(req: ComputeRequest): Promise<ComputeOutcome> {
  const data = readInputFile(req.input);
  const jsonFile = req.json !== undefined && req.json !== STDOUT ? req.json : undefined;
  checkTargets([req.input], [{ file: req.out, option: '--out' }, { file: jsonFile, option: '--json' }], req.force);

  const computed = await computeXlsx(data, req.input, {
    today: req.today,
    ...(req.presetId !== undefined ? { presetId: req.presetId } : {}),
    ...(req.period !== undefined ? { period: req.period } : {}),
    ...(req.referenceDate !== undefined ? { referenceDate: req.referenceDate } : {}),
  }, req.out);
  const plan = computed.plan;

  // The file gets the JSON text in pieces (it may be longer than one string can be); the
  // workbook's bytes go to the file system on the thread pool while the JSON is made.
  const json = jsonFile !== undefined ? [[jsonFile, { json: plan.json }] as const] : [];
  if (req.out !== undefined && computed.workbook) await writeFilesTogetherAside([req.out, computed.workbook], json);
  else writeFilesTogether(json);

  return {
    plan,
    ...(req.out !== undefined ? { workbookFile: req.out } : {}),
    ...(jsonFile !== undefined ? { jsonFile } : {}),
    ...(req.json === STDOUT ? { jsonText: `${JSON.stringify(plan.json, null, 2)}\n` } : {}),
  };
}

/**
 * The in-memory heart of `compute`, with no file system: .xlsx bytes in (never modified), the plan
 * and — when `outLabel` names an output file — the bytes of the workbook to write (the input's
 * sheets plus the output sheets) out, through the .xlsx port. `label` and `outLabel` name the
 * files in messages.
 */
export async function computeXlsx(
  data: Uint8Array,
  label: string,
  options: ComputeOptions,
  outLabel?: string,
): Promise<{ readonly plan: RunPlan; readonly workbook: Uint8Array | null }> {
  const file: XlsxFile = { bytes: data, label };
  const port = xlsxPort(file, outLabel === undefined ? {} : { outLabel });
  const snapshot = await port.read();
  const plan = planRun(snapshot.sheets, options);
  if (outLabel === undefined) return { plan, workbook: null };
  // The input's parts copied as they are, the output sheets and the registry added or replaced.
  await port.write(plan);
  return { plan, workbook: file.bytes };
}
