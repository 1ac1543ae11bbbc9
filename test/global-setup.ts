/**
 * Gives the whole test run a temporary directory of its own (TMPDIR, which os.tmpdir() reads and
 * the test workers inherit) and removes it at the end, so the CLI, report and browser tests leave
 * no trail and a run never touches another run's temporary folders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
