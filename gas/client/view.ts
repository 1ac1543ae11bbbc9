/**
 * Rendering of the sidebar: the steps of a run with their real counts, the summary, messages.
 * Text goes in through textContent only, so nothing the server or the workbook says can become
 * markup. Its texts are in messages.ts.
 */
import { PAGE } from './messages';
import type { PanelState, PanelSummary, RunProgress } from '../shared/api';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(PAGE.missingElement(id));
  return node as T;
}


export function renderState(state: PanelState): void {
  const select = byId<HTMLSelectElement>('preset');
  select.textContent = '';
  for (const p of state.presets) {
    const option = el('option', undefined, `${p.title} (${p.id})`);
    option.value = p.id;
    option.selected = p.id === state.presetId;
    select.appendChild(option);
  }
  byId<HTMLInputElement>('period').value = state.period;
  const note = byId('settings-note');
  note.textContent = state.settingsNote ?? '';
  note.hidden = !state.settingsNote;
  byId('no-tabs').hidden = state.hasOrganizationTabs;
}

type StepState = 'pending' | 'active' | 'done' | 'failed';

const PHASE_ORDER = ['reading', 'computing', 'writing'] as const;

/** The three steps with what the server really reported. */
export function renderProgress(p: RunProgress): void {
  const box = byId('progress');
  box.hidden = false;
  box.textContent = '';
  box.appendChild(el('div', 'section-title', p.phase === 'failed' ? PAGE.heading.failed : p.phase === 'done' ? PAGE.heading.done : PAGE.heading.running));
  const list = el('ol', 'steps');
  const current = stepIndex(p);
  const detail = [
    p.tabsTotal > 0 ? PAGE.reading(p.tabsDone, p.tabsTotal, p.rowsRead) : PAGE.waiting,
    p.organizations > 0 ? PAGE.computed(p.organizations, p.staffRows) : '',
    p.sheetsTotal > 0
      ? p.currentSheet
        ? PAGE.writingSheet(p.sheetsDone + 1, p.sheetsTotal, p.currentSheet)
        : PAGE.written(p.sheetsDone, p.sheetsTotal)
      : '',
  ];
  const titles = PAGE.steps;
  titles.forEach((title, i) => {
    let state: StepState = i < current ? 'done' : i === current ? 'active' : 'pending';
    if (p.phase === 'failed' && i === current) state = 'failed';
    const item = el('li', `step step-${state}`);
    item.setAttribute('data-step', PHASE_ORDER[i] ?? '');
    item.appendChild(el('span', 'step-mark', state === 'done' ? '✓' : state === 'failed' ? '!' : String(i + 1)));
    const body = el('span', 'step-body');
    body.appendChild(el('span', 'step-title', title));
    if (detail[i] && state !== 'pending') body.appendChild(el('span', 'step-detail', detail[i]));
    item.appendChild(body);
    list.appendChild(item);
  });
  box.appendChild(list);
}

/** The step a report is at; for a failure, the step the counts show it reached. */
function stepIndex(p: RunProgress): number {
  switch (p.phase) {
    case 'waiting':
      return -1;
    case 'done':
      return PHASE_ORDER.length;
    case 'failed':
      if (p.sheetsTotal > 0) return 2;
      return p.tabsTotal > 0 && p.tabsDone === p.tabsTotal ? 1 : 0;
    default:
      return PHASE_ORDER.indexOf(p.phase);
  }
}

export function renderSummary(s: PanelSummary, onOpenProblems: () => void): void {
  const box = byId('summary');
  box.hidden = false;
  box.textContent = '';
  box.appendChild(el('div', 'section-title', PAGE.summaryTitle(s.period)));
  box.appendChild(el('div', 'muted', PAGE.summaryLead(s.presetTitle, isoToRu(s.referenceDate))));
  const facts = el('dl', 'facts');
  const fact = (label: string, value: string, cls = ''): void => {
    facts.appendChild(el('dt', undefined, label));
    facts.appendChild(el('dd', cls, value));
  };
  fact(PAGE.facts.organizations, String(s.organizations));
  fact(PAGE.facts.rows, String(s.rows));
  fact(PAGE.facts.criteria, String(s.criteria));
  fact(PAGE.facts.met, String(s.met), 'good');
  fact(PAGE.facts.below, String(s.below), 'bad');
  fact(PAGE.facts.noData, String(s.noData), 'neutral');
  fact(PAGE.facts.noTarget, String(s.noTarget));
  fact(PAGE.facts.recommendations, String(s.recommendations));
  box.appendChild(facts);
  if (s.measuresText) {
    const measures = el('div', 'measures muted', s.measuresText);
    measures.id = 'measures';
    box.appendChild(measures);
  }

  const problems = el('div', s.problems > 0 ? 'problems has-problems' : 'problems');
  problems.appendChild(
    el(
      'span',
      undefined,
      s.problems > 0 ? PAGE.problems(s.problems) : PAGE.noProblems,
    ),
  );
  if (s.infos > 0) problems.appendChild(el('span', 'muted', PAGE.infos(s.infos)));
  if (s.catalogueErrors > 0) {
    const line = el('div', 'catalogue-errors', PAGE.catalogueErrors(s.catalogueErrors));
    line.id = 'catalogue-errors';
    problems.appendChild(line);
  }
  const link = el('button', 'link', PAGE.openProblems);
  link.type = 'button';
  link.id = 'open-problems';
  link.addEventListener('click', onOpenProblems);
  problems.appendChild(link);
  box.appendChild(problems);
  box.appendChild(el('div', 'muted small', PAGE.sheetsWritten(s.sheetsWritten, s.seconds)));
}

export function showMessage(kind: 'error' | 'info', text: string): void {
  const box = byId('message');
  box.hidden = false;
  box.className = `message message-${kind}`;
  box.textContent = text;
}

export function clearMessage(): void {
  const box = byId('message');
  box.hidden = true;
  box.textContent = '';
}

function isoToRu(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
