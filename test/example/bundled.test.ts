/**
 * The example workbook committed in examples/ must be what the seeded generator makes today:
 * the demo computes the committed file, so a generator change without a regenerated file would
 * silently show stale figures.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../cli/workbook-file';
import { generateExampleWorkbook } from '../../core/example/generate';

describe('bundled example workbook', () => {
  it('has exactly the generator’s sheets and cell values (regenerate with `node dist/cli/pedmonitor.cjs demo --regenerate`)', async () => {
    const { sheets } = await loadWorkbook(await readFile('examples/pedmonitor-example.xlsx'), 'examples/pedmonitor-example.xlsx');
    const generated = generateExampleWorkbook(2024);
    expect(sheets.map((s) => s.name)).toEqual(generated.sheets.map((s) => s.name));
    for (const [i, g] of generated.sheets.entries()) {
      const read = sheets[i]!.values;
      const trim = (rows: readonly (readonly unknown[])[]) =>
        rows.map((r) => {
          const out = r.map((v) => (v === undefined || v === '' ? null : v));
          while (out.length > 0 && out[out.length - 1] === null) out.pop();
          return out;
        });
      expect(trim(read), g.name).toEqual(trim(g.rows));
    }
  });
});
