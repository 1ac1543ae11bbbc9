/**
 * The example workbook has none of the new columns («Дефицит: …», «ИОМ завершён», «Положительная
 * динамика результатов обучающихся»). Its result before issue 18 was recorded in
 * example-before.json (by computing the example with the code of main at 236977c..c419839 and
 * keeping, per criterion, numerator, denominator, value rounded to 0.01 and status for the total
 * and each organisation, and every issue's severity, sheet, row, column and code). After it:
 * every criterion except the changed 2.1 and P1 and the new П14 has exactly the same figures, the
 * issues are the same plus the two missing columns of П14 on each tab, and there is no «Дефициты».
 */
import { describe, expect, it } from 'vitest';
import { computeWorkbook, planRun, type Figure } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import before from './example-before.json';

type Row = [number | null, number | null, number | boolean | null, string];
interface Snapshot {
  criteria: Record<string, { total: Row; byOrganization: Record<string, Row> }>;
  issues: [string, string, number | null, string | null, string][];
}

const TODAY = new Date(Date.UTC(2024, 5, 15));
const sheets = generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, values: s.rows }));
const result = computeWorkbook(sheets, { today: TODAY, referenceDate: new Date(Date.UTC(2024, 5, 1)) });
const old = before as unknown as Snapshot;
const row = (f: Figure): Row => [f.numerator, f.denominator, f.value === null || typeof f.value === 'boolean' ? f.value : Math.round(f.value * 100) / 100, f.status];
const P14_COLUMNS = ['ИОМ завершён', 'Положительная динамика результатов обучающихся'];

describe('the example workbook before and after deficits', () => {
  it('every unchanged criterion has the same figures, for the total and each organisation', () => {
    const changed = new Set(['2.1', 'P1', 'П14']);
    expect(Object.keys(old.criteria).length).toBe(67);
    expect(result.criteria.map((c) => c.criterion.id).filter((id) => !changed.has(id))).toEqual(Object.keys(old.criteria).filter((id) => !changed.has(id)));
    for (const c of result.criteria) {
      if (changed.has(c.criterion.id)) continue;
      const was = old.criteria[c.criterion.id]!;
      expect(row(c.total), c.criterion.id).toEqual(was.total);
      expect(Object.fromEntries(Object.entries(c.byOrganization).map(([k, v]) => [k, row(v)])), c.criterion.id).toEqual(was.byOrganization);
    }
  });

  it('the issues are the same, plus П14’s two missing columns on each tab', () => {
    const now = result.issues.map((i) => [i.severity, i.sheet, i.row, i.column, i.code]);
    const added = result.issues.filter((i) => i.code === 'missing-column' && i.column !== null && P14_COLUMNS.includes(i.column));
    expect(added).toHaveLength(2 * result.organizations.length);
    for (const i of added) expect(i.message).toContain('П14');
    expect(now.filter((_, k) => !added.includes(result.issues[k]!))).toEqual(old.issues);
  });

  it('П14 has no data; 2.1 counts only ДОО and ОО; P1 counts organisations', () => {
    const by = (id: string) => result.criteria.find((c) => c.criterion.id === id)!;
    expect(by('П14').total.status).toBe('no-data');
    const udo = result.organizations.filter((o) => o.type === 'УДО').map((o) => o.name);
    expect(udo.length).toBeGreaterThan(0);
    for (const name of udo) expect(by('2.1').byOrganization[name]!.denominator).toBe(0);
    // 2.1 elsewhere is what it was (the population changed only for УДО).
    for (const o of result.organizations.filter((x) => x.type !== 'УДО')) expect(row(by('2.1').byOrganization[o.name]!)).toEqual(old.criteria['2.1']!.byOrganization[o.name]);
    expect(by('P1').total.denominator).toBeLessThanOrEqual(result.organizations.length);
    expect(by('P1').criterion.kind).toBe('orgShare');
  });

  it('writes no «Дефициты» sheet', () => {
    expect(planRun(sheets, { today: TODAY }).outputs.map((o) => o.name)).not.toContain('Дефициты');
  });
});
