/**
 * pedmonitor.html in a real Chromium, opened from disk (file://) as a methodologist opens it:
 * the example workbook goes in through the one file input, and the three downloads must be what
 * the command line writes for the same file — the result JSON and the report text equal, the
 * workbook the same package as `compute --out`: the same parts in the same order with the same
 * bytes once inflated (the command line compresses its new parts with Node's zlib, the page with
 * the layer's own deflate, so the compressed bytes of those parts differ). The page must make no network request (recorded),
 * log no error, and say in Russian what is wrong with a file it cannot read, leaving nothing to
 * download and staying usable. Screenshots of each state go to this test's temporary folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TEMPLATE_DATA_ROWS, templateSheets } from '../../core/index';
import { partsOf, readWorkbook } from '../../cli/xlsx/index';
import { nodeCodec } from '../../cli/xlsx/node-codec';
import { crc32 } from '../../cli/xlsx/index';
import { launchBrowser } from '../helpers/browser';
import { buildPage, LINKS, openPage, ROOT, runInPage } from '../helpers/page';

const EXAMPLE = path.join(ROOT, 'examples', 'pedmonitor-example.xlsx');
const CLI = path.join(ROOT, 'dist', 'cli', 'pedmonitor.cjs');
const dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-page-'));
let browser: Browser;
let pageFile: string;

beforeAll(async () => {
  pageFile = buildPage(dir);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, stdio: 'pipe' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function cli(args: readonly string[]): void {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pedmonitor ${args.join(' ')}: ${run.stderr}`);
}

/** Only the page itself and the worker it starts from a Blob URL: nothing on any network. */
function offline(requests: readonly string[]): boolean {
  return requests.every((u) => u.startsWith('file://') || u.startsWith('blob:') || u.startsWith('worker:blob:'));
}

/** A ZIP of stored entries (enough for an .ods look-alike): names and texts in order. */
function storedZip(entries: readonly [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(10, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

describe('pedmonitor.html from file:// in Chromium', () => {
  it('is one file under 3 MB whose policy forbids every network request', () => {
    const html = readFileSync(pageFile, 'utf8');
    expect(statSync(pageFile).size).toBeLessThanOrEqual(3 * 1024 * 1024);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/worker-src blob:/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    // No external resource anywhere: no src= or href= to a server.
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
  });

  it('computes the example workbook: downloads equal the command line, offline, no errors', async () => {
    const { page, requests, problems } = await openPage(browser, pageFile);
    await page.screenshot({ path: path.join(dir, '1-start.png'), fullPage: true });
    const run = await runInPage(page, EXAMPLE, path.join(dir, 'page-downloads'));
    await page.screenshot({ path: path.join(dir, '2-done.png'), fullPage: true });

    cli(['compute', EXAMPLE, '--out', 'cli.xlsx', '--json', 'cli.json']);
    cli(['report', EXAMPLE, '--out', 'cli.html']);
    const cliJson = readFileSync(path.join(dir, 'cli.json'), 'utf8');
    expect(JSON.parse(run.json)).toEqual(JSON.parse(cliJson));
    expect(run.json).toBe(cliJson);
    expect(run.report).toBe(readFileSync(path.join(dir, 'cli.html'), 'utf8'));
    const cliBook = readFileSync(path.join(dir, 'cli.xlsx'));
    // Same sheets, same values, read back by the layer; then the very same parts, inflated.
    const pageSheets = (await readWorkbook(run.workbook, nodeCodec)).sheets.map((s) => [s.name, s.values]);
    const cliSheets = (await readWorkbook(cliBook, nodeCodec)).sheets.map((s) => [s.name, s.values]);
    expect(pageSheets).toEqual(cliSheets);
    expect(pageSheets.map((s) => s[0])).toContain('Показатели');
    const pageParts = await partsOf(run.workbook, nodeCodec);
    const cliParts = await partsOf(cliBook, nodeCodec);
    expect(pageParts.map((p) => p.name)).toEqual(cliParts.map((p) => p.name));
    for (const [i, p] of pageParts.entries()) expect(Buffer.from(p.data).equals(Buffer.from(cliParts[i]!.data)), p.name).toBe(true);

    expect(run.names).toEqual({ workbook: 'pedmonitor-example — результаты.xlsx', report: 'pedmonitor-example — справка.html', json: 'pedmonitor-example — результат.json' });
    // The summary is the task pane's, with the core's figures.
    const result = JSON.parse(cliJson) as { organizations: unknown[]; criteria: { total: { status: string } }[] };
    const met = result.criteria.filter((c) => c.total.status === 'met').length;
    const summary = await page.locator('#summary').textContent();
    expect(summary).toContain(`${result.organizations.length} организаци`);
    expect(await page.locator('.stat-met .stat-value').textContent()).toBe(String(met));
    // The problems link opens the list of `Проверка данных`.
    await page.locator('[data-action="problems"]').first().click();
    expect(await page.locator('#problems').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#problems tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(dir, '3-problems.png'), fullPage: true });

    expect(offline(requests), requests.join('\n')).toBe(true);
    expect(requests.some((u) => u.startsWith('worker:blob:'))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('takes a dropped file too, and a changed period is used on «Рассчитать заново»', async () => {
    const { page, problems } = await openPage(browser, pageFile);
    const bytes = readFileSync(EXAMPLE).toString('base64');
    // As a browser delivers a dropped file (the project compiles without the DOM lib: a string).
    await page.evaluate(`(() => {
      const raw = Uint8Array.from(atob(${JSON.stringify(bytes)}), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([raw], 'книга.xlsx'));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    })()`);
    await page.locator(LINKS.json).waitFor({ state: 'attached' });
    const first = await page.locator('#period').inputValue();
    expect(first).toMatch(/^\d{4}-\d{4}$/);
    await page.locator('#period').fill('2019-2020');
    await page.locator('#run').click();
    await page.locator('#summary').filter({ hasText: 'Период 2019-2020' }).waitFor();
    await page.locator(LINKS.json).waitFor({ state: 'attached' });
    expect(await page.locator('#period').inputValue()).toBe('2019-2020');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says in Russian what is wrong with a file it cannot read; nothing to download; the page still works', async () => {
    const { page, requests, problems } = await openPage(browser, pageFile);
    const example = readFileSync(EXAMPLE);
    const empty = Buffer.from(await (await import('../../cli/xlsx/index')).writeWorkbook(null, { sheets: [{ name: 'Лист1', values: [], formats: [], tones: [], columnWidths: [], wrapColumns: [], frozenRows: 0, frozenColumns: 0 } as never] }, nodeCodec));
    const bad: { name: string; buffer: Buffer; expect: RegExp }[] = [
      { name: 'старая.xls', buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]), expect: /старая\.xls.*(97|\.xls)/s },
      { name: 'таблица.ods', buffer: storedZip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']]), expect: /таблица\.ods.*(OpenDocument|\.ods)/s },
      { name: 'выгрузка.xlsx', buffer: Buffer.from('ФИО;Должность\nИванов И. И.;учитель\n', 'utf8'), expect: /выгрузка\.xlsx/ },
      { name: 'обрыв.xlsx', buffer: example.subarray(0, Math.floor(example.length / 2)), expect: /обрыв\.xlsx/ },
      { name: 'пустая.xlsx', buffer: empty, expect: /лист|организац/i },
    ];
    for (const [i, file] of bad.entries()) {
      await page.setInputFiles('input[type=file]', { name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
      const notice = page.locator('#notice.message-bar-error');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text, file.name).toMatch(file.expect);
      expect(text).toMatch(/[а-яё]{4}/i);
      expect(text).not.toMatch(/Error|undefined|at \w+ \(|TypeError/);
      expect(await page.locator('a[download]').count()).toBe(0);
      expect(await page.locator('#run').isEnabled()).toBe(true);
      await page.screenshot({ path: path.join(dir, `4-bad-${i + 1}.png`), fullPage: true });
    }
    // Still usable: the example computes after all of them.
    const run = await runInPage(page, EXAMPLE, path.join(dir, 'after-bad'));
    expect(JSON.parse(run.json).organizations.length).toBeGreaterThan(0);
    expect(offline(requests)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('«Создать шаблон» downloads the empty template workbook with its drop-down lists', async () => {
    const { page, problems } = await openPage(browser, pageFile);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#template').click()]);
    expect(download.suggestedFilename()).toMatch(/шаблон.*\.xlsx$/);
    const file = path.join(dir, 'template.xlsx');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    const book = await readWorkbook(bytes, nodeCodec);
    const expected = templateSheets(new Date());
    expect(book.sheets.map((s) => s.name)).toEqual(expected.map((s) => s.name));
    for (const [i, sheet] of expected.entries()) expect(book.sheets[i]!.values[0]).toEqual(sheet.rows[0]);
    // The drop-downs, read back by an independent reader (ExcelJS): each column's check in place.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const sheet of expected) {
      const ws = wb.getWorksheet(sheet.name)!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      for (const v of sheet.validations) {
        const rule = ws.getCell(TEMPLATE_DATA_ROWS, v.column + 1).dataValidation;
        if (v.kind === 'list') expect(rule).toMatchObject({ type: 'list', formulae: [`"${v.values.join(',')}"`] });
        if (v.kind === 'number') expect(rule).toMatchObject({ type: 'decimal', operator: 'between', formulae: [v.min, v.max] });
        if (v.kind === 'date') expect(rule).toMatchObject({ type: 'date' });
        expect(ws.getCell(TEMPLATE_DATA_ROWS + 1, v.column + 1).dataValidation).toBeUndefined();
      }
    }
    expect(wb.getWorksheet('Пример ОО')!.getCell('B2').dataValidation).toBeUndefined(); // Должность: free text
    expect(await page.locator('#notice').textContent()).toMatch(/Шаблон скачан/);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
