/**
 * The report on hand-made workbooks, in Chromium: a tab named like markup (< & " and a script) is
 * shown as text and runs nothing, loads nothing; and with last period in `История` the dynamics
 * section shows each criterion in both periods with the change worked out by hand, plus the
 * Russian typography of the page's own helpers.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRun, renderReport, type SheetData } from '../../core/index';
import { escapeHtml, typo } from '../../core/report/html';
import { district, merge, yesFor } from '../helpers/district';
import { orgTab, person, settingsSheet, TODAY } from '../helpers/workbook';
import { writeBack } from '../summary/helpers';
import { launch, openReport, type DomDocument } from './browser';

declare const document: DomDocument;

const NASTY = 'МАОУ <script>alert(1)</script> & "Лицей" <img src=x onerror=alert(2)>';
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-report-'));
});

afterAll(async () => {
  await browser?.close();
});

describe('escaping', () => {
  const sheets: SheetData[] = [
    orgTab(NASTY, [
      person({ position: 'Учитель математики', subject: '<b>математика</b>', pk: 'да', pkRegistry: 'да' }),
      person({ position: 'Учитель истории', subject: 'история & "право"' }),
      person({ position: 'Директор', staffCategory: 'управленческий' }),
    ]),
  ];
  const html = renderReport(planRun(sheets, { today: TODAY }));

  it('writes every text escaped: no markup from a tab name or a cell reaches the page', () => {
    expect(html).not.toMatch(/<script|<img|<b>математика/);
    expect(html).toContain('МАОУ &lt;script&gt;alert(1)&lt;/script&gt; &amp; «Лицей» &lt;img src=x onerror=alert(2)&gt;');
  });

  it('shows the names as text in Chromium, runs nothing and loads nothing', async () => {
    const opened = await openReport(browser, html, dir, 'nasty.html');
    expect(opened.errors).toEqual([]);
    expect(opened.requests).toEqual([opened.url]);
    expect(await opened.page.evaluate(() => document.querySelectorAll('script, img').length)).toBe(0);
    const text = await opened.page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain('МАОУ <script>alert(1)</script> & «Лицей» <img src=x onerror=alert(2)>');
    await opened.page.close();
  });
});

describe('dynamics from История', () => {
  // 2022-2023: ПК only s3 → 9.1 = 1/18 = 5,6 %; 2023-2024: s3, s4, s5, k2, d2 → 5/18 = 27,8 %:
  // ▲ +22,2 п.п. Part-timers 0 → d5 = 1/18 = 5,6 %: ▲ +5,6 п.п., worse (target «менее 10 %»).
  const before = merge(yesFor('pk', 's3'));
  const now = merge(yesFor('pk', 's3', 's4', 's5', 'k2', 'd2'), yesFor('externalPartTime', 'd5'));
  const first = planRun([...district(before), settingsSheet({ 'Отчётный период': '2022-2023' })], { today: TODAY });
  const plan = planRun(writeBack([...district(now), settingsSheet({ 'Отчётный период': '2023-2024' })], first), { today: TODAY });
  const html = renderReport(plan);

  it('shows each criterion in both periods with the change in its unit', async () => {
    expect(plan.analysis.previous?.period).toBe('2022-2023');
    const opened = await openReport(browser, html, dir, 'dynamics.html');
    expect(opened.errors).toEqual([]);
    const head = await opened.page.$$eval('#dinamika thead th', (th) => th.map((t) => t.textContent));
    expect(head).toEqual(['№', 'Критерий', 'Период 2022–2023', 'Период 2023–2024', 'Изменение']);
    const rows = await opened.page.$$eval('#dinamika tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => [td.textContent, td.className])));
    const row = (id: string) => rows.find((r) => r[0]![0] === id)!;
    expect(row('9.1').map((c) => c[0])).toEqual(['9.1', expect.any(String), '5,6\u00a0%', '27,8\u00a0%', '▲ +22,2\u00a0п.п.']);
    expect(row('9.1')[4]![1]).toContain('better');
    expect(row('6.2').map((c) => c[0]).slice(2)).toEqual(['0\u00a0%', '5,6\u00a0%', '▲ +5,6\u00a0п.п.']);
    expect(row('6.2')[4]![1]).toContain('worse');
    // the same change appears in the track table of 9.1
    const trackRow = await opened.page.$$eval('#treki tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)).find((c) => c[0] === '9.1'));
    expect(trackRow![4]).toBe('▲ +22,2\u00a0п.п.');
    expect(await opened.page.textContent('#dinamika p')).toMatch(/По сравнению с периодом 2022–2023 улучшились значения \d+ критери/);
    await opened.page.close();
  });
});

describe('typography helpers', () => {
  it('puts non-breaking spaces before %, п.п., чел. and after №, and «ёлочки» for straight quotes', () => {
    expect(typo('45,7 % (32 из 70), 5 п.п., 3 чел., № 5, "Гимназия", 2023-2024')).toBe('45,7\u00a0% (32 из 70), 5\u00a0п.п., 3\u00a0чел., №\u00a05, «Гимназия», 2023–2024');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
