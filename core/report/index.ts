/**
 * The analytical report for the department's website (file 001 §7.1, issue 8): one
 * self-contained HTML page made from a run — the period, the organisations, each track with its
 * indicators as tables and inline SVG charts, the dynamics, the recommendations with the
 * management decisions first, and the data-quality notes. No script, no external resource, no
 * person's name; a print stylesheet lays it out on A4. Pure: the same plan gives the same bytes.
 */
import type { RunPlan } from '../run-plan';
import { deficitsSection, DEFICITS_SECTION_TITLE } from './deficits';
import { dynamicsSection } from './dynamics';
import { el, raw, render, type Html } from './html';
import { organizationsSection, overviewSection, titleBlock } from './overview';
import { qualitySection } from './quality';
import { recommendationsSection } from './recommendations';
import { REPORT_CSS } from './style';
import { R } from '../texts/ru/report';
import { tracksSection } from './tracks';
import { hasMeasures, measuresReportSection } from '../measures/report';
import { MEASURE_TEXT } from '../texts/ru/measures';

type Section = (plan: RunPlan, heading: string, id: string, number: number) => Html;

/** id, title, the section, and when it applies (always when absent). */
const SECTIONS: readonly (readonly [string, string, Section, ((plan: RunPlan) => boolean)?])[] = [
  ['itogi', R.overview, overviewSection],
  ['organizacii', R.organizations, organizationsSection],
  ['treki', R.tracks, tracksSection],
  ['deficity', DEFICITS_SECTION_TITLE, deficitsSection, (plan) => plan.result.deficits !== undefined],
  ['dinamika', R.dynamics, dynamicsSection],
  ['rekomendacii', R.recommendations, recommendationsSection],
  ['mery', MEASURE_TEXT.section, measuresReportSection, hasMeasures],
  ['kachestvo', R.quality, qualitySection],
];

export function renderReport(plan: RunPlan): string {
  const numbered = SECTIONS.filter(([, , , applies]) => !applies || applies(plan)).map(([id, title, section], i) => ({ id, heading: `${i + 1}. ${title}`, section }));
  const body = el('main', null,
    titleBlock(plan),
    el('nav', { 'aria-label': R.toc }, el('b', null, R.toc), el('ol', null, numbered.map((s) => el('li', null, el('a', { href: `#${s.id}` }, s.heading.replace(/^\d+\.\s/, '')))))),
    numbered.map((s, i) => s.section(plan, s.heading, s.id, i + 1)),
    el('footer', null, el('p', null, R.footer)));
  const head = el('head', null,
    raw('<meta charset="utf-8">'),
    raw('<meta name="viewport" content="width=device-width, initial-scale=1">'),
    el('title', null, `${R.title} — ${plan.result.period}`),
    raw(`<style>${REPORT_CSS}</style>`));
  return `<!DOCTYPE html>\n<html lang="ru">${render(head)}${render(el('body', null, body))}</html>\n`;
}

export { escapeHtml, typo } from './html';
