/**
 * Errors that stop a run: not data problems (those are Issues) but a workbook that cannot be
 * computed at all, or a wrong request. One class with a code and a Russian message, made through
 * one factory, so every host shows the same plain text and never a stack trace.
 */

export type ErrorCode =
  | 'no-organization-tabs'
  | 'unknown-preset'
  | 'bad-date'
  | 'output-sheet-taken'
  | 'file-not-found'
  | 'not-xlsx'
  | 'bad-usage'
  | 'time-limit'
  | 'busy'
  | 'write-failed'
  | 'read-failed'
  | 'catalogue-exists'
  | 'cell-limit';

export class PedmonitorError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PedmonitorError';
    this.code = code;
  }
}

export function pedmonitorError(code: ErrorCode, message: string, cause?: unknown): PedmonitorError {
  return new PedmonitorError(code, message, cause === undefined ? undefined : { cause });
}

export function isPedmonitorError(e: unknown): e is PedmonitorError {
  return e instanceof PedmonitorError;
}
