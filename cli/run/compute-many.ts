/**
 * `pedmonitor compute a.xlsx b.xlsx …` or `pedmonitor compute <папка>`: several workbooks computed
 * together (core/merge/combine.ts), as if their organisation tabs were one workbook's; an
 * organisation whose name occurs in two workbooks is prefixed with its file's name. Nothing is
 * ever written into an input: --out gets a new workbook holding only the output sheets (there is
 * no one input to copy), --json the result file with the list of source workbooks added. Every
 * refusal happens before anything is written, as for one workbook (run/compute.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { combineWorkbooks, pedmonitorError, planRun, type CombinedWorkbook, type ResultJson, type RunPlan, type SourceWorkbook } from '../../core/index';
import { usageError } from '../args';
import { checkTargets, readInputFile, sameFile, writeFilesTogether } from '../files';
import { CLI_MSG, MANY_MSG } from '../messages';
import { STDOUT, type ComputeSettings } from './compute';
import { loadWorkbook } from '../workbook-file';
import { xlsxPort, type XlsxFile } from '../port';

export interface ComputeManyRequest extends ComputeSettings {
  /** Workbook files, in the order they are computed (a folder already listed, see resolveInputs). */
  readonly inputs: readonly string[];
}

export interface ComputeManyOutcome {
  readonly plan: RunPlan;
  /** How the organisations were named in the combined run (the grids themselves are not kept). */
  readonly combined: CombinedNames;
  readonly sources: readonly Source[];
  readonly workbookFile?: string;
  readonly jsonFile?: string;
  readonly jsonText?: string;
}

/** What a combined run tells of its organisations' names. */
export type CombinedNames = Pick<CombinedWorkbook, 'renamed' | 'organizations'>;

/** A source workbook in the result file. */
export interface Source {
  readonly file: string;
  readonly label: string;
  /** Its organisations, under their names in the result (prefixed when they collided). */
  readonly organizations: readonly string[];
}

/** The result file of a combined run: the usual one plus where the organisations came from. */
export type ManyResultJson = ResultJson & { sources: Source[] };

const isWorkbookName = (name: string): boolean => /\.xlsx$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.');

/**
 * The workbook files named on the command line: a folder stands for every .xlsx in it (sorted by
 * name; Excel's «~$» lock files and hidden files left out). `skip` (the --out file) is left out of
 * folders, so a rerun does not read its own previous output.
 */
export function resolveInputs(paths: readonly string[], skip?: string): { files: string[]; fromFolder: boolean } {
  const files: string[] = [];
  let fromFolder = false;
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // not there: reading it reports the error
    }
    if (!isDir) {
      files.push(p);
      continue;
    }
    fromFolder = true;
    const inFolder = readdirSync(p)
      .filter(isWorkbookName)
      .sort()
      .map((name) => path.join(p, name))
      .filter((f) => statSync(f).isFile() && !(skip !== undefined && sameFile(f, skip)));
    if (inFolder.length === 0) throw pedmonitorError('file-not-found', MANY_MSG.emptyFolder(p));
    files.push(...inFolder);
  }
  return { files, fromFolder };
}

/** Labels for prefixes: file names without .xlsx; the path as given when two files share a name. */
export function labelsOf(files: readonly string[]): string[] {
  const base = files.map((f) => path.basename(f).replace(/\.xlsx$/i, ''));
  return base.map((b, i) => (base.filter((x) => x === b).length > 1 ? files[i]!.replace(/\.xlsx$/i, '') : b));
}

/**
 * Reads every workbook and plans the run. The grids of all the workbooks (the largest thing a
 * combined run holds: about 70 MB per 100,000 rows) live only in this call: what it returns keeps
 * none of them, so they are released before the result file is built and written.
 */
async function planCombined(req: ComputeManyRequest, labels: readonly string[]): Promise<{ plan: RunPlan; combined: CombinedNames }> {
  const books: SourceWorkbook[] = [];
  for (let i = 0; i < req.inputs.length; i++) {
    const file = req.inputs[i]!;
    // Only the values are kept: the input's bytes are not needed after reading.
    const { sheets } = await loadWorkbook(readInputFile(file), file);
    books.push({ label: labels[i]!, sheets });
  }
  const { sheets, renamed, organizations } = combineWorkbooks(books);
  books.length = 0;
  const plan = planRun(sheets, {
    today: req.today,
    ...(req.presetId !== undefined ? { presetId: req.presetId } : {}),
    ...(req.period !== undefined ? { period: req.period } : {}),
    ...(req.referenceDate !== undefined ? { referenceDate: req.referenceDate } : {}),
  });
  return { plan, combined: { renamed, organizations } };
}

export async function runComputeMany(req: ComputeManyRequest): Promise<ComputeManyOutcome> {
  if (req.inputs.length === 0) throw usageError(CLI_MSG.missingWorkbook);
  const jsonFile = req.json !== undefined && req.json !== STDOUT ? req.json : undefined;
  const duplicate = req.inputs.find((f, i) => req.inputs.findIndex((g) => sameFile(f, g)) !== i);
  if (duplicate !== undefined) throw usageError(MANY_MSG.sameWorkbookTwice(duplicate));
  checkTargets(req.inputs, [{ file: req.out, option: '--out' }, { file: jsonFile, option: '--json' }], req.force);

  const labels = labelsOf(req.inputs);
  const { plan, combined } = await planCombined(req, labels);
  const sources: Source[] = req.inputs.map((file, i) => ({ file, label: labels[i]!, organizations: [...(combined.organizations.get(labels[i]!) ?? [])] }));
  // The result JSON only when it is written or printed (the plan builds it on first use).
  const json: ManyResultJson | undefined = req.json !== undefined ? { ...plan.json, sources } : undefined;

  let bytes: Uint8Array | undefined;
  if (req.out !== undefined) {
    // A new workbook holding only the outputs, written through the command line's port.
    const file: XlsxFile = { bytes: null, label: req.out };
    await xlsxPort(file).write(plan);
    bytes = file.bytes ?? undefined;
  }
  writeFilesTogether([
    ...(req.out !== undefined && bytes !== undefined ? [[req.out, bytes] as const] : []),
    ...(jsonFile !== undefined && json !== undefined ? [[jsonFile, { json }] as const] : []),
  ]);

  return {
    plan,
    combined,
    sources,
    ...(req.out !== undefined ? { workbookFile: req.out } : {}),
    ...(jsonFile !== undefined ? { jsonFile } : {}),
    ...(req.json === STDOUT && json !== undefined ? { jsonText: `${JSON.stringify(json, null, 2)}\n` } : {}),
  };
}
