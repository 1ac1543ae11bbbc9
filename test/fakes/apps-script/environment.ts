/**
 * An Apps Script project in a box: a node:vm context whose globals are the fakes, with the BUILT
 * dist/gas/Code.js loaded into it, exactly as Apps Script loads the pushed file. Entry points are
 * called as the top-level functions the bundle declares; Date.now() inside the script is the fake
 * clock; Date objects handed to the script are created in its own realm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { CallLog, FakeClock } from './call-log';
import { FakeCache, FakeCacheService, FakeLock, FakeLockService, FakeSession, FakeUtilities } from './services';
import { FakeSpreadsheet, FakeSpreadsheetApp, type SheetSetup } from './spreadsheet';
import { FakeHtmlService, FakeUi } from './ui';

export interface EnvironmentOptions {
  /** Folder with Code.js, Sidebar.html, appsscript.json (default dist/gas). */
  readonly distDir?: string;
  /** The spreadsheet's time zone (File → Settings); the script's comes from the manifest. */
  readonly spreadsheetTimeZone?: string;
  /** Initial sheets; default one empty «Лист1», like a new spreadsheet. */
  readonly sheets?: readonly SheetSetup[];
  /** Fake time at start. */
  readonly now?: number;
}

export interface GasEnvironment {
  readonly context: vm.Context;
  readonly log: CallLog;
  readonly clock: FakeClock;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  readonly userCache: FakeCache;
  readonly console: { readonly lines: string[] };
  /** Calls a top-level function of Code.js. */
  call(name: string, ...args: unknown[]): unknown;
  /** Calls it as google.script.run does: arguments and result pass through JSON. */
  callJson(name: string, ...args: unknown[]): unknown;
  /** Names of the top-level functions Code.js declares. */
  topLevelFunctions(): string[];
}

export const DEFAULT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/gas');

export function createGasEnvironment(options: EnvironmentOptions = {}): GasEnvironment {
  const distDir = options.distDir ?? DEFAULT_DIST;
  const code = readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'appsscript.json'), 'utf8')) as { timeZone: string };
  const files = { Sidebar: readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8') };

  const lines: string[] = [];
  const capture = (...args: unknown[]): void => {
    lines.push(args.map(String).join(' '));
  };
  const context = vm.createContext({ console: { log: capture, info: capture, warn: capture, error: capture } });
  const RealmDate = vm.runInContext('Date', context) as DateConstructor;
  const clock = new FakeClock(options.now ?? Date.UTC(2024, 5, 10, 7, 0, 0));
  RealmDate.now = () => clock.now;

  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(log, clock, options.spreadsheetTimeZone ?? manifest.timeZone, RealmDate);
  for (const s of options.sheets ?? [{ name: 'Лист1', rows: [] }]) spreadsheet.addSheet(s);
  const ui = new FakeUi(log);
  const lock = new FakeLock(log, clock);
  const userCache = new FakeCache(log, clock);
  Object.assign(context, {
    SpreadsheetApp: new FakeSpreadsheetApp(log, spreadsheet, ui),
    HtmlService: new FakeHtmlService(log, files),
    LockService: new FakeLockService(lock),
    CacheService: new FakeCacheService(userCache, new FakeCache(log, clock), new FakeCache(log, clock)),
    Utilities: new FakeUtilities(log),
    Session: new FakeSession(manifest.timeZone),
  });
  vm.runInContext(code, context, { filename: 'Code.js' });

  const fn = (name: string): ((...a: unknown[]) => unknown) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return f as (...a: unknown[]) => unknown;
  };
  return {
    context,
    log,
    clock,
    spreadsheet,
    ui,
    lock,
    userCache,
    console: { lines },
    call: (name, ...args) => fn(name)(...args),
    callJson: (name, ...args) => {
      const result = fn(name)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    },
    topLevelFunctions: () => {
      const names = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]!);
      return names.filter((n) => typeof (context as Record<string, unknown>)[n] === 'function');
    },
  };
}
