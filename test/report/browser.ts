/**
 * Headless Chromium for the report tests (the one browser helper, test/helpers/browser.ts): a page that records every request, console error and page error, so a test
 * can assert that the report loads nothing and runs clean.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { PAGE_MARGINS_MM } from '../../core/report/style';

export function launch(): Promise<Browser> {
  return launchBrowser();
}

export interface OpenedReport {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly errors: string[];
}

/** Writes the HTML to `dir/name` and opens it; requests and errors are recorded from the start. */
export async function openReport(browser: Browser, html: string, dir: string, name = 'report.html', width = 1200): Promise<OpenedReport> {
  const file = path.join(dir, name);
  writeFileSync(file, html, 'utf8');
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const url = `file://${file}`;
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, errors };
}

/** A4 (210 mm) less the @page side margins of the print stylesheet, in CSS px (96 per inch). */
export const PRINTABLE_WIDTH_PX = Math.floor(((210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right) / 25.4) * 96);

/**
 * The little of the DOM the tests read inside page.evaluate. The project compiles without the
 * "dom" lib (the core must stay host-free), so each test file declares `document` with these.
 */
export interface DomElement {
  readonly textContent: string | null;
  readonly className: string;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  getBoundingClientRect(): { readonly right: number; readonly width: number };
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { readonly length: number };
}

export interface DomDocument extends DomElement {
  readonly body: DomElement;
  readonly documentElement: DomElement;
  readonly scripts: { readonly length: number };
}

export type ComputedStyle = (element: DomElement) => { readonly display: string; readonly breakInside: string; readonly breakBefore: string };
