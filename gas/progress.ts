/**
 * Where a run reports how far it is. The sidebar cannot receive pushes from the server, so a
 * panel run publishes its progress in the user's CacheService under the run id the page chose,
 * and the page polls getRunProgress(runId) while its runFromPanel call is still executing (each
 * google.script.run call is a separate execution, so the two run side by side). A menu run shows
 * toasts instead. Reports are what the run really did — phases with counts of tabs, rows and
 * sheets — never an estimated percentage.
 */
import type { RunPhase, RunProgress } from './shared/api';
import { now } from './budget';
import { TEXT, TITLE } from './messages';

export type ProgressPatch = Partial<Omit<RunProgress, 'updatedAt'>> & { readonly phase: RunPhase };

export interface ProgressSink {
  report(patch: ProgressPatch): void;
}

const EMPTY: RunProgress = {
  phase: 'waiting',
  tabsDone: 0,
  tabsTotal: 0,
  rowsRead: 0,
  organizations: 0,
  staffRows: 0,
  sheetsDone: 0,
  sheetsTotal: 0,
  currentSheet: '',
  updatedAt: '',
};

const KEY_PREFIX = 'pedmonitor-progress-';
/** Progress outlives the longest run a little. */
const TTL_SECONDS = 600;
/** Within a phase, publish at most this often (a cache write costs a few tens of milliseconds). */
const MIN_INTERVAL_MS = 1_000;

export const RUN_ID_PATTERN = /^[a-z0-9-]{8,64}$/i;

export class CacheProgress implements ProgressSink {
  private state: RunProgress = EMPTY;
  private lastPut = 0;

  constructor(private readonly runId: string) {}

  report(patch: ProgressPatch): void {
    const phaseChanged = patch.phase !== this.state.phase;
    this.state = { ...this.state, ...patch, updatedAt: new Date(now()).toISOString() };
    const t = now();
    if (!phaseChanged && t - this.lastPut < MIN_INTERVAL_MS) return;
    this.lastPut = t;
    CacheService.getUserCache().put(KEY_PREFIX + this.runId, JSON.stringify(this.state), TTL_SECONDS);
  }
}

export function readProgress(runId: string): RunProgress | null {
  if (!RUN_ID_PATTERN.test(runId)) return null;
  const text = CacheService.getUserCache().get(KEY_PREFIX + runId);
  return text ? (JSON.parse(text) as RunProgress) : null;
}

/** Menu runs: a toast per phase and per sheet written (-1 keeps a toast up until the next one). */
export class ToastProgress implements ProgressSink {
  private last = '';

  constructor(private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  report(patch: ProgressPatch): void {
    const key = `${patch.phase}:${patch.currentSheet ?? ''}`;
    if (key === this.last) return;
    this.last = key;
    const text = toastText(patch);
    if (text) this.ss.toast(text, TITLE, patch.phase === 'done' ? 5 : -1);
  }
}

function toastText(p: ProgressPatch): string | null {
  switch (p.phase) {
    case 'reading':
      return TEXT.toastReading(p.tabsTotal ?? 0);
    case 'computing':
      return TEXT.toastComputing(p.tabsDone ?? 0, p.rowsRead ?? 0);
    case 'writing':
      return p.currentSheet ? TEXT.toastWriting(p.currentSheet) : null;
    case 'done':
      return TEXT.toastDone;
    default:
      return null;
  }
}
