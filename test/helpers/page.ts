/**
 * Shared by the page's browser tests and its benchmark: builds pedmonitor.html into a temporary
 * folder (never the shared dist/), opens it from file:// in headless Chromium with every request,
 * console message and page error recorded from the first moment, and runs a workbook through it
 * the way a user does — the file input, then the three download links — saving what they give.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Download, Page } from 'playwright-core';

/** The repository: the first folder up from here with a package.json (this file may run bundled, from a cache folder). */
export const ROOT = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found');
    dir = up;
  }
  return dir;
})();

/** Builds the page into `dir` and returns the file's path. */
export function buildPage(dir: string): string {
  const file = path.join(dir, 'pedmonitor.html');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-page.mjs'), '--out', file], { cwd: ROOT, stdio: 'pipe' });
  return file;
}

export interface OpenedPage {
  readonly page: Page;
  /** Every URL the page requested (the page itself, the worker's blob: URL, …). */
  readonly requests: string[];
  /** Console errors and warnings, page errors, dialogs. */
  readonly problems: string[];
}

export async function openPage(browser: Browser, file: string, viewport = { width: 1100, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale: 'ru-RU' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // A worker's own errors reach neither 'console' nor 'pageerror' of the page: listen to it too.
  page.on('worker', (w) => {
    requests.push(`worker:${w.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, problems };
}

export const LINKS = { workbook: 'a[download$=".xlsx"]', report: 'a[download$=".html"]', json: 'a[download$=".json"]' } as const;

export interface PageRun {
  readonly workbook: Buffer;
  readonly report: string;
  readonly json: string;
  readonly names: { readonly workbook: string; readonly report: string; readonly json: string };
  /** Milliseconds from giving the file to the input until the three links were there, seen from outside. */
  readonly ms: number;
  /** The same as the page itself measured it (file chosen → links ready), without the harness's round trips. */
  readonly pageMs: number;
}

/** Gives `input` to the file input, waits for the links (up to `timeout` ms), downloads each. */
export async function runInPage(page: Page, input: string | { name: string; mimeType: string; buffer: Buffer }, saveDir: string, timeout = 60_000): Promise<PageRun> {
  const started = performance.now();
  await page.setInputFiles('input[type=file]', input);
  await page.locator(LINKS.json).waitFor({ state: 'attached', timeout });
  const ms = performance.now() - started;
  const pageMs = Number(await page.locator('#downloads').getAttribute('data-ms'));
  mkdirSync(saveDir, { recursive: true });
  const save = async (selector: string): Promise<{ file: string; name: string }> => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
    const name = (download as Download).suggestedFilename();
    const file = path.join(saveDir, name);
    await (download as Download).saveAs(file);
    return { file, name };
  };
  const workbook = await save(LINKS.workbook);
  const report = await save(LINKS.report);
  const json = await save(LINKS.json);
  return {
    workbook: readFileSync(workbook.file),
    report: readFileSync(report.file, 'utf8'),
    json: readFileSync(json.file, 'utf8'),
    names: { workbook: workbook.name, report: report.name, json: json.name },
    ms,
    pageMs,
  };
}
