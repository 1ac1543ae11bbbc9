/**
 * The texts a methodologist sends as they are (issue 4): full sentences with a capital and a
 * period, no doubled periods or spaces, no programming words, decimal commas, numbers agreeing
 * with «человек» and «балл» — on every recommendation, decision and sheet text of the example
 * workbook under every preset, and on the agreement cases 1 / 2 / 5 / 11 / 21 worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../core/cells';
import type { Criterion, MeanCriterion } from '../../core/criteria';
import { pop } from '../../core/expr';
import { PRESETS } from '../../core/presets/index';
import { gapWithUnit, reduceByPeople, shortOfPeople, targetWords, valueWords } from '../../core/recommend/rules';
import { TOPIC_TEXTS, SUCCESS_MEASURES } from '../../core/texts/ru/recommend';
import { remedyOf } from '../../core/recommend/remedies';
import { planRun, type RunPlan } from '../../core/run-plan';
import { generateExampleWorkbook } from '../../core/example/generate';
import { TODAY } from '../helpers/workbook';
import { columnOf, expectReadable, output } from './helpers';

const EXAMPLE: SheetData[] = generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, values: s.rows }));
const runExample = (presetId?: string): RunPlan => planRun(EXAMPLE, { today: TODAY, ...(presetId ? { presetId } : {}) });

describe('agreement of numbers and units, by hand', () => {
  it.each([
    [1, 'не хватает 1 человека', 'сократить на 1 человека'],
    [2, 'не хватает 2 человек', 'сократить на 2 человека'],
    [4, 'не хватает 4 человек', 'сократить на 4 человека'],
    [5, 'не хватает 5 человек', 'сократить на 5 человек'],
    [11, 'не хватает 11 человек', 'сократить на 11 человек'],
    [12, 'не хватает 12 человек', 'сократить на 12 человек'],
    [21, 'не хватает 21 человека', 'сократить на 21 человека'],
    [22, 'не хватает 22 человек', 'сократить на 22 человека'],
    [25, 'не хватает 25 человек', 'сократить на 25 человек'],
    [101, 'не хватает 101 человека', 'сократить на 101 человека'],
    [111, 'не хватает 111 человек', 'сократить на 111 человек'],
  ])('%i', (n, short, reduce) => {
    expect(shortOfPeople(n)).toBe(short);
    expect(reduceByPeople(n)).toBe(reduce);
  });

  it('points agree with the number; shares and counts keep their units', () => {
    const mean: MeanCriterion = { id: 'M', kind: 'mean', name: 'Средний балл', shortName: 'Средний балл', track: '', indicator: '', population: pop('ped'), field: 'diagScore' };
    expect(gapWithUnit(mean, 1)).toBe('1 балл');
    expect(gapWithUnit(mean, 3)).toBe('3 балла');
    expect(gapWithUnit(mean, 5)).toBe('5 баллов');
    expect(gapWithUnit(mean, 11)).toBe('11 баллов');
    expect(gapWithUnit(mean, 21)).toBe('21 балл');
    expect(gapWithUnit(mean, 2.5)).toBe('2,5 балла');
    const f = (value: number) => ({ value, numerator: null, denominator: 10, status: 'no-target' as const });
    expect(valueWords(mean, f(71))).toBe('71 балл');
    expect(valueWords(mean, f(64))).toBe('64 балла');
    expect(valueWords(mean, f(65))).toBe('65 баллов');
    expect(valueWords(mean, f(64.25))).toBe('64,3 балла');
    const share = PRESETS[0]!.criteria.find((c) => c.id === '9.1') as Criterion;
    expect(gapWithUnit(share, 0.1)).toBe('0,1 п.п.');
    expect(valueWords(share, { value: (32 * 100) / 70, numerator: 32, denominator: 70, status: 'below' })).toBe('45,7 % (32 из 70)');
    expect(targetWords(share)).toBe('не менее 30 %');
    const count = PRESETS[0]!.criteria.find((c) => c.id === '8.11') as Criterion;
    expect(valueWords(count, { value: 1200, numerator: 1200, denominator: null, status: 'no-target' })).toBe('1\u00a0200 чел.');
  });

  it('every measure text is a readable sentence', () => {
    for (const [topic, t] of Object.entries(TOPIC_TEXTS)) {
      for (const text of [t.orgMeasures, t.municipalMeasures, t.decision]) expectReadable(text, `${topic}: ${text}`);
      expect(t.title, topic).toMatch(/^\p{Lu}/u);
      expect(t.orgAddressee, topic).toMatch(/^\p{Lu}/u);
      expect(t.municipalAddressee, topic).toMatch(/^\p{Lu}/u);
    }
    expectReadable(SUCCESS_MEASURES);
  });
});

describe('the example workbook: every text a methodologist could send as it is', () => {
  const plan = runExample();
  const recs = plan.analysis.recommendations;

  it('has recommendations of every kind, and management decisions', () => {
    const kinds = new Set(recs.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['attention', 'below-target', 'missing', 'success']);
    expect(plan.analysis.decisions.length).toBeGreaterThan(0);
    expect(plan.analysis.decisions.length).toBeLessThanOrEqual(5);
  });

  it('every recommendation text reads well', () => {
    for (const r of recs) expectReadable(r.text, `${r.kind} ${r.criterion.id} ${r.organization ?? 'муниципалитет'}: ${r.text}`);
  });

  it('every recommendation states its figures: value, target and gap for a shortfall, the municipal value for a comparison', () => {
    for (const r of recs) {
      const label = `${r.kind} ${r.criterion.id} ${r.organization}`;
      expect(r.addressee, label).toMatch(/^\p{Lu}/u);
      expect(r.text, label).toContain(r.kind === 'missing' ? `критерий ${r.criterion.id} «${r.criterion.shortName}»` : `«${r.criterion.shortName}» (критерий ${r.criterion.id})`);
      if (r.kind === 'below-target') {
        expect(r.text, label).toContain(r.valueText);
        expect(r.text, label).toContain(`при целевом значении ${r.targetText}`);
        expect(r.text, label).toMatch(/отставание|превышение/);
      }
      if (r.kind === 'attention' || r.kind === 'success') expect(r.text, label).toMatch(/чем в среднем по муниципалитету \(\d[\d,]* %\)/);
      if (r.organization === null) expect(r.addressee, label).toMatch(/муниципальная методическая служба|Управление образования/i);
    }
  });

  it('texts name the measures of their area', () => {
    expect(recs.filter((r) => r.kind === 'success').every((r) => r.text.endsWith(SUCCESS_MEASURES))).toBe(true);
    for (const r of recs.filter((x) => x.kind === 'below-target' || x.kind === 'attention' || x.kind === 'missing')) {
      const remedy = remedyOf(r.criterion);
      expect(r.text.endsWith(r.organization === null ? remedy.municipal : remedy.org), r.text).toBe(true);
      expect(r.addressee).toBe(r.organization === null ? remedy.municipalAddressee : remedy.orgAddressee);
    }
  });

  it('every decision and its basis reads well and names criteria', () => {
    for (const d of plan.analysis.decisions) {
      expectReadable(d.text, d.text);
      expectReadable(d.basis, d.basis);
      expect(d.basis).toMatch(/^Критери[йи] /);
      for (const id of d.criterionIds) expect(d.basis).toContain(id);
    }
  });

  it('the `Рекомендации` sheet: every text cell reads well, gaps carry their unit, the status says «новая»', () => {
    const sheet = output(plan, 'Рекомендации');
    const textCol = columnOf(sheet, 'Рекомендация');
    const gapCol = columnOf(sheet, 'Разрыв');
    const statusCol = columnOf(sheet, 'Статус');
    const kindCol = columnOf(sheet, 'Вид');
    const header = sheet.values.findIndex((r) => r[0] === 'Приоритет');
    const rows = sheet.values.slice(header + 1).filter((r) => typeof r[0] === 'number' && r[kindCol] !== 'управленческое решение');
    expect(rows).toHaveLength(recs.length);
    for (const r of rows) {
      expectReadable(String(r[textCol]));
      if (r[gapCol] !== '') expect(String(r[gapCol])).toMatch(/^\d[\d\u00a0]*(,\d)? (п\.п\.|чел\.|балл(а|ов)?)$/);
      expect(r[statusCol]).toBe('новая');
    }
    // Decisions first, on the municipal page, before any recommendation.
    const decisionRows = sheet.values.filter((r) => r[kindCol] === 'управленческое решение');
    expect(decisionRows).toHaveLength(plan.analysis.decisions.length);
    expect(sheet.values.indexOf(decisionRows[decisionRows.length - 1]!)).toBeLessThan(sheet.values.indexOf(rows[0]!));
    for (const r of decisionRows) expectReadable(String(r[textCol]));
  });

  it.each(PRESETS.map((p) => p.id))('preset %s: every recommendation and decision reads well', (presetId) => {
    const p = runExample(presetId);
    for (const r of p.analysis.recommendations) expectReadable(r.text, `${presetId} ${r.criterion.id}: ${r.text}`);
    for (const d of p.analysis.decisions) {
      expectReadable(d.text);
      expectReadable(d.basis);
    }
  });
});
