/**
 * Apps Script stops any execution at 6 minutes, wherever it is. A run therefore checks the clock
 * before each phase and stops on its own — with a message, before anything is swapped — when the
 * phase might not finish in time. Time is read through now() so tests can drive a fake clock.
 */
import { pedmonitorError } from '../core/index';
import { TEXT } from './messages';

/** Apps Script's hard limit for one execution. */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** No reading, computing or sheet writing starts after this much time. */
export const START_PHASE_LIMIT_MS = 4.5 * 60_000;
/** Nothing starts that would be expected to end after this; the swap is short and must finish. */
export const FINISH_LIMIT_MS = 5.5 * 60_000;

/** Milliseconds since the epoch; Date.now() so a test's clock reaches the built bundle too. */
export function now(): number {
  return Date.now();
}

export class TimeBudget {
  constructor(private readonly startedAt: number) {}

  elapsed(): number {
    return now() - this.startedAt;
  }

  /**
   * Throws a 'time-limit' PedmonitorError when a phase should not start: too late already, or
   * expected to run past the finish limit. `before` completes "Расчёт остановлен …".
   */
  beforePhase(before: string, expectedMs = 0): void {
    const elapsed = this.elapsed();
    if (elapsed > START_PHASE_LIMIT_MS || elapsed + expectedMs > FINISH_LIMIT_MS) {
      throw pedmonitorError('time-limit', TEXT.timeLimit(before));
    }
  }

  /** The swap (renames and deletes) is short; it only has to start before the finish limit. */
  beforeSwap(): void {
    if (this.elapsed() > FINISH_LIMIT_MS) throw pedmonitorError('time-limit', TEXT.timeLimit(TEXT.beforeSwap));
  }
}
