/**
 * `pedmonitor demo [--dir <папка>]`: creates and computes the example workbook, then prints the
 * summary and the five criteria furthest below their targets — aggregates only, no names.
 */
import { parseArgs, usageError, type OptionSpec } from '../args';
import type { Io } from '../io';
import { CLI_MSG, USAGE } from '../messages';
import { DEMO_DEFAULT_DIR, runDemo } from '../run/demo';
import { largestShortfalls, shortfallLines, summaryLines } from '../summary';

const OPTIONS: OptionSpec = { dir: 'value', regenerate: 'flag' };
const SHORTFALLS_SHOWN = 5;

export async function demoCommand(argv: readonly string[], io: Io): Promise<void> {
  const args = parseArgs(argv, OPTIONS);
  if (args.help) {
    io.out(USAGE.demo);
    return;
  }
  if (args.positionals.length > 0) throw usageError(CLI_MSG.extraArgument(args.positionals[0]!));
  const outcome = await runDemo(args.values.get('dir') ?? DEMO_DEFAULT_DIR, new Date(), args.flags.has('regenerate'));
  const lines = [
    ...summaryLines(outcome.plan, {
      example: outcome.example,
      ...(outcome.workbookFile !== undefined ? { workbookFile: outcome.workbookFile } : {}),
      ...(outcome.jsonFile !== undefined ? { jsonFile: outcome.jsonFile } : {}),
    }),
    '',
    ...shortfallLines(largestShortfalls(outcome.plan.result, SHORTFALLS_SHOWN)),
  ];
  io.out(lines.join('\n'));
}
