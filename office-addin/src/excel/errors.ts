/**
 * Turns whatever a run throws into one line of plain Russian for the user: the core's
 * PedmonitorError as is, an Office.js error by its code, anything else as a neutral sentence.
 * Never a stack trace, never an English message from Excel.
 */
import { isPedmonitorError, pedmonitorError, UNKNOWN_ERROR, type PedmonitorError } from '../../../core/index';
import { OFFICE_ERROR_TEXT, officeErrorCodeText, TEXT } from '../messages';

/** The `code` of an Office.js (OfficeExtension.Error) error, or null. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'code' in e) {
    const code = (e as { code: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  return null;
}

/** A short Russian description of an Office.js error, for inclusion in a sentence. */
export function describeOfficeError(e: unknown): string {
  const code = officeErrorCode(e);
  if (code === null) return UNKNOWN_ERROR;
  return OFFICE_ERROR_TEXT[code] ?? officeErrorCodeText(code);
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** The message shown to the user for an error that stopped a run or an action. */
export function userMessage(e: unknown): string {
  if (isPedmonitorError(e)) return e.message;
  if (officeErrorCode(e) !== null) return TEXT.excelFailed(describeOfficeError(e));
  return TEXT.unexpected;
}

/** Wraps an Office.js failure during writing into the core's coded error, keeping the cause. */
export function writeFailed(message: string, cause: unknown): PedmonitorError {
  return pedmonitorError('write-failed', message, cause);
}
