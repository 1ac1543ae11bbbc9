/**
 * Entry point of the `pedmonitor` command line: picks the command, runs it, and is the only place
 * that catches errors and sets the exit code — 0 success (even with data warnings), 1 an error in
 * the input or the files that stops the run (Russian message on stderr), 2 wrong usage (message
 * plus usage text). Commands live one per file in commands/ (arguments in, lines out); what they
 * do lives in run/ and prints nothing; the .xlsx layer is port.ts over xlsx/.
 */
import { isPedmonitorError } from '../core/index';
import { catalogCommand } from './commands/catalog';
import { computeCommand } from './commands/compute';
import { demoCommand } from './commands/demo';
import { helpCommand, usageOf } from './commands/help';
import { mergeCommand } from './commands/merge';
import { reportCommand } from './commands/report';
import { usageError } from './args';
import { processIo, type Io } from './io';
import { CLI_MSG, USAGE } from './messages';
import { VERSION } from './version';

type Command = (argv: readonly string[], io: Io) => Promise<void>;

const COMMANDS: Readonly<Record<string, Command>> = {
  compute: computeCommand,
  merge: mergeCommand,
  report: reportCommand,
  demo: demoCommand,
  catalog: catalogCommand,
  help: helpCommand,
};

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw usageError(CLI_MSG.noCommand);
    if (name === '-h' || name === '--help') {
      io.out(USAGE.main);
      return EXIT.ok;
    }
    if (name === '-v' || name === '--version') {
      io.out(`pedmonitor ${VERSION}`);
      return EXIT.ok;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw usageError(CLI_MSG.unknownCommand(name));
    await command(rest, io);
    return EXIT.ok;
  } catch (e) {
    if (isPedmonitorError(e)) {
      if (e.code === 'bad-usage') {
        const usage = (name !== undefined && name !== 'help' && usageOf(name)) || USAGE.main;
        io.err(`${e.message}\n\n${usage}`);
        return EXIT.usage;
      }
      io.err(e.message);
      return EXIT.failed;
    }
    io.err(CLI_MSG.unexpected(e instanceof Error ? e.message : String(e)));
    if (process.env.PEDMONITOR_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.failed;
  }
}

void main(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
