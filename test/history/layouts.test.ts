/**
 * `История` written by an older release (issue 17): before «Сведения ОО» the sheet had 10 columns
 * (no `Источник`). A rerun must not append 11-column rows under a 10-column header: the sheet is
 * the program's own, so the run rewrites it whole in the current layout, every old row kept (its
 * `Источник` empty: every figure then came from a roster), and reads the old rows as the previous
 * period exactly as it reads its own. Columns are found by their headers, so a sheet whose columns
 * were moved reads the same.
 *
 * Figures by hand: period 1 — A and B, 11 teachers each, 1 with «ПК за период» → 9.1 total 2 of 22
 * = 9,09 % (shown 9,1); period 2 — A 4 of 11, B 1 of 11 → 5 of 22 = 22,7 %: change +13,6 p.p.
 */
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../core/cells';
import { HISTORY_HEADER, MUNICIPALITY_LABEL, readHistoryRows } from '../../core/history/history';
import type { OutValue } from '../../core/output/table';
import { output, replaceSheet, run, settings, staff, workbook, writeBack } from '../recommend/helpers';

const P1 = '2023-2024';
const P2 = '2024-2025';

const period1 = (): SheetData[] => workbook({ A: staff(11, { pk: 1 }), B: staff(11, { pk: 1 }) }, settings(P1));
const period2 = (after: readonly SheetData[]): SheetData[] =>
  workbook({ A: staff(11, { pk: 4 }), B: staff(11, { pk: 1 }) }, settings(P2)).reduce(replaceSheet, [...after]);

/** The same table with the 11th column (`Источник`) cut off: the older release's layout. */
const tenColumns = (values: readonly (readonly OutValue[])[]): OutValue[][] => values.map((r) => r.slice(0, 10));

describe('`История` of the older 10-column layout', () => {
  const sheets1 = period1();
  const plan1 = run(sheets1);
  const after1 = writeBack(sheets1, plan1);
  const current = output(plan1, 'История').values;
  const old = tenColumns(current);
  const after1Old = replaceSheet(after1, { name: 'История', values: old.map((r) => [...r]) });
  const plan2 = run(period2(after1));
  const plan2Old = run(period2(after1Old));
  const history = output(plan2Old, 'История').values;

  it('the fixture is the old layout: 10 columns, no «Источник»', () => {
    expect(old[0]).toEqual(HISTORY_HEADER.slice(0, 10));
    expect(old.every((r) => r.length === 10)).toBe(true);
    expect(old[0]).not.toContain('Источник');
  });

  it('is rewritten whole in the current layout: one 11-column header, every row 11 columns, no row lost or doubled', () => {
    expect(history[0]).toEqual([...HISTORY_HEADER]);
    expect(history.filter((r) => r[0] === 'Период')).toHaveLength(1);
    expect(history.every((r) => r.length === 11)).toBe(true);
    const p1 = history.slice(1).filter((r) => r[0] === P1);
    expect(p1.map((r) => r.slice(0, 10))).toEqual(old.slice(1));
    expect(p1.every((r) => r[10] === null)).toBe(true);
    // Period 2's rows follow, as many as period 1 has (same criteria, same organisations).
    expect(history.slice(1).filter((r) => r[0] === P2)).toHaveLength(p1.length);
    // Exactly what a run over a current-layout `История` writes.
    expect(history).toEqual(output(plan2, 'История').values);
  });

  it('reads the old rows as the previous period: 9.1 went from 9,1 % to 22,7 % (+13,6 p.p.)', () => {
    expect(plan2Old.analysis.previous?.period).toBe(P1);
    const c = plan2Old.json.criteria.find((x) => x.id === '9.1')!;
    expect(c.previous).toEqual({ period: P1, total: 9.09, byOrganization: { A: 9.09, B: 9.09 } });
    expect(c.change).toBe(13.6);
    expect(plan2Old.json).toEqual(plan2.json);
    expect(plan2Old.analysis.recommendations.map((r) => r.text)).toEqual(plan2.analysis.recommendations.map((r) => r.text));
  });

  it('stays as it is on the next rerun', () => {
    const after2 = writeBack(period2(after1Old), plan2Old);
    expect(output(run(after2), 'История').values).toEqual(history);
  });

  it('a history whose columns were moved reads the same rows', () => {
    const order = [0, 1, 2, 9, 4, 5, 6, 7, 8, 3, 10];
    const moved = current.map((r) => order.map((i) => r[i] ?? null));
    const read = readHistoryRows(moved);
    expect(read).toEqual(readHistoryRows(current.map((r) => [...r])));
    expect(read.find((r) => r[2] === '9.1' && r[4] === MUNICIPALITY_LABEL)).toEqual([P1, 'alapaevsk-2024', '9.1', 'Прошли ПК за период', MUNICIPALITY_LABEL, 2, 22, 9.09, 'не достигнуто', '≥ 30 %', null]);
  });
});
