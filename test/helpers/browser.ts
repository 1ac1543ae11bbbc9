/**
 * The one way every browser test gets a Chromium, so `npm test` passes on a machine with Node and
 * nothing else. The browser is found in this order:
 *   1. `CHROMIUM_PATH`, when set (a developer's own Chrome or Chromium);
 *   2. a Chromium or Chrome on the PATH (`chromium`, `chromium-browser`, `google-chrome`, …),
 *      as CI installs Debian's `chromium`;
 *   3. the Chromium shipped, compressed, inside the npm package `@sparticuz/chromium` (a
 *      devDependency, so `npm ci` brings it with no download of its own). The test run's global
 *      setup unpacks it once into the run's own temporary folder (`preparePackagedChromium`), so
 *      parallel test files never race to unpack it.
 * Every launch closes Chromium's background traffic (updates, sync, pings), since tests must see
 * only the requests a page itself makes.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Set by the global setup to the unpacked packaged Chromium (step 3). */
export const PACKAGED_CHROMIUM_ENV = 'PEDMONITOR_PACKAGED_CHROMIUM';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Flags for every launch: no first-run UI and no background connections of Chromium's own. */
const QUIET = ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-default-browser-check'];

/** As root and in containers Chromium needs its sandbox off; a desktop GPU is never needed. */
const SYSTEM_ARGS = ['--no-sandbox', '--disable-gpu', ...QUIET];

/** The packaged build's own recommended flags, less the two that would relax web security. */
const INSECURE = new Set(['--disable-web-security', '--allow-running-insecure-content']);

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'packaged';

export interface FoundBrowser {
  readonly source: BrowserSource;
  readonly executablePath: string;
  readonly args: readonly string[];
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of the usual Chromium/Chrome command names found on the PATH. */
export function systemChromium(searchPath = process.env.PATH ?? ''): string | null {
  const dirs = searchPath.split(path.delimiter).filter((d) => d !== '');
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

async function packagedArgs(): Promise<string[]> {
  const packaged = (await import('@sparticuz/chromium')).default;
  return [...packaged.args.filter((a) => !INSECURE.has(a) && !a.startsWith('--headless')), ...QUIET];
}

/**
 * Unpacks the packaged Chromium into the current temporary folder and returns its path. Called
 * once per test run by the global setup, and only when neither step 1 nor step 2 finds a browser.
 */
export async function preparePackagedChromium(): Promise<string> {
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

/** Which browser the tests will launch, in the documented order. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file`);
    return { source: 'CHROMIUM_PATH', executablePath: explicit, args: SYSTEM_ARGS };
  }
  const system = systemChromium(env.PATH);
  if (system) return { source: 'system', executablePath: system, args: SYSTEM_ARGS };
  const unpacked = env[PACKAGED_CHROMIUM_ENV] || (await preparePackagedChromium());
  return { source: 'packaged', executablePath: unpacked, args: await packagedArgs() };
}

/** Launches headless Chromium (see the module comment for which one). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const found = await findBrowser();
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: found.executablePath,
    args: [...found.args, ...(options.args ?? [])],
  });
}
