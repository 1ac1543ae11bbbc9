/**
 * One run at a time. The ribbon command and the task pane live in the same shared runtime, so a
 * module-level flag is seen by both: a second click while a run (or «Создать шаблон») is in
 * progress is refused with a message instead of starting a second writer on the same workbook.
 */
import { pedmonitorError } from '../../core/index';
import { TEXT } from './messages';

let running = false;

export function isRunning(): boolean {
  return running;
}

/** Runs `task` unless another is in progress; then throws PedmonitorError('busy'). */
export async function exclusive<T>(task: () => Promise<T>): Promise<T> {
  if (running) throw pedmonitorError('busy', TEXT.busy);
  running = true;
  try {
    return await task();
  } finally {
    running = false;
  }
}
