/**
 * The command line's part of the benchmark, in a child process per size: writes the generated
 * workbook to .xlsx with ExcelJS's streaming writer (as Excel would save it: shared strings,
 * dates as dates), runs the built CLI end to end on it (`pedmonitor compute <file> --out
 * <file> --json <file>`, its peak memory reported by a preloaded maxrss.cjs), then repeats the
 * run's steps in process to split the time: parsing the file (the CLI's own reader, cli/xlsx/,
 * into grids), the core (planRun), writing the output workbook (as the CLI does: cli/xlsx/write.ts)
 * and the JSON. ExcelJS only writes the input here, as another program would have saved it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { planRun } from '../../core/index';
import { loadWorkbook, workbookWithSheets } from '../../cli/workbook-file';
import { TODAY } from './core';
import { benchWorkbook } from './generate';
import { timed, timedAsync } from './stats';

export interface CliResult {
  readonly rows: number;
  readonly tabs: number;
  readonly fileMb: number;
  readonly writeXlsxMs: number;
  readonly endToEndMs: number[];
  readonly endToEndPeakMb: number[];
  readonly parseMs: number;
  readonly coreMs: number;
  readonly writeMs: number;
  readonly jsonMs: number;
}

export async function writeBenchXlsx(rows: number, tabs: number, file: string, firstPerson = 0): Promise<void> {
  const wb = benchWorkbook(rows, tabs, firstPerson);
  const out = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  for (const sheet of wb.sheets) {
    const ws = out.addWorksheet(sheet.name);
    for (const row of sheet.values) ws.addRow(row.map((v) => (v === undefined ? null : v))).commit();
    ws.commit();
  }
  await out.commit();
}

export async function measureCli(root: string, rows: number, tabs: number, runs: number): Promise<CliResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pedbench-'));
  try {
    const input = path.join(dir, `bench-${rows}.xlsx`);
    const written = await timedAsync(() => writeBenchXlsx(rows, tabs, input));
    const cli = path.join(root, 'dist', 'cli', 'pedmonitor.cjs');
    const preload = path.join(root, 'scripts', 'bench', 'maxrss.cjs');
    const endToEndMs: number[] = [];
    const endToEndPeakMb: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const run = spawnSync(process.execPath, ['--require', preload, cli, 'compute', input, '--out', path.join(dir, 'out.xlsx'), '--json', path.join(dir, 'out.json'), '--force'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      endToEndMs.push(performance.now() - t);
      if (run.status !== 0) throw new Error(`CLI failed (${String(run.status)}): ${run.stderr.slice(-2000)}`);
      const kb = /PEDMONITOR-MAXRSS-KB (\d+)/.exec(run.stderr);
      endToEndPeakMb.push(kb ? Number(kb[1]) / 1024 : Number.NaN);
      process.stderr.write(`  cli ${rows}: run ${i + 1}/${runs} ${(endToEndMs[i]! / 1000).toFixed(1)} s\n`);
    }
    // The same steps in process, to see where the time goes.
    const bytes = readFileSync(input);
    const parse = await timedAsync(() => loadWorkbook(bytes, input));
    const core = timed(() => planRun(parse.value.sheets, { today: TODAY }));
    const write = await timedAsync(() => workbookWithSheets(bytes, { sheets: core.value.outputs, registry: core.value.registry }, input, 'out.xlsx'));
    const json = timed(() => `${JSON.stringify(core.value.json, null, 2)}\n`);
    return {
      rows,
      tabs,
      fileMb: statSync(input).size / (1024 * 1024),
      writeXlsxMs: written.ms,
      endToEndMs,
      endToEndPeakMb,
      parseMs: parse.ms,
      coreMs: core.ms,
      writeMs: write.ms,
      jsonMs: json.ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

