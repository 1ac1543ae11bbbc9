/**
 * `pedmonitor compute <книга.xlsx> [--out …] [--json …] [--preset …] [--period …] [--date …] [--force]`
 * (workbook.md §7): turns the command line into a ComputeRequest, runs it and prints the summary.
 * Errors are thrown to the entry point, which prints them and sets the exit code.
 */
import { parseArgs, parseIsoDate, usageError, type OptionSpec } from '../args';
import type { Io } from '../io';
import { CLI_MSG, USAGE } from '../messages';
import { runCompute, STDOUT } from '../run-compute';
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
  if (extra.length > 0) throw usageError(CLI_MSG.extraArgument(extra[0]!));
  const dateText = args.values.get('date');
  const referenceDate = dateText === undefined ? undefined : parseIsoDate(dateText);
  if (referenceDate === null) throw usageError(CLI_MSG.badDate(dateText!));
  const out = args.values.get('out');
  const json = args.values.get('json');
  const presetId = args.values.get('preset');
  const period = args.values.get('period')?.trim();

  const outcome = await runCompute({
    input,
    ...(out !== undefined ? { out } : {}),
    ...(json !== undefined ? { json } : {}),
    ...(presetId !== undefined ? { presetId } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    force: args.flags.has('force'),
    today: new Date(),
  });

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
