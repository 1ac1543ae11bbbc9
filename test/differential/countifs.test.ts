/**
 * Differential test: the engine's numerators and denominators of every roster-based share and
 * count criterion of alapaevsk-2024 must equal COUNTIFS formulas evaluated by HyperFormula over a
 * plain table of the same people — per organisation and in total — on the example workbook and on
 * generated workbooks. Expected values never come from core/: the table is built from the
 * generator's truth (or, for the example, by the test's own contract reader, which is first
 * checked against that truth), and the formulas are transcribed from spec/presets.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWorkbook, findPreset, isNumberShare, type ComputeResult, type Figure, type SheetData } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { REFERENCE_DATE, YES_NO_KEYS, renderWorkbook, workbookArb } from '../arbitraries/workbook';
import { tableFromSheets } from './contract-reader';
import { ALAPAEVSK_COUNTIFS, countWithHyperFormula, DEFICIT_SHEET_SHARES, NEW_POPULATION_SHARES, P1_INNER, type Counts, type CriterionSpec } from './countifs';
import { DEFICIT_COLUMN_KEYS } from '../arbitraries/contract';
import { newPopulationResults } from './new-populations';
import { tableFromModel, type Table, type TableRow } from './table';

const OPTIONS = { today: REFERENCE_DATE, referenceDate: REFERENCE_DATE };

function describeFigure(f: Figure | undefined): string {
  return f ? `${String(f.numerator)}/${String(f.denominator)} (${f.status}${f.reason ? `, ${f.reason}` : ''})` : 'missing';
}

/** Every disagreement between the engine and the spreadsheet, as readable lines. */
function disagreements(result: ComputeResult, table: Table, sheets: readonly SheetData[]): string[] {
  const expected = countWithHyperFormula(table, ALAPAEVSK_COUNTIFS);
  const out: string[] = [];
  const check = (id: string, where: string, figure: Figure | undefined, counts: Counts, hasData: boolean, kind: 'share' | 'count') => {
    if (!hasData) {
      if (!figure || figure.status !== 'no-data' || figure.numerator !== null) out.push(`${id} ${where}: expected no data (missing column), engine ${describeFigure(figure)}`);
      return;
    }
    const den = kind === 'count' ? null : counts.den;
    if (!figure || figure.numerator !== counts.num || figure.denominator !== den) {
      out.push(`${id} ${where}: engine ${describeFigure(figure)}, COUNTIFS ${counts.num}/${String(den)}`);
    }
  };
  for (const [id, spec] of Object.entries(ALAPAEVSK_COUNTIFS)) {
    const r = result.criteria.find((c) => c.criterion.id === id);
    const counts = expected.get(id);
    if (!r || !counts) {
      out.push(`${id}: no result`);
      continue;
    }
    const needs = [...spec.pop.needs, ...spec.cond.needs];
    const usable = table.orgs.map((o) => needs.every((c) => o.columns.has(c)));
    table.orgs.forEach((o, i) => check(id, o.name, r.byOrganization[o.name], counts.orgs[i] as Counts, usable[i] ?? false, spec.kind));
    check(id, 'итого', r.total, counts.total, usable.some(Boolean), spec.kind);
  }
  out.push(...p1Disagreements(result, table));
  out.push(...newPopulationDisagreements(sheets, table));
  out.push(...deficitSheetDisagreements(result, table));
  return out;
}

/**
 * «Дефициты» against COUNTIFS: each organisation with a «Дефицит: …» column has, for each kind
 * and for the people with a deficit, the counts of the formulas (or no data where it lacks a
 * column the figure needs); the municipality is the sum over those organisations. Without any
 * deficit column anywhere there is no «Дефициты» at all.
 */
function deficitSheetDisagreements(result: ComputeResult, table: Table): string[] {
  const d = result.deficits;
  const anyColumn = table.orgs.some((o) => DEFICIT_COLUMN_KEYS.some((k) => o.columns.has(k)));
  if (!d) return anyColumn ? ['«Дефициты»: missing though a roster has a deficit column'] : [];
  if (!anyColumn) return ['«Дефициты»: present without any deficit column'];
  const expected = countWithHyperFormula(table, DEFICIT_SHEET_SHARES);
  const out: string[] = [];
  for (const [id, spec] of Object.entries(DEFICIT_SHEET_SHARES)) {
    const counts = expected.get(id) as { orgs: readonly Counts[] };
    const pick = (f: (typeof d.organizations)[number]['figures']) => (id === 'withDeficit' ? f.withDeficit : f.kinds[id as keyof typeof f.kinds]);
    let num = 0;
    let den = 0;
    let any = false;
    table.orgs.forEach((o, i) => {
      const org = d.organizations[i];
      if (!org || org.name !== o.name) {
        out.push(`«Дефициты» ${o.name}: organisation missing or out of order`);
        return;
      }
      const hasColumns = DEFICIT_COLUMN_KEYS.some((k) => o.columns.has(k));
      if (org.hasColumns !== hasColumns) out.push(`«Дефициты» ${o.name}: hasColumns ${String(org.hasColumns)}`);
      const f = pick(org.figures);
      const c = counts.orgs[i] as Counts;
      const usable = [...spec.pop.needs, ...spec.cond.needs].every((n) => o.columns.has(n));
      if (!hasColumns || !usable) {
        if (f.numerator !== null) out.push(`«Дефициты» ${id} ${o.name}: expected no data, got ${f.numerator}/${f.denominator}`);
        return;
      }
      if (f.numerator !== c.num || f.denominator !== c.den) out.push(`«Дефициты» ${id} ${o.name}: ${f.numerator}/${f.denominator}, COUNTIFS ${c.num}/${c.den}`);
      any = true;
      num += c.num;
      den += c.den ?? 0;
    });
    const t = pick(d.total);
    if (any ? t.numerator !== num || t.denominator !== den : t.numerator !== null) out.push(`«Дефициты» ${id} итого: ${t.numerator}/${t.denominator}, expected ${num}/${den}`);
  }
  return out;
}

/**
 * P1 is an orgShare (spec/presets.md): an organisation with a manager whose «ПК по ФР ДПП» is known
 * counts when at least half of those managers have it (2 × num ≥ den, exact); the total is the
 * organisations that count over those eligible. The inner shares come from COUNTIFS.
 */
function p1Disagreements(result: ComputeResult, table: Table): string[] {
  const inner = countWithHyperFormula(table, P1_INNER).get('P1');
  const r = result.criteria.find((c) => c.criterion.id === 'P1');
  if (!inner || !r) return ['P1: no result'];
  const spec = P1_INNER.P1 as CriterionSpec;
  const out: string[] = [];
  let num = 0;
  let den = 0;
  table.orgs.forEach((o, i) => {
    const c = inner.orgs[i] as Counts;
    const f = r.byOrganization[o.name];
    const usable = [...spec.pop.needs, ...spec.cond.needs].every((n) => o.columns.has(n));
    if (!usable || !c.den) {
      if (!f || f.status !== 'no-data') out.push(`P1 ${o.name}: expected no data, engine ${describeFigure(f)}`);
      return;
    }
    const counts = 2 * c.num >= c.den;
    num += counts ? 1 : 0;
    den += 1;
    if (!f || f.numerator !== (counts ? 1 : 0) || f.denominator !== 1 || f.inner?.numerator !== c.num || f.inner?.denominator !== c.den) {
      out.push(`P1 ${o.name}: engine ${describeFigure(f)} inner ${f?.inner?.numerator}/${f?.inner?.denominator}, COUNTIFS ${c.num}/${c.den}`);
    }
  });
  if (r.total.numerator !== num || r.total.denominator !== den) out.push(`P1 итого: engine ${describeFigure(r.total)}, expected ${num}/${den}`);
  return out;
}

/** Shares over generalEd, iomDone and withDeficit that no shipped criterion reads, evaluated by the engine. */
function newPopulationDisagreements(sheets: readonly SheetData[], table: Table): string[] {
  const expected = countWithHyperFormula(table, NEW_POPULATION_SHARES);
  const engine = newPopulationResults(sheets, REFERENCE_DATE);
  const out: string[] = [];
  for (const [id, spec] of Object.entries(NEW_POPULATION_SHARES)) {
    const counts = expected.get(id);
    const got = engine.get(id);
    if (!counts || !got) {
      out.push(`${id}: no result`);
      continue;
    }
    const needs = [...spec.pop.needs, ...spec.cond.needs];
    table.orgs.forEach((o, i) => {
      const f = got.byOrganization[o.name];
      const c = counts.orgs[i] as Counts;
      const den = spec.kind === 'count' ? null : c.den;
      if (!needs.every((n) => o.columns.has(n))) {
        if (!f || f.status !== 'no-data' || f.numerator !== null) out.push(`${id} ${o.name}: expected no data, engine ${describeFigure(f)}`);
      } else if (!f || f.numerator !== c.num || f.denominator !== den) out.push(`${id} ${o.name}: engine ${describeFigure(f)}, COUNTIFS ${c.num}/${String(den)}`);
    });
  }
  return out;
}

describe('COUNTIFS in HyperFormula = the engine', () => {
  it('covers every share and count criterion of alapaevsk-2024 except the two from number sheets', () => {
    const preset = findPreset('alapaevsk-2024');
    expect(preset).toBeDefined();
    const criteria = preset?.criteria ?? [];
    const rosterBased = criteria.filter((c) => (c.kind === 'share' || c.kind === 'count') && !isNumberShare(c)).map((c) => c.id);
    expect([...rosterBased].sort()).toEqual(Object.keys(ALAPAEVSK_COUNTIFS).sort());
    expect(criteria.filter(isNumberShare).map((c) => c.id)).toEqual(['6.1', '8.1']);
    for (const [id, spec] of Object.entries(ALAPAEVSK_COUNTIFS)) expect(criteria.find((c) => c.id === id)?.kind, id).toBe(spec.kind);
  });

  it('gives hand-counted figures on a four-row table (the formulas themselves)', () => {
    const row = (over: Partial<TableRow>, yes: Partial<TableRow['yesNo']> = {}): TableRow => ({
      org: 1, type: 'ОО', lowResults: 'нет', category: 'педагогический', position: 'учитель', subject: null,
      age: 40, experience: 10, hours: 18, contest: 0,
      yesNo: { ...(Object.fromEntries(YES_NO_KEYS.map((k) => [k, 'нет'])) as TableRow['yesNo']), ...yes },
      ...over,
    });
    const table: Table = {
      orgs: [{ name: 'A', columns: new Set() }],
      rows: [
        row({ subject: 'математика, физика', age: 30, experience: 2, hours: 27, contest: 2 }, { diagRegional: 'да', pkTech: 'да' }),
        row({ position: 'учитель логопед', age: 25, experience: 1, hours: 10 }),
        row({ category: 'управленческий', position: 'директор', contest: 4 }, { diagRegional: 'да', pkRegistry: 'да' }),
        row({ position: 'педагог дополнительного образования', age: '?', experience: 1, hours: '?', contest: '?' }, { diagRegional: '?' }),
      ],
    };
    const got = countWithHyperFormula(table, ALAPAEVSK_COUNTIFS);
    const total = (id: string) => got.get(id)?.total;
    expect(total('1.2')).toEqual({ num: 1, den: 2 }); // ped 1, 2, 4; the «?» of row 4 is left out
    expect(total('1.1')).toEqual({ num: 0, den: 1 }); // the учитель-логопед is not a teacher
    expect(total('9.15')).toEqual({ num: 1, den: 1 }); // «математика, физика» counted once
    expect(total('8.3')).toEqual({ num: 0, den: 2 }); // young: rows 1 and 2; row 4's age is unknown
    expect(total('6.4')).toEqual({ num: 1, den: 2 }); // 27 h counts, «?» hours left out
    expect(total('3.2')).toEqual({ num: 1, den: 2 }); // contest ≥ муниципальный among ped with a known level
    expect(total('8.23')).toEqual({ num: 0, den: null }); // the призёр is управленческий
    expect(total('9.11')).toEqual({ num: 0, den: 1 });
    expect(countWithHyperFormula(table, P1_INNER).get('P1')?.total).toEqual({ num: 1, den: 1 });
    expect(got.get('1.2')?.orgs).toEqual([{ num: 1, den: 2 }]);
  });

  it('on the example workbook, per organisation and in total', () => {
    const wb = generateExampleWorkbook(2024);
    const sheets: SheetData[] = wb.sheets.map((s) => ({ name: s.name, values: s.rows }));
    const table = tableFromSheets(sheets, REFERENCE_DATE);
    // The reader sees what the example promises: 12 tabs, «Фактическая численность» rows in each.
    const listing = wb.sheets.find((s) => s.name === 'Организации')?.rows ?? [];
    expect(table.orgs.map((o) => o.name)).toEqual(listing.slice(1).map((r) => r[0]));
    for (const [i, o] of table.orgs.entries()) {
      expect(table.rows.filter((r) => r.org === i + 1).length, o.name).toBe(listing[i + 1]?.[7]);
    }
    expect(table.orgs.find((o) => o.name === 'МАДОУ «Детский сад №7»')?.columns.has('contestLevel')).toBe(false);
    expect(table.rows.some((r) => r.yesNo.diagRegional === '?')).toBe(true);
    const result = computeWorkbook(sheets, OPTIONS);
    expect(disagreements(result, table, sheets)).toEqual([]);
  });

  it('the test reader gives the generator truth (so it can stand in for it on the example)', () => {
    fc.assert(
      fc.property(workbookArb(), (model) => {
        const canon = (t: Table) => ({
          orgs: t.orgs.map((o) => [o.name, [...o.columns].sort()]),
          rows: t.rows.map((r) => JSON.stringify(r)).sort(),
        });
        expect(canon(tableFromSheets(renderWorkbook(model).sheets, REFERENCE_DATE))).toEqual(canon(tableFromModel(model)));
      }),
      { numRuns: 60 },
    );
  });

  it('on generated clean workbooks (truth table)', () => {
    fc.assert(
      fc.property(workbookArb({ clean: true }), (model) => {
        const sheets = renderWorkbook(model).sheets;
        const result = computeWorkbook(sheets, OPTIONS);
        expect(disagreements(result, tableFromModel(model), sheets)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('on generated workbooks with unknown values (truth table)', () => {
    fc.assert(
      fc.property(workbookArb(), (model) => {
        const sheets = renderWorkbook(model).sheets;
        const result = computeWorkbook(sheets, OPTIONS);
        expect(disagreements(result, tableFromModel(model), sheets)).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});
