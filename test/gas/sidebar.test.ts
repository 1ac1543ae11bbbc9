/**
 * The sidebar as a user sees it: the built Sidebar.html in headless Chromium, google.script.run
 * stubbed. Scripted answers check the run → progress → summary sequence and the error display
 * (Russian, never a stack trace); then the page is wired to the built Code.js in the vm fakes to
 * check a whole run, the link that opens `Проверка данных` and «Создать шаблон» end to end.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET } from '../../core/index';
import { createGasEnvironment, DEFAULT_DIST, installGoogleScriptRun, serverCalls, type GasEnvironment, type ServerHandler } from '../fakes/apps-script';
import type { PanelState, PanelSummary, RunProgress } from '../../gas/shared/api';
import { launchBrowser } from '../helpers/browser';
import { buildGas, corePlan, exampleEnv, exampleSheets, START } from './helpers';

const URL = 'http://sidebar.pedmonitor.test/';
let browser: Browser;
let html: string;

beforeAll(async () => {
  buildGas();
  html = readFileSync(path.join(DEFAULT_DIST, 'Sidebar.html'), 'utf8');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the sidebar (300 px wide, as in Google Sheets); any request but the page itself is refused and recorded. */
async function openSidebar(handler: ServerHandler): Promise<{ page: Page; external: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 760 }, locale: 'ru-RU' });
  const external: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url() === URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    external.push(route.request().url());
    return route.abort();
  });
  await installGoogleScriptRun(page, handler);
  await page.goto(URL);
  return { page, external };
}

const STATE: PanelState = {
  presets: [
    { id: 'alapaevsk-2024', title: 'Алапаевск, 2024' },
    { id: 'surgut-2021', title: 'Сургутский район, 2021' },
  ],
  presetId: 'surgut-2021',
  period: '2023-2024',
  settingsNote: null,
  hasOrganizationTabs: true,
};

const progress = (p: Partial<RunProgress>): RunProgress => ({
  phase: 'reading', tabsDone: 0, tabsTotal: 0, rowsRead: 0, organizations: 0, staffRows: 0, sheetsDone: 0, sheetsTotal: 0, currentSheet: '', updatedAt: new Date().toISOString(), ...p,
});

const SUMMARY: PanelSummary = {
  presetId: 'surgut-2021', presetTitle: 'Сургутский район, 2021', period: '2023-2024', referenceDate: '2024-06-01',
  organizations: 12, rows: 757, criteria: 5, met: 2, below: 2, noData: 1, noTarget: 0, recommendations: 9,
  problems: 10, infos: 6, sheetsWritten: ['Показатели', 'Проверка данных'], finishedAt: '2024-06-10T07:00:12.000Z', seconds: 12, catalogueErrors: 0,
  measures: 0, measuresWorked: 0, measuresText: null,
};

describe('scripted server', () => {
  it('run → progress with real counts → summary → the problems link', async () => {
    // What the server has published; the test moves it on, the page polls it.
    let published = progress({ phase: 'reading', tabsDone: 5, tabsTotal: 15, rowsRead: 380 });
    let release: (s: PanelSummary) => void = () => undefined;
    const runArgs: unknown[] = [];
    const called: string[] = [];
    const { page, external } = await openSidebar((name, args) => {
      called.push(name);
      switch (name) {
        case 'getPanelState':
          return { ok: true, value: STATE };
        case 'runFromPanel':
          runArgs.push(args[0]);
          return new Promise((resolve) => {
            release = (s) => resolve({ ok: true, value: s });
          });
        case 'getRunProgress':
          return published;
        case 'openProblemsSheet':
          return { ok: true, value: SHEET.problems };
        default:
          throw new Error(`unexpected ${name}`);
      }
    });
    await expect.poll(() => page.inputValue('#preset')).toBe('surgut-2021');
    expect(await page.inputValue('#period')).toBe('2023-2024');
    await page.fill('#period', '2022-2023');
    await page.click('#run');
    expect(await page.isDisabled('#run')).toBe(true);
    const detail = (step: string) => page.locator(`[data-step=${step}] .step-detail`);
    await expect.poll(() => detail('reading').textContent(), { timeout: 5000 }).toBe('листов: 5 из 15, строк: 380');
    expect(await page.getAttribute('[data-step=reading]', 'class')).toContain('step-active');
    expect(await page.getAttribute('[data-step=writing]', 'class')).toContain('step-pending');
    published = progress({ phase: 'writing', tabsDone: 15, tabsTotal: 15, rowsRead: 880, organizations: 12, staffRows: 757, sheetsDone: 0, sheetsTotal: 4, currentSheet: 'Показатели' });
    await expect.poll(() => detail('writing').textContent(), { timeout: 5000 }).toBe('лист 1 из 4: «Показатели»');
    expect(await page.getAttribute('[data-step=reading]', 'class')).toContain('step-done');
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-sidebar-progress.png') });
    expect(await page.textContent('[data-step=computing] .step-detail')).toBe('организаций: 12, работников: 757');
    expect(runArgs[0]).toMatchObject({ presetId: 'surgut-2021', period: '2022-2023', runId: expect.stringMatching(/^[a-z0-9-]{8,64}$/) });
    release(SUMMARY);
    await page.waitForSelector('#summary:not([hidden])');
    const text = (await page.textContent('#summary')) ?? '';
    for (const part of ['Итоги за 2023-2024', 'Организаций12', 'Учтено работников757', 'Достигнуто2', 'Не достигнуто2', 'Нет данных1', 'Адресных рекомендаций9', '10 проблем в данных', 'Сведений: 6']) {
      expect(text).toContain(part);
    }
    expect(await page.isHidden('#progress')).toBe(true);
    expect(await page.isDisabled('#run')).toBe(false);
    await page.click('#open-problems');
    await expect.poll(() => called.includes('openProblemsSheet')).toBe(true);
    expect(external).toEqual([]);
    await page.close();
  });

  it('a refusal from the server is shown in Russian, with the step where the run stopped', async () => {
    const message = 'Расчёт остановлен перед записью листа «История»: время работы скрипта подходит к пределу Google (6 минут). Прежние листы результатов не изменены.';
    const { page } = await openSidebar((name) => {
      if (name === 'getPanelState') return { ok: true, value: STATE };
      if (name === 'getRunProgress') return progress({ phase: 'writing', tabsDone: 15, tabsTotal: 15, rowsRead: 880, organizations: 12, staffRows: 757, sheetsDone: 3, sheetsTotal: 5, currentSheet: 'История' });
      if (name === 'runFromPanel') return new Promise((resolve) => setTimeout(() => resolve({ ok: false, code: 'time-limit', message }), 2000));
      return null;
    });
    await page.waitForSelector('#form:not([hidden])');
    await page.click('#run');
    await page.waitForSelector('#message:not([hidden])', { timeout: 10_000 });
    expect(await page.textContent('#message')).toBe(message);
    expect(await page.getAttribute('[data-step=writing]', 'class')).toContain('step-failed');
    expect(await page.getAttribute('[data-step=reading]', 'class')).toContain('step-done');
    expect(await page.textContent('#progress .section-title')).toBe('Расчёт остановлен');
    expect(await page.isHidden('#summary')).toBe(true);
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-sidebar-refusal.png') });
    await page.close();
  });

  it('a refusal before any progress shows only the message', async () => {
    const message = 'В книге уже есть лист «Показатели», созданный не программой. Чтобы не потерять ваши данные, расчёт остановлен и ничего не изменено.';
    const { page } = await openSidebar((name) => {
      if (name === 'getPanelState') return { ok: true, value: STATE };
      if (name === 'runFromPanel') return { ok: false, code: 'output-sheet-taken', message };
      return null;
    });
    await page.waitForSelector('#form:not([hidden])');
    await page.click('#run');
    await page.waitForSelector('#message:not([hidden])');
    expect(await page.textContent('#message')).toBe(message);
    expect(await page.isHidden('#progress')).toBe(true);
    await page.close();
  });

  it('an exception on the server is shown as plain Russian, never with its stack', async () => {
    const { page } = await openSidebar((name) => {
      if (name === 'getPanelState') return { ok: true, value: STATE };
      const e = new Error('TypeError: Cannot read properties of undefined (reading "getRange")\n    at renderOutput (Code:812:11)');
      e.stack = `${e.message}\n    at writeOutputs (Code:901:5)\n    at runMonitoring (Code:1010:3)`;
      throw e;
    });
    await page.waitForSelector('#form:not([hidden])');
    await page.click('#run');
    await page.waitForSelector('#message:not([hidden])');
    const text = (await page.textContent('#message')) ?? '';
    expect(text).toMatch(/^Не удалось выполнить действие в таблице\./);
    expect(text).not.toMatch(/\bat \w+ \(|Code:\d+|writeOutputs|runMonitoring|TypeError/);
    expect(await page.isHidden('#progress')).toBe(true);
    expect(await page.isDisabled('#run')).toBe(false);
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-sidebar-error.png') });
    await page.close();
  });
});

describe('wired to the built Code.js', () => {
  const handlerFor = (env: GasEnvironment): ServerHandler => (name, args) => env.callJson(name, ...args);

  it('runs the example workbook, shows its summary and opens `Проверка данных`', async () => {
    const env = exampleEnv();
    const plan = corePlan(exampleSheets());
    const { page, external } = await openSidebar(handlerFor(env));
    await expect.poll(() => page.inputValue('#preset')).toBe('alapaevsk-2024');
    expect(await page.inputValue('#period')).toBe('2023-2024');
    await page.click('#run');
    await page.waitForSelector('#summary:not([hidden])', { timeout: 30_000 });
    const text = ((await page.textContent('#summary')) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`Организаций${plan.summary.organizations}`);
    expect(text).toContain(`Учтено работников${plan.summary.rows}`);
    expect(text).toContain(`Достигнуто${plan.summary.met}`);
    expect(text).toContain(`Не достигнуто${plan.summary.below}`);
    expect(text).toContain(`${plan.summary.warnings + plan.summary.errors} проблем`);
    await page.screenshot({ path: path.join(tmpdir(), 'pedmonitor-sidebar.png'), fullPage: true });
    env.spreadsheet.active = env.spreadsheet.sheet('Настройки')!;
    await page.click('#open-problems');
    await expect.poll(() => env.spreadsheet.active?.name).toBe(SHEET.problems);
    const functions = env.topLevelFunctions();
    for (const name of await serverCalls(page)) expect(functions).toContain(name);
    expect(external).toEqual([]);
    await page.close();
  });

  it('«Создать шаблон» on an empty spreadsheet adds the sheets and says so', async () => {
    const env = createGasEnvironment({ now: START });
    const { page } = await openSidebar(handlerFor(env));
    await page.waitForSelector('#no-tabs:not([hidden])');
    await page.click('#template');
    await page.waitForSelector('#message.message-info');
    expect(await page.textContent('#message')).toContain('Созданы листы «Настройки», «Организации», «Муниципалитет», «Мероприятия», «Сведения ОО», «Пример ОО».');
    await page.waitForSelector('#no-tabs[hidden]', { state: 'attached' });
    expect(env.spreadsheet.names()).toContain('Пример ОО');
    await page.close();
  });

  it('«Создать настройку показателей» uses the preset chosen in the list and says what it did', async () => {
    const env = exampleEnv();
    const { page } = await openSidebar(handlerFor(env));
    await page.waitForSelector('#form:not([hidden])');
    await page.selectOption('#preset', 'zverevo-2021');
    await page.click('#catalogue');
    await page.waitForSelector('#message.message-info');
    expect(await page.textContent('#message')).toContain('из набора «zverevo-2021» (показателей: 6)');
    expect(env.spreadsheet.names()).toContain(SHEET.catalogue);
    expect(await page.isDisabled('#catalogue')).toBe(false);
    await page.close();
  });
});
