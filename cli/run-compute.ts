/**
 * What `pedmonitor compute` does, without printing: read the input into memory, plan the run with
 * the core, then write the workbook (the input's sheets plus the output sheets) and the result
 * JSON through temporary files and renames. Every refusal happens before anything is written; the
 * input file is only ever read. The command (commands/compute.ts) and the demo share this.
 */
import { isBlank, pedmonitorError, planRun, REGISTRY_SHEET, registryGrid, type ComputeOptions, type RunPlan, type SheetData } from '../core/index';
import { checkTargets, readInputFile, writeFilesTogether } from './files';
import { CLI_MSG } from './messages';
import { loadWorkbook, workbookWithSheets } from './workbook-file';

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
  const jsonText = `${JSON.stringify(plan.json, null, 2)}\n`;

  writeFilesTogether([
    ...(req.out !== undefined && computed.workbook ? [[req.out, computed.workbook] as const] : []),
    ...(jsonFile !== undefined ? [[jsonFile, jsonText] as const] : []),
  ]);

  return {
    plan,
    ...(req.out !== undefined ? { workbookFile: req.out } : {}),
    ...(jsonFile !== undefined ? { jsonFile } : {}),
    ...(req.json === STDOUT ? { jsonText } : {}),
  };
}

/**
 * The in-memory heart of `compute`, with no file system: .xlsx bytes in (never modified), the plan
 * and — when `outLabel` names an output file — the bytes of the workbook to write (the input's
 * sheets plus the output sheets) out. `label` and `outLabel` name the files in messages.
 */
export async function computeXlsx(
  data: Uint8Array,
  label: string,
  options: ComputeOptions,
  outLabel?: string,
): Promise<{ readonly plan: RunPlan; readonly workbook: Uint8Array | null }> {
  const loaded = await loadWorkbook(data, label);
  assertRegistryIsOurs(loaded.sheets);
  const plan = planRun(loaded.sheets, options);
  if (outLabel === undefined) return { plan, workbook: null };
  // The input's parts copied as they are, the output sheets and the registry added or replaced.
  const workbook = await workbookWithSheets(data, { sheets: plan.outputs, registry: plan.registry }, label, outLabel);
  return { plan, workbook };
}

/**
 * The registry sheet is rewritten on every run, so a sheet that merely has its name but is not a
 * registry (a user's own sheet) stops the run like any other taken output name.
 */
export function assertRegistryIsOurs(sheets: readonly SheetData[]): void {
  const sheet = sheets.find((s) => s.name.toLowerCase() === REGISTRY_SHEET.toLowerCase());
  if (!sheet) return;
  const title = registryGrid([])[0]![0];
  const empty = sheet.values.every((row) => row.every((v) => isBlank(v)));
  if (!empty && (sheet.name !== REGISTRY_SHEET || sheet.values[0]?.[0] !== title)) {
    throw pedmonitorError('output-sheet-taken', CLI_MSG.registryTaken(sheet.name));
  }
}
