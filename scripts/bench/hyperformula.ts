/**
 * What the same share and count criteria cost as a hand-built formula workbook: the test suite's
 * COUNTIFS transcription of alapaevsk-2024 (test/differential/countifs.ts: one data sheet of the
 * people, one COUNTIFS numerator and denominator per criterion and organisation, plus the
 * municipal total), loaded and calculated by HyperFormula. The people's table is built by the
 * differential test's own contract reader (not timed). The totals are checked against the engine.
 */
import { computeWorkbook } from '../../core/index';
import { tableFromSheets } from '../../test/differential/contract-reader';
import { ALAPAEVSK_COUNTIFS, countWithHyperFormula } from '../../test/differential/countifs';
import { TODAY } from './core';
import { benchWorkbook } from './generate';
import { maxRssMb, timed } from './stats';

export interface HyperFormulaResult {
  readonly rows: number;
  readonly tabs: number;
  /** Formula cells and the COUNTIFS calls in them. */
  readonly formulas: number;
  readonly countifs: number;
  readonly ms: number[];
  readonly peakMb: number;
  /** Criteria whose municipal numerator and denominator equal the engine's, of all compared. */
  readonly agree: number;
  readonly compared: number;
}

const REFERENCE = new Date(Date.UTC(2024, 5, 1));

export function measureHyperFormula(rows: number, tabs: number, runs: number): HyperFormulaResult {
  const { sheets } = benchWorkbook(rows, tabs);
  const table = tableFromSheets(sheets, REFERENCE);
  const ms: number[] = [];
  let counts = new Map<string, { total: { num: number; den: number | null } }>();
  for (let i = 0; i < runs; i++) {
    const t = timed(() => countWithHyperFormula(table, ALAPAEVSK_COUNTIFS));
    ms.push(t.ms);
    counts = t.value;
    process.stderr.write(`  hyperformula ${rows}: run ${i + 1}/${runs} ${(t.ms / 1000).toFixed(1)} s\n`);
  }
  const peakMb = maxRssMb();
  const result = computeWorkbook(sheets, { today: TODAY, referenceDate: REFERENCE });
  let agree = 0;
  let compared = 0;
  for (const [id, c] of counts) {
    const r = result.criteria.find((x) => x.criterion.id === id);
    if (!r) continue;
    compared++;
    const den = r.criterion.kind === 'count' ? null : r.total.denominator;
    if (r.total.numerator === c.total.num && den === c.total.den) agree++;
  }
  const specs = Object.values(ALAPAEVSK_COUNTIFS);
  const scopes = table.orgs.length + 1;
  const formulas = specs.reduce((n, s) => n + scopes * (s.kind === 'count' ? 1 : 2), 0);
  const countifs = specs.reduce((n, s) => n + scopes * (1 + (s.kind === 'count' ? 0 : s.cond.den.length)), 0);
  return { rows, tabs, formulas, countifs, ms, peakMb, agree, compared };
}
