/**
 * The ribbon's «Рассчитать показатели» (an ExecuteFunction command in the shared runtime): runs
 * through the shared controller and, when the run is refused or fails, opens the task pane so the
 * user reads the message there. Always completes the event, so Excel never waits on it.
 */
import type { Controller } from './controller';

export interface CommandEvent {
  completed(): void;
}

/**
 * The ribbon's «Аналитическая справка»: makes the report through the shared controller and opens
 * the task pane, where the file is saved (or its link and any message are shown).
 */
export function createReportCommand(controller: Controller, showPane: () => Promise<unknown> | void): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await controller.makeReport();
      await showPane();
    } catch {
      // showPane failed: the file and the message wait in the pane for its next opening.
    } finally {
      event.completed();
    }
  };
}

export function createRunCommand(controller: Controller, showPane: () => Promise<unknown> | void): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      const outcome = await controller.run();
      if (outcome !== 'done') await showPane();
    } catch {
      // showPane failed (e.g. not supported): the message stays in the pane for the next opening.
    } finally {
      event.completed();
    }
  };
}
