/**
 * pedmonitor.html's part of the benchmark: the built page opened from file:// in headless
 * Chromium (test/helpers/browser.ts), a workbook given to its file input, the time until the three
 * download links are there ("drop → downloads"), the browser's peak memory (resident set of the
 * browser process and all its children, sampled), and in the same run the command line on the
 * same file (`compute --out --json` end to end), so the two can be compared. Then Firefox, when
 * one is installed: the example through the same page over WebDriver BiDi (firefox.ts), its
 * downloads compared with Chromium's byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPage, openPage, runInPage } from '../../test/helpers/page';
import { launchBrowser } from '../../test/helpers/browser';
import { partsOf } from '../../cli/xlsx/index';
import { nodeCodec } from '../../cli/xlsx/node-codec';
import { writeBenchXlsx } from './cli';
import { findFirefox, runInFirefox } from './firefox';
import { median, MB } from './stats';

export interface PageRunResult {
  readonly label: string;
  readonly rows: number;
  readonly tabs: number;
  readonly fileMb: number;
  /** Drop → the three download links, ms, per run. */
  readonly ms: number[];
  /** Peak resident memory of the whole browser (all its processes) during the runs, MB. */
  readonly peakMb: number;
  /** `pedmonitor compute --out --json` end to end on the same file, ms, per run. */
  readonly cliMs: number[];
  /** The page's workbook, JSON and report are the CLI's bytes. */
  readonly sameAsCli: boolean;
}

export interface PageResult {
  readonly browser: string;
  /** The browser with the page open and idle, MB (PSS). */
  readonly idleMb: number;
  readonly pageKb: number;
  readonly runs: PageRunResult[];
  readonly firefox: { readonly version: string; readonly ms: number; readonly sameAsChromium: boolean } | { readonly skipped: string };
}

interface Input {
  readonly label: string;
  readonly file: string;
  readonly rows: number;
  readonly tabs: number;
  readonly runs: number;
}

export async function measurePage(root: string, sizes: readonly { rows: number; tabs: number; runs: number }[], exampleRuns = 5): Promise<PageResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pedbench-page-'));
  const marker = `--pedmonitor-bench=${randomUUID()}`;
  const pageFile = buildPage(dir);
  const example = path.join(root, 'examples', 'pedmonitor-example.xlsx');
  const inputs: Input[] = [{ label: 'example', file: example, rows: 757, tabs: 12, runs: exampleRuns }];
  // The workbooks first, the browser after: nothing else runs while it is measured.
  for (const s of sizes) {
    const file = path.join(dir, `bench-${s.rows}.xlsx`);
    await writeBenchXlsx(s.rows, s.tabs, file);
    inputs.push({ label: `${s.rows.toLocaleString('en')} rows`, file, rows: s.rows, tabs: s.tabs, runs: s.runs });
  }
  const browser = await launchBrowser({ args: [marker] });
  try {
    const idle = await openPage(browser, pageFile);
    await new Promise((r) => setTimeout(r, 1000));
    const idleMb = treeMb(marker);
    await idle.page.context().close();
    const runs: PageRunResult[] = [];
    let exampleHashes: string[] = [];
    for (const input of inputs) {
      process.stderr.write(`page: ${input.label}, ${input.runs} runs\n`);
      const ms: number[] = [];
      let peak = 0;
      let sameAsCli = true;
      const cliMs: number[] = [];
      for (let i = 0; i < input.runs; i++) {
        const opened = await openPage(browser, pageFile);
        const sampler = sampleTree(marker, (mb) => (peak = Math.max(peak, mb)));
        try {
          const run = await runInPage(opened.page, input.file, path.join(dir, `dl-${runs.length}-${i}`), 30 * 60_000);
          ms.push(run.pageMs);
          if (i === 0) {
            const cli = runCli(root, input.file, dir);
            cliMs.push(cli.ms);
            // The page compresses with the layer's own deflate, the command line with Node's zlib:
            // the same parts with the same bytes once unpacked, other compressed bytes.
            sameAsCli = (await sameParts(run.workbook, cli.workbook)) && run.json === cli.json;
            if (input.label === 'example') exampleHashes = [hash(run.workbook), hash(run.json), hash(run.report)];
          }
        } finally {
          sampler.stop();
          await opened.page.context().close();
        }
        process.stderr.write(`  run ${i + 1}/${input.runs}: ${(ms[ms.length - 1]! / 1000).toFixed(2)} s, peak ${peak.toFixed(0)} MB\n`);
      }
      for (let i = 1; i < Math.min(3, input.runs); i++) cliMs.push(runCli(root, input.file, dir).ms);
      runs.push({ label: input.label, rows: input.rows, tabs: input.tabs, fileMb: statSync(input.file).size / MB, ms, peakMb: peak, cliMs, sameAsCli });
    }
    const firefoxPath = findFirefox();
    let firefox: PageResult['firefox'] = { skipped: 'no Firefox installed (firefox-esr or firefox on the PATH)' };
    if (firefoxPath) {
      process.stderr.write(`page: Firefox ${firefoxPath}\n`);
      try {
        const ff = await runInFirefox(firefoxPath, pageFile, example, path.join(dir, 'firefox'));
        firefox = { version: ff.version, ms: ff.ms, sameAsChromium: [hash(ff.workbook), hash(ff.json), hash(ff.report)].join() === exampleHashes.join() };
      } catch (e) {
        firefox = { skipped: `Firefox run failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    }
    return { browser: `${browser.browserType().name()} ${browser.version()}`, idleMb, pageKb: statSync(pageFile).size / 1024, runs, firefox };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function hash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function runCli(root: string, input: string, dir: string): { ms: number; workbook: Buffer; json: string } {
  const out = path.join(dir, 'cli-out.xlsx');
  const json = path.join(dir, 'cli-out.json');
  const t = performance.now();
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'pedmonitor.cjs'), 'compute', input, '--out', out, '--json', json, '--force'], { encoding: 'utf8', maxBuffer: 64 * MB });
  const ms = performance.now() - t;
  if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr.slice(-1000)}`);
  return { ms, workbook: readFileSync(out), json: readFileSync(json, 'utf8') };
}

/**
 * The memory of the browser started with `marker` on its command line and of all its descendants
 * (renderer, GPU, utility processes), from /proc: the sum of their proportional set sizes, MB.
 */
export function treeMb(marker: string): number {
  if (!existsSync('/proc/self/smaps_rollup')) return 0;
  const parents = new Map<number, number>();
  let root = -1;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const pid = Number(name);
      parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (root < 0 && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(marker)) root = pid;
    } catch {
      // The process ended while we looked.
    }
  }
  if (root < 0) return 0;
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  for (const pid of tree) sum += pssMb(pid);
  return sum;
}

/** Samples treeMb every 100 ms and reports each sum. */
export function sampleTree(marker: string, report: (mb: number) => void): { stop(): void } {
  const tick = () => report(treeMb(marker));
  const timer = setInterval(tick, 100);
  tick();
  return { stop: () => clearInterval(timer) };
}

/** A process's proportional set size, MB (/proc/<pid>/smaps_rollup), 0 when it is gone. */
function pssMb(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The page's section of BENCHMARKS.md. */
export function pageSection(r: PageResult | null | undefined): string {
  if (!r) return 'Not measured in this run (`--parts page`).';
  const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
  const rows = r.runs.map((x) => [
    x.label,
    `${x.tabs.toLocaleString('en')}`,
    `${x.fileMb.toFixed(1)} MB`,
    `${s(median(x.ms))} (${x.ms.length} ${x.ms.length === 1 ? 'run' : 'runs'})`,
    `${s(median(x.cliMs))}`,
    `${(median(x.ms) / median(x.cliMs)).toFixed(1)}×`,
    `${x.peakMb.toFixed(0)} MB`,
    x.sameAsCli ? 'yes' : '**no**',
  ]);
  const head = ['workbook', 'tabs', 'file', 'page: drop → downloads (median)', 'CLI end to end (median)', 'page / CLI', 'browser peak memory', 'same bytes as CLI'];
  const table = [head, head.map(() => '---'), ...rows].map((c) => `| ${c.join(' | ')} |`).join('\n');
  const ff = 'skipped' in r.firefox ? `Firefox: not measured — ${r.firefox.skipped}.` : `Firefox ${r.firefox.version}: the example from file:// in ${s(r.firefox.ms)}; its three downloads ${r.firefox.sameAsChromium ? 'are byte for byte those of Chromium' : '**differ** from those of Chromium'}.`;
  return [
    `${r.browser}, headless, the page (${r.pageKb.toFixed(0)} KB) opened from file://. *Drop → downloads*: as the page measures it, from the file chosen to the three download links ready (reading the file, the Web Worker's reading, planRun, writing the workbook, the report and the JSON, drawing the links). *CLI*: \`pedmonitor compute <file> --out … --json …\` as a child process on the same file in the same run (includes Node's start). Browser peak memory: the proportional set size (PSS: shared pages divided among the processes that share them) of all the browser's processes together, sampled every 100 ms; the browser with the page open and idle is ${Math.round(r.idleMb)} MB of it.`,
    '',
    table,
    '',
    ff,
  ].join('\n');
}

/** Whether two .xlsx files hold the same parts, in the same order, with the same unpacked bytes. */
async function sameParts(a: Uint8Array, b: Uint8Array): Promise<boolean> {
  const [pa, pb] = [await partsOf(a, nodeCodec), await partsOf(b, nodeCodec)];
  return pa.length === pb.length && pa.every((p, i) => p.name === pb[i]!.name && Buffer.from(p.data).equals(Buffer.from(pb[i]!.data)));
}
