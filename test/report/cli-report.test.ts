/**
 * `pedmonitor report` end to end through the built CLI, as a user runs it: the report is written,
 * equals renderReport of the same plan, the input workbook is untouched byte for byte, an existing
 * file is overwritten only with --force, and every refusal has its exit code (1 input or file,
 * 2 usage) with a Russian message and nothing written.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planRun, renderReport } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { writeExampleXlsx } from '../../cli/example/write-xlsx';
import { buildCli, readSheets, runCli, sha256, tempDir, type CliRun } from '../cli/helpers';

let dir: string;
let input: string;
let out: string;
let hashBefore: string;
let mtimeBefore: number;
let run: CliRun;

beforeAll(async () => {
  buildCli();
  dir = tempDir('pedmonitor-report-cli-');
  input = path.join(dir, 'пример.xlsx');
  out = path.join(dir, 'справка.html');
  await writeExampleXlsx(generateExampleWorkbook(2024), input);
  hashBefore = sha256(input);
  mtimeBefore = statSync(input).mtimeMs;
  run = runCli(['report', input, '--out', out, '--date', '2024-06-01']);
});

const noTemporaryFiles = () => expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('pedmonitor report on the example workbook', () => {
  it('exits 0 and prints a short Russian summary naming the file', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Аналитическая справка сформирована.');
    expect(run.stdout).toContain('Организаций: 12, учтено строк работников: 757');
    expect(run.stdout).toContain(`Справка: ${out}`);
  });

  it('writes the report planRun and renderReport give for the same workbook', async () => {
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ru">')).toBe(true);
    const plan = planRun(await readSheets(input), { today: new Date(), referenceDate: new Date(Date.UTC(2024, 5, 1)) });
    expect(html).toBe(renderReport(plan));
    noTemporaryFiles();
  });

  it('leaves the input file unchanged byte for byte', () => {
    expect(sha256(input)).toBe(hashBefore);
    expect(statSync(input).mtimeMs).toBe(mtimeBefore);
  });

  it('refuses to overwrite an existing report without --force (exit 1), and overwrites with it', () => {
    writeFileSync(out, 'старая справка', 'utf8');
    const again = runCli(['report', input, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/уже существует/);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('старая справка');
    const forced = runCli(['report', input, '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<h1>Аналитическая справка');
    expect(sha256(input)).toBe(hashBefore);
    noTemporaryFiles();
  });

  it('takes --period and --preset like compute', () => {
    const other = path.join(dir, 'период.html');
    const r = runCli(['report', input, '--out', other, '--period', '2024-2025', '--preset', 'katav-2021']);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(other, 'utf8');
    expect(html).toContain('Отчётный период: 2024–2025');
    expect(html).toContain('KI1');
    expect(html).not.toContain('>6.1<');
  });
});

describe('pedmonitor report: refusals', () => {
  const refuses = (args: readonly string[], code: 1 | 2, pattern: RegExp) => {
    const r = runCli(args);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    if (code === 2) expect(r.stderr).toContain('pedmonitor report <книга.xlsx> --out');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('without --out: wrong usage (exit 2), nothing written', () => {
    const files = readdirSync(dir).sort();
    refuses(['report', input], 2, /--out/);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it('with a bad date or an unknown option: exit 2', () => {
    refuses(['report', input, '--out', path.join(dir, 'a.html'), '--date', '2024-02-30'], 2, /ГГГГ-ММ-ДД/);
    refuses(['report', input, '--out', path.join(dir, 'a.html'), '--json', 'x.json'], 2, /Неизвестный параметр «--json»/);
    expect(existsSync(path.join(dir, 'a.html'))).toBe(false);
  });

  it('with a missing workbook or --out equal to the input: exit 1, the input untouched', () => {
    refuses(['report', path.join(dir, 'нет.xlsx'), '--out', path.join(dir, 'b.html')], 1, /не найден/);
    expect(existsSync(path.join(dir, 'b.html'))).toBe(false);
    refuses(['report', input, '--out', input, '--force'], 1, /совпадает с исходной книгой/);
    expect(sha256(input)).toBe(hashBefore);
    noTemporaryFiles();
  });

  it('is listed in the help, with its own usage', () => {
    const main = runCli(['--help']);
    expect(main.stdout).toContain('report    аналитическая справка');
    const help = runCli(['help', 'report']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('pedmonitor report <книга.xlsx> --out <справка.html>');
    expect(runCli(['report', '--help']).stdout).toBe(help.stdout);
  });
});
