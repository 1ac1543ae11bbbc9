/**
 * `pedmonitor help [команда]` and `--help`: the Russian usage texts of messages.ts.
 */
import { usageError } from '../args';
import type { Io } from '../io';
import { CLI_MSG, USAGE } from '../messages';

export type UsageTopic = keyof typeof USAGE;

export function usageOf(topic: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(USAGE, topic) ? USAGE[topic as UsageTopic] : undefined;
}

export async function helpCommand(argv: readonly string[], io: Io): Promise<void> {
  const [topic, ...extra] = argv.filter((a) => a !== '-h' && a !== '--help');
  if (extra.length > 0) throw usageError(CLI_MSG.extraArgument(extra[0]!));
  if (topic === undefined) {
    io.out(USAGE.main);
    return;
  }
  const text = usageOf(topic);
  if (text === undefined || topic === 'main') throw usageError(CLI_MSG.unknownCommand(topic));
  io.out(text);
}
