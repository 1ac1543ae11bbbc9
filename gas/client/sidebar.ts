/**
 * The sidebar's controller. A run is two concurrent things: the runFromPanel call, which does the
 * whole run on the server, and a poll of getRunProgress(runId) every POLL_MS, which shows what the
 * server has published so far. The poll stops when the run call returns; its answer (summary or
 * error) is what stays on screen.
 */
import type { Outcome, PanelSummary, RunProgress } from '../shared/api';
import { callServer, ServerCallError } from './server';
import { PAGE } from './messages';
import { byId, clearMessage, renderProgress, renderState, renderSummary, showMessage } from './view';

const POLL_MS = 800;

let running = false;
/** The last progress the server published for the current run. */
let lastProgress: RunProgress | null = null;

function setBusy(busy: boolean): void {
  running = busy;
  for (const id of ['run', 'report', 'template', 'catalogue', 'preset', 'period']) {
    (byId(id) as HTMLButtonElement | HTMLInputElement | HTMLSelectElement).disabled = busy;
  }
}

function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A failed call: plain Russian on screen; the technical line only in the browser console, for support. */
function showFailure(e: unknown): void {
  if (e instanceof ServerCallError) {
    if (e.detail) console.warn(`pedmonitor: ${e.detail}`);
    showMessage('error', e.message);
  } else {
    showMessage('error', PAGE.pageFailed);
  }
}

async function loadState(): Promise<void> {
  try {
    const state = await callServer('getPanelState');
    if (state.ok) renderState(state.value);
    else showMessage('error', state.message);
  } catch (e) {
    showFailure(e);
  } finally {
    byId('loading').hidden = true;
    byId('form').hidden = false;
  }
}

async function poll(runId: string): Promise<void> {
  let last = '';
  while (running) {
    await sleep(POLL_MS);
    if (!running) return;
    try {
      const p = await callServer('getRunProgress', runId);
      if (p && running && p.updatedAt !== last) {
        last = p.updatedAt;
        lastProgress = p;
        renderProgress(p);
      }
    } catch {
      // Progress is a courtesy: a failed poll is skipped, the run call reports the outcome.
    }
  }
}

async function run(): Promise<void> {
  if (running) return;
  clearMessage();
  byId('summary').hidden = true;
  setBusy(true);
  const runId = newRunId();
  const started: RunProgress = {
    phase: 'waiting', tabsDone: 0, tabsTotal: 0, rowsRead: 0, organizations: 0, staffRows: 0,
    sheetsDone: 0, sheetsTotal: 0, currentSheet: '', updatedAt: '',
  };
  lastProgress = started;
  renderProgress(started);
  void poll(runId);
  let outcome: Outcome<PanelSummary> | null = null;
  try {
    outcome = await callServer('runFromPanel', {
      runId,
      presetId: byId<HTMLSelectElement>('preset').value,
      period: byId<HTMLInputElement>('period').value.trim(),
    });
  } catch (e) {
    // The call itself failed (connection, authorisation): where the run got to is unknown.
    byId('progress').hidden = true;
    showFailure(e);
    return;
  } finally {
    // Stops the poll at once: a report still in flight is dropped, never drawn over the outcome.
    setBusy(false);
  }
  if (outcome.ok) {
    byId('progress').hidden = true;
    renderSummary(outcome.value, () => void openProblems());
    return;
  }
  // Keep the steps, marking where the run stopped, if the server reported any; else only the message.
  if (lastProgress && lastProgress.phase !== 'waiting') renderProgress({ ...lastProgress, phase: 'failed' });
  else byId('progress').hidden = true;
  showMessage('error', outcome.message);
}

async function openProblems(): Promise<void> {
  try {
    const result = await callServer('openProblemsSheet');
    if (!result.ok) showMessage('info', result.message);
  } catch (e) {
    showFailure(e);
  }
}

async function createTemplate(): Promise<void> {
  if (running) return;
  clearMessage();
  setBusy(true);
  try {
    const result = await callServer('createTemplateFromPanel');
    if (result.ok) {
      showMessage('info', result.value.message);
      await loadState();
    } else showMessage('error', result.message);
  } catch (e) {
    showFailure(e);
  } finally {
    setBusy(false);
  }
}

/** «Аналитическая справка»: the server opens the report in a dialog over the spreadsheet. */
async function openReport(): Promise<void> {
  if (running) return;
  clearMessage();
  setBusy(true);
  try {
    const result = await callServer('openReportFromPanel', {
      presetId: byId<HTMLSelectElement>('preset').value,
      period: byId<HTMLInputElement>('period').value.trim(),
    });
    if (result.ok) showMessage('info', result.value.message);
    else showMessage('error', result.message);
  } catch (e) {
    showFailure(e);
  } finally {
    setBusy(false);
  }
}

/** «Создать настройку показателей» from the preset chosen in the list. */
async function createCatalogue(): Promise<void> {
  if (running) return;
  clearMessage();
  setBusy(true);
  try {
    const result = await callServer('createCatalogueFromPanel', byId<HTMLSelectElement>('preset').value);
    if (result.ok) showMessage('info', result.value.message);
    else showMessage('error', result.message);
  } catch (e) {
    showFailure(e);
  } finally {
    setBusy(false);
  }
}

function start(): void {
  byId('run').addEventListener('click', () => void run());
  byId('report').addEventListener('click', () => void openReport());
  byId('template').addEventListener('click', () => void createTemplate());
  byId('catalogue').addEventListener('click', () => void createCatalogue());
  void loadState();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
