/**
 * Google Sheets as it really behaves (issue 16): the sidebar names the several-accounts
 * PERMISSION_DENIED and sends the user to the menu; the page's google.script.run is as strict as
 * Google's reference (a Date argument fails in the page, a Date result arrives as null); one
 * button label «Рассчитать показатели» in the menu and the sidebar; and «Аналитическая справка»
 * from the menu and the sidebar opens a modal dialog holding exactly `pedmonitor report`'s HTML,
 * with print and download that work in a real browser, no network, no names.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { renderReport, reportFileName, ROSTER_FIELDS } from '../../core/index';
import { createGasEnvironment, DEFAULT_DIST, installGoogleScriptRun, serverCalls, transferable, type ServerHandler } from '../fakes/apps-script';
import type { PanelState } from '../../gas/shared/api';
import { buildGas, corePlan, exampleEnv, exampleSheets, START } from './helpers';

const URL = 'http://sidebar.pedmonitor.test/';
let browser: Browser;
let sidebar: string;

beforeAll(async () => {
  buildGas();
  sidebar = readFileSync(path.join(DEFAULT_DIST, 'Sidebar.html'), 'utf8');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(html: string, handler: ServerHandler | null): Promise<{ page: Page; external: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 760 }, locale: 'ru-RU', acceptDownloads: true });
  const external: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url() === URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    external.push(route.request().url());
    return route.abort();
  });
  if (handler) await installGoogleScriptRun(page, handler);
  await page.goto(URL);
  return { page, external };
}

const STATE: PanelState = { presets: [{ id: 'alapaevsk-2024', title: 'Алапаевск, 2024' }], presetId: 'alapaevsk-2024', period: '2023-2024', settingsNote: null, hasOrganizationTabs: true };

describe('the sidebar with several Google accounts signed in', () => {
  for (const raw of [
    "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    'Authorization is required to perform that action.',
  ]) {
    it(`names the cause of «${raw.slice(0, 40)}…» and sends the user to «Мониторинг → Рассчитать показатели»`, async () => {
      const { page } = await openPage(sidebar, (name) => {
        if (name === 'getPanelState') return { ok: true, value: STATE };
        const e = new Error(raw);
        e.name = 'ScriptError';
        throw e;
      });
      await page.waitForSelector('#form:not([hidden])');
      await page.click('#run');
      await page.waitForSelector('#message:not([hidden])');
      const text = (await page.textContent('#message')) ?? '';
      expect(text).toContain('несколько аккаунтов Google');
      expect(text).toContain('«Мониторинг → Рассчитать показатели»');
      expect(text).not.toMatch(/PERMISSION_DENIED|Authorization|sorry|интернет/);
      await page.close();
    });
  }

  it('still says «check the connection» for an ordinary failure', async () => {
    const { page } = await openPage(sidebar, (name) => {
      if (name === 'getPanelState') return { ok: true, value: STATE };
      throw new Error('NetworkError: connection reset');
    });
    await page.waitForSelector('#form:not([hidden])');
    await page.click('#run');
    await page.waitForSelector('#message:not([hidden])');
    expect(await page.textContent('#message')).toMatch(/^Не удалось выполнить действие в таблице\. Проверьте подключение к интернету/);
    await page.close();
  });
});

describe('google.script.run in the tests is as strict as the real one', () => {
  it('refuses a Date (also nested, and a function) in the page; the server is never called', async () => {
    const received: unknown[] = [];
    const { page } = await openPage('<!doctype html><title>t</title>', (name, args) => {
      received.push([name, args]);
      return 'ok';
    });
    const attempt = (expr: string) =>
      page.evaluate(`(() => { try { google.script.run.echo(${expr}); return 'sent'; } catch (e) { return 'threw: ' + e.message; } })()`);
    expect(await attempt('new Date(2024, 0, 1)')).toMatch(/^threw: .*illegal value/);
    expect(await attempt('{ when: { at: new Date() } }')).toMatch(/^threw: .*illegal value in property: 0\.when\.at/);
    expect(await attempt('[1, () => 2]')).toMatch(/^threw/);
    expect(await attempt('new Map()')).toMatch(/^threw/);
    expect(await attempt("{ runId: 'a1', period: '2023-2024', n: 3, ok: true, list: [1, null, 'x'] }")).toBe('sent');
    await expect.poll(() => received.length).toBe(1);
    expect(await serverCalls(page)).toEqual(['echo']);
    await page.close();
  });

  it('turns a server result holding a Date into null, as the success handler receives it', async () => {
    expect(transferable({ a: [1, 'x', null, { b: true }] })).toBe(true);
    expect(transferable({ at: new Date() })).toBe(false);
    const { page } = await openPage('<!doctype html><title>t</title>', () => ({ at: new Date(START) }));
    const result = await page.evaluate('new Promise((resolve) => google.script.run.withSuccessHandler(resolve).read())');
    expect(result).toBeNull();
    await page.close();
  });
});

describe('one label for the run button', () => {
  it('«Рассчитать показатели» in the menu, the sidebar and (after a run) the sidebar again', async () => {
    const env = exampleEnv();
    env.call('onOpen');
    expect(env.ui.menus[0]!.items).toContainEqual({ caption: 'Рассчитать показатели', functionName: 'computeIndicators' });
    const { page } = await openPage(sidebar, (name) => (name === 'getPanelState' ? { ok: true, value: STATE } : null));
    await page.waitForSelector('#form:not([hidden])');
    expect((await page.textContent('#run'))?.trim()).toBe('Рассчитать показатели');
    expect(await page.locator('button', { hasText: /^Рассчитать$/ }).count()).toBe(0);
    await page.close();
  });
});

/** The report carried inside the dialog (the download's bytes), read from the viewer's script. */
function embeddedReport(viewer: string): { html: string; fileName: string } {
  const m = /var d=(\{.*?\});document\.getElementById\('pm-print'\)/s.exec(viewer);
  if (!m) throw new Error('no embedded report');
  return JSON.parse(m[1]!) as { html: string; fileName: string };
}

describe('«Аналитическая справка» in Google Sheets', () => {
  it('from the menu: a modal dialog with pedmonitor report\'s HTML; the spreadsheet unchanged', () => {
    const env = exampleEnv();
    const before = env.spreadsheet.getSheets().map((s) => s.getName());
    env.call('showReport');
    expect(env.ui.alerts).toEqual([]);
    expect(env.ui.dialogs).toHaveLength(1);
    const dialog = env.ui.dialogs[0]!;
    expect(dialog.modal).toBe(true);
    expect(dialog.title).toBe('Аналитическая справка');
    const plan = corePlan(exampleSheets());
    const expected = renderReport(plan);
    const embedded = embeddedReport(dialog.html.getContent());
    expect(embedded.html).toBe(expected);
    expect(embedded.fileName).toBe(reportFileName(plan.result.period));
    // The dialog shows the report itself, with the toolbar added after <body>.
    const content = dialog.html.getContent();
    expect(content.startsWith(expected.slice(0, expected.indexOf('<body>') + '<body>'.length))).toBe(true);
    expect(content).toContain(expected.slice(expected.indexOf('<main'), expected.indexOf('<main') + 2000));
    expect(dialog.html.width).toBeGreaterThanOrEqual(800);
    expect(env.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
  });

  it('has no teacher\'s name, no external resource and no second copy of a script source', () => {
    const env = exampleEnv();
    env.call('showReport');
    const content = env.ui.dialogs[0]!.html.getContent();
    const nameColumn = ROSTER_FIELDS.findIndex((f) => f.header === 'ФИО');
    const names = exampleSheets().flatMap((s) => (s.rows[0]?.[nameColumn] === 'ФИО' ? s.rows.slice(1).map((r) => String(r[nameColumn] ?? '')) : [])).filter((n) => n.length > 5);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(content).not.toContain(name);
    expect(content).not.toMatch(/\s(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(content.match(/<script>/g)).toHaveLength(1);
  });

  it('from the menu on a spreadsheet without organisations: an alert in Russian, no dialog', () => {
    const env = createGasEnvironment({ sheets: [{ name: 'Лист1', rows: [] }], now: START });
    env.call('showReport');
    expect(env.ui.dialogs).toEqual([]);
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0]!.prompt).toMatch(/[а-я]/);
    expect(env.ui.alerts[0]!.prompt).not.toMatch(/\bat \w+ \(|Error/);
  });

  it('from the sidebar: the button asks the server, which opens the same dialog', async () => {
    const env = exampleEnv();
    const { page, external } = await openPage(sidebar, (name, args) => env.callJson(name, ...args));
    await page.waitForSelector('#form:not([hidden])');
    await page.fill('#period', '2022-2023');
    await page.click('#report');
    await page.waitForSelector('#message:not([hidden])');
    expect(await page.textContent('#message')).toBe('Аналитическая справка открыта в отдельном окне: «Аналитическая справка 2022-2023.html».');
    expect(await serverCalls(page)).toContain('openReportFromPanel');
    expect(env.ui.dialogs).toHaveLength(1);
    // The period chosen in the panel, as a run from the panel would use it.
    expect(embeddedReport(env.ui.dialogs[0]!.html.getContent()).html).toBe(renderReport(corePlan(exampleSheets(), { period: '2022-2023' })));
    expect(external).toEqual([]);
    await page.close();
  });

  it('in a browser: «Скачать HTML» saves the report byte for byte, «Печать» prints, the toolbar does not print', async () => {
    const env = exampleEnv();
    env.call('showReport');
    const viewer = env.ui.dialogs[0]!.html.getContent();
    const expected = renderReport(corePlan(exampleSheets()));
    const { page, external } = await openPage(viewer, null);
    await page.setViewportSize({ width: 1000, height: 720 });
    await page.evaluate('window.printed = 0; window.print = () => { window.printed++; };');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#pm-download')]);
    expect(download.suggestedFilename()).toBe(reportFileName(corePlan(exampleSheets()).result.period));
    const file = await download.path();
    expect(readFileSync(file, 'utf8')).toBe(expected);
    await page.click('#pm-print');
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isHidden('.pm-toolbar')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('.pm-toolbar')).toBe(true);
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-gas-report-dialog.png') });
    expect(external).toEqual([]);
    await page.close();
  });
});
