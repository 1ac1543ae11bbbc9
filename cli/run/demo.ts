/**
 * What `pedmonitor demo` does, without printing: the example workbook of a fictitious
 * municipality (scripts/example, seed 2024, so it is the same on every machine), written through
 * a temporary file when needed, computed into the demo's own output files, which it overwrites.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generateExampleWorkbook, pedmonitorError } from '../../core/index';
import { writeExampleXlsx } from '../example/write-xlsx';
import { reasonOf, tempPathFor } from '../files';
import { CLI_MSG, DEMO_RESULT_WORKBOOK } from '../messages';
import { runCompute, type ComputeOutcome } from './compute';

export const DEMO_DEFAULT_DIR = 'examples';
export const DEMO_SEED = 2024;
export const DEMO_WORKBOOK = 'pedmonitor-example.xlsx';
export const DEMO_OUT_DIR = 'out';
export { DEMO_RESULT_WORKBOOK };
export const DEMO_RESULT_JSON = 'result.json';

export interface DemoOutcome extends ComputeOutcome {
  readonly example: string;
}

/**
 * The example workbook is committed (so it opens without Node), and the demo computes it as it is;
 * it is generated only when missing or on --regenerate (zip timestamps make every write differ).
 */
export async function runDemo(dir: string, today: Date, regenerate = false): Promise<DemoOutcome> {
  const example = path.join(dir, DEMO_WORKBOOK);
  const outDir = path.join(dir, DEMO_OUT_DIR);
  const temp = tempPathFor(example);
  try {
    mkdirSync(outDir, { recursive: true });
    if (regenerate || !existsSync(example)) {
      await writeExampleXlsx(generateExampleWorkbook(DEMO_SEED), temp);
      renameSync(temp, example);
    }
  } catch (e) {
    rmSync(temp, { force: true });
    throw pedmonitorError('write-failed', CLI_MSG.writeFailed(example, reasonOf(e)), e);
  }
  const outcome = await runCompute({
    input: example,
    out: path.join(outDir, DEMO_RESULT_WORKBOOK),
    json: path.join(outDir, DEMO_RESULT_JSON),
    force: true,
    today,
  });
  return { ...outcome, example };
}
