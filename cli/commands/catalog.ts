/**
 * `pedmonitor catalog export <книга.xlsx> --out <файл.xlsx> [--preset <набор>] [--force]`: writes a
 * copy of the workbook with the sheet «Настройка показателей» made from a preset (issue 5), and
 * prints what it wrote. Errors are thrown to the entry point, which prints them and sets the exit code.
 */
import { parseArgs, usageError, type OptionSpec } from '../args';
import type { Io } from '../io';
import { CATALOG, CLI_MSG, USAGE } from '../messages';
import { runCatalogExport } from '../run/catalog';

const OPTIONS: OptionSpec = { out: 'value', preset: 'value', force: 'flag' };

export async function catalogCommand(argv: readonly string[], io: Io): Promise<void> {
  const [action, ...rest] = argv;
  if (action === undefined) throw usageError(CLI_MSG.catalogSubcommand);
  if (action === '-h' || action === '--help') {
    io.out(USAGE.catalog);
    return;
  }
  if (action !== 'export') throw usageError(CLI_MSG.unknownSubcommand(action));
  const args = parseArgs(rest, OPTIONS);
  if (args.help) {
    io.out(USAGE.catalog);
    return;
  }
  const [input, ...extra] = args.positionals;
  if (input === undefined) throw usageError(CLI_MSG.missingWorkbook);
  if (extra.length > 0) throw usageError(CLI_MSG.extraArgument(extra[0]!));
  const out = args.values.get('out');
  if (out === undefined) throw usageError(CLI_MSG.catalogMissingOut);
  const presetId = args.values.get('preset');
  const outcome = await runCatalogExport({ input, out, force: args.flags.has('force'), ...(presetId !== undefined ? { presetId } : {}) });
  io.out([CATALOG.written(outcome.file, outcome.preset.id, outcome.preset.title, outcome.preset.criteria.length), CATALOG.next(outcome.file)].join('\n'));
}
