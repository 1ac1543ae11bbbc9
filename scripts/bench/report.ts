/**
 * BENCHMARKS.md from the raw results: the machine, the goals with met / missed, medians per size,
 * the same sizes measured at earlier stages of the code when their raw results are given, and the
 * method.
 */
import type { AdapterResult } from './adapters';
import type { CliResult } from './cli';
import type { CoreResult } from './core';
import type { HyperFormulaResult } from './hyperformula';
import { pageSection, type PageResult } from './page';
import { median } from './stats';

export interface Skipped {
  readonly part: string;
  readonly rows: number;
  readonly reason: string;
  readonly predictedS?: number;
}

export interface BenchResults {
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memoryGb: number;
    readonly node: string;
    readonly platform: string;
    readonly loadAtStart: number[];
    loadAtEnd: number[];
  };
  readonly date: string;
  readonly command: string;
  readonly core: CoreResult[];
  readonly cli: CliResult[];
  readonly hyperformula: HyperFormulaResult[];
  adapters: AdapterResult | null;
  /** The offline page in a real browser (absent in results from before it existed). */
  page?: PageResult | null;
  /** Parts taken from an earlier run's raw results (`--keep`), and when that run was. */
  kept?: { readonly from: string; readonly date: string };
  readonly skipped: Skipped[];
}

const int = (n: number): string => Math.round(n).toLocaleString('en').replace(/,/g, ' ');
const ms = (n: number): string => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 100 ? `${int(n)} ms` : `${n.toFixed(1)} ms`);
const mb = (n: number): string => (n >= 1024 ? `${(n / 1024).toFixed(2)} GB` : `${int(n)} MB`);
const x = (n: number): string => `${n.toFixed(1)}×`;
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const verdict = (ok: boolean | null): string => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');

/** Numbers of one core result used everywhere below. */
function coreFigures(c: CoreResult) {
  const core = median(c.coreMs);
  const floor = median(c.floorMs);
  return {
    core,
    cpu: median(c.coreCpuMs),
    floor,
    ratio: core / floor,
    touch: c.touchMs && c.touchMs.length > 0 ? median(c.touchMs) : null,
    nsPerRow: (core * 1e6) / c.rows,
    reader: median(c.readerMs),
    engine: median(c.engineMs),
    plan: median(c.planMs),
    own: c.peakRssMb - c.inputRssMb,
  };
}

function goals(r: BenchResults): string {
  const figures = r.core.map((c) => ({ c, f: coreFigures(c) }));
  const lines: string[][] = [];
  if (figures.length > 0) {
    const worst = figures.reduce((a, b) => (b.f.ratio > a.f.ratio ? b : a));
    lines.push([
      'core ≤ 3× the scan floor at every size',
      figures.map(({ c, f }) => `${int(c.rows)}: ${x(f.ratio)}`).join('; ') +
        ` (engine alone: ${figures.map(({ c, f }) => `${int(c.rows)}: ${x(f.engine / f.floor)}`).join('; ')}` +
        (figures.every(({ f }) => f.touch !== null) ? `; core against the touch floor: ${figures.map(({ c, f }) => `${int(c.rows)}: ${x(f.core / f.touch!)}`).join('; ')}` : '') +
        ')',
      verdict(worst.f.ratio <= 3),
    ]);
    const big = figures.filter(({ c }) => c.rows >= 10_000);
    if (big.length >= 2) {
      // Linear: the time per row never grows more than 1.5× over what a smaller size needed.
      const growth = (perRow: readonly number[]): number => Math.max(1, ...perRow.map((v, i) => v / Math.min(...perRow.slice(0, i + 1))));
      const core = growth(big.map(({ f }) => f.nsPerRow));
      const engine = growth(big.map(({ c, f }) => f.engine / c.rows));
      lines.push([
        'cost linear in rows (from 10 thousand rows up, the time per row grows at most 1.5×)',
        figures.map(({ c, f }) => `${int(c.rows)}: ${(f.nsPerRow / 1000).toFixed(1)} µs/row`).join('; ') +
          ` — grows ${x(core)} (engine alone: ${big.map(({ c, f }) => `${((f.engine * 1000) / c.rows).toFixed(1)} µs/row`).join('; ')} — grows ${x(engine)})`,
        verdict(core <= 1.5),
      ]);
    }
    const huge = figures.find(({ c }) => c.rows >= 1_700_000);
    lines.push(
      huge
        ? [
            '1.7 million rows in under 10 s and under 2 GB',
            `${ms(huge.f.core)} (runs ${huge.c.coreMs.map(ms).join(', ')}); the core's own memory ${mb(huge.f.own)} (peak ${mb(huge.c.peakRssMb)} of the process, of which ${mb(huge.c.inputRssMb)} is the workbook the host hands over)`,
            verdict(huge.f.core < 10_000 && huge.f.own < 2048),
          ]
        : ['1.7 million rows in under 10 s and under 2 GB', '—', verdict(null)],
    );
  }
  const cli = r.cli.find((c) => c.rows === 100_000);
  lines.push(
    cli
      ? [
          'the CLI at 100 thousand rows dominated by parsing the file, not by the core',
          `parsing ${ms(cli.parseMs)}, core ${ms(cli.coreMs)}, writing ${ms(cli.writeMs + cli.jsonMs)} (end to end ${ms(median(cli.endToEndMs))})`,
          verdict(cli.parseMs > cli.coreMs),
        ]
      : ['the CLI at 100 thousand rows dominated by parsing the file', '—', verdict(null)],
  );
  return table(['goal', 'measured (medians)', 'result'], lines);
}

function coreSection(r: BenchResults): string {
  const rows = r.core.map((c) => {
    const f = coreFigures(c);
    return [
      int(c.rows),
      int(c.tabs),
      int(c.cells),
      String(c.coreMs.length),
      ms(f.floor),
      f.touch === null ? '—' : ms(f.touch),
      ms(f.core),
      x(f.ratio),
      `${(f.nsPerRow / 1000).toFixed(2)} µs`,
      ms(f.reader),
      ms(f.engine),
      ms(f.plan),
      mb(c.inputRssMb),
      mb(c.peakRssMb),
      mb(f.own),
    ];
  });
  return table(['rows', 'tabs', 'cells read', 'runs', 'scan floor', 'touch floor', 'core', 'core / floor', 'per row', 'reader alone', 'engine alone', 'planRun', 'RSS with the input', 'peak RSS', 'core\'s own'], rows);
}

/** An earlier stage of the code, measured with the same generator on the same machine. */
export interface Stage {
  readonly label: string;
  readonly results: BenchResults;
}

/** The core at each earlier stage and now, size by size. */
function history(r: BenchResults, stages: readonly Stage[]): string {
  const rows: string[][] = [];
  for (const now of r.core) {
    const earlier = stages.map((s) => s.results.core.find((c) => c.rows === now.rows && c.tabs === now.tabs));
    if (earlier.every((e) => !e)) continue;
    const all = [...earlier, now].map((c) => (c ? coreFigures(c) : null));
    const chain = (get: (f: ReturnType<typeof coreFigures>) => string): string => all.map((f) => (f ? get(f) : '—')).join(' → ');
    rows.push([int(now.rows), chain((f) => ms(f.core)), chain((f) => x(f.ratio)), chain((f) => ms(f.reader)), chain((f) => ms(f.engine)), chain((f) => mb(f.own))]);
  }
  const cliRows: string[][] = [];
  for (const now of r.cli) {
    const earlier = stages.map((s) => s.results.cli.find((c) => c.rows === now.rows));
    if (earlier.every((e) => !e)) continue;
    const all = [...earlier, now];
    const chain = (get: (c: CliResult) => string): string => all.map((c) => (c ? get(c) : '—')).join(' → ');
    cliRows.push([int(now.rows), chain((c) => ms(median(c.endToEndMs))), chain((c) => ms(c.parseMs)), chain((c) => ms(c.writeMs + c.jsonMs)), chain((c) => mb(median(c.endToEndPeakMb)))]);
  }
  if (rows.length === 0 && cliRows.length === 0) return '';
  return [
    `Stages, in order (each measured ${'on the same machine with the same generator'}; compare large differences, not single milliseconds — the machine's load differed):`,
    '',
    ...stages.map((s, i) => `${i + 1}. ${s.label} (${s.results.date.slice(0, 16).replace('T', ' ')} UTC, load average ${s.results.machine.loadAtStart.map((l) => l.toFixed(1)).join(' / ')} at its start).`),
    `${stages.length + 1}. Now: this run.`,
    '',
    table(['rows', 'core', 'core / floor', 'reader alone', 'engine alone', "core's own memory"], rows),
    ...(cliRows.length ? ['', 'The command line at the same stages:', '', table(['rows', 'end to end', 'parsing the file', 'writing --out and --json', 'peak RSS'], cliRows)] : []),
  ].join('\n');
}

function cliSection(r: BenchResults): string {
  if (r.cli.length === 0) return 'Not measured.';
  const rows = r.cli.map((c) => {
    const e2e = median(c.endToEndMs);
    const sum = c.parseMs + c.coreMs + c.writeMs + c.jsonMs;
    const share = (n: number): string => `${ms(n)} (${((100 * n) / sum).toFixed(0)} %)`;
    return [int(c.rows), `${c.fileMb.toFixed(1)} MB`, String(c.endToEndMs.length), ms(e2e), mb(median(c.endToEndPeakMb)), share(c.parseMs), share(c.coreMs), share(c.writeMs + c.jsonMs), ms(c.writeXlsxMs)];
  });
  return table(['rows', '.xlsx size', 'runs', 'end to end', 'peak RSS', 'parsing the file', 'core (planRun)', 'writing --out and --json', 'making the input (streaming writer, not part of the run)'], rows);
}

function cliNote(r: BenchResults): string {
  const big = r.cli[r.cli.length - 1]!;
  const sum = big.parseMs + big.coreMs + big.writeMs + big.jsonMs;
  const pct = (n: number): string => `${((100 * n) / sum).toFixed(0)} %`;
  const steps = [
    { name: 'parsing the file', ms: big.parseMs },
    { name: 'the core', ms: big.coreMs },
    { name: 'writing --out and --json', ms: big.writeMs + big.jsonMs },
  ].sort((a, b) => b.ms - a.ms);
  return [
    `At ${int(big.rows)} rows the largest step is ${steps[0]!.name} (${pct(steps[0]!.ms)}), then ${steps[1]!.name} (${pct(steps[1]!.ms)}) and ${steps[2]!.name} (${pct(steps[2]!.ms)}).`,
    `Larger workbooks (400,000 rows in one file, 1.7 million rows as a folder of 17 files) are measured in the .xlsx layer's section below, with Node's default heap.`,
  ].join(' ');
}

/** Where the core's time goes at the largest size, from the figures. */
function coreNote(r: BenchResults): string {
  const c = r.core[r.core.length - 1]!;
  const f = coreFigures(c);
  const touch = f.touch === null ? '' : ` Looking into every text cell alone (the touch floor) takes ${ms(f.touch)}, ${x(f.touch / f.floor)} the scan floor: a text's characters live in an object of their own elsewhere in memory, so a parser cannot come near the scan floor, which only reads the references.`;
  return `At ${int(c.rows)} rows the reader is ${((100 * f.reader) / (f.reader + f.engine)).toFixed(0)} % of the reader and the engine together (${ms(f.reader)} against ${ms(f.engine)}).${touch}`;
}

function hfSection(r: BenchResults): string {
  const rows = r.hyperformula.map((h) => [int(h.rows), int(h.tabs), int(h.formulas), int(h.countifs), String(h.ms.length), ms(median(h.ms)), mb(h.peakMb), `${h.agree} of ${h.compared}`]);
  const core = (rows: number): string => {
    const c = r.core.find((x) => x.rows === rows);
    return c ? ms(median(c.coreMs)) : '—';
  };
  const vs = r.hyperformula.map((h) => `${int(h.rows)} rows: ${ms(median(h.ms))} against ${core(h.rows)} for the whole core`).join('; ');
  return [
    rows.length ? table(['rows', 'organisations', 'formula cells', 'COUNTIFS calls', 'runs', 'load and calculate', 'peak RSS', 'municipal totals equal to the engine'], rows) : 'No size finished.',
    '',
    vs ? `For comparison: ${vs}.` : '',
  ].join('\n');
}

/** The figures of the 10 million cell message: «… 62 483 252 ячеек …». */
function cellLimit(message: string): string {
  const m = /Сейчас в таблице ([\d\s\u00a0]+) ячеек/.exec(message);
  return m ? `в таблице ${m[1]!.trim()} ячеек` : message.slice(0, 80);
}

/** About how many tabs of this width fit in Google Sheets' 10 million cells, from the first refusal. */
function gasTabLimit(a: AdapterResult): string {
  const refused = a.gas.find((g) => g.refused);
  const m = refused ? /Сейчас в таблице ([\d\s\u00a0]+) ячеек/.exec(refused.refused!) : null;
  if (!refused || !m) return 'fewer than 200';
  const perTab = Number(m[1]!.replace(/\D/g, '')) / refused.tabs;
  return int(Math.floor(10_000_000 / perTab / 10) * 10);
}

function adaptersSection(a: AdapterResult | null): string {
  if (!a) return 'Not measured.';
  const written = a.gas.filter((g) => !g.refused);
  const gas = table(
    ['tabs', 'reads', 'of which getValues', 'writes', 'other spreadsheet calls', 'time on the fake', 'outcome'],
    a.gas.map((g) => [int(g.tabs), int(g.reads), int(g.getValues), int(g.writes), int(g.other), ms(g.ms), g.refused ? `stopped before writing: «${g.refused.split(':')[0]}: ${cellLimit(g.refused)}»` : 'written']),
  );
  const excel = table(
    ['tabs', 'syncs', 'read commands', 'write commands', 'request payload', 'largest request', 'time on the fake'],
    a.excel.map((e) => [int(e.tabs), int(e.syncs), int(e.reads), int(e.writes), `${e.requestMb.toFixed(2)} MB`, `${e.largestRequestMb.toFixed(2)} MB`, ms(e.ms)]),
  );
  const perTab = (xs: readonly { tabs: number }[], get: (v: never) => number): string => {
    if (xs.length < 2) return '—';
    const first = xs[0]!;
    const last = xs[xs.length - 1]!;
    return ((get(last as never) - get(first as never)) / (last.tabs - first.tabs)).toFixed(2);
  };
  return [
    `Google Sheets (dist/gas/Code.js in node:vm on test/fakes/apps-script, menu «Рассчитать показатели», second run counted; ${a.rowsPerTab} rows per tab):`,
    '',
    gas,
    '',
    `Reads per additional tab: ${perTab(written, (g: { reads: number }) => g.reads)}; writes per additional tab: ${perTab(written, (g: { writes: number }) => g.writes)} (runs that wrote).` +
      (a.gas.some((g) => g.refused)
        ? ` Google Sheets holds at most 10 million cells per spreadsheet, counting the empty cells of every sheet's grid (1,000 rows by default): with about 50 roster columns per tab that is about ${gasTabLimit(a)} organisation tabs, and beyond that the script stops with its message before writing anything — the region's scale is for the command line and Excel.`
        : ''),
    '',
    'Excel (office-addin runMonitoring on test/fakes/excel, second run counted; commands counted as they are queued):',
    '',
    excel,
    '',
    `Syncs per additional tab: ${perTab(a.excel, (e: { syncs: number }) => e.syncs)}; read commands per additional tab: ${perTab(a.excel, (e: { reads: number }) => e.reads)}.`,
  ].join('\n');
}

export function renderReport(r: BenchResults, stages: readonly Stage[] = []): string {
  const m = r.machine;
  const skipped = r.skipped.map((s) => `- ${s.part}${s.rows ? ` at ${int(s.rows)} rows` : ''}: ${s.reason}.`);
  const past = history(r, stages);
  return `${[
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (scripts/bench/index.ts); do not edit by hand. A benchmark, not a test: nothing fails on time.',
    '',
    `- Date: ${r.date.slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb.toFixed(0)} GB memory, ${m.platform}`,
    `- Node.js ${m.node}`,
    `- Load average at start / end: ${m.loadAtStart.map((l) => l.toFixed(1)).join(' ')} / ${m.loadAtEnd.map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows wall-clock figures)`,
    `- Command: \`${r.command}\``,
    ...(r.kept ? [`- Parts not measured by this command are from the run of ${r.kept.date.slice(0, 16).replace('T', ' ')} UTC (${r.kept.from})`] : []),
    '',
    '## Goals',
    '',
    goals(r),
    '',
    '## Core',
    '',
    'Medians. *Core* is `computeWorkbook` (settings, reader, engine) on the grids a host hands over; *reader alone* is `classifySheets` + `readDataset`, *engine alone* is `computeCriteria` on that dataset; *planRun* adds recommendations, the output sheets and the result JSON. *Scan floor*: one pass that only reads every cell of every grid; *touch floor*: the same pass also looking at the first character of every text cell, the least a parser must do. *Core\'s own* memory is the peak RSS minus the RSS with the generated workbook already in memory.',
    '',
    coreSection(r),
    '',
    ...(r.core.length ? [coreNote(r), ''] : []),
    ...(past ? ['### Earlier stages', '', past, ''] : []),
    '## Command line on .xlsx',
    '',
    '`pedmonitor compute <file.xlsx> --out <file.xlsx> --json <file.json>` of the built dist/cli/pedmonitor.cjs, end to end as a child process; the split comes from the same steps repeated in process (reading the file into grids with the CLI\'s own reader; planRun; writing the output workbook; the JSON text).',
    '',
    cliSection(r),
    '',
    ...(r.cli.length ? [cliNote(r), ''] : []),
    '## pedmonitor.html (the offline page) in a browser',
    '',
    pageSection(r.page),
    '',
    '## The same criteria as COUNTIFS in HyperFormula',
    '',
    'The test suite\'s transcription of every roster-based share and count criterion of alapaevsk-2024 into COUNTIFS (test/differential/countifs.ts): one data sheet of the people, one numerator and one denominator formula per criterion and organisation plus the municipal totals — what a hand-built formula workbook would hold. Time is HyperFormula\'s `buildFromSheets` (load and full calculation).',
    '',
    hfSection(r),
    '',
    '## Host adapters: API calls against the number of tabs',
    '',
    adaptersSection(r.adapters),
    '',
    ...(skipped.length ? ['## Not measured', '', ...skipped, ''] : []),
    '## Method',
    '',
    '- Workbooks come from scripts/bench/generate.ts: the organisation tabs of the example generator (core/example/generate.ts, seeds 1–40, with all their deliberate mess: seven yes/no styles, a reordered tab, missing columns, numbers as text, unknown values, duplicates, rows without a name) cut into rows per template and dealt to the benchmark tabs, tab sizes proportional to the template, every person given a unique name. `Организации` lists every tab; `Настройки` and `Муниципалитет` are the example\'s. Seeded, no Math.random: the same workbook every run.',
    '- Sizes: 1 thousand rows over 12 tabs, 10 thousand over 120, 100 thousand over 1,200, 1.7 million over 2,000.',
    '- Each measurement runs in its own Node.js process (`--expose-gc`, a full GC before each timed run); peak memory is the process\'s maxRSS (`process.resourceUsage`). Figures are medians of the runs shown (fewer for the large sizes).',
    '- Wall-clock time; the core\'s CPU time is recorded in the raw results (node_modules/.cache/pedmonitor/bench.json).',
    '',
  ].join('\n')}`;
}
