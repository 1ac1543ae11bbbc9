/**
 * `pedmonitor compute <книга.xlsx> [--out …] [--json …] [--preset …] [--period …] [--date …] [--force]`
 * (workbook.md §7): turns the command line into a ComputeRequest, runs it and prints the summary.
 * Several workbooks or a folder are computed together (run/compute-many.ts).
 * Errors are thrown to the entry point, which prints them and sets the exit code.
 */
import { existsSync } from 'node:fs';
import { parseArgs, parseIsoDate, usageError, type OptionSpec } from '../args';
import type { Io } from '../io';
import { CLI_MSG, MANY_MSG, USAGE } from '../messages';
import { runCompute, STDOUT } from '../run/compute';
import { resolveInputs, runComputeMany } from '../run/compute-many';
import { summaryLines } from '../summary';

const OPTIONS: OptionSpec = { out: 'value', json: 'value', preset: 'value', period: 'value', date: 'value', force: 'flag' };

export async function computeCommand(argv: readonly string[], io: Io): Promise<void> {
  const args = parseArgs(argv, OPTIONS);
  if (args.help) {
    io.out(USAGE.compute);
    return;
  }
  const [input, ...extra] = args.positionals;
  if (input === undefined) throw usageError(CLI_MSG.missingWorkbook);
  const dateText = args.values.get('date');
  const referenceDate = dateText === undefined ? undefined : parseIsoDate(dateText);
  if (referenceDate === null) throw usageError(CLI_MSG.badDate(dateText!));
  const out = args.values.get('out');
  const json = args.values.get('json');
  const presetId = args.values.get('preset');
  const period = args.values.get('period')?.trim();

  // The options every form of the command shares (absent ones are left out, not undefined).
  const common = {
    ...(out !== undefined ? { out } : {}),
    ...(json !== undefined ? { json } : {}),
    ...(presetId !== undefined ? { presetId } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    force: args.flags.has('force'),
    today: new Date(),
  };

  // Several workbooks, or a folder of them: computed together (run/compute-many.ts). A further
  // argument that is neither a file nor a folder is taken for a mistake of the command line.
  const missing = extra.find((p) => !existsSync(p));
  if (missing !== undefined) throw usageError(MANY_MSG.extraNotFound(missing));
  const many = resolveInputs(args.positionals, out);
  if (extra.length > 0 || many.fromFolder) {
    const outcome = await runComputeMany({ inputs: many.files, ...common });
    const summary = summaryLines(outcome.plan, {
      ...(outcome.workbookFile !== undefined ? { workbookFile: outcome.workbookFile } : {}),
      ...(outcome.jsonFile !== undefined ? { jsonFile: outcome.jsonFile } : {}),
      jsonToStdout: json === STDOUT,
    });
    summary.splice(1, 0, MANY_MSG.sources(outcome.sources.length, outcome.sources.map((s) => s.label).join(', ')));
    if (outcome.combined.renamed.length > 0) summary.splice(2, 0, MANY_MSG.renamed(outcome.combined.renamed.length));
    if (outcome.jsonText !== undefined) {
      io.out(outcome.jsonText);
      io.err(summary.join('\n'));
    } else io.out(summary.join('\n'));
    return;
  }

  const outcome = await runCompute({ input, ...common });

  const lines = summaryLines(outcome.plan, {
    ...(outcome.workbookFile !== undefined ? { workbookFile: outcome.workbookFile } : {}),
    ...(outcome.jsonFile !== undefined ? { jsonFile: outcome.jsonFile } : {}),
    jsonToStdout: json === STDOUT,
  }).join('\n');
  if (outcome.jsonText !== undefined) {
    // The JSON owns standard output; the summary goes to standard error.
    io.out(outcome.jsonText);
    io.err(lines);
  } else {
    io.out(lines);
  }
}
