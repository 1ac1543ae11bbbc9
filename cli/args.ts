/**
 * A small, strict command-line parser: every option of a command is declared, anything else is
 * wrong usage (exit code 2, workbook.md §7). Own code rather than node:util parseArgs so that
 * every message is Russian and names the offending option. No printing here.
 */
import { pedmonitorError, type PedmonitorError } from '../core/index';
import { CLI_MSG } from './messages';

/** Options of one command: `value` takes an argument, `flag` does not. */
export type OptionSpec = Readonly<Record<string, 'value' | 'flag'>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  /** `-h` / `--help` was given. */
  readonly help: boolean;
}

/** Wrong usage: the entry point prints the message and the command's usage text, exit code 2. */
export function usageError(message: string): PedmonitorError {
  return pedmonitorError('bad-usage', message);
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let help = false;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const kind = name.startsWith('--') ? spec[name.slice(2)] : undefined;
    if (!kind) throw usageError(CLI_MSG.unknownOption(name));
    const key = name.slice(2);
    if (values.has(key) || flags.has(key)) throw usageError(CLI_MSG.repeatedOption(name));
    if (kind === 'flag') {
      if (inline !== undefined) throw usageError(CLI_MSG.flagWithValue(name));
      flags.add(key);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      // "-" is a value (stdout); any other token starting with "-" is the next option.
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw usageError(CLI_MSG.missingValue(name));
      value = next;
      i++;
    }
    if (value.trim() === '') throw usageError(CLI_MSG.emptyValue(name));
    values.set(key, value);
  }
  return { positionals, values, flags, help };
}

/** A strict ISO calendar date (ГГГГ-ММ-ДД) as UTC midnight, or null when it is not a real date. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}
