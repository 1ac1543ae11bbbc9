/**
 * planRun computes once and builds the output sheets and the result JSON only when a caller reads
 * them. What it promises either way: the sheets it says it will write (the registry, the ownership
 * check) are exactly the sheets it builds, and what it builds is what the output builders give for
 * the plan's own result and analysis — with «Дефициты», without it, and as the stale note.
 */
import { describe, expect, it } from 'vitest';
import { buildOutputSheets, outputSheetNames, planRun, REGISTRY_SHEET, resultToJson, type SheetData } from '../../core/index';
import { deficitsFixture, KINDERGARTEN, SCHOOL } from '../deficits/fixture';
import { district } from '../helpers/district';

const TODAY = new Date(Date.UTC(2026, 5, 15));

const withoutDeficits = (): SheetData[] =>
  deficitsFixture().map((s) => {
    if (s.name !== SCHOOL && s.name !== KINDERGARTEN) return s;
    const keep = (s.values[0] ?? []).map((h) => !String(h).startsWith('Дефицит'));
    return { ...s, values: s.values.map((r) => r.filter((_, i) => keep[i])) };
  });

describe('planRun', () => {
  const cases: [string, () => SheetData[]][] = [
    ['a district without deficit columns', () => district()],
    ['a workbook with «Дефицит: …» columns', deficitsFixture],
  ];
  for (const [label, sheets] of cases) {
    it(`${label}: the outputs are the builders' sheets for the plan's result, their names the registry's`, () => {
      const plan = planRun(sheets(), { today: TODAY });
      const built = buildOutputSheets(plan.result, plan.analysis);
      expect(plan.outputs).toEqual(built);
      expect(outputSheetNames(plan.result)).toEqual(built.map((o) => o.name));
      expect(plan.registry.flat()).toEqual(expect.arrayContaining(built.map((o) => o.name)));
      expect(plan.json).toEqual(resultToJson(plan.result, plan.analysis));
      // Built once: every read gives the same objects.
      expect(plan.outputs).toBe(plan.outputs);
      expect(plan.json).toBe(plan.json);
    });
  }

  it('lists «Дефициты» exactly when the result has deficits', () => {
    expect(outputSheetNames(planRun(deficitsFixture(), { today: TODAY }).result)).toContain('Дефициты');
    expect(outputSheetNames(planRun(withoutDeficits(), { today: TODAY }).result)).not.toContain('Дефициты');
  });

  it('a «Дефициты» an earlier run wrote, now without data: the stale note is written and registered', () => {
    const first = planRun(deficitsFixture(), { today: TODAY });
    const old = first.outputs.find((o) => o.name === 'Дефициты')!;
    const again = planRun(
      [...withoutDeficits(), { name: 'Дефициты', values: old.values.map((r) => [...r]) }, { name: REGISTRY_SHEET, values: first.registry.map((r) => [...r]) }],
      { today: TODAY },
    );
    const names = again.outputs.map((o) => o.name);
    expect(names).toEqual([...outputSheetNames(again.result), 'Дефициты']);
    expect(again.registry.flat()).toEqual(expect.arrayContaining(names));
  });

  it('refuses to overwrite a user sheet named like an output without the outputs ever being read', () => {
    expect(() => planRun([...district(), { name: 'История', values: [['мои записи']] }], { today: TODAY })).toThrow(/История/);
  });
});
