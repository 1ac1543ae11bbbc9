/**
 * The page's result blocks as DOM nodes: the summary (the task pane's: period, organisations,
 * workers, met / below / no data, the number of data problems with a link to their list), the
 * list of problems (sheet, row, column, value, message — as on `Проверка данных`), and the three
 * download links, the stable hooks `a[download$=".xlsx"]`, `a[download$=".html"]`,
 * `a[download$=".json"]`. Text only through textContent: nothing from the workbook becomes HTML.
 */
import type { RunDone } from '../protocol';
import { PAGE_TEXT as T } from '../messages';
import { MEASURE_TEXT } from '../../core/texts/ru/measures';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

export function renderSummary(done: RunDone): Node[] {
  const s = done.summary;
  const stat = (value: number, label: string, cls: string) =>
    el('div', { class: `stat ${cls}` }, el('span', { class: 'stat-value' }, String(value)), el('span', { class: 'stat-label' }, label));
  const problems = s.warnings + s.errors;
  const [y, m, d] = done.referenceDate.split('-');
  return [
    el('h2', {}, T.summaryTitle),
    el('p', { class: 'muted' }, T.summaryLine(s.period, s.organizations, s.rows)),
    el('p', { class: 'muted' }, T.presetLine(s.preset, done.presetTitle, `${d}.${m}.${y}`)),
    el('div', { class: 'stats' }, stat(s.met, T.met, 'stat-met'), stat(s.below, T.below, 'stat-below'), stat(s.noData, T.noData, 'stat-nodata')),
    el('p', { class: 'muted' }, T.criteria(s.criteria, s.noTarget)),
    done.issueCount > 0
      ? el('p', { class: 'problems' }, problems > 0 ? T.problems(problems) : T.noProblems, el('a', { href: '#problems', 'data-action': 'problems' }, T.problemsLink))
      : el('p', { class: 'problems' }, T.noProblems),
    ...(s.measures > 0 ? [el('p', { class: 'muted', id: 'measures' }, MEASURE_TEXT.summaryLine(s.measures, s.measuresWorked, s.measuresOverdue))] : []),
    ...(s.catalogueErrors > 0 ? [el('p', { class: 'problems', id: 'catalogue-errors' }, T.catalogueErrors(s.catalogueErrors), el('a', { href: '#problems', 'data-action': 'problems' }, T.problemsLink))] : []),
  ];
}

export function renderProblems(done: RunDone): Node[] {
  const head = el('tr', {}, ...T.problemsHead.map((h) => el('th', { scope: 'col' }, h)));
  const rows = done.issues.map((i) =>
    el(
      'tr',
      { class: `issue issue-${i.severity}` },
      el('td', {}, T.severity[i.severity]),
      el('td', {}, i.sheet),
      el('td', { class: 'num' }, i.row === null ? '' : String(i.row)),
      el('td', {}, i.column ?? ''),
      el('td', {}, i.value ?? ''),
      el('td', {}, i.message),
    ),
  );
  return [
    el('summary', {}, `${T.problemsTitle} (${done.issueCount})`),
    ...(done.issues.length < done.issueCount ? [el('p', { class: 'muted' }, T.problemsShown(done.issues.length, done.issueCount))] : []),
    el('div', { class: 'table-wrap' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows))),
  ];
}

export interface Download {
  readonly url: string;
  readonly name: string;
  readonly size: number;
}

export interface Downloads {
  readonly workbook: Download;
  readonly report: Download;
  readonly json: Download;
}

export function renderDownloads(d: Downloads): Node[] {
  const item = (file: Download, title: string, hint: string, kind: string) =>
    el('li', { class: `download download-${kind}` }, el('a', { href: file.url, download: file.name, class: 'button download-link' }, title), el('span', { class: 'muted' }, hint));
  return [
    el('h2', {}, T.downloadsTitle),
    el(
      'ul',
      { class: 'download-list' },
      item(d.workbook, T.downloadWorkbook, T.downloadWorkbookHint, 'xlsx'),
      item(d.report, T.downloadReport, T.downloadReportHint, 'html'),
      item(d.json, T.downloadJson, T.downloadJsonHint, 'json'),
    ),
  ];
}
