/**
 * Real producers of .xlsx files for the corpus and fidelity tests, found on this machine: Python
 * with openpyxl (Debian's python3-openpyxl, python3-pil) and LibreOffice (libreoffice-calc-nogui),
 * both installed by .ci/run. A test that needs one that is missing is not run, and says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

function works(cmd: string, args: readonly string[]): boolean {
  const run = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  return run.status === 0;
}

/** A Python 3 that has openpyxl and PIL, or null. */
export const PYTHON_OPENPYXL = ['/usr/bin/python3', 'python3'].find((p) => works(p, ['-c', 'import openpyxl, PIL'])) ?? null;
/** Any Python 3 (the independent reader needs only its standard library), or null. */
export const PYTHON = PYTHON_OPENPYXL ?? (['python3', '/usr/bin/python3'].find((p) => works(p, ['-c', 'import zipfile, xml.etree.ElementTree'])) ?? null);
export const SOFFICE = ['soffice', 'libreoffice'].find((p) => works(p, ['--version'])) ?? null;

export function note(what: string, missing: string): void {
  if (missing) process.stderr.write(`[${what}] не проверено: на этой машине нет ${missing} (CI ставит их в .ci/run)\n`);
}

/** Runs a Python script of the corpus folder. */
export function python(script: string, args: readonly string[]): string {
  const run = spawnSync(PYTHON_OPENPYXL ?? PYTHON ?? 'python3', [path.join(CORPUS_DIR, script), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * LibreOffice's own round trip: opens `file` and saves it as .xlsx into `outDir` (formulas
 * recalculated and their results saved). Returns the new file's path.
 */
export function libreOfficeRoundTrip(file: string, outDir: string, format = 'xlsx'): string {
  mkdirSync(outDir, { recursive: true });
  const profile = path.join(outDir, '.lo-profile');
  const run = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, file], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const out = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, `.${format}`));
  if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.stderr}`);
  readFileSync(out); // it must be there
  return out;
}

/** One cell as the independent reader gives it. */
export type PyValue = { n: number } | { s: string } | { b: boolean } | { e: string } | { date: number };
export interface PyBook {
  readonly date1904: boolean;
  readonly sheets: readonly { readonly name: string; readonly state: string; readonly cells: readonly [number, number, PyValue][] }[];
}

export function independentReading(file: string): PyBook {
  return JSON.parse(python('grid.py', [file])) as PyBook;
}
