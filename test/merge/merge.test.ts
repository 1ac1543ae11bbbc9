/**
 * `pedmonitor merge` is exact: merging the result files of municipalities gives the same regional
 * figures as computing all their workbooks together (core/merge). The example workbook's twelve
 * tabs are split into three "municipalities"; each is computed on its own, the three results are
 * merged, and the merge is compared with one run over the three workbooks combined — every
 * numerator, denominator, value, status and excluded count of every criterion that is a ratio of
 * sums, a count, a mean or a distribution. Presence criteria become the share of municipalities
 * with «да». The combined run itself equals the original one-workbook run on roster criteria.
 */
import { describe, expect, it } from 'vitest';
import { combineWorkbooks, mergeResults, PRESETS, type FigureJson, type RegionJson, type ResultJson } from '../../core/index';
import { asSheetData, exampleSheets, resultOf, splitExample, type Part } from './split';

const parts = splitExample([4, 4, 4], ['Алапаевск', 'Ирбит', 'Карпинск']);
const results = parts.map((p) => resultOf(asSheetData(p.sheets)));
const merged = mergeResults(parts.map((p, i) => ({ name: p.label, json: results[i]! })));
const together = resultOf(combineWorkbooks(parts.map((p) => ({ label: p.label, sheets: asSheetData(p.sheets) }))).sheets);

/** The parts of a figure that merging must reproduce. */
function essence(f: FigureJson) {
  return {
    numerator: f.numeratorExact ?? f.numerator,
    denominator: f.denominator,
    value: f.value,
    status: f.status,
    reason: f.reason,
    excluded: f.excluded,
    bands: f.bands,
  };
}

function criterion(r: ResultJson | RegionJson, id: string) {
  const c = (r.criteria as { id: string; kind: string; total: FigureJson; bySubject?: { subject: string; total: FigureJson }[] }[]).find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
}

describe('merging three municipalities = computing their workbooks together', () => {
  it('splits the example into three parts of four tabs, with no shared names', () => {
    expect(parts.map((p) => p.sheets.length - 3)).toEqual([4, 4, 4]);
    expect(together.organizations.map((o) => o.name)).toEqual(results.flatMap((r) => r.organizations.map((o) => o.name)));
    expect(merged.municipalities).toBe(3);
    expect(merged.organizations).toBe(12);
    expect(merged.rows).toBe(together.organizations.reduce((n, o) => n + o.rows, 0));
    expect(merged.parts.map((p) => p.name)).toEqual(['Алапаевск', 'Ирбит', 'Карпинск']);
  });

  it('gives every share, count, orgShare, mean and distribution total exactly, for every preset', () => {
    const compared = new Set<string>();
    for (const preset of PRESETS) {
      const rs = parts.map((p) => resultOf(asSheetData(p.sheets), preset.id));
      const m = mergeResults(parts.map((p, i) => ({ name: p.label, json: rs[i]! })));
      const t = resultOf(combineWorkbooks(parts.map((p) => ({ label: p.label, sheets: asSheetData(p.sheets) }))).sheets, preset.id);
      expect(t.preset).toBe(preset.id);
      for (const c of t.criteria) {
        if (c.kind === 'presence') continue;
        expect(essence(criterion(m, c.id).total), `${preset.id} ${c.id}`).toEqual(essence(c.total));
        compared.add(c.kind);
      }
    }
    // Every kind that adds up is covered by some preset.
    expect(compared).toEqual(new Set(['share', 'count', 'orgShare', 'mean', 'distribution']));
  });

  it('gives the by-subject totals exactly, in the engine’s order', () => {
    const subjects = together.criteria.filter((c) => c.bySubject);
    expect(subjects.length).toBeGreaterThan(0);
    for (const c of subjects) {
      const m = criterion(merged, c.id).bySubject!;
      expect(m.map((s) => s.subject), c.id).toEqual(c.bySubject!.map((s) => s.subject));
      expect(m.map((s) => essence(s.total)), c.id).toEqual(c.bySubject!.map((s) => essence(s.total)));
    }
  });

  it('turns a presence criterion into the share of municipalities with «да»', () => {
    const presence = merged.criteria.filter((c) => c.kind === 'presence');
    expect(presence.length).toBeGreaterThan(0);
    for (const c of presence) {
      const values = results.map((r) => criterion(r, c.id).total.value);
      const known = values.filter((v) => typeof v === 'boolean').length;
      const yes = values.filter((v) => v === true).length;
      expect(c.total.numerator, c.id).toBe(yes);
      expect(c.total.denominator, c.id).toBe(known);
      expect(c.total.value, c.id).toBe(known === 0 ? null : Math.round((yes * 10000) / known) / 100);
      if (c.target && known > 0) expect(c.total.status, c.id).toBe(yes === known ? 'met' : 'below');
    }
  });

  it('keeps each municipality’s own total per part', () => {
    for (const c of merged.criteria) {
      results.forEach((r, i) => expect(c.byPart[parts[i]!.label], c.id).toEqual(criterion(r, c.id).total));
    }
  });

  it('computes the combined workbooks like the original one-workbook run (roster criteria)', () => {
    const original = resultOf(asSheetData(exampleSheets()));
    const fromMunicipality = new Set(['8.1']);
    for (const c of original.criteria) {
      if (c.kind === 'presence' || fromMunicipality.has(c.id)) continue;
      expect(essence(criterion(together, c.id).total), c.id).toEqual(essence(c.total));
    }
  });

  it('sums the municipal numbers of the three `Муниципалитет` sheets (8.1)', () => {
    const one = criterion(results[0]!, '8.1').total;
    expect(criterion(together, '8.1').total.numerator).toBe(3 * (one.numerator as number));
    expect(essence(criterion(merged, '8.1').total)).toEqual(essence(criterion(together, '8.1').total));
  });
});

describe('merging in steps and in other splits', () => {
  it('merging a merged region with another municipality = merging all at once (regions into a country)', () => {
    const twoFirst = mergeResults(parts.slice(0, 2).map((p, i) => ({ name: p.label, json: results[i]! })));
    const inSteps = mergeResults([
      { name: 'Север', json: twoFirst },
      { name: parts[2]!.label, json: results[2]! },
    ]);
    expect(inSteps.municipalities).toBe(3);
    expect(inSteps.rows).toBe(merged.rows);
    for (const c of merged.criteria) expect(essence(criterion(inSteps, c.id).total), c.id).toEqual(essence(c.total));
  });

  it.each([
    [[1, 11]],
    [[6, 3, 2, 1]],
    [[2, 2, 2, 2, 2, 2]],
  ])('holds for the split %j as well', (sizes) => {
    const split: Part[] = splitExample(sizes);
    const rs = split.map((p) => resultOf(asSheetData(p.sheets)));
    const m = mergeResults(split.map((p, i) => ({ name: p.label, json: rs[i]! })));
    const t = resultOf(combineWorkbooks(split.map((p) => ({ label: p.label, sheets: asSheetData(p.sheets) }))).sheets);
    for (const c of t.criteria) {
      if (c.kind === 'presence') continue;
      expect(essence(criterion(m, c.id).total), c.id).toEqual(essence(c.total));
    }
  });
});

describe('refusals', () => {
  it('refuses results of different presets or periods, and files that are not results', () => {
    const other = { ...results[1]!, preset: 'katav-2021' };
    expect(() => mergeResults([{ name: 'a', json: results[0]! }, { name: 'b', json: other }])).toThrow(/разным наборам показателей/);
    const later = { ...results[1]!, period: '2024-2025' };
    expect(() => mergeResults([{ name: 'a', json: results[0]! }, { name: 'b', json: later }])).toThrow(/разным отчётным периодам/);
    expect(() => mergeResults([{ name: 'a', json: { hello: 1 } as never }])).toThrow(/не файл результатов/);
    expect(() => mergeResults([])).toThrow(/Не указано ни одного файла/);
  });
});
