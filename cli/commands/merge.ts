/**
 * `pedmonitor merge <результат.json>... --out <регион.json> [--xlsx <регион.xlsx>] [--force]`:
 * municipalities' result files (or earlier merges) into a region's totals (core/merge/merge.ts).
 * Each input is named by its file name without .json. Every refusal happens before anything is
 * written; files are written through temporary files and renames, as by compute.
 */
import path from 'node:path';
import { buildRegionSheet, mergeResults, pedmonitorError, type MergeInput, type RegionJson } from '../../core/index';
import { parseArgs, usageError, type OptionSpec } from '../args';
import { checkTargets, commitFiles, discardFiles, readInputFile, type StagedFile, stageFile } from '../files';
import type { Io } from '../io';
import { MERGE, USAGE } from '../messages';
import { STDOUT } from '../run/compute';
import { workbookWithSheets } from '../workbook-file';

const OPTIONS: OptionSpec = { out: 'value', xlsx: 'value', force: 'flag' };

export interface MergeRequest {
  readonly inputs: readonly string[];
  /** Region JSON file, or '-' for standard output. */
  readonly out: string;
  readonly xlsx?: string;
  readonly force: boolean;
}

export interface MergeOutcome {
  readonly region: RegionJson;
  readonly jsonText: string;
}

/** Reads, merges and writes; prints nothing. */
export async function runMerge(req: MergeRequest): Promise<MergeOutcome> {
  const outFile = req.out === STDOUT ? undefined : req.out;
  checkTargets(req.inputs, [{ file: outFile, option: '--out' }, { file: req.xlsx, option: '--xlsx' }], req.force, MERGE.sameFile);

  const inputs: MergeInput[] = req.inputs.map((file) => {
    let json: unknown;
    try {
      json = JSON.parse(readInputFile(file).toString('utf8'));
    } catch (e) {
      if (e instanceof SyntaxError) throw pedmonitorError('read-failed', MERGE.notJson(file), e);
      throw e;
    }
    return { name: path.basename(file).replace(/\.json$/i, ''), json: json as MergeInput['json'] };
  });
  const region = mergeResults(inputs);
  const jsonText = `${JSON.stringify(region, null, 2)}\n`;

  const staged: StagedFile[] = [];
  try {
    if (outFile !== undefined) staged.push(stageFile(outFile, jsonText));
    if (req.xlsx !== undefined) {
      const bytes = await workbookWithSheets(null, { sheets: [buildRegionSheet(region)] }, req.xlsx, req.xlsx);
      staged.push(stageFile(req.xlsx, bytes));
    }
  } catch (e) {
    discardFiles(staged);
    throw e;
  }
  commitFiles(staged);
  return { region, jsonText };
}

export async function mergeCommand(argv: readonly string[], io: Io): Promise<void> {
  const args = parseArgs(argv, OPTIONS);
  if (args.help) {
    io.out(USAGE.merge);
    return;
  }
  if (args.positionals.length === 0) throw usageError(MERGE.missingInputs);
  const out = args.values.get('out');
  if (out === undefined) throw usageError(MERGE.missingOut);
  const xlsx = args.values.get('xlsx');
  const { region, jsonText } = await runMerge({ inputs: args.positionals, out, ...(xlsx !== undefined ? { xlsx } : {}), force: args.flags.has('force') });

  const count = (s: string) => region.criteria.filter((c) => c.total.status === s).length;
  const lines = [
    MERGE.title,
    MERGE.parts(region.parts.length, region.municipalities, region.parts.map((p) => p.name).join(', ')),
    MERGE.totals(region.organizations, region.rows),
    MERGE.criteria(region.criteria.length, count('met'), count('below'), count('no-target'), count('no-data')),
    ...(out !== STDOUT ? [MERGE.jsonWritten(out)] : []),
    ...(xlsx !== undefined ? [MERGE.xlsxWritten(xlsx)] : []),
  ].join('\n');
  if (out === STDOUT) {
    io.out(jsonText);
    io.err(lines);
  } else io.out(lines);
}
