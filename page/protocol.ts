/**
 * The messages between the page (ui/) and its Web Worker (worker/): the page sends the file's
 * bytes and the user's choices, the worker answers with progress, the defaults it found in
 * `Настройки`, and either the three downloads with the summary or one Russian message. Both sides
 * import these types, so the two bundles cannot drift apart; every payload is structured-clone
 * safe (no class instances, no functions).
 */
import type { Issue, RunSummary } from '../core/index';

/**
 * What the user changed in the page; absent = as in the workbook's `Настройки` (or the default),
 * exactly like leaving out `--preset` / `--period` on the command line.
 */
export interface RunChoices {
  readonly presetId?: string;
  readonly period?: string;
}

export type ToWorker =
  | { readonly kind: 'run'; readonly id: number; readonly fileName: string; readonly bytes: ArrayBuffer; readonly choices: RunChoices; readonly today: number }
  | { readonly kind: 'template'; readonly id: number; readonly today: number };

export type Progress =
  | { readonly phase: 'reading' }
  | { readonly phase: 'read'; readonly tabs: number; readonly rows: number }
  | { readonly phase: 'computing' }
  | { readonly phase: 'writing' }
  | { readonly phase: 'report' }
  | { readonly phase: 'done' };

export interface RunDone {
  readonly summary: RunSummary;
  /** The preset's title, for the summary line. */
  readonly presetTitle: string;
  /** Reference date used, ISO ГГГГ-ММ-ДД. */
  readonly referenceDate: string;
  /** Lines of `Проверка данных`, worst first, at most ISSUE_LIMIT of them; `issueCount` is all. */
  readonly issues: readonly Issue[];
  readonly issueCount: number;
  /** The workbook with the result sheets (the parts of `pedmonitor compute --out`; new parts compressed by the layer's own deflate, not zlib). */
  readonly workbook: ArrayBuffer;
  /** The analytical report (same text as `pedmonitor report`). */
  readonly report: string;
  /** The result JSON (same text as `pedmonitor compute --json`). */
  readonly json: string;
  /** Milliseconds spent in the worker, from the bytes to the downloads. */
  readonly elapsedMs: number;
}

export type FromWorker =
  | { readonly kind: 'progress'; readonly id: number; readonly progress: Progress }
  | { readonly kind: 'done'; readonly id: number; readonly done: RunDone }
  | { readonly kind: 'template'; readonly id: number; readonly workbook: ArrayBuffer }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/** The page lists at most this many problems itself; the rest are in `Проверка данных`. */
export const ISSUE_LIMIT = 500;
