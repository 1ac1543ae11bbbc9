/**
 * Every shipped preset survives the sheet: exported to «Настройка показателей» and read back it is
 * the same list of criteria (expressions equal up to `canonical`), and a workbook holding that
 * sheet computes exactly the built-in figures — every criterion, every organisation, every subject
 * — on the example workbook. A run never writes the sheet: it is the user's.
 */
import { describe, expect, it } from 'vitest';
import { canonical, catalogueOrigin, exportCatalogue, readCatalogue } from '../../core/catalogue/index';
import { computeWorkbook } from '../../core/compute-workbook';
import type { Criterion, Expr } from '../../core/criteria';
import { PRESETS } from '../../core/presets/index';
import { SHEET } from '../../core/read/workbook';
import { planRun } from '../../core/run-plan';
import type { SheetData } from '../../core/cells';
import { generateExampleWorkbook } from '../../core/example/generate';

const TODAY = new Date(Date.UTC(2024, 5, 10));
const example: SheetData[] = generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, values: s.rows as SheetData['values'] }));

/** A criterion with every expression in canonical form. */
function canonicalCriterion(c: Criterion): Criterion {
  const e = (x: Expr) => canonical(x);
  const out = { ...c } as Record<string, unknown>;
  if ('population' in c) out.population = e(c.population);
  if ('condition' in c) out.condition = e(c.condition);
  if (c.kind === 'orgShare' && c.test.kind === 'memberShare') out.test = { ...c.test, population: e(c.test.population), condition: e(c.test.condition) };
  return out as unknown as Criterion;
}

describe.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_id, preset) => {
  const grid = exportCatalogue(preset);

  it('reads back as the same criteria, in the same order, without a single issue', () => {
    const read = readCatalogue(grid, preset);
    expect(read.issues).toEqual([]);
    expect(read.found).toBe(true);
    expect(read.customFields).toEqual([]);
    expect(read.preset.id).toBe(preset.id);
    expect(read.preset.criteria.map(canonicalCriterion)).toEqual(preset.criteria.map(canonicalCriterion));
    expect(catalogueOrigin(grid)).toBe(preset.id);
  });

  it('the sheet computes exactly the built-in figures on the example workbook', () => {
    const builtIn = computeWorkbook(example, { today: TODAY, presetId: preset.id });
    const fromSheet = computeWorkbook([...example, { name: SHEET.catalogue, values: grid }], { today: TODAY, presetId: preset.id });
    const figures = (r: typeof builtIn) => r.criteria.map((c) => ({ id: c.criterion.id, total: c.total, byOrganization: c.byOrganization, bySubject: c.bySubject }));
    expect(figures(fromSheet)).toEqual(figures(builtIn));
    expect(fromSheet.preset.id).toBe(preset.id);
    // The same data problems, plus one line saying where the criteria came from.
    const other = fromSheet.issues.filter((i) => i.code !== 'catalogue');
    expect(other).toEqual(builtIn.issues);
    expect(fromSheet.issues.filter((i) => i.code === 'catalogue').map((i) => i.severity)).toEqual(['info']);
  });
});

describe('the sheet in a run', () => {
  it('is the catalogue even when `Настройки` names another preset, and is never an output', () => {
    const karpinsk = PRESETS.find((p) => p.id === 'karpinsk-2022')!;
    const sheets = [...example, { name: SHEET.catalogue, values: exportCatalogue(karpinsk) }];
    const plan = planRun(sheets, { today: TODAY });
    expect(plan.result.preset.id).toBe('karpinsk-2022');
    expect(plan.result.criteria.map((c) => c.criterion.id)).toEqual(karpinsk.criteria.map((c) => c.id));
    expect(plan.outputs.map((o) => o.name)).not.toContain(SHEET.catalogue);
    expect(plan.registry.flat()).not.toContain(SHEET.catalogue);
    expect(plan.summary.catalogueErrors).toBe(0);
  });

  it('an explicitly chosen other preset is reported, and the sheet still wins', () => {
    const alapaevsk = PRESETS[0]!;
    const sheets = [...example, { name: SHEET.catalogue, values: exportCatalogue(alapaevsk) }];
    const result = computeWorkbook(sheets, { today: TODAY, presetId: 'katav-2021' });
    expect(result.preset.id).toBe(alapaevsk.id);
    expect(result.criteria).toHaveLength(alapaevsk.criteria.length);
    const warning = result.issues.find((i) => i.code === 'catalogue' && i.severity === 'warning');
    expect(warning?.message).toContain('Выбран набор «katav-2021»');
  });

  it('an edited target changes only that criterion’s status', () => {
    const preset = PRESETS[0]!;
    const grid = exportCatalogue(preset).map((r) => [...r]);
    const row = grid.find((r) => r[0] === '9.1')!;
    const before = computeWorkbook(example, { today: TODAY });
    const met = before.criteria.find((c) => c.criterion.id === '9.1')!.total.status === 'met';
    row[8] = met ? 'не менее 100 %' : '≥ 0';
    const after = computeWorkbook([...example, { name: SHEET.catalogue, values: grid }], { today: TODAY });
    const changed = after.criteria.filter((c, i) => JSON.stringify(c.total) !== JSON.stringify(before.criteria[i]!.total)).map((c) => c.criterion.id);
    expect(changed).toEqual(['9.1']);
    expect(after.criteria.find((c) => c.criterion.id === '9.1')!.criterion.target).toEqual({ op: '>=', value: met ? 100 : 0 });
  });
});
