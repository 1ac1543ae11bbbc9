/**
 * Gives the whole test run a temporary directory of its own (TMPDIR, which os.tmpdir() reads and
 * the test workers inherit) and removes it at the end, so the CLI, report and browser tests leave
 * no trail and a run never touches another run's temporary folders. When the machine has no
 * Chromium of its own, the packaged one is unpacked here, once, into that directory (see
 * test/helpers/browser.ts), and its path handed to the workers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PACKAGED_CHROMIUM_ENV, preparePackagedChromium, systemChromium } from './helpers/browser';

export default async function setup(): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  if (!process.env.CHROMIUM_PATH && !systemChromium()) {
    process.env[PACKAGED_CHROMIUM_ENV] = await preparePackagedChromium();
  }
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    delete process.env[PACKAGED_CHROMIUM_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
