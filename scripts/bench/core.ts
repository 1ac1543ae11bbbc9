/**
 * The core's part of the benchmark, run in a child process of its own per size (node --expose-gc),
 * so that its peak memory is its own: generates the workbook, then measures
 *  - core: computeWorkbook (settings, reader, engine) — the figure the goals are about;
 *  - the scan floor: one pass that only reads every cell of every grid;
 *  - the touch floor: the same pass looking into every text cell (its first character);
 *  - the reader alone (classifySheets + readDataset) and the engine alone (computeCriteria on
 *    the dataset), so that the reader's share can be told apart;
 *  - planRun (core plus recommendations, output sheets and the result JSON).
 * Peak memory is the process's maxRSS after the core runs, before anything else is measured.
 * Small sizes get untimed warm-up runs first, so that the figures are not the JIT's warm-up.
 */
import { computeWorkbook, findPreset, planRun, type SheetData } from '../../core/index';
import { usedFields } from '../../core/compute-workbook';
import { computeCriteria } from '../../core/engine/compute';
import { classifySheets, readDataset } from '../../core/read/workbook';
import { benchWorkbook } from './generate';
import { collect, heapMb, maxRssMb, rssMb, timed } from './stats';

export interface CoreResult {
  readonly rows: number;
  readonly tabs: number;
  readonly cells: number;
  readonly counted: number;
  readonly criteria: number;
  readonly issues: number;
  readonly generateMs: number;
  /** RSS and heap with the generated workbook in memory (what the host hands over), after a GC. */
  readonly inputRssMb: number;
  readonly inputHeapMb: number;
  readonly coreMs: number[];
  readonly coreCpuMs: number[];
  /** maxRSS of the process after the core runs. */
  readonly peakRssMb: number;
  readonly floorMs: number[];
  /** The touch floor (absent from runs before it was measured). */
  readonly touchMs?: number[];
  readonly readerMs: number[];
  readonly engineMs: number[];
  readonly planMs: number[];
}

export const TODAY = new Date(Date.UTC(2024, 5, 10));
const REFERENCE = new Date(Date.UTC(2024, 5, 1));

/** The scan floor: reads every cell of every grid once and does nothing with it. */
export function scan(sheets: readonly SheetData[]): number {
  let n = 0;
  for (const sheet of sheets) {
    const grid = sheet.values;
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r]!;
      for (let c = 0; c < row.length; c++) if (row[c] !== null && row[c] !== undefined) n++;
    }
  }
  return n;
}

/**
 * The touch floor: every cell read and, for text, its first character and length — the least a
 * parser must do, since a text cell's characters live in their own object elsewhere in memory.
 */
export function touch(sheets: readonly SheetData[]): number {
  let h = 0;
  for (const sheet of sheets) {
    const grid = sheet.values;
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r]!;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string') h = (h + v.length + v.charCodeAt(0)) | 0;
        else if (v !== null && v !== undefined) h = (h + 1) | 0;
      }
    }
  }
  return h;
}

/** Untimed runs first at small sizes, where a cold JIT would otherwise be most of what is measured. */
const warmups = (rows: number): number => (rows <= 10_000 ? 10 : 0);

export function measureCore(rows: number, tabs: number, runs: number): CoreResult {
  const gen = timed(() => benchWorkbook(rows, tabs));
  const sheets = gen.value.sheets;
  collect();
  const inputRssMb = rssMb();
  const inputHeapMb = heapMb();
  const preset = findPreset('alapaevsk-2024')!;
  const ctx = { referenceDate: REFERENCE, usedFields: usedFields(preset.criteria) };
  for (let i = 0; i < warmups(rows); i++) {
    scan(sheets);
    touch(sheets);
    computeWorkbook(sheets, { today: TODAY });
    computeCriteria(readDataset(classifySheets(sheets), ctx, []), preset.criteria, []);
    planRun(sheets, { today: TODAY });
  }

  const coreMs: number[] = [];
  const coreCpuMs: number[] = [];
  let counted = 0;
  let criteria = 0;
  let issues = 0;
  for (let i = 0; i < runs; i++) {
    collect();
    const t = timed(() => computeWorkbook(sheets, { today: TODAY }));
    coreMs.push(t.ms);
    coreCpuMs.push(t.cpuMs);
    counted = t.value.organizations.reduce((n, o) => n + o.rows, 0);
    criteria = t.value.criteria.length;
    issues = t.value.issues.length;
  }
  collect();
  const peakRssMb = maxRssMb();

  const floorMs: number[] = [];
  let cells = 0;
  for (let i = 0; i < Math.max(runs, 5); i++) {
    const t = timed(() => scan(sheets));
    floorMs.push(t.ms);
    cells = t.value;
  }

  const touchMs: number[] = [];
  for (let i = 0; i < Math.max(runs, 5); i++) touchMs.push(timed(() => touch(sheets)).ms);

  const readerMs: number[] = [];
  const engineMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const read = timed(() => readDataset(classifySheets(sheets), ctx, []));
    readerMs.push(read.ms);
    collect();
    engineMs.push(timed(() => computeCriteria(read.value, preset.criteria, [])).ms);
  }

  const planMs: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    collect();
    planMs.push(timed(() => planRun(sheets, { today: TODAY })).ms);
  }
  return { rows, tabs, cells, counted, criteria, issues, generateMs: gen.ms, inputRssMb, inputHeapMb, coreMs, coreCpuMs, peakRssMb, floorMs, touchMs, readerMs, engineMs, planMs };
}
