/**
 * The CLI's output workbook as a methodologist sees it (issue 17): computed from the bundled
 * example, opened by LibreOffice Calc and printed to PDF (poppler turns pages into text and PNG).
 * Every output sheet prints with its name in the page header, so pages are counted per sheet:
 * «Показатели» on at most 6 pages, all output sheets on at most 40 (before: 18 and 516 with the
 * input tabs, because fitToWidth was written without the fit-to-page flag). Wrapped rows are tall
 * enough for their text, «Рекомендации» starts each organisation on a new page, and «Сводка» has
 * its charts. PNGs of the first pages are kept in the run's folder for a person to look at.
 *
 * Needs `soffice`, `pdfinfo`, `pdftotext`, `pdftoppm` (Debian: libreoffice-calc-nogui,
 * poppler-utils — .ci/run installs them); without them the suite is skipped with a note.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { S } from '../../core/texts/ru/summary';
import { buildCli, ROOT, runCli, tempDir } from '../cli/helpers';

const OUTPUTS = ['Показатели', 'Сводка', 'Рекомендации', 'Проверка данных', 'История'] as const;

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

const TOOLS = ['soffice', 'pdfinfo', 'pdftotext', 'pdftoppm'];
const missing = TOOLS.filter((t) => !has(t));
if (missing.length > 0) {
  console.warn(`LibreOffice rendering test skipped: ${missing.join(', ')} not found (Debian: apt-get install libreoffice-calc-nogui poppler-utils).`);
}

function run(cmd: string, args: readonly string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

describe.skipIf(missing.length > 0)('the CLI output rendered by LibreOffice', () => {
  let dir: string;
  let xlsx: string;
  let pdf: string;
  /** 1-based page → the output sheet printed on it (null: an input tab). */
  let sheetOfPage: (string | null)[];
  let textOf: (page: number) => string;

  beforeAll(() => {
    buildCli();
    dir = tempDir('pedmonitor-render-');
    xlsx = path.join(dir, 'итоги.xlsx');
    const r = runCli(['compute', path.join(ROOT, 'examples', 'pedmonitor-example.xlsx'), '--out', xlsx]);
    expect(r.code, r.stderr).toBe(0);
    // A profile of its own: never the user's, never another run's (LibreOffice locks it).
    const profile = path.join(dir, 'lo-profile');
    mkdirSync(profile);
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
    pdf = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.pdf'))!);
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))![1]);
    const texts = new Map<number, string>();
    textOf = (page) => {
      if (!texts.has(page)) texts.set(page, run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']));
      return texts.get(page)!;
    };
    sheetOfPage = [null];
    // The page header is a line of its own with the sheet's name (a chart's text may come first).
    for (let p = 1; p <= pages; p++) {
      const lines = new Set(textOf(p).split('\n').map((l) => l.trim()));
      sheetOfPage.push(OUTPUTS.find((name) => lines.has(name)) ?? null);
    }
  }, 600_000);

  const pagesOf = (name: string) => sheetOfPage.flatMap((s, p) => (s === name ? [p] : []));

  it('prints «Показатели» on at most 6 pages and every output sheet on at most 40 together', () => {
    const counts = Object.fromEntries(OUTPUTS.map((n) => [n, pagesOf(n).length]));
    console.log('printed pages per output sheet:', counts);
    for (const n of OUTPUTS) expect(counts[n], n).toBeGreaterThan(0);
    expect(counts['Показатели']).toBeLessThanOrEqual(6);
    expect(OUTPUTS.reduce((s, n) => s + counts[n]!, 0)).toBeLessThanOrEqual(40);
  });

  it('«Показатели» prints the whole table width on each page: the last organisation is on the first page', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('Показатели')!;
    const header = ws.getRow(3).values as unknown[];
    const lastOrg = String(header[header.length - 1]);
    const page = textOf(pagesOf('Показатели')[0]!);
    // Header cells wrap, so look for the name's last word.
    expect(page).toContain(lastOrg.split(/\s+/).pop()!.replace(/[«»"]/g, ''));
  });

  it('rows with wrapped text have heights that fit it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('Показатели')!;
    // Criterion 1.1's name (column B, 360 px wide) takes three lines or more: 15 pt each.
    let checked = 0;
    ws.eachRow((row) => {
      const name = row.getCell(2).value;
      if (typeof name === 'string' && name.length > 150) {
        expect(row.height, name).toBeGreaterThanOrEqual(45);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(10);
    // …and LibreOffice prints every word of such a name (nothing hidden under the next row).
    const words = 'Доля учителей, прошедших диагностику (оценку) профессиональных компетенций в рамках федеральных процедур, от общего количества учителей (в разрезе учебных предметов)'.split(' ');
    const first = pagesOf('Показатели').map(textOf).join('\n').replace(/\s+/g, ' ');
    for (const w of words) expect(first).toContain(w);
  });

  it('«Рекомендации» starts every organisation on a page of its own', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const orgs = wb.worksheets.filter((w) => !OUTPUTS.includes(w.name as (typeof OUTPUTS)[number]) && !w.name.startsWith('_') && !['Настройки', 'Организации', 'Муниципалитет'].includes(w.name)).map((w) => w.name);
    const pages = pagesOf('Рекомендации').map((p) => textOf(p));
    for (const org of orgs) {
      const heading = `${org} (`;
      const page = pages.find((t) => t.includes(heading) && t.includes('адресные рекомендации'));
      expect(page, org).toBeDefined();
      // The heading is the first line under the repeated table header: nothing of another organisation above it.
      const before = page!.slice(0, page!.indexOf(heading));
      for (const other of orgs.filter((o) => o !== org && !o.startsWith(org) && !org.startsWith(o))) expect(before, `${org} / ${other}`).not.toContain(`${other} (`);
    }
  });

  it('«Сводка» has its charts, and the workbook opens on it', async () => {
    const text = pagesOf('Сводка').map(textOf).join('\n');
    expect(text).toContain(S.targetChart);
    const shots = path.join(dir, 'png');
    mkdirSync(shots);
    run('pdftoppm', ['-f', String(pagesOf('Сводка')[0]), '-l', String(pagesOf('Сводка')[0]! + 1), '-r', '60', '-png', pdf, path.join(shots, 'svodka')]);
    expect(readdirSync(shots).length).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const active = (wb.views as { activeTab?: number }[])[0]?.activeTab ?? 0;
    expect(wb.worksheets[active]!.name).toBe('Сводка');
    expect(existsSync(pdf)).toBe(true);
  });
});
