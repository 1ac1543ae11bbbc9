/**
 * Where commands print: standard output for results, standard error for messages about failures
 * (and for the summary when the JSON itself goes to standard output). One small interface so the
 * commands do not reach for `process` directly.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
