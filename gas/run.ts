/**
 * One run, shared by the menu and the sidebar: lock the document, read every sheet, let the core
 * plan the run (planRun computes and checks that every sheet it would write is ours), check that
 * the outputs fit under Google's cell limit, then write the outputs safely. The core computes;
 * this file only sequences I/O, checks the clock between phases and turns every failure into a
 * Russian message with a code.
 */
import { isPedmonitorError, planRun, UNKNOWN_ERROR, type RunPlan, type RunSummary } from '../core/index';
import { now, TimeBudget } from './budget';
import { assertCellLimit } from './cell-limit';
import { withDocumentLock } from './lock';
import { ERROR_PREFIX, TEXT } from './messages';
import type { ProgressSink } from './progress';
import { gasPort } from './port';
import { DirtyWriteError } from './write';

export interface RunOptions {
  readonly presetId?: string;
  readonly period?: string;
}

export interface RunDone {
  readonly plan: RunPlan;
  readonly summary: RunSummary;
  readonly written: readonly string[];
  readonly seconds: number;
}

/** A failure as the user sees it. */
export interface Failure {
  readonly code: string;
  readonly message: string;
}

/** An error already turned into a user message at the stage where it happened. */
class RunFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function runMonitoring(options: RunOptions, sink: ProgressSink): RunDone {
  const startedAt = now();
  const budget = new TimeBudget(startedAt);
  const today = new Date(startedAt);
  return withDocumentLock(() => {
    let counts = { organizations: 0, staffRows: 0 };
    const port = gasPort(SpreadsheetApp.getActiveSpreadsheet(), {
      today,
      budget,
      onRead: (tabsDone, tabsTotal, rowsRead) => sink.report({ phase: 'reading', tabsDone, tabsTotal, rowsRead }),
      onSheet: (sheetsDone, sheetsTotal, currentSheet) => sink.report({ phase: 'writing', ...counts, sheetsDone, sheetsTotal, currentSheet }),
    });
    const snapshot = stage('read-failed', TEXT.readFailed, () => port.read());
    const book = port.book!;
    budget.beforePhase(TEXT.beforeComputing);
    sink.report({ phase: 'computing', tabsDone: book.tabsRead, tabsTotal: book.tabsRead, rowsRead: book.rowsRead });
    const plan = stage('unexpected', TEXT.unexpected, () => planRun(snapshot.sheets, { today, ...definedOnly(options) }));
    assertCellLimit(book, plan);
    budget.beforePhase(TEXT.beforeWriting);
    counts = { organizations: plan.summary.organizations, staffRows: plan.summary.rows };
    stage('write-failed', TEXT.writeFailed, () => port.write(plan));
    const written = plan.outputs.map((o) => o.name);
    sink.report({ phase: 'done', ...counts, sheetsDone: written.length, sheetsTotal: written.length, currentSheet: '' });
    return { plan, summary: plan.summary, written, seconds: Math.round((now() - startedAt) / 1000) };
  });
}

/** Runs a stage; core errors pass through, anything else becomes this stage's message. */
function stage<T>(code: string, message: (detail: string) => string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (isPedmonitorError(e) || e instanceof RunFailure) throw e;
    if (e instanceof DirtyWriteError) {
      if (isPedmonitorError(e.original)) throw e.original;
      throw new RunFailure('write-failed', TEXT.writeFailedDirty(errorDetail(e.original)));
    }
    throw new RunFailure(code, message(errorDetail(e)));
  }
}

function definedOnly(options: RunOptions): RunOptions {
  const out: { presetId?: string; period?: string } = {};
  if (options.presetId) out.presetId = options.presetId;
  if (options.period) out.period = options.period;
  return out;
}

/** The code and Russian message of any error; never a stack trace. */
export function describeFailure(e: unknown): Failure {
  if (isPedmonitorError(e)) return { code: e.code, message: e.message };
  if (e instanceof RunFailure) return { code: e.code, message: e.message };
  return { code: 'unexpected', message: TEXT.unexpected(errorDetail(e)) };
}

/** First line of an error's message, without Apps Script's "Exception: " prefix, at most 200 characters. */
export function errorDetail(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const line = (raw.split('\n')[0] ?? '').replace(ERROR_PREFIX, '').trim();
  const text = line === '' ? UNKNOWN_ERROR : line;
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
