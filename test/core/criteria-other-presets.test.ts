/**
 * The four other presets of spec/presets.md (surgut-2021, karpinsk-2022, zverevo-2021,
 * katav-2021) on the hand-made district of test/helpers/district.ts: at least one hand-computed
 * test per criterion, with the K1 band boundaries (60 and 80), the Z1 mean as a pooled mean, the
 * orgShare criteria (6.1.4, K2) and composite conditions (6.1.3, 6.1.5, Z4).
 *
 * District recap: ped school 8 (s3–s10), kindergarten 5 (k2–k6), ДДТ 5 (d2–d6) = 18; mgmt s1, s2 |
 * k1 | d1 = 4; all 10 | 6 | 6 = 22; young s7, s10 | k3 | d3 = 4; the school is a low-results school.
 */
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../core/presets/index';
import type { ComputeResult } from '../../core/result';
import { BASE_LISTINGS, DDT, district, KINDERGARTEN, merge, SCHOOL, setFor, yesFor, type Overrides } from '../helpers/district';
import { criterion, expectFigure, NO_DATA, orgFigure, share, total, type ExpectedFigure } from '../helpers/result';
import { compute, orgTab, person } from '../helpers/workbook';

const ZERO: ExpectedFigure = { numerator: 0, denominator: 0, value: null, status: 'no-data' };
const T = 'no-target' as const;

interface ByOrg {
  readonly school: ExpectedFigure;
  readonly kg: ExpectedFigure;
  readonly ddt: ExpectedFigure;
  readonly total: ExpectedFigure;
}

function check(r: ComputeResult, id: string, e: ByOrg): void {
  expectFigure(orgFigure(r, id, SCHOOL), e.school, `${id} school`);
  expectFigure(orgFigure(r, id, KINDERGARTEN), e.kg, `${id} kindergarten`);
  expectFigure(orgFigure(r, id, DDT), e.ddt, `${id} ДДТ`);
  expectFigure(total(r, id), e.total, `${id} total`);
}

const run = (presetId: string, overrides: Overrides = {}) => compute(district(overrides), { presetId });

it('the shipped presets and their criteria', () => {
  expect(PRESETS.map((p) => [p.id, p.criteria.map((c) => c.id).join(' ')])).toEqual([
    ['alapaevsk-2024', expect.any(String)],
    ['surgut-2021', '6.1.1 6.1.2 6.1.3 6.1.4 6.1.5'],
    ['karpinsk-2022', 'K1 K2 K3 K4 K5 K6 K7 K8'],
    ['zverevo-2021', 'Z1 Z2 Z3 Z4 Z5 Z6'],
    ['katav-2021', 'KI1 KI2 KI3 KI4 KI5 KI6'],
  ]);
});

describe('surgut-2021', () => {
  it('6.1.1 diagnostics and 6.1.2 ИОМ over all workers (managers included)', () => {
    const r = run('surgut-2021', merge(yesFor('diagRegional', 's1', 's3', 'k1', 'k2', 'd2'), yesFor('iomCenter', 's2', 'd1', 'd2', 'd3')));
    // all: school 10, kg 6, ДДТ 6 = 22. diagRegional: s1, s3 → 2/10 = 20; k1, k2 → 2/6 = 33.33; d2 → 1/6 = 16.67; 5/22 = 22.73.
    check(r, '6.1.1', { school: share(2, 10, 20, T), kg: share(2, 6, 33.33, T), ddt: share(1, 6, 16.67, T), total: share(5, 22, 22.73, T) });
    // iomCenter: s2 → 1/10 = 10; kg 0/6; d1, d2, d3 → 3/6 = 50; 4/22 = 18.18.
    check(r, '6.1.2', { school: share(1, 10, 10, T), kg: share(0, 6, 0, T), ddt: share(3, 6, 50, T), total: share(4, 22, 18.18, T) });
  });

  it('6.1.3 registry programmes chosen by diagnostics: both answers «да»', () => {
    const r = run('surgut-2021', merge(yesFor('diagRegional', 's1', 's3', 's4', 'k2'), yesFor('pkRegistry', 's1', 's3', 's5', 'k2')));
    // ped with both: s3 (school), k2 (kg); s1 is a manager; s4 and s5 have one each.
    // school 1/8 = 12.5; kg 1/5 = 20; ДДТ 0/5; total 2/18 = 11.11.
    check(r, '6.1.3', { school: share(1, 8, 12.5, T), kg: share(1, 5, 20, T), ddt: share(0, 5, 0, T), total: share(2, 18, 11.11, T) });
  });

  it('6.1.4 organisations (with managers) where at least half the managers trained in quality management', () => {
    const sheets = [...district(yesFor('pkQualityMgmt', 's1', 'd1', 's3')), orgTab('МАОУ СОШ №2', [person(), person({ pkQualityMgmt: 'да' })])];
    const r = compute(sheets, { presetId: 'surgut-2021' });
    // school: s1 of s1, s2 → 1/2 = 50 % ≥ 50 → yes; kg: k1 no → 0 % → no; ДДТ: d1 → 100 % → yes.
    expect(orgFigure(r, '6.1.4', SCHOOL)).toMatchObject({ flag: true, inner: { numerator: 1, denominator: 2, value: 50 } });
    expect(orgFigure(r, '6.1.4', KINDERGARTEN).flag).toBe(false);
    expect(orgFigure(r, '6.1.4', DDT).flag).toBe(true);
    // МАОУ СОШ №2 has no managers: not counted.
    expectFigure(orgFigure(r, '6.1.4', 'МАОУ СОШ №2'), NO_DATA, 'no managers');
    // 2 of 3 organisations = 66.67 %.
    expectFigure(total(r, '6.1.4'), share(2, 3, 66.67, T), 'total');
  });

  it('6.1.5 young in any form of support in the first three years', () => {
    // young s7 (mentor), s10 (regional methodist), k3 (nothing), d3 (Association); s5 (35, near miss) in ЦМН.
    const r = run('surgut-2021', merge(yesFor('hasMentor', 's7'), yesFor('regionalMethodist', 's10'), yesFor('youngAssociation', 'd3'), yesFor('mentoringModel', 's5')));
    // school 2/2 = 100; kg 0/1 = 0; ДДТ 1/1 = 100; total 3/4 = 75.
    check(r, '6.1.5', { school: share(2, 2, 100, T), kg: share(0, 1, 0, T), ddt: share(1, 1, 100, T), total: share(3, 4, 75, T) });
    // addressSupport alone is a form of support as well: k3 → kg 1/1, total 4/4.
    const r2 = run('surgut-2021', merge(yesFor('hasMentor', 's7'), yesFor('regionalMethodist', 's10'), yesFor('youngAssociation', 'd3'), yesFor('addressSupport', 'k3')));
    expectFigure(total(r2, '6.1.5'), share(4, 4, 100, T), 'all four');
  });

  describe('an unknown value in any column a condition reads leaves the row out (workbook.md §1.2)', () => {
    it('6.1.3: «?» in Региональная диагностика with ПК по ФР ДПП «нет» is not a counted «нет»', () => {
      const r = run('surgut-2021', merge(yesFor('diagRegional', 's3', 's4'), yesFor('pkRegistry', 's3', 's5'), setFor('diagRegional', '?', 'k2')));
      // k2 needs the Региональная диагностика column and it is unknown → out of both: kg 0/4, total (1 + 0 + 0) / (8 + 4 + 5) = 1/17 = 5.88.
      expectFigure(orgFigure(r, '6.1.3', KINDERGARTEN), share(0, 4, 0, T), 'kg');
      expectFigure(total(r, '6.1.3'), share(1, 17, 5.88, T), 'total');
    });

    it('6.1.5: «?» in Имеет наставника with Адресная поддержка «да» is not a counted «да»', () => {
      const r = run('surgut-2021', merge(yesFor('hasMentor', 's7'), setFor('hasMentor', '?', 'k3'), yesFor('addressSupport', 'k3')));
      // k3 needs Имеет наставника and it is unknown → out: kg 0 of 0 = «нет данных»; school s7 of s7, s10 = 1/2,
      // ДДТ 0/1; total (1 + 0) / (2 + 1) = 33.33.
      expectFigure(orgFigure(r, '6.1.5', KINDERGARTEN), ZERO, 'kg');
      expectFigure(total(r, '6.1.5'), share(1, 3, 33.33, T), 'total');
    });
  });
});

describe('karpinsk-2022', () => {
  it('K1 levels of managers’ competences: ≤ 60 низкий, 60 < x ≤ 80 средний, > 80 высокий', () => {
    const scores = merge(
      setFor('mgmtScore', 60, 's1'), // низкий (60 is the top of низкий)
      setFor('mgmtScore', '60,5', 's2'), // средний
      { s3: { staffCategory: 'управленческий', mgmtScore: 0 } }, // низкий
      setFor('mgmtScore', 80, 'k1'), // средний (80 is the top of средний)
      { k2: { staffCategory: 'управленческий', mgmtScore: null } }, // no score: not in the population
      setFor('mgmtScore', 80.5, 'd1'), // высокий
      { d4: { staffCategory: 'управленческий', mgmtScore: 100 } }, // высокий
      setFor('mgmtScore', 50, 'd2'), // ped: not in the population
    );
    const r = run('karpinsk-2022', scores);
    const bands = (id: string, org?: string) => {
      const f = org ? orgFigure(r, id, org) : total(r, id);
      return { n: f.denominator, status: f.status, bands: f.bands?.map((b) => [b.label, b.count, b.value === null ? null : Math.round(b.value * 100) / 100]) };
    };
    // school: s1 60, s2 60.5, s3 0 → низкий 2, средний 1 of 3 → 66.67 / 33.33 / 0.
    expect(bands('K1', SCHOOL)).toEqual({ n: 3, status: T, bands: [['низкий', 2, 66.67], ['средний', 1, 33.33], ['высокий', 0, 0]] });
    // kg: k1 80 → средний 1 of 1.
    expect(bands('K1', KINDERGARTEN)).toEqual({ n: 1, status: T, bands: [['низкий', 0, 0], ['средний', 1, 100], ['высокий', 0, 0]] });
    // ДДТ: d1 80.5, d4 100 → высокий 2 of 2.
    expect(bands('K1', DDT)).toEqual({ n: 2, status: T, bands: [['низкий', 0, 0], ['средний', 0, 0], ['высокий', 2, 100]] });
    // total: 2 / 2 / 2 of 6 → 33.33 each.
    expect(bands('K1')).toEqual({ n: 6, status: T, bands: [['низкий', 2, 33.33], ['средний', 2, 33.33], ['высокий', 2, 33.33]] });
  });

  it('K1 without any score: «нет данных»', () => {
    const r = run('karpinsk-2022');
    expect(total(r, 'K1')).toMatchObject({ denominator: 0, status: 'no-data' });
    expect(orgFigure(r, 'K1', SCHOOL)).toMatchObject({ denominator: 0, status: 'no-data' });
  });

  it('K2 organisations with someone in the personnel reserve, over all organisations', () => {
    const r = run('karpinsk-2022', yesFor('inReserve', 's5', 'd1'));
    expect(orgFigure(r, 'K2', SCHOOL).flag).toBe(true); // s5
    expect(orgFigure(r, 'K2', KINDERGARTEN).flag).toBe(false);
    expect(orgFigure(r, 'K2', DDT).flag).toBe(true); // d1, a manager, counts: the population is everyone
    expectFigure(total(r, 'K2'), share(2, 3, 66.67, T), 'total'); // 2 of 3
  });

  it('K3 ped and K4 managers with an individual route', () => {
    const r = run('karpinsk-2022', yesFor('iomCenter', 's1', 's3', 'k2', 'k3', 'd2'));
    // ped: s3 → 1/8 = 12.5; k2, k3 → 2/5 = 40; d2 → 1/5 = 20; total 4/18 = 22.22.
    check(r, 'K3', { school: share(1, 8, 12.5, T), kg: share(2, 5, 40, T), ddt: share(1, 5, 20, T), total: share(4, 18, 22.22, T) });
    // mgmt: s1 of s1, s2 → 1/2 = 50; k1 no → 0/1; d1 no → 0/1; total 1/4 = 25.
    check(r, 'K4', { school: share(1, 2, 50, T), kg: share(0, 1, 0, T), ddt: share(0, 1, 0, T), total: share(1, 4, 25, T) });
  });

  it('K5 managers who completed further training', () => {
    const r = run('karpinsk-2022', yesFor('pk', 's1', 's2', 'd1', 's3'));
    // s1, s2 → 2/2 = 100; k1 → 0/1; d1 → 1/1 = 100; total 3/4 = 75 (s3 is ped).
    check(r, 'K5', { school: share(2, 2, 100, T), kg: share(0, 1, 0, T), ddt: share(1, 1, 100, T), total: share(3, 4, 75, T) });
  });

  it('K6 young with a mentor', () => {
    const r = run('karpinsk-2022', yesFor('hasMentor', 's7', 'k3', 's5', 'd6'));
    // young s7, s10 | k3 | d3: school 1/2 = 50; kg 1/1 = 100; ДДТ 0/1; total 2/4 = 50 (s5, d6 are not young).
    check(r, 'K6', { school: share(1, 2, 50, T), kg: share(1, 1, 100, T), ddt: share(0, 1, 0, T), total: share(2, 4, 50, T) });
  });

  it('K7 contest participants from the municipal level', () => {
    const r = run('karpinsk-2022', merge(setFor('contestLevel', 'муниципальный', 's3'), setFor('contestLevel', 'нет', 's4'), setFor('contestLevel', 'региональный', 'k2'), setFor('contestLevel', 'федеральный', 'd1')));
    // s3 → 1/8 = 12.5; k2 → 1/5 = 20; ДДТ 0/5 (d1 is a manager); total 2/18 = 11.11.
    check(r, 'K7', { school: share(1, 8, 12.5, T), kg: share(1, 5, 20, T), ddt: share(0, 5, 0, T), total: share(2, 18, 11.11, T) });
  });

  it('K8 regional diagnostics', () => {
    const r = run('karpinsk-2022', yesFor('diagRegional', 's3', 's4', 's5', 's6', 'd2'));
    // 4/8 = 50; 0/5; 1/5 = 20; total 5/18 = 27.78.
    check(r, 'K8', { school: share(4, 8, 50, T), kg: share(0, 5, 0, T), ddt: share(1, 5, 20, T), total: share(5, 18, 27.78, T) });
  });
});

describe('zverevo-2021', () => {
  it('Z1 mean diagnostic score of ped with a score: a pooled mean, not a mean of means', () => {
    const r = run('zverevo-2021', merge(setFor('diagScore', 80, 's3'), setFor('diagScore', '70,5', 's4'), setFor('diagScore', 10, 's1'), setFor('diagScore', 60, 'k2')));
    // school: (80 + 70.5) / 2 = 75.25 (s1 is a manager, s5… have no score).
    expectFigure(orgFigure(r, 'Z1', SCHOOL), { numerator: 150.5, denominator: 2, value: 75.25, status: T }, 'school');
    expectFigure(orgFigure(r, 'Z1', KINDERGARTEN), { numerator: 60, denominator: 1, value: 60, status: T }, 'kg');
    // ДДТ: nobody has a score → «нет данных».
    expectFigure(orgFigure(r, 'Z1', DDT), { numerator: 0, denominator: 0, value: null, status: 'no-data' }, 'ДДТ');
    // total: (80 + 70.5 + 60) / 3 = 210.5 / 3 = 70.17, not (75.25 + 60) / 2 = 67.63.
    expectFigure(total(r, 'Z1'), { numerator: 210.5, denominator: 3, value: 70.17, status: T }, 'total');
  });

  it('Z2 independent assessment (regional diagnostics)', () => {
    const r = run('zverevo-2021', yesFor('diagRegional', 's3', 'k2', 'k3', 'd2', 'd3', 'd4'));
    // 1/8 = 12.5; 2/5 = 40; 3/5 = 60; total 6/18 = 33.33.
    check(r, 'Z2', { school: share(1, 8, 12.5, T), kg: share(2, 5, 40, T), ddt: share(3, 5, 60, T), total: share(6, 18, 33.33, T) });
  });

  it('Z3 satisfied with the methodological service', () => {
    const r = run('zverevo-2021', yesFor('satisfied', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 'k2'));
    // 8/8 = 100; 1/5 = 20; 0/5; total 9/18 = 50.
    check(r, 'Z3', { school: share(8, 8, 100, T), kg: share(1, 5, 20, T), ddt: share(0, 5, 0, T), total: share(9, 18, 50, T) });
  });

  it('Z4 young with a mentor or targeted support', () => {
    const r = run('zverevo-2021', merge(yesFor('hasMentor', 's7', 'd3', 's5'), yesFor('addressSupport', 's10', 'd3')));
    // s7 (mentor), s10 (support) → 2/2 = 100; k3 → 0/1; d3 (both) → 1/1 = 100; total 3/4 = 75.
    check(r, 'Z4', { school: share(2, 2, 100, T), kg: share(0, 1, 0, T), ddt: share(1, 1, 100, T), total: share(3, 4, 75, T) });
  });

  it('Z5 members of professional communities', () => {
    const r = run('zverevo-2021', yesFor('methodAssociation', 's3', 's4', 'k4', 'd5', 'd6'));
    // 2/8 = 25; 1/5 = 20; 2/5 = 40; total 5/18 = 27.78.
    check(r, 'Z5', { school: share(2, 8, 25, T), kg: share(1, 5, 20, T), ddt: share(2, 5, 40, T), total: share(5, 18, 27.78, T) });
  });

  it('Z6 further training', () => {
    const r = run('zverevo-2021', yesFor('pk', 's3'));
    // 1/8 = 12.5; 0/5; 0/5; total 1/18 = 5.56.
    check(r, 'Z6', { school: share(1, 8, 12.5, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(1, 18, 5.56, T) });
  });
});

describe('katav-2021', () => {
  it('KI1 covered by НСУР (≥ 50; 50 % exactly is met)', () => {
    const r = run('katav-2021', yesFor('nsur', 's3', 's4', 's5', 's6', 'k2', 'k3', 'd2', 'd3', 'd4'));
    // 4/8 = 50 met; 2/5 = 40 below; 3/5 = 60 met; total 9/18 = 50 met.
    check(r, 'KI1', { school: share(4, 8, 50, 'met'), kg: share(2, 5, 40, 'below'), ddt: share(3, 5, 60, 'met'), total: share(9, 18, 50, 'met') });
  });

  it('KI2 members of methodological associations', () => {
    const r = run('katav-2021', yesFor('methodAssociation', 's3'));
    check(r, 'KI2', { school: share(1, 8, 12.5, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(1, 18, 5.56, T) });
  });

  it('KI3 young with a mentor', () => {
    const r = run('katav-2021', yesFor('hasMentor', 's10', 'd3', 'd6'));
    // s10 of s7, s10 → 1/2 = 50; k3 → 0/1; d3 → 1/1 = 100 (d6 is not young); total 2/4 = 50.
    check(r, 'KI3', { school: share(1, 2, 50, T), kg: share(0, 1, 0, T), ddt: share(1, 1, 100, T), total: share(2, 4, 50, T) });
  });

  it('KI4 mentors', () => {
    const r = run('katav-2021', yesFor('isMentor', 's3', 's4', 'k4'));
    // 2/8 = 25; 1/5 = 20; 0/5; total 3/18 = 16.67.
    check(r, 'KI4', { school: share(2, 8, 25, T), kg: share(1, 5, 20, T), ddt: share(0, 5, 0, T), total: share(3, 18, 16.67, T) });
  });

  it('KI5 managers with an individual route', () => {
    const r = run('katav-2021', yesFor('iomCenter', 's1', 's2', 'k1', 's3'));
    // s1, s2 → 2/2 = 100; k1 → 1/1 = 100; d1 → 0/1; total 3/4 = 75 (s3 is ped).
    check(r, 'KI5', { school: share(2, 2, 100, T), kg: share(1, 1, 100, T), ddt: share(0, 1, 0, T), total: share(3, 4, 75, T) });
  });

  it('KI6 further training in low-results schools', () => {
    const r = run('katav-2021', yesFor('pk', 's3', 's4', 's5', 'k2', 'd2'));
    // only the school is marked: 3/8 = 37.5; kg and ДДТ have no population.
    check(r, 'KI6', { school: share(3, 8, 37.5, T), kg: ZERO, ddt: ZERO, total: share(3, 8, 37.5, T) });
    // ДДТ marked too: d2 → 1/5; total (3 + 1) / (8 + 5) = 4/13 = 30.77.
    const listings = BASE_LISTINGS.map((l) => (l.name === DDT ? { ...l, lowResults: 'да' } : l));
    const r2 = compute(district(yesFor('pk', 's3', 's4', 's5', 'k2', 'd2'), { listings }), { presetId: 'katav-2021' });
    expectFigure(orgFigure(r2, 'KI6', DDT), share(1, 5, 20, T), 'ДДТ');
    expectFigure(total(r2, 'KI6'), share(4, 13, 30.77, T), 'total');
  });
});

it('every criterion of every other preset is in its result', () => {
  for (const p of PRESETS.slice(1)) {
    const r = compute(district(), { presetId: p.id });
    for (const c of p.criteria) expect(criterion(r, c.id).criterion.id).toBe(c.id);
  }
});
