/**
 * The built task pane (taskpane.html, built into a temporary folder) in headless Chromium, with
 * Microsoft's office.js replaced by a stub whose Excel is the fake over a seeded workbook, and every other request
 * blocked: defaults from `Настройки`, run → progress → summary matching the core's summary, the
 * problems link activating `Проверка данных`, errors in plain Russian (no stack), a second click
 * refused (the stub holds Excel's requests, so the run is certainly in progress), the ribbon
 * command registered in the same page, the workbook left on «Сводка», and on an Excel without
 * ExcelApi 1.9 one summary line on setting printing by hand. Screenshots go to the test run's temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRun, type SheetData } from '../../core/index';
import { PANE } from '../../office-addin/src/messages';
import { launchBrowser } from '../helpers/browser';
import { exampleSheets, syntheticSheets, TODAY } from './workbooks';

const root = path.resolve(__dirname, '../..');
const dist = mkdtempSync(path.join(tmpdir(), 'pedmonitor-office-'));
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ORIGIN = 'https://localhost:3000';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };

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

/** Opens the pane on a workbook; the pane's clock is the real one, so a Настройки sheet fixes the period. */
async function openPane(sheets: readonly SheetData[], options: { syncDelayMs?: number; excelApi?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 340, height: 760 }, locale: 'ru-RU' });
  const seed = `globalThis.__PEDMONITOR_SEED__ = ${JSON.stringify({ sheets, syncDelayMs: options.syncDelayMs ?? 0, excelApi: options.excelApi ?? '1.9' })};\n`;
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === CDN) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: seed + stub });
    if (url.startsWith(`${ORIGIN}/`)) {
      const file = path.join(dist, new URL(url).pathname);
      if (existsSync(file)) return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      return route.fulfill({ status: 404, body: '' });
    }
    return route.abort(); // offline: nothing else is fetched
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  (page as unknown as { __errors: string[] }).__errors = errors;
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.locator('#preset option').nth(1).waitFor({ state: 'attached' });
  return page;
}

const withSettings = (sheets: readonly SheetData[]): SheetData[] => [
  { name: 'Настройки', values: [['Параметр', 'Значение'], ['Отчётный период', '2023-2024'], ['Дата отсчёта', '2024-06-01']] },
  ...sheets.filter((s) => s.name !== 'Настройки'),
];

describe('task pane in Chromium', () => {
  it('runs with progress, shows the summary and opens Проверка данных from its link', async () => {
    const sheets = exampleSheets();
    const expected = planRun(sheets, { today: TODAY }).summary;
    const page = await openPane(sheets);
    expect(await page.locator('#period').inputValue()).toBe(expected.period);
    expect(await page.locator('#preset').inputValue()).toBe(expected.preset);
    await page.evaluate('__stub.hold()');
    await page.locator('#run').click();
    await page.locator('#progress li').first().waitFor();
    await expect.poll(() => page.evaluate('__stub.heldSyncs()'), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('#run').getAttribute('aria-busy')).toBe('true');
    await page.evaluate('__stub.release()');
    await page.locator('#progress li[data-phase="computing"]').waitFor();
    await page.locator('#summary:not([hidden])').waitFor();
    const steps = await page.locator('#progress li').allTextContents();
    expect(steps[0]).toMatch(/^Прочитано: \d+ лист(ов|а)?, \d+ строк/);
    expect(steps.join('\n')).toMatch(/Запись результатов: часть 1 из 1/);
    expect(steps.at(-1)).toBe('Готово');
    const summary = await page.locator('#summary').innerText();
    expect(summary).toContain(`${expected.organizations} организац`);
    expect(summary).toContain(`${expected.rows} работник`);
    const stats = await page.locator('.stat-value').allTextContents();
    expect(stats).toEqual([String(expected.met), String(expected.below), String(expected.noData)]);
    expect(summary).toContain(`Замечаний к данным: ${expected.warnings + expected.errors}`);
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-taskpane.png'), fullPage: true });
    expect(await page.evaluate('__stub.activeSheet()')).toBe('Сводка');
    expect(await page.locator('#summary .note').count()).toBe(0); // ExcelApi 1.9: printing is set up
    await page.locator('[data-action="problems"]').click();
    await expect.poll(() => page.evaluate('__stub.activeSheet()')).toBe('Проверка данных');
    expect((page as unknown as { __errors: string[] }).__errors).toEqual([]);
    await page.close();
  });

  it('shows a run-stopping error in plain Russian, without a stack trace', async () => {
    const sheets = withSettings([...syntheticSheets(2, 5), { name: 'Показатели', values: [['мои данные']] }]);
    const page = await openPane(sheets);
    await page.locator('#run').click();
    const notice = page.locator('#notice.message-bar-error');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('«Показатели»');
    expect(text).toMatch(/ничего не изменено/);
    expect(text).not.toMatch(/\bat\b|Error|\.js|\.ts|undefined/);
    expect(await page.locator('#summary').isHidden()).toBe(true);
    expect(await page.locator('#progress li').last().getAttribute('class')).toContain('step-failed');
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-taskpane-error.png'), fullPage: true });
    await page.close();
  });

  it('refuses a second click while running, then completes the first run', async () => {
    const page = await openPane(withSettings(syntheticSheets(3, 20)));
    // Excel's requests wait until the test lets go: the run is certainly in progress at the second click.
    await page.evaluate('__stub.hold()');
    await page.locator('#run').click();
    await expect.poll(() => page.evaluate('__stub.heldSyncs()'), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('#run').getAttribute('aria-busy')).toBe('true');
    const syncs = await page.evaluate('__stub.syncs()');
    await page.locator('#run').click();
    const notice = page.locator('#notice.message-bar-warning');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/^Расчёт уже идёт/);
    // The second click started nothing: no new request, the first run still waits, no summary yet.
    expect(await page.evaluate('__stub.syncs()')).toBe(syncs);
    expect(await page.evaluate('__stub.heldSyncs()')).toBe(1);
    expect(await page.locator('#summary').isHidden()).toBe(true);
    await page.evaluate('__stub.release()');
    await page.locator('#summary:not([hidden])').waitFor();
    expect(await page.locator('#run').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('#progress li').last().innerText()).toBe('Готово');
    expect(await page.evaluate('__stub.activeSheet()')).toBe('Сводка');
    await page.close();
  });

  it('on an Excel with only ExcelApi 1.8, says in one summary line how to set printing by hand', async () => {
    const page = await openPane(withSettings(syntheticSheets(1, 5)), { excelApi: '1.8' });
    await page.locator('#run').click();
    await page.locator('#summary:not([hidden])').waitFor();
    expect(await page.locator('#summary .note').allInnerTexts()).toEqual([PANE.printByHand]);
    expect(await page.locator('#notice').isHidden()).toBe(true); // a note, not a warning: the run went well
    expect(await page.evaluate('__stub.activeSheet()')).toBe('Сводка');
    await page.close();
  });

  it('registers the ribbon command in the same page, and «Создать шаблон» adds the template', async () => {
    const page = await openPane(withSettings(syntheticSheets(1, 5)));
    expect(await page.evaluate('__stub.ribbon("runMonitoring")')).toBe(true);
    expect(await page.evaluate('__stub.paneShown()')).toBe(0);
    await page.locator('#summary:not([hidden])').waitFor(); // the pane shows the ribbon's run
    await page.locator('#template').click();
    await page.locator('#notice.message-bar-success').waitFor();
    expect(await page.locator('#notice').innerText()).toMatch(/^Созданы листы: «Организации», «Муниципалитет», «Мероприятия», «Сведения ОО»\. /); // a roster tab exists: no example tab
    const names = (await page.evaluate('__stub.sheetNames()')) as string[];
    expect(names).toEqual(expect.arrayContaining(['Организации', 'Муниципалитет', 'Мероприятия', 'Сведения ОО']));
    expect(names).not.toContain('Пример ОО');
    await page.close();
  });
});
