/**
 * The built task pane in headless Chromium as Excel really meets it (issue 16): office.js blocked
 * by the network (failed request), hanging, or arriving late — the pane says what is wrong within
 * 10 seconds (fake clock) and takes the message back if Office starts; an Excel without ExcelApi
 * 1.8 is told so; and «Аналитическая справка» from the pane and from the ribbon saves exactly the
 * HTML `pedmonitor report` makes, with no request leaving the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { planRun, renderReport, reportFileName, type SheetData } from '../../core/index';
import { BOOT_TEXT } from '../../office-addin/src/boot-texts';
import { exampleSheets, TODAY } from './workbooks';

const root = path.resolve(__dirname, '../..');
const dist = mkdtempSync(path.join(tmpdir(), 'pedmonitor-office-hosts-'));
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ORIGIN = 'https://localhost:3000';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.map': 'application/json' };

let browser: Browser;
let stub: string;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-office.mjs'), '--out', dist], { stdio: 'pipe' });
  const bundled = await build({ entryPoints: [path.join(__dirname, 'browser', 'office-stub.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020' });
  stub = bundled.outputFiles[0]!.text;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dist, { recursive: true, force: true });
});

type OfficeJs = 'ok' | 'blocked' | 'hang' | { readonly afterMs: number };

/** Opens the pane; `office` decides what happens to the request for Microsoft's office.js. */
async function openPane(sheets: readonly SheetData[], office: OfficeJs, seed: Record<string, unknown> = {}): Promise<{ page: Page; external: string[]; pending: Route[] }> {
  const page = await browser.newPage({ viewport: { width: 340, height: 900 }, locale: 'ru-RU', acceptDownloads: true });
  const external: string[] = [];
  const pending: Route[] = [];
  const body = `globalThis.__PEDMONITOR_SEED__ = ${JSON.stringify({ sheets, ...seed })};\n${stub}`;
  if (office !== 'ok') {
    // A paused fake clock: 10 s of the pane's time pass only when the test says so.
    await page.clock.install({ time: 0 });
    await page.clock.pauseAt(1000);
  }
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === CDN) {
      if (office === 'ok') return route.fulfill({ status: 200, contentType: TYPES['.js'], body });
      if (office === 'blocked') return route.abort('blockedbyclient');
      if (office === 'hang') {
        pending.push(route);
        return undefined;
      }
      pending.push(route);
      return undefined;
    }
    if (url.startsWith(`${ORIGIN}/`)) {
      const file = path.join(dist, new URL(url).pathname);
      if (existsSync(file)) return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      return route.fulfill({ status: 404, body: '' });
    }
    external.push(url);
    return route.abort();
  });
  void page.goto(`${ORIGIN}/taskpane.html`, { waitUntil: 'commit' }).catch(() => undefined);
  if (office === 'ok') await page.waitForSelector('#office-boot, #preset option >> nth=1', { state: 'attached' });
  else if (office === 'blocked') await page.waitForSelector('#office-boot', { state: 'attached' });
  return { page, external, pending };
}

const withSettings = (sheets: readonly SheetData[]): SheetData[] => [
  { name: 'Настройки', values: [['Параметр', 'Значение'], ['Отчётный период', '2023-2024'], ['Дата отсчёта', '2024-06-01']] },
  ...sheets.filter((s) => s.name !== 'Настройки'),
];

describe('office.js blocked or slow', () => {
  it('blocked: says so at once, in Russian, naming the server and pedmonitor.html; the buttons do nothing', async () => {
    const { page } = await openPane(exampleSheets(), 'blocked');
    await page.locator('#office-boot').waitFor();
    expect(await page.textContent('#office-boot')).toBe(BOOT_TEXT.blocked);
    expect(await page.isDisabled('#run')).toBe(true);
    expect(await page.isDisabled('#report')).toBe(true);
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-pane-office-blocked.png') });
    await page.close();
  });

  it('hanging: nothing for 9.9 s, the message at 10 s', async () => {
    const { page, pending } = await openPane(exampleSheets(), 'hang');
    await expect.poll(() => pending.length).toBe(1);
    await page.clock.runFor(9_900);
    expect(await page.locator('#office-boot').count()).toBe(0);
    await page.clock.runFor(200);
    await page.locator('#office-boot').waitFor({ state: 'attached' });
    expect(await page.textContent('#office-boot')).toBe(BOOT_TEXT.slow);
    await page.close();
  });

  it('late (12 s): the message at 10 s, then the pane works and the message is gone', async () => {
    const sheets = withSettings(exampleSheets());
    const { page, pending } = await openPane(sheets, { afterMs: 12_000 });
    await expect.poll(() => pending.length).toBe(1);
    await page.clock.runFor(10_100);
    await page.locator('#office-boot').waitFor({ state: 'attached' });
    expect(await page.textContent('#office-boot')).toBe(BOOT_TEXT.slow);
    await page.clock.runFor(1_900);
    await pending[0]!.fulfill({ status: 200, contentType: TYPES['.js'], body: `globalThis.__PEDMONITOR_SEED__ = ${JSON.stringify({ sheets })};\n${stub}` });
    await page.clock.resume();
    await page.locator('#preset option').nth(1).waitFor({ state: 'attached' });
    expect(await page.locator('#office-boot').count()).toBe(0);
    expect(await page.isDisabled('#run')).toBe(false);
    await page.close();
  });

  it('an Excel without ExcelApi 1.8: says which Excel is needed and sends to pedmonitor.html', async () => {
    const { page } = await openPane(exampleSheets(), 'ok', { excelApi: '1.7' });
    await page.locator('#office-boot').waitFor();
    expect(await page.textContent('#office-boot')).toBe(BOOT_TEXT.oldExcel);
    expect(await page.isDisabled('#run')).toBe(true);
    await page.close();
  });
});

describe('«Аналитическая справка» in Excel', () => {
  const sheets = withSettings(exampleSheets());
  const expected = (): { html: string; fileName: string } => {
    const plan = planRun(sheets, { today: new Date() });
    return { html: renderReport(plan), fileName: reportFileName(plan.result.period) };
  };

  it('from the pane: saves the same HTML as pedmonitor report; the workbook is not changed', async () => {
    const { page, external } = await openPane(sheets, 'ok');
    const names = await page.evaluate('__stub.sheetNames()');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report')]);
    const want = expected();
    expect(download.suggestedFilename()).toBe(want.fileName);
    expect(readFileSync(await download.path(), 'utf8')).toBe(want.html);
    expect(await page.evaluate('__stub.sheetNames()')).toEqual(names);
    expect(await page.textContent('#notice')).toMatch(/^Аналитическая справка готова: «Аналитическая справка 2023-2024\.html» \(\d+ КБ\)/);
    expect(await page.isVisible('#report-link')).toBe(true);
    expect(await page.getAttribute('#report-link', 'download')).toBe(want.fileName);
    // The link saves it again.
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('#report-link')]);
    expect(readFileSync(await again.path(), 'utf8')).toBe(want.html);
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-pane-report.png') });
    expect(external).toEqual([]);
    await page.close();
  });

  it('from the ribbon: the command makes the report, opens the pane and completes', async () => {
    const { page } = await openPane(sheets, 'ok');
    const [download, completed] = await Promise.all([page.waitForEvent('download'), page.evaluate("__stub.ribbon('makeReport')")]);
    expect(completed).toBe(true);
    expect(await page.evaluate('__stub.paneShown()')).toBe(1);
    expect(readFileSync(await download.path(), 'utf8')).toBe(expected().html);
    await page.close();
  });

  it('no names in it: not one teacher of the workbook appears in the saved file', async () => {
    const { page } = await openPane(sheets, 'ok');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report')]);
    const html = readFileSync(await download.path(), 'utf8');
    const names = sheets.flatMap((s) => {
      const col = s.values[0]?.indexOf('ФИО') ?? -1;
      return col < 0 ? [] : s.values.slice(1).map((r) => String(r[col] ?? '')).filter((n) => n.length > 5);
    });
    expect(names.length).toBeGreaterThan(20);
    for (const n of names) expect(html).not.toContain(n);
    expect(html).not.toMatch(/<script|\s(src|href)=["']?https?:/i);
    void TODAY;
    await page.close();
  });
});
