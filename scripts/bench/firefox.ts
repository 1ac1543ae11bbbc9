/**
 * The page in Firefox, for the benchmark: Playwright drives Firefox only in its own patched build
 * (or a release that speaks every command it sends), so this speaks the standard WebDriver BiDi
 * protocol to an installed Firefox (Debian's firefox-esr) directly — a dozen commands over one
 * WebSocket: open the page from file://, drop the example on it, wait for the three download
 * links, click them, and read the files Firefox saved into a folder of our own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

interface Socket {
  send(data: string): void;
  close(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'open' | 'close', listener: () => void): void;
  on(event: 'error', listener: (e: Error) => void): void;
}

/** Firefox on the PATH (`firefox-esr`, `firefox`), or null. */
export function findFirefox(searchPath = process.env.PATH ?? ''): string | null {
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export interface FirefoxRun {
  readonly version: string;
  readonly ms: number;
  readonly workbook: Buffer;
  readonly json: string;
  readonly report: string;
}

export async function runInFirefox(executable: string, pageFile: string, workbook: string, downloads: string, timeoutMs = 120_000): Promise<FirefoxRun> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'pedbench-firefox-'));
  mkdirSync(downloads, { recursive: true });
  writeFileSync(
    path.join(profile, 'user.js'),
    [
      ['browser.download.dir', downloads],
      ['browser.download.folderList', 2],
      ['browser.download.useDownloadDir', true],
      ['browser.download.always_ask_before_handling_new_types', false],
      ['browser.download.start_downloads_in_tmp_dir', false],
      ['browser.download.panel.shown', true],
      ['browser.shell.checkDefaultBrowser', false],
      ['datareporting.policy.dataSubmissionEnabled', false],
      ['toolkit.telemetry.reportingpolicy.firstRun', false],
      ['app.update.enabled', false],
    ]
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child = spawn(executable, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await listening(child, timeoutMs);
    const bidi = await connect(url);
    try {
      const session = (await bidi.call('session.new', { capabilities: {} })) as { capabilities: { browserVersion: string } };
      const tree = (await bidi.call('browsingContext.getTree', {})) as { contexts: { context: string }[] };
      const context = tree.contexts[0]!.context;
      await bidi.call('browsingContext.navigate', { context, url: pathToFileURL(pageFile).href, wait: 'complete' });
      const evaluate = async (expression: string): Promise<unknown> => {
        const r = (await bidi.call('script.evaluate', { expression, target: { context }, awaitPromise: true })) as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
        if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'exception');
        return r.result?.value;
      };
      const b64 = readFileSync(workbook).toString('base64');
      const t = performance.now();
      await evaluate(`(() => {
        const raw = Uint8Array.from(atob(${JSON.stringify(b64)}), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([raw], ${JSON.stringify(path.basename(workbook))}));
        document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        return true;
      })()`);
      for (;;) {
        const state = await evaluate(`document.querySelector('a[download$=".json"]') ? 'done' : (document.querySelector('#notice.message-bar-error')?.textContent ?? '')`);
        if (state === 'done') break;
        if (typeof state === 'string' && state !== '') throw new Error(`the page said: ${state}`);
        if (performance.now() - t > timeoutMs) throw new Error('no downloads within the time limit');
        await new Promise((r) => setTimeout(r, 50));
      }
      const ms = performance.now() - t;
      const names = String(await evaluate(`[...document.querySelectorAll('a[download]')].map((a) => a.download).join('\\n')`));
      await evaluate(`(() => { for (const a of document.querySelectorAll('a[download]')) a.click(); return true; })()`);
      const wanted = names.split('\n');
      const files = await saved(downloads, wanted, timeoutMs);
      return {
        version: session.capabilities.browserVersion,
        ms,
        workbook: readFileSync(files.find((f) => f.endsWith('.xlsx'))!),
        json: readFileSync(files.find((f) => f.endsWith('.json'))!, 'utf8'),
        report: readFileSync(files.find((f) => f.endsWith('.html'))!, 'utf8'),
      };
    } finally {
      await bidi.call('session.end', {}).catch(() => undefined);
      bidi.close();
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The WebSocket address Firefox prints once its remote agent listens. */
function listening(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start: ${log.slice(-500)}`)), timeoutMs);
    const look = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(`${m[1]!.replace(/\/$/, '')}/session`);
      }
    };
    child.stderr?.on('data', look);
    child.stdout?.on('data', look);
    child.on('exit', (code) => reject(new Error(`Firefox exited (${String(code)}): ${log.slice(-500)}`)));
  });
}

async function connect(url: string): Promise<{ call(method: string, params: object): Promise<unknown>; close(): void }> {
  const { ws: WebSocket } = require('playwright-core/lib/utilsBundle') as { ws: new (url: string, opts?: object) => Socket };
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    socket.on('open', () => resolve());
    socket.on('error', reject);
  });
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.on('message', (data) => {
    const m = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: string; message?: string };
    if (m.id === undefined) return;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error) p.reject(new Error(`${m.error}: ${m.message ?? ''}`));
    else p.resolve(m.result);
  });
  return {
    call(method, params) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

/** Waits until every wanted file is in `dir` and complete (no .part beside it). */
async function saved(dir: string, wanted: readonly string[], timeoutMs: number): Promise<string[]> {
  const t = performance.now();
  for (;;) {
    const present = readdirSync(dir);
    if (wanted.every((n) => present.includes(n)) && !present.some((n) => n.endsWith('.part'))) return wanted.map((n) => path.join(dir, n));
    if (performance.now() - t > timeoutMs) throw new Error(`downloads not saved: ${present.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

