/**
 * `npm run bench` (node scripts/run-ts.mjs scripts/bench/index.ts [options]): the benchmark of
 * issue 6. Not a test — nothing here passes or fails on time; it measures and writes
 * BENCHMARKS.md. Every measurement runs in a child process of its own (this same bundle, started
 * again with --child), so that peak memory is per measurement and a crash or a timeout of one
 * part (HyperFormula on a large workbook) does not stop the rest.
 *
 * Options:
 *   --sizes 1000,10000,100000,1700000   sizes in rows (default: all four)
 *   --parts core,cli,hyperformula,adapters,page,xlsx  (xlsx alone updates only its own section of the report)
 *   --out BENCHMARKS.md                  the report (default: BENCHMARKS.md in the repository)
 *   --json <file>                        raw results (default: node_modules/.cache/pedmonitor/bench.json)
 *   (earlier stages of the code, shown for comparison: the raw results in scripts/bench/baselines/, see STAGES)
 *   --hf-timeout <seconds>               HyperFormula's limit per size (default 900)
 *   --from <file>                        measure nothing: write the report from earlier raw results
 *   --keep <file>                        the parts not measured now are taken from earlier raw results
 *   --no-build                           use dist/ as it is
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAdapters, type AdapterResult } from './adapters';
import { measureCli, type CliResult } from './cli';
import { measureCore, type CoreResult } from './core';
import { measureHyperFormula, type HyperFormulaResult } from './hyperformula';
import { measurePage } from './page';
import { renderReport, type BenchResults, type Skipped, type Stage } from './report';
import { emit, median, RESULT_PREFIX } from './stats';
import { measureXlsx, renderXlsxSection, spliceXlsxSection, type ExcelJsBaseline, type XlsxResult } from './xlsx';

interface SizePlan {
  readonly rows: number;
  readonly tabs: number;
  readonly coreRuns: number;
  readonly cliRuns: number;
  readonly hfRuns: number;
  /** Heap limit of the core's child, MB. */
  readonly heapMb: number;
}

const PLANS: readonly SizePlan[] = [
  { rows: 1_000, tabs: 12, coreRuns: 31, cliRuns: 3, hfRuns: 3, heapMb: 2048 },
  { rows: 10_000, tabs: 120, coreRuns: 15, cliRuns: 3, hfRuns: 1, heapMb: 2048 },
  { rows: 100_000, tabs: 1_200, coreRuns: 5, cliRuns: 1, hfRuns: 1, heapMb: 6144 },
  { rows: 1_700_000, tabs: 2_000, coreRuns: 3, cliRuns: 0, hfRuns: 1, heapMb: 12288 },
];
const ADAPTER_TABS = [12, 60, 120, 180, 1_200, 2_000];
/** The .xlsx layer's workbooks: rows, tabs, copies in one folder, runs. */
const XLSX_PLANS: readonly (readonly [rows: number, tabs: number, copies: number, runs: number, libreOffice: number])[] = [
  [100_000, 1_200, 1, 3, 1],
  [400_000, 2_000, 1, 1, 0],
  [100_000, 118, 17, 1, 0],
];
/** Above this many rows this part is not run: the .xlsx layer's part measures 400,000 rows and a 1.7-million-row folder. */
const CLI_MAX_ROWS = 100_000;
/** The offline page is measured up to this size (the 100,000-row workbook). */
const PAGE_MAX_ROWS = 100_000;

const ROOT = findRoot();

/** Earlier stages of the code, whose raw results are kept in scripts/bench/baselines/. */
const STAGES: readonly { readonly label: string; readonly file: string }[] = [
  { label: 'Row-by-row engine (a closure per node, evaluated per row and per criterion); the reader built one object per person', file: 'before.json' },
  { label: 'Column-wise engine (bitsets, each condition once per run); the same reader; the command line writing --out through ExcelJS as it is', file: 'engine-rewrite.json' },
  { label: 'Columnar reader; the command line still reading and writing .xlsx through ExcelJS (patched writer)', file: 'columnar-reader.json' },
];

function stages(load: (file: string) => BenchResults | null): Stage[] {
  return STAGES.flatMap(({ label, file }) => {
    const results = load(path.join(ROOT, 'scripts', 'bench', 'baselines', file));
    return results ? [{ label, results }] : [];
  });
}

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found');
    dir = up;
  }
  return dir;
}

async function child(argv: readonly string[]): Promise<void> {
  const [part, ...args] = argv;
  const n = args.map(Number);
  switch (part) {
    case 'core':
      emit(measureCore(n[0]!, n[1]!, n[2]!));
      return;
    case 'cli':
      emit(await measureCli(ROOT, n[0]!, n[1]!, n[2]!));
      return;
    case 'hyperformula':
      emit(measureHyperFormula(n[0]!, n[1]!, n[2]!));
      return;
    case 'adapters':
      emit(await measureAdapters(args.map(Number)));
      return;
    case 'xlsx':
      emit(await measureXlsx(ROOT, n[0]!, n[1]!, n[2]!, n[3]!, n[4] === 1));
      return;
    default:
      throw new Error(`unknown part ${String(part)}`);
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Runs this bundle again as a child for one measurement. */
function spawnChild<T>(args: readonly string[], heapMb: number, timeoutS?: number): Outcome<T> {
  const run = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${heapMb}`, '--enable-source-maps', process.argv[1]!, '--child', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
    ...(timeoutS ? { timeout: timeoutS * 1000, killSignal: 'SIGKILL' as const } : {}),
  });
  const line = run.stdout?.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (run.status === 0 && line) return { ok: true, value: JSON.parse(line.slice(RESULT_PREFIX.length)) as T };
  if (run.signal === 'SIGKILL' && timeoutS) return { ok: false, reason: `did not finish within ${timeoutS} s` };
  // V8 aborts when the heap is exhausted (its message went to standard error above).
  if (run.status === 134 || run.signal === 'SIGABRT') return { ok: false, reason: `ran out of memory (heap limit ${heapMb} MB)` };
  return { ok: false, reason: `failed (exit ${String(run.status ?? run.signal)})` };
}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function build(): void {
  for (const script of ['build-cli.mjs', 'build-gas.mjs', 'build-page.mjs']) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script)], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${script} failed`);
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const childAt = argv.indexOf('--child');
  if (childAt >= 0) return child(argv.slice(childAt + 1));

  const sizes = (option(argv, 'sizes') ?? PLANS.map((p) => p.rows).join(',')).split(',').map(Number);
  const parts = new Set((option(argv, 'parts') ?? 'core,cli,hyperformula,adapters,page').split(','));
  const out = path.resolve(ROOT, option(argv, 'out') ?? 'BENCHMARKS.md');
  const jsonFile = path.resolve(ROOT, option(argv, 'json') ?? 'node_modules/.cache/pedmonitor/bench.json');
  const hfTimeout = Number(option(argv, 'hf-timeout') ?? 900);
  const load = (file: string): BenchResults | null => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : null);
  const from = option(argv, 'from');
  if (from !== undefined) {
    const earlier = load(path.resolve(ROOT, from));
    if (!earlier) throw new Error(`no results in ${from}`);
    writeFileSync(out, renderReport(earlier, stages(load)));
    process.stderr.write(`wrote ${path.relative(ROOT, out)}\n`);
    return;
  }
  const plans = PLANS.filter((p) => sizes.includes(p.rows));
  if (!argv.includes('--no-build') && (parts.has('cli') || parts.has('adapters') || parts.has('page') || parts.has('xlsx'))) build();

  const cpus = os.cpus();
  const results: BenchResults = {
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGb: os.totalmem() / 1024 ** 3,
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAtStart: os.loadavg(),
      loadAtEnd: [],
    },
    date: new Date().toISOString(),
    command: `node scripts/run-ts.mjs scripts/bench/index.ts ${argv.join(' ')}`.trim(),
    core: [],
    cli: [],
    hyperformula: [],
    adapters: null,
    page: null,
    skipped: [],
  };
  const skip = (s: Skipped): void => {
    results.skipped.push(s);
    process.stderr.write(`  skipped ${s.part} ${s.rows}: ${s.reason}\n`);
  };

  if (parts.has('core')) {
    for (const p of plans) {
      process.stderr.write(`core: ${p.rows} rows, ${p.tabs} tabs, ${p.coreRuns} runs\n`);
      const r = spawnChild<CoreResult>(['core', String(p.rows), String(p.tabs), String(p.coreRuns)], p.heapMb);
      if (r.ok) results.core.push(r.value);
      else skip({ part: 'core', rows: p.rows, reason: r.reason });
    }
  }
  if (parts.has('cli')) {
    for (const p of plans) {
      if (p.rows > CLI_MAX_ROWS || p.cliRuns === 0) {
        skip({ part: 'cli', rows: p.rows, reason: 'measured as a folder of 17 files of 100,000 rows in the .xlsx layer\'s section' });
        continue;
      }
      process.stderr.write(`cli: ${p.rows} rows, ${p.cliRuns} runs\n`);
      const r = spawnChild<CliResult>(['cli', String(p.rows), String(p.tabs), String(p.cliRuns)], 8192);
      if (r.ok) results.cli.push(r.value);
      else skip({ part: 'cli', rows: p.rows, reason: r.reason });
    }
  }
  if (parts.has('hyperformula')) {
    let last: HyperFormulaResult | null = null;
    let stopped = false;
    for (const p of plans) {
      if (stopped) {
        skip({ part: 'hyperformula', rows: p.rows, reason: 'not attempted: a smaller size already did not finish' });
        continue;
      }
      // COUNTIFS cost grows with rows × organisations (every formula scans every row).
      if (last) {
        const predicted = (Math.min(...last.ms) / 1000) * ((p.rows * p.tabs) / (last.rows * last.tabs));
        if (predicted > hfTimeout) {
          skip({ part: 'hyperformula', rows: p.rows, reason: `not attempted: about ${formatDuration(predicted)} predicted from the ${last.rows.toLocaleString('en')}-row run (time grows with rows × organisations), over the ${hfTimeout} s limit`, predictedS: predicted });
          stopped = true;
          continue;
        }
      }
      process.stderr.write(`hyperformula: ${p.rows} rows\n`);
      const r = spawnChild<HyperFormulaResult>(['hyperformula', String(p.rows), String(p.tabs), String(p.hfRuns)], 8192, hfTimeout);
      if (r.ok) {
        results.hyperformula.push(r.value);
        last = r.value;
      } else {
        skip({ part: 'hyperformula', rows: p.rows, reason: r.reason });
        stopped = true;
      }
    }
  }
  if (parts.has('adapters')) {
    process.stderr.write(`adapters: ${ADAPTER_TABS.join(', ')} tabs\n`);
    const r = spawnChild<AdapterResult>(['adapters', ...ADAPTER_TABS.map(String)], 8192);
    if (r.ok) results.adapters = r.value;
    else skip({ part: 'adapters', rows: 0, reason: r.reason });
  }
  if (parts.has('page')) {
    // The page in a real browser: the example, and the sizes up to 100,000 rows (one run each).
    const pageSizes = plans.filter((p) => p.rows <= PAGE_MAX_ROWS).map((p) => ({ rows: p.rows, tabs: p.tabs, runs: p.rows >= 100_000 ? 1 : 3 }));
    try {
      results.page = await measurePage(ROOT, pageSizes);
    } catch (e) {
      skip({ part: 'page', rows: 0, reason: `failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  const xlsx: XlsxResult[] = [];
  if (parts.has('xlsx')) {
    for (const [rows, tabs, copies, runs, libreOffice] of XLSX_PLANS) {
      process.stderr.write(`xlsx: ${rows} rows × ${copies} file(s), ${runs} runs\n`);
      const r = spawnChild<XlsxResult>(['xlsx', String(rows), String(tabs), String(copies), String(runs), String(libreOffice)], 8192);
      if (r.ok) xlsx.push(r.value);
      else skip({ part: 'xlsx', rows: rows * copies, reason: r.reason });
    }
  }
  results.machine.loadAtEnd = os.loadavg();
  // Parts not measured in this run, from an earlier run's raw results (e.g. `--parts page --keep …`).
  const keep = option(argv, 'keep');
  if (keep !== undefined) {
    const earlier = load(path.resolve(ROOT, keep));
    if (!earlier) throw new Error(`no results in ${keep}`);
    if (!parts.has('core')) results.core.push(...earlier.core);
    if (!parts.has('cli')) results.cli.push(...earlier.cli);
    if (!parts.has('hyperformula')) results.hyperformula.push(...earlier.hyperformula);
    if (!parts.has('adapters')) results.adapters = earlier.adapters;
    if (!parts.has('page')) results.page = earlier.page ?? null;
    results.skipped.push(...earlier.skipped.filter((s) => !parts.has(s.part)));
    results.kept = { from: keep, date: earlier.date };
  }

  mkdirSync(path.dirname(jsonFile), { recursive: true });
  writeFileSync(jsonFile, `${JSON.stringify({ ...results, xlsx }, null, 2)}\n`);
  const onlyXlsx = [...parts].every((p) => p === 'xlsx');
  const report = onlyXlsx && existsSync(out) ? readFileSync(out, 'utf8') : renderReport(results, stages(load));
  const section = xlsx.length > 0 ? renderXlsxSection(xlsx, excelJsBaseline(load), `${results.date.slice(0, 16).replace('T', ' ')} UTC (load average ${results.machine.loadAtStart.map((x) => x.toFixed(1)).join(' ')} at its start)`) : null;
  writeFileSync(out, section ? spliceXlsxSection(report, section) : report);
  process.stderr.write(`wrote ${path.relative(ROOT, out)} and ${path.relative(ROOT, jsonFile)}\n`);
}

/** The ExcelJS path's command line at 100,000 rows, from the raw results of that stage. */
function excelJsBaseline(load: (file: string) => BenchResults | null): ExcelJsBaseline | null {
  const earlier = load(path.join(ROOT, 'scripts', 'bench', 'baselines', 'columnar-reader.json'));
  const cli = earlier?.cli.find((c) => c.rows === 100_000);
  if (!cli) return null;
  return { rows: cli.rows, endToEndMs: median(cli.endToEndMs), peakMb: median(cli.endToEndPeakMb), parseMs: cli.parseMs, writeMs: cli.writeMs + cli.jsonMs };
}

function formatDuration(s: number): string {
  return s >= 3600 ? `${(s / 3600).toFixed(1)} h` : s >= 60 ? `${(s / 60).toFixed(0)} min` : `${s.toFixed(0)} s`;
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
