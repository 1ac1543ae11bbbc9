/**
 * The task pane's DOM: renders the controller's state (progress, summary, messages) and turns
 * clicks into controller actions. Plain DOM and CSS in Office's Fluent look, no framework.
 */
import { MEASURE_TEXT } from '../../../core/index';
import type { Controller, PaneState } from '../controller';
import { PANE, TEXT } from '../messages';
import type { PaneDefaults } from '../pane-defaults';
import type { ReportFile } from '../report';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

export function mountPane(controller: Controller): { setDefaults(d: PaneDefaults): void } {
  const preset = byId<HTMLSelectElement>('preset');
  const period = byId<HTMLInputElement>('period');
  const run = byId<HTMLButtonElement>('run');
  const template = byId<HTMLButtonElement>('template');
  const catalogue = byId<HTMLButtonElement>('catalogue');
  const report = byId<HTMLButtonElement>('report');
  let defaults: PaneDefaults | null = null;

  const sendOverrides = () => {
    if (!defaults) return;
    controller.setOverrides({
      ...(preset.value !== defaults.presetId ? { presetId: preset.value } : {}),
      ...(period.value.trim() !== '' && period.value.trim() !== defaults.period ? { period: period.value.trim() } : {}),
    });
  };
  preset.addEventListener('change', sendOverrides);
  period.addEventListener('input', sendOverrides);
  run.addEventListener('click', () => void controller.run());
  template.addEventListener('click', () => void controller.createTemplate());
  catalogue.addEventListener('click', () => void controller.createCatalogue());
  report.addEventListener('click', () => void controller.makeReport());
  byId('summary').addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('[data-action="problems"]')) {
      e.preventDefault();
      void controller.openProblems();
    }
  });

  controller.subscribe(render);

  return {
    setDefaults(d: PaneDefaults) {
      defaults = d;
      preset.replaceChildren(...d.presets.map((p) => el('option', { value: p.id }, `${p.title} (${p.id})`)));
      preset.value = d.presetId;
      period.value = d.period;
      period.placeholder = d.period;
      sendOverrides();
    },
  };
}

function render(state: PaneState): void {
  const run = byId<HTMLButtonElement>('run');
  run.disabled = false; // a second click is allowed and answered with a message
  run.setAttribute('aria-busy', String(state.running));
  run.textContent = state.running ? PANE.running : PANE.run;

  const progress = byId('progress');
  progress.hidden = state.steps.length === 0;
  const failed = !state.running && state.report === null && state.notice?.kind === 'error';
  progress.replaceChildren(
    ...state.steps.map((s, i) => {
      const last = i === state.steps.length - 1;
      const cls = last && state.running ? 'step step-active' : last && failed ? 'step step-failed' : 'step step-done';
      return el('li', { class: cls, 'data-phase': s.phase }, s.text);
    }),
  );

  const notice = byId('notice');
  notice.hidden = state.notice === null;
  notice.className = `message-bar message-bar-${state.notice?.kind ?? 'info'}`;
  notice.setAttribute('role', state.notice?.kind === 'error' ? 'alert' : 'status');
  notice.textContent = state.notice?.text ?? '';

  renderReportLink(state.reportFile);

  const summary = byId('summary');
  summary.hidden = state.report === null;
  if (state.report) summary.replaceChildren(...summaryNodes(state.report));
}

let shownReport: ReportFile | null = null;

/**
 * The saved-file link of the last report: a Blob URL with a download name. A new report is saved
 * at once (a click on the link, which Excel on the web and on Windows turn into a download); the
 * link stays for a second try or when the automatic one did nothing.
 */
function renderReportLink(file: ReportFile | null): void {
  if (file === shownReport) return;
  const link = byId<HTMLAnchorElement>('report-link');
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  shownReport = file;
  link.hidden = file === null;
  if (!file) return;
  link.href = URL.createObjectURL(new Blob([file.html], { type: 'text/html;charset=utf-8' }));
  link.download = file.fileName;
  link.textContent = TEXT.reportLink(file.fileName);
  link.click();
}

function summaryNodes(report: NonNullable<PaneState['report']>): Node[] {
  const s = report.summary;
  const stat = (value: number, label: string, cls: string) => el('div', { class: `stat ${cls}` }, el('span', { class: 'stat-value' }, String(value)), el('span', { class: 'stat-label' }, label));
  const problems =
    report.problems > 0
      ? el('p', { class: 'problems' }, PANE.problems(report.problems), el('a', { href: '#', 'data-action': 'problems' }, PANE.openProblems))
      : el('p', { class: 'problems' }, PANE.noProblems, el('a', { href: '#', 'data-action': 'problems' }, PANE.problemsSheet));
  return [
    el('h2', {}, PANE.summaryTitle),
    el('p', { class: 'muted' }, PANE.summaryLead(s.period, s.organizations, s.rows)),
    el('div', { class: 'stats' }, stat(s.met, PANE.stats.met, 'stat-met'), stat(s.below, PANE.stats.below, 'stat-below'), stat(s.noData, PANE.stats.noData, 'stat-nodata')),
    el('p', { class: 'muted' }, PANE.criteria(s.criteria, s.noTarget)),
    problems,
    ...(s.measures > 0 ? [el('p', { class: 'muted', id: 'measures' }, MEASURE_TEXT.summaryLine(s.measures, s.measuresWorked, s.measuresOverdue))] : []),
    ...report.notes.map((note) => el('p', { class: 'muted note' }, note)),
    ...(s.catalogueErrors > 0 ? [el('p', { class: 'problems', id: 'catalogue-errors' }, TEXT.catalogueErrors(s.catalogueErrors), el('a', { href: '#', 'data-action': 'problems' }, PANE.moreInProblems))] : []),
  ];
}
