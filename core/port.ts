/**
 * The one contract every host implements (style.md habit 2): a WorkbookPort reads a snapshot of
 * the workbook — every sheet's name, the values of the sheets the core reads, which output sheets
 * the program owns — and writes a run's outputs safely: into temporary sheets first, then swapped
 * in place of the previous outputs, then the registry; a failure before the swap completes leaves
 * the previous outputs as they were. It also adds template sheets. Results are MaybePromise, as in
 * unjs/unstorage's Driver, so the synchronous Apps Script host and the asynchronous Excel (Office JavaScript API) and
 * .xlsx hosts fit one interface; `runOnPort` is the whole run over any port, and one shared suite
 * (test/port/contract.ts) holds every port to the same rules.
 */
import type { SheetData } from './cells';
import type { ComputeOptions } from './compute-workbook';
import type { OutputSheet } from './output/table';
import { planRun, type RunPlan } from './run-plan';
import type { TemplateSheet } from './template';

export type MaybePromise<T> = T | Promise<T>;

/** The workbook as the core sees it before a run. */
export interface WorkbookSnapshot {
  /** Every sheet in tab order, hidden ones included. */
  readonly names: readonly string[];
  /**
   * Values of the sheets the core reads: every sheet whose name does not start with `_`, plus the
   * registry (and a sheet named like it in another case, which planRun refuses).
   */
  readonly sheets: readonly SheetData[];
  /** Output sheets the program created and may replace (the registry's list, narrowed by a host's own marker). */
  readonly owned: ReadonlySet<string>;
}

/** What a run writes: the output sheets and the registry's new content. */
export interface OutputPlan {
  readonly outputs: readonly OutputSheet[];
  readonly registry: readonly (readonly string[])[];
}

/** The steps of a safe write, in order; a failure in any of them leaves the previous outputs intact. */
export const WRITE_STEPS = ['temporary', 'swap', 'registry'] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

export interface WorkbookPort {
  /** Reads every sheet in one pass; nothing is written. */
  read(): MaybePromise<WorkbookSnapshot>;
  /**
   * Writes the outputs of a plan made from this port's last snapshot: temporary sheets, swap,
   * registry. Replaces only the sheets the snapshot says the program owns; throws (and leaves the
   * previous outputs as they were) on any failure.
   */
  write(plan: OutputPlan): MaybePromise<void>;
  /** Adds these sheets (names the workbook does not have yet) after the last sheet. */
  addTemplate(sheets: readonly TemplateSheet[]): MaybePromise<void>;
}

/** Applies `next` to a value or, when it is a promise, to what it resolves to: sync stays sync. */
export function andThen<T, U>(value: MaybePromise<T>, next: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** A whole run over a port: read, plan (which refuses a user's sheet before anything is written), write. */
export function runOnPort(port: WorkbookPort, options: ComputeOptions): MaybePromise<RunPlan> {
  return andThen(port.read(), (snapshot) => {
    const plan = planRun(snapshot.sheets, options);
    return andThen(port.write(plan), () => plan);
  });
}
