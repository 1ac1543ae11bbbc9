/**
 * Two people pressing «Рассчитать показатели» at once must not interleave their writes: every
 * run and «Создать шаблон» holds the document lock. A second one waits briefly, then stops with
 * a clear message before reading or writing anything.
 */
import { pedmonitorError } from '../core/index';
import { TEXT } from './messages';

/** How long a second run waits for the first before giving up. */
const WAIT_MS = 3_000;

export function withDocumentLock<T>(action: () => T): T {
  const lock = LockService.getDocumentLock();
  // getDocumentLock() is null only outside a bound document; then there is nobody to race with.
  if (lock && !lock.tryLock(WAIT_MS)) throw pedmonitorError('busy', TEXT.busy);
  try {
    return action();
  } finally {
    if (lock) {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
}
