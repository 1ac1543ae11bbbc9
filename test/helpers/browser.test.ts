/**
 * The browser helper finds Chromium in the documented order, and the last resort — the Chromium
 * shipped in an npm package — really launches and renders Russian text, so the browser tests pass
 * on a machine with no browser installed.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findBrowser, PACKAGED_CHROMIUM_ENV, systemChromium } from './browser';

function fakeExecutable(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

describe('browser helper', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pedmonitor-browser-'));

  it('finds a Chromium or Chrome by command name on the PATH, in PATH order, and nothing on an empty PATH', () => {
    const first = path.join(root, 'first');
    const second = path.join(root, 'second');
    fakeExecutable(second, 'chromium');
    const chrome = fakeExecutable(first, 'google-chrome');
    expect(systemChromium([first, second].join(path.delimiter))).toBe(path.join(second, 'chromium'));
    expect(systemChromium(first)).toBe(chrome);
    expect(systemChromium('')).toBeNull();
    writeFileSync(path.join(root, 'chromium'), 'not executable');
    expect(systemChromium(root)).toBeNull();
  });

  it('takes CHROMIUM_PATH first and refuses one that is not executable', async () => {
    const own = fakeExecutable(path.join(root, 'own'), 'my-chrome');
    const onPath = path.join(root, 'second');
    await expect(findBrowser({ CHROMIUM_PATH: own, PATH: onPath })).resolves.toMatchObject({ source: 'CHROMIUM_PATH', executablePath: own });
    await expect(findBrowser({ PATH: onPath })).resolves.toMatchObject({ source: 'system', executablePath: path.join(onPath, 'chromium') });
    await expect(findBrowser({ CHROMIUM_PATH: path.join(root, 'missing') })).rejects.toThrow(/CHROMIUM_PATH/);
  });

  it('with no browser on the machine, launches the packaged Chromium and renders Cyrillic', async () => {
    const found = await findBrowser({ PATH: '', [PACKAGED_CHROMIUM_ENV]: process.env[PACKAGED_CHROMIUM_ENV] });
    expect(found.source).toBe('packaged');
    expect(found.args).not.toContain('--disable-web-security');
    const browser = await chromium.launch({ executablePath: found.executablePath, args: [...found.args] });
    try {
      const page = await browser.newPage();
      await page.setContent('<p><span id="ru">Показатели</span> <span id="box">\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}</span></p>');
      const widths = await page.evaluate(`[...document.querySelectorAll('span')].map((s) => s.getBoundingClientRect().width)`) as number[];
      const [ru, box] = widths;
      // Ten Cyrillic letters drawn from a real font differ in width from ten missing-glyph boxes.
      expect(ru).toBeGreaterThan(40);
      expect(Math.abs(ru! - box!)).toBeGreaterThan(1);
      expect(await page.textContent('#ru')).toBe('Показатели');
    } finally {
      await browser.close();
    }
  });
});
