/**
 * `pedmonitor demo` through the built CLI: it creates the example workbook and its results in the
 * default folder (relative to where it is run) or --dir, may be rerun over its own files, and
 * prints the summary plus the criteria furthest below target — aggregates only, never a name.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateExampleWorkbook } from '../../core/example/generate';
import { buildCli, readSheets, runCli, tempDir } from './helpers';

beforeAll(() => buildCli());

/** Every ФИО of the generated example (the demo must never print one). */
function exampleNames(): string[] {
  const names: string[] = [];
  for (const sheet of generateExampleWorkbook(2024).sheets) {
    const header = sheet.rows.findIndex((r) => r.some((v) => v === 'ФИО'));
    if (header < 0) continue;
    const col = sheet.rows[header]!.indexOf('ФИО');
    for (const row of sheet.rows.slice(header + 1)) {
      const v = row[col];
      if (typeof v === 'string' && v.trim().includes(' ')) names.push(v.trim());
    }
  }
  return names;
}

describe('demo', () => {
  it('writes examples/ under the working folder by default and prints the five largest shortfalls', async () => {
    const cwd = tempDir();
    const run = runCli(['demo'], cwd);
    expect(run.code, run.stderr).toBe(0);
    const dir = path.join(cwd, 'examples');
    const workbook = path.join(dir, 'pedmonitor-example.xlsx');
    const results = path.join(dir, 'out', 'pedmonitor-example-результаты.xlsx');
    const json = path.join(dir, 'out', 'result.json');
    for (const f of [workbook, results, json]) expect(existsSync(f), f).toBe(true);
    expect(JSON.parse(readFileSync(json, 'utf8')).schemaVersion).toBe(1);
    expect((await readSheets(results)).map((s) => s.name)).toContain('Показатели');

    expect(run.stdout).toContain('Расчёт выполнен.');
    expect(run.stdout).toContain('Наибольшее отставание от целевых значений');
    const lines = run.stdout.split('\n');
    const start = lines.findIndex((l) => l.startsWith('Наибольшее отставание'));
    const shortfalls = lines.slice(start + 1).filter((l) => /^\s+\S+\s+.+ при цели .+\(отставание .+\)$/.test(l));
    expect(shortfalls.length).toBeGreaterThan(0);
    expect(shortfalls.length).toBeLessThanOrEqual(5);
    const gaps = shortfalls.map((l) => Number(/отставание ([\d\s,]+)/.exec(l)![1]!.replace(/\s/g, '').replace(',', '.')));
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);

    for (const name of exampleNames()) expect(run.stdout.includes(name), name).toBe(false);
  });

  it('honours --dir and may be rerun over its own files', () => {
    const dir = path.join(tempDir(), 'моя папка');
    expect(runCli(['demo', '--dir', dir]).code).toBe(0);
    const again = runCli(['demo', '--dir', dir]);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'out', 'result.json'))).toBe(true);
  });

  it('rejects unknown options with exit 2', () => {
    const run = runCli(['demo', '--folder', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Неизвестный параметр «--folder»');
  });
});
