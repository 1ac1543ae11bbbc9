/**
 * `pedmonitor report <книга.xlsx> --out <справка.html> [--preset …] [--period …] [--date …] [--force]`
 * (issue 8): the analytical report for the department's website as one self-contained HTML file.
 * Turns the command line into a ReportRequest, runs it and prints a short summary; errors go to
 * the entry point, which prints them and sets the exit code.
 */
import { parseArgs, parseIsoDate, usageError, type OptionSpec } from '../args';
import type { Io } from '../io';
import { CLI_MSG, REPORT, SUMMARY, USAGE } from '../messages';
import { runReport } from '../run/report';

const OPTIONS: OptionSpec = { out: 'value', preset: 'value', period: 'value', date: 'value', force: 'flag' };

export async function reportCommand(argv: readonly string[], io: Io): Promise<void> {
  const args = parseArgs(argv, OPTIONS);
  if (args.help) {
    io.out(USAGE.report);
    return;
  }
  const [input, ...extra] = args.positionals;
  if (input === undefined) throw usageError(CLI_MSG.missingWorkbook);
  if (extra.length > 0) throw usageError(CLI_MSG.extraArgument(extra[0]!));
  const out = args.values.get('out');
  if (out === undefined) throw usageError(REPORT.missingOut);
  const dateText = args.values.get('date');
  const referenceDate = dateText === undefined ? undefined : parseIsoDate(dateText);
  if (referenceDate === null) throw usageError(CLI_MSG.badDate(dateText!));
  const presetId = args.values.get('preset');
  const period = args.values.get('period')?.trim();

  const outcome = await runReport({
    input,
    out,
    ...(presetId !== undefined ? { presetId } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(referenceDate !== undefined ? { referenceDate } : {}),
    force: args.flags.has('force'),
    today: new Date(),
  });
  const s = outcome.plan.summary;
  io.out(
    [
      REPORT.title,
      SUMMARY.preset(s.preset, outcome.plan.result.preset.title),
      SUMMARY.period(s.period, outcome.plan.result.referenceDate.split('-').reverse().join('.')),
      SUMMARY.organizations(s.organizations, s.rows),
      SUMMARY.criteria(s.criteria, s.met, s.below, s.noTarget, s.noData),
      REPORT.problems(s.errors, s.warnings, s.infos),
      REPORT.written(outcome.reportFile),
    ].join('\n'),
  );
}
