/**
 * pedmonitor.html's script on the page's thread: the drop zone and the one file input, the preset
 * and period fields (untouched = as the workbook's `Настройки` says, like leaving out --preset and
 * --period), the run through the worker with its progress, the summary the task pane shows, the
 * list of data problems, the three download links, and «Создать шаблон». Everything heavy happens
 * in the worker; this thread only draws, so the page never freezes.
 */
import { DEFAULT_PRESET_ID, PRESETS } from '../../core/index';
import type { Progress, RunChoices, RunDone } from '../protocol';
import { PAGE_TEXT as T } from '../messages';
import { renderDownloads, renderProblems, renderSummary, type Downloads } from './render';
import { PageError, WorkerClient } from './worker-client';

declare const PEDMONITOR_WORKER_SOURCE: string;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

const input = byId<HTMLInputElement>('file');
const drop = byId('drop');
const fileName = byId('file-name');
const preset = byId<HTMLSelectElement>('preset');
const period = byId<HTMLInputElement>('period');
const runButton = byId<HTMLButtonElement>('run');
const templateButton = byId<HTMLButtonElement>('template');
const progress = byId('progress');
const notice = byId('notice');
const summary = byId('summary');
const downloads = byId('downloads');
const problems = byId<HTMLDetailsElement>('problems');

const client = new WorkerClient(PEDMONITOR_WORKER_SOURCE);
// Started now, so the worker's script is compiled while the user looks for the file.
client.warmUp();
let file: File | null = null;
let running = false;
/** The user changed the field since the last run: their value overrides `Настройки`. */
let presetTouched = false;
let periodTouched = false;
let urls: string[] = [];

preset.replaceChildren(...PRESETS.map((p) => new Option(`${p.title} (${p.id})`, p.id)));
preset.value = DEFAULT_PRESET_ID;

preset.addEventListener('change', () => {
  presetTouched = true;
  refreshRunButton();
});
period.addEventListener('input', () => {
  periodTouched = true;
  refreshRunButton();
});
input.addEventListener('change', () => {
  const files = input.files;
  if (files && files.length > 0) choose(files);
  // Cleared, so choosing the same file again (after fixing it) is a change too.
  input.value = '';
});
runButton.addEventListener('click', () => void run());
templateButton.addEventListener('click', () => void makeTemplate());
summary.addEventListener('click', (e) => {
  if (!(e.target as HTMLElement).closest('[data-action="problems"]')) return;
  e.preventDefault();
  problems.open = true;
  problems.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

// A file dropped anywhere on the page is taken, never opened by the browser in place of the page.
for (const type of ['dragenter', 'dragover'] as const) {
  document.addEventListener(type, (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    drop.classList.add('drop-over');
  });
}
document.addEventListener('dragleave', (e) => {
  if (e.relatedTarget === null) drop.classList.remove('drop-over');
});
document.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('drop-over');
  const files = e.dataTransfer?.files;
  if (files && files.length > 0) choose(files);
});

let chosenAt = 0;

function choose(files: FileList): void {
  chosenAt = performance.now();
  if (running) {
    showNotice('warning', T.busy);
    return;
  }
  if (files.length > 1) {
    showNotice('error', T.tooMany);
    return;
  }
  file = files[0]!;
  fileName.hidden = false;
  fileName.textContent = T.chosen(file.name, file.size);
  void run();
}

function choices(): RunChoices {
  const p = period.value.trim();
  return {
    ...(presetTouched ? { presetId: preset.value } : {}),
    ...(periodTouched && p !== '' ? { period: p } : {}),
  };
}

async function run(): Promise<void> {
  if (running) {
    showNotice('warning', T.busy);
    return;
  }
  if (!file) {
    showNotice('error', T.chooseFirst);
    return;
  }
  const current = file;
  // A run started by choosing a file counts from the choice; «Рассчитать заново» from the click.
  const started = chosenAt > 0 ? chosenAt : performance.now();
  chosenAt = 0;
  running = true;
  clearResults();
  setSteps([]);
  showNotice(null);
  refreshRunButton();
  try {
    if (current.size === 0) throw new PageError(T.emptyFile(current.name));
    const bytes = await readFile(current);
    const done = await client.run(current.name, bytes, choices(), new Date(), onProgress);
    showResults(current.name, done, performance.now() - started);
  } catch (e) {
    failSteps();
    showNotice('error', e instanceof PageError ? e.message : T.unexpected(e instanceof Error ? e.message : String(e)));
  } finally {
    running = false;
    refreshRunButton();
  }
}

async function readFile(f: File): Promise<ArrayBuffer> {
  try {
    return await f.arrayBuffer();
  } catch {
    throw new PageError(T.unreadableFile(f.name));
  }
}

async function makeTemplate(): Promise<void> {
  templateButton.disabled = true;
  try {
    const bytes = await client.template(new Date());
    const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
    const a = document.createElement('a');
    a.href = url;
    a.download = T.templateName;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // The download has started from the URL; release it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    showNotice('success', T.templateDone);
  } catch (e) {
    showNotice('error', e instanceof PageError ? e.message : T.unexpected(e instanceof Error ? e.message : String(e)));
  } finally {
    templateButton.disabled = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Drawing

let steps: { phase: Progress['phase']; text: string }[] = [];

function onProgress(p: Progress): void {
  if (p.phase === 'done') return;
  const text = stepText(p);
  // 'read' completes 'reading': one line for the reading step.
  steps = steps.filter((s) => s.phase !== p.phase && !(p.phase === 'read' && s.phase === 'reading'));
  steps.push({ phase: p.phase, text });
  setSteps(steps);
}

function stepText(p: Progress): string {
  switch (p.phase) {
    case 'reading':
      return T.reading;
    case 'read':
      return T.read(p.tabs, p.rows);
    case 'computing':
      return T.computing;
    case 'writing':
      return T.writing;
    case 'report':
      return T.report;
    case 'done':
      return '';
  }
}

function setSteps(list: { phase: string; text: string }[], last: 'active' | 'done' | 'failed' = 'active'): void {
  steps = list as typeof steps;
  progress.hidden = list.length === 0;
  progress.replaceChildren(
    ...list.map((s, i) => {
      const li = document.createElement('li');
      const state = i === list.length - 1 ? last : 'done';
      li.className = `step step-${state}`;
      li.dataset.phase = s.phase;
      li.textContent = s.text;
      return li;
    }),
  );
}

function failSteps(): void {
  if (steps.length > 0) setSteps(steps, 'failed');
}

function showResults(name: string, done: RunDone, elapsedMs: number): void {
  setSteps([...steps, { phase: 'done', text: T.done(elapsedMs) }] as typeof steps, 'done');
  // The fields now show what the run used; a change from here on is the user's own choice.
  preset.value = done.summary.preset;
  period.value = done.summary.period;
  presetTouched = false;
  periodTouched = false;
  summary.hidden = false;
  summary.replaceChildren(...renderSummary(done));
  problems.hidden = done.issueCount === 0;
  problems.open = false;
  problems.replaceChildren(...renderProblems(done));
  const base = name.replace(/\.[^.]*$/, '') || name;
  const files: Downloads = {
    workbook: { url: keep(new Blob([done.workbook], { type: XLSX_TYPE })), name: T.workbookName(base), size: done.workbook.byteLength },
    report: { url: keep(new Blob([done.report], { type: 'text/html;charset=utf-8' })), name: T.reportName(base), size: done.report.length },
    json: { url: keep(new Blob([done.json], { type: 'application/json;charset=utf-8' })), name: T.jsonName(base), size: done.json.length },
  };
  downloads.hidden = false;
  downloads.replaceChildren(...renderDownloads(files));
  // The run's time as the page measured it (file chosen → links ready), for benchmarks.
  downloads.dataset.ms = String(Math.round(elapsedMs));
}

function keep(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  urls.push(url);
  return url;
}

/** A new run starts from a clean page: the previous file's downloads and summary go. */
function clearResults(): void {
  for (const url of urls) URL.revokeObjectURL(url);
  urls = [];
  summary.hidden = true;
  summary.replaceChildren();
  downloads.hidden = true;
  downloads.replaceChildren();
  problems.hidden = true;
  problems.replaceChildren();
}

function showNotice(kind: 'error' | 'warning' | 'success' | 'info' | null, text = ''): void {
  notice.hidden = kind === null;
  notice.className = `message-bar message-bar-${kind ?? 'info'}`;
  notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  notice.textContent = text;
}

function refreshRunButton(): void {
  runButton.disabled = file === null;
  runButton.setAttribute('aria-busy', String(running));
  runButton.textContent = running ? T.running : summary.hidden ? T.run : T.rerun;
}
