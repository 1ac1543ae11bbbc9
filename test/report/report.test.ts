/**
 * The HTML analytical report for the example workbook (generateExampleWorkbook(2024)), opened in
 * headless Chromium: it loads nothing but itself, runs without a console error, names every
 * criterion, never a worker, reads the Russian way, and prints on A4 with no table wider than
 * the printable area and no cell whose text is clipped. The screenshot is kept in
 * $TMPDIR/pedmonitor-report-test for a human look.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRun, renderReport, type RunPlan, type SheetData } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { TODAY } from '../helpers/workbook';
import { launch, openReport, PRINTABLE_WIDTH_PX, type ComputedStyle, type DomDocument, type OpenedReport } from './browser';

declare const document: DomDocument;
declare const getComputedStyle: ComputedStyle;

const DIR = path.join(tmpdir(), 'pedmonitor-report-test');
const sheets: SheetData[] = generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, values: s.rows }));
let plan: RunPlan;
let html: string;
let browser: Browser;
let opened: OpenedReport;
let text: string;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  plan = planRun(sheets, { today: TODAY });
  html = renderReport(plan);
  browser = await launch();
  opened = await openReport(browser, html, DIR);
  text = await opened.page.evaluate(() => document.body.textContent ?? '');
});

afterAll(async () => {
  await browser?.close();
});

describe('report of the example workbook in Chromium', () => {
  it('requests nothing but the page itself and logs no error', () => {
    expect(opened.requests).toEqual([opened.url]);
    expect(opened.errors).toEqual([]);
  });

  it('is self-contained: no script, no external reference of any kind', async () => {
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(|src=|https?:\/\//i);
    expect(await opened.page.evaluate(() => document.scripts.length)).toBe(0);
  });

  it('has the title, the period and the sections', async () => {
    const h1 = await opened.page.textContent('h1');
    expect(h1).toBe('Аналитическая справка по результатам мониторинга состояния системы обеспечения профессионального развития педагогических работников');
    expect(text).toContain('Отчётный период: 2023–2024');
    const h2 = await opened.page.$$eval('h2', (els) => els.map((e) => e.textContent));
    expect(h2).toEqual(['1. Основные итоги', '2. Организации — участники мониторинга', '3. Результаты по трекам', '4. Динамика', '5. Рекомендации и управленческие решения', '6. Качество данных']);
  });

  it('names every criterion in a table of its track', async () => {
    const firstCells = await opened.page.$$eval('#treki td:first-child', (tds) => tds.map((td) => td.textContent));
    for (const r of plan.result.criteria) expect(firstCells, r.criterion.id).toContain(r.criterion.id);
  });

  it('lists every organisation with its type and staff', async () => {
    const rows = await opened.page.$$eval('#organizacii tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.slice(0, -1).map((r) => r[1])).toEqual(plan.result.organizations.map((o) => o.name.replace(/"([^"]+)"/g, '«$1»')));
    expect(rows.slice(0, -1).map((r) => r[3])).toEqual(plan.result.organizations.map((o) => String(o.rows)));
    expect(rows.at(-1)![3]).toBe('757');
  });

  it('draws a chart of municipal values per track and a comparison per track', async () => {
    const tracks = new Set(plan.result.criteria.map((r) => r.criterion.track)).size;
    expect(await opened.page.$$eval('#treki figure svg', (s) => s.length)).toBe(tracks * 2);
    const bars = await opened.page.$$eval('#treki figure:first-of-type svg rect', (r) => r.length);
    expect(bars).toBeGreaterThan(5);
  });

  it('puts the management decisions and the municipal level first, then one printed page per organisation, and counts data problems by kind', async () => {
    const h3 = await opened.page.$$eval('#rekomendacii h3', (els) => els.map((e) => e.textContent ?? ''));
    const orgs = plan.result.organizations;
    expect(h3).toEqual([
      'Управленческие решения (первоочередные)',
      'Рекомендации муниципальной методической службе и Управлению образования',
      'Адресные рекомендации организациям',
      ...orgs.map((o) => `${o.name} (${o.type})`),
    ]);
    expect(await opened.page.$$eval('#rekomendacii ol.decisions > li', (li) => li.length)).toBe(plan.analysis.decisions.length);
    const recRows = await opened.page.$$eval('#rekomendacii tbody tr', (trs) => trs.length);
    expect(recRows).toBe(plan.analysis.recommendations.length);
    // Each organisation's page holds exactly its own recommendations and starts a printed page.
    const perPage = await opened.page.$$eval('#rekomendacii section.org-page', (ss) => ss.map((s) => s.querySelectorAll('tbody tr').length));
    expect(perPage).toEqual(orgs.map((o) => plan.analysis.recommendations.filter((r) => r.organization === o.name).length));
    await opened.page.emulateMedia({ media: 'print' });
    const breaks = await opened.page.$$eval('#rekomendacii section.org-page', (ss) => ss.map((s) => getComputedStyle(s).breakBefore));
    await opened.page.emulateMedia({ media: 'screen' });
    expect(breaks).toEqual(orgs.map(() => 'page'));
    const quality = await opened.page.$$eval('#kachestvo tbody tr', (trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[2]!.textContent)));
    expect(quality.reduce((a, b) => a + b, 0)).toBe(plan.result.issues.length);
    expect(quality.length).toBeLessThan(plan.result.issues.length);
  });

  it('never shows a worker’s name', () => {
    const names: string[] = [];
    for (const s of sheets) {
      const header = s.values.findIndex((row) => row.some((v) => v === 'ФИО'));
      if (header < 0) continue;
      const col = s.values[header]!.indexOf('ФИО');
      for (const row of s.values.slice(header + 1)) if (typeof row[col] === 'string' && String(row[col]).trim().split(/\s+/).length >= 2) names.push(String(row[col]).trim());
    }
    expect(names.length).toBeGreaterThan(500);
    for (const n of names) {
      expect(text).not.toContain(n);
      expect(text).not.toContain(n.split(/\s+/).slice(0, 2).join(' '));
    }
  });

  it('reads the Russian way: decimal commas, a non-breaking space before %, «ёлочки»', () => {
    expect(text).not.toMatch(/\d %/);
    expect(text).toMatch(/\d\u00a0%/);
    expect(text).not.toMatch(/\d\.\d+\s?%/);
    expect(text).toMatch(/\d,\d\u00a0%/);
    expect(text).not.toContain('"');
    expect(text).toContain('«');
  });

  it('takes a screenshot that shows the report', async () => {
    const png = await opened.page.screenshot({ path: path.join(DIR, 'report.png') });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const full = await opened.page.screenshot({ fullPage: true, path: path.join(DIR, 'report-full.png') });
    expect(full.length).toBeGreaterThan(png.length);
  });
});

describe('report printed on A4', () => {
  it('prints to a multi-page A4 PDF', async () => {
    await opened.page.emulateMedia({ media: 'print' });
    const pdf = await opened.page.pdf({ format: 'A4' });
    writeFileSync(path.join(DIR, 'report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const boxes = pdf.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(5);
    for (const box of boxes) expect(box).toMatch(/\[\s*0 0 59[5-6](\.\d+)? 84[1-3](\.\d+)?\s*\]/);
  });

  it('keeps every table and chart within the printable width, with no clipped cell', async () => {
    const page = await browser.newPage({ viewport: { width: PRINTABLE_WIDTH_PX, height: 1000 } });
    await page.goto(opened.url);
    await page.emulateMedia({ media: 'print' });
    const m = await page.evaluate(() => {
      const tables = [...document.querySelectorAll('table')].map((t) => ({ right: t.getBoundingClientRect().right, scroll: t.scrollWidth, client: t.clientWidth }));
      const clipped = [...document.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent);
      const svgs = [...document.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().right);
      const thead = getComputedStyle(document.querySelector('thead')!).display;
      const tr = getComputedStyle(document.querySelector('tbody tr')!).breakInside;
      const figure = getComputedStyle(document.querySelector('figure')!).breakInside;
      return { page: document.documentElement.scrollWidth, tables, clipped, svgs, thead, tr, figure };
    });
    expect(m.tables.length).toBeGreaterThan(10);
    expect(m.page).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
    for (const t of m.tables) {
      expect(t.right).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX + 0.5);
      expect(t.scroll).toBeLessThanOrEqual(t.client + 1);
    }
    expect(m.clipped).toEqual([]);
    for (const right of m.svgs) expect(right).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX + 0.5);
    expect(m.thead).toBe('table-header-group');
    expect(m.tr).toBe('avoid');
    expect(m.figure).toBe('avoid');
    await page.screenshot({ path: path.join(DIR, 'report-print.png') });
    await page.close();
  });
});
