/**
 * Names and birth dates never leave the workbook (issue 7). The built bundles — dist/gas/Code.js
 * and the sidebar page, dist/office/*.js and its pages, dist/cli/pedmonitor.cjs (ExcelJS stays
 * outside it, so only our code is scanned) — contain no way to reach the network or another
 * service: no fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, importScripts,
 * UrlFetchApp, MailApp, GmailApp or DriveApp anywhere in them, the command line loads no module
 * but the file system, paths and ExcelJS, and the only page script from elsewhere is Microsoft's
 * office.js, which an Office add-in must load. Our sources print nothing but what the allow-list
 * below names, and what the hosts do show — Apps Script's toasts, alerts, cached progress, the
 * command line's stdout and stderr — carries no person's name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI, roster, ROOT, writeFixture } from '../cli/helpers';
import { buildGas, exampleEnv, exampleSheets } from '../gas/helpers';

const OFFICE_DIST = path.join(ROOT, 'dist', 'office');

beforeAll(() => {
  buildGas();
  buildCli();
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-office.mjs')], { cwd: ROOT, stdio: 'pipe' });
});

/** Any way to send data out of the browser, the Apps Script project or the Node process. */
const NETWORK = /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts|UrlFetchApp|MailApp|GmailApp|DriveApp|Drive\.Files|BigQuery|Jdbc)\b/g;

function bundles(): { file: string; text: string }[] {
  const office = readdirSync(OFFICE_DIST).filter((f) => f.endsWith('.js') || f.endsWith('.html'));
  expect(office.filter((f) => f.endsWith('.js')).sort()).toEqual(['boot.js', 'commands.js', 'taskpane.js']);
  return [
    path.join(ROOT, 'dist', 'gas', 'Code.js'),
    path.join(ROOT, 'dist', 'gas', 'Sidebar.html'),
    ...office.map((f) => path.join(OFFICE_DIST, f)),
    CLI,
  ].map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));
}

describe('the built bundles', () => {
  it('contain no network or mail call at all, not even in a string', () => {
    const found = bundles().flatMap(({ file, text }) =>
      [...text.matchAll(NETWORK)].map((m) => `${file}: …${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}…`),
    );
    expect(found).toEqual([]);
  });

  it('the command line loads only the file system, paths and compression (its .xlsx layer is its own)', () => {
    const text = readFileSync(CLI, 'utf8');
    const modules = [...new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))].sort();
    expect(modules).toEqual(['node:fs', 'node:path', 'node:zlib']);
    expect(text).not.toMatch(/\bimport\(/);
  });

  it('pages load no script or style from elsewhere but office.js, and link nowhere', () => {
    const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    for (const { file, text } of bundles().filter((b) => b.file.endsWith('.html'))) {
      const urls = [...text.matchAll(/(?:src|href|action)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!).filter((u) => /^(https?:)?\/\//i.test(u));
      expect(urls.filter((u) => u !== OFFICE_JS), file).toEqual([]);
    }
  });
});

describe('what the sources print', () => {
  /** Every console or Logger call in our code, with why it carries no personal data. */
  const ALLOWED: Readonly<Record<string, string>> = {
    // A failed google.script.run call (transport error text from Google), for support; never row values.
    'gas/client/sidebar.ts: if (e.detail) console.warn(`pedmonitor: ${e.detail}`);': 'transport error',
  };

  function sources(dir: string): string[] {
    return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? sources(path.join(dir, d.name)) : /\.(ts|html)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [path.join(dir, d.name)] : [],
    );
  }

  it('log nothing except the allowed, data-free lines', () => {
    const found: string[] = [];
    for (const file of ['core', 'gas', 'office-addin', 'cli'].flatMap(sources)) {
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line) => {
          if (/\b(console\s*\.\s*\w+|Logger\s*\.\s*log|console\s*\[)/.test(line) && !/^\s*(\*|\/\/)/.test(line)) found.push(`${file}: ${line.trim()}`);
        });
    }
    expect(found.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('the command line writes to the terminal only through its summary and messages', () => {
    const writes = sources('cli').flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .filter((l) => /process\.(stdout|stderr)\.write/.test(l))
        .map(() => file),
    );
    expect(writes).toEqual(['cli/io.ts', 'cli/io.ts']);
  });
});

describe('what the hosts show', () => {
  const NAMES = ['Тестонова Агриппина Фуззовна', 'Приватнов Пётр Секретович', 'Скрытная Ольга Ивановна'];

  it('Apps Script: toasts, alerts, cached progress and console carry no name', () => {
    const env = exampleEnv();
    const example = exampleSheets();
    const names = new Set<string>();
    for (const s of example) {
      const col = s.rows.find((r) => r.includes('ФИО'))?.indexOf('ФИО') ?? -1;
      if (col >= 0) for (const r of s.rows) if (typeof r[col] === 'string' && /\s/.test(r[col] as string)) names.add(r[col] as string);
    }
    expect(names.size).toBeGreaterThan(100);
    env.call('computeIndicators');
    env.callJson('runFromPanel', { runId: 'privacy-run-01', presetId: 'alapaevsk-2024', period: '' });
    env.callJson('getRunProgress', 'privacy-run-01');
    const shown = [
      ...env.ui.alerts.map((a) => a.prompt),
      ...env.spreadsheet.toasts.map((t) => t.message),
      ...env.userCache.puts.map((p) => p.value),
      ...env.console.lines,
    ].join('\n');
    expect(shown.length).toBeGreaterThan(100);
    expect([...names].filter((n) => shown.includes(n))).toEqual([]);
  });

  it('command line: stdout and stderr carry no name, on success, with --json - and on refusal', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-privacy-'));
    const input = path.join(dir, 'книга.xlsx');
    await writeFixture(input, [
      roster('МАОУ СОШ №1', [
        [NAMES[0]!, 'учитель', 'педагогический', 'не знаю'],
        [NAMES[0]!, 'учитель', 'педагогический', 'да'],
        [NAMES[1]!, 'директор', 'управленческий', 'нет'],
      ]),
      roster('МАОУ СОШ №2', [[NAMES[1]!, 'учитель', 'педагогический', '?'], [NAMES[2]!, '', '', 'да']]),
    ]);
    const refused = path.join(dir, 'занято.xlsx');
    await writeFixture(refused, [roster('МАОУ СОШ №1', [[NAMES[2]!, 'учитель', 'педагогический', 'да']]), { name: 'Показатели', rows: [[NAMES[2]!]] }]);
    const runs = [
      ['compute', input, '--out', path.join(dir, 'out.xlsx'), '--json', path.join(dir, 'r.json')],
      ['compute', input, '--json', '-'],
      ['compute', refused, '--out', path.join(dir, 'out2.xlsx')],
    ].map((args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' }));
    expect(runs.map((r) => r.status)).toEqual([0, 0, 1]);
    const printed = runs.map((r) => r.stdout + r.stderr).join('\n');
    expect(printed).toContain('Организаций: 2');
    expect(NAMES.filter((n) => printed.includes(n) || printed.includes(n.split(' ')[0]!))).toEqual([]);
  });
});
