/**
 * Shared by the command-line tests: builds the bundle once per test file, runs it as a user would
 * (`node dist/cli/pedmonitor.cjs …` in a child process), and writes fixture workbooks with ExcelJS
 * from plain rows, so no binary fixture is ever checked in.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { CellValue, OutValue, SheetData, SheetGrid } from '../../core/index';
import { loadWorkbook } from '../../cli/workbook-file';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
export const CLI = path.join(ROOT, 'dist', 'cli', 'pedmonitor.cjs');

/** Builds dist/cli/pedmonitor.cjs (the build writes atomically, so parallel files are safe). */
export function buildCli(): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build-cli failed: ${run.stderr}`);
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd = ROOT): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix = 'pedmonitor-cli-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface FixtureSheet {
  readonly name: string;
  readonly rows: readonly (readonly (ExcelJS.CellValue | undefined)[])[];
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
}

/** Writes a workbook made of plain rows (null / undefined cells stay empty). */
export async function writeFixture(file: string, sheets: readonly FixtureSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    s.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      });
    });
  }
  await wb.xlsx.writeFile(file);
}

/** A small roster tab: header and rows of [ФИО, Должность, Категория работника, ПК за период]. */
export function roster(name: string, rows: readonly (readonly (string | boolean | number | null)[])[]): FixtureSheet {
  return { name, rows: [['ФИО', 'Должность', 'Категория работника', 'ПК за период'], ...rows] };
}

export async function readSheets(file: string): Promise<SheetData[]> {
  return [...(await loadWorkbook(readFileSync(file), file)).sheets];
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * A grid in a comparable form: '' is an empty cell, trailing empty cells and rows are dropped
 * (an OutputSheet is rectangular; a sheet read back is dense only up to its last used cell).
 */
export function normalizeGrid(grid: SheetGrid | readonly (readonly OutValue[])[]): CellValue[][] {
  const rows = grid.map((row) => {
    const cells: CellValue[] = row.map((v) => (v === '' || v === undefined ? null : v));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export function sheetByName(sheets: readonly SheetData[], name: string): SheetData {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}; sheets: ${sheets.map((s) => s.name).join(', ')}`);
  return found;
}
