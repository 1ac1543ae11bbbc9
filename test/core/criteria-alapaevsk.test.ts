/**
 * Every one of the 68 criteria of alapaevsk-2024 (spec/presets.md) on the hand-made district of
 * test/helpers/district.ts: a school (8 ped + 2 mgmt), a kindergarten (5 + 1) and a ДДТ (5 + 1).
 * Each test changes a few workers and checks numerator, denominator, value and status for each
 * organisation and for the municipal total, worked out by hand in the comments. Targets are
 * checked at their boundaries, zero denominators are «нет данных», totals are ratios of sums.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cells';
import type { RosterFieldKey } from '../../core/fields';
import { ALAPAEVSK_2024 } from '../../core/presets/alapaevsk-2024';
import type { ComputeResult } from '../../core/result';
import { DDT, district, KINDERGARTEN, merge, SCHOOL, setFor, yesFor, BASE_LISTINGS } from '../helpers/district';
import { criterion, expectFigure, NO_DATA, orgFigure, share, subjectFigure, total, type ExpectedFigure } from '../helpers/result';
import { compute, municipalitySheet, orgsSheet, orgTab, person } from '../helpers/workbook';

const covered = new Set<string>();
const cover = (...ids: string[]) => ids.forEach((id) => covered.add(id));

/** A share with a zero denominator: «нет данных» (0 of 0), never 0 %. */
const ZERO: ExpectedFigure = { numerator: 0, denominator: 0, value: null, status: 'no-data' };
const count = (n: number): ExpectedFigure => ({ numerator: n, denominator: null, value: n, status: 'no-target' });
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

describe('the preset', () => {
  it('has the 68 criteria of spec/presets.md, in order', () => {
    const ids = ALAPAEVSK_2024.criteria.map((c) => c.id);
    const expected = [
      '1.1', '1.2', '1.3', '2.1', '2.2', '2.3', 'П14', '3.1', '3.2', '3.3', '4.1', '4.2',
      '5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '6.1', '6.2', '6.3', '6.4', '6.5',
      '7.1', '7.2', '7.3', '7.4', '7.5',
      ...Array.from({ length: 23 }, (_, i) => `8.${i + 1}`),
      ...Array.from({ length: 15 }, (_, i) => `9.${i + 1}`),
      'P1',
    ];
    expect(ids).toEqual(expected);
    expect(ids).toHaveLength(68); // 3 + 4 + 3 + 2 + 7 + 5 + 5 + 23 + 15 + 1
    expect(compute(district()).criteria).toHaveLength(68);
  });

  it('declares the targets of the document', () => {
    const targets = Object.fromEntries(ALAPAEVSK_2024.criteria.filter((c) => c.target).map((c) => [c.id, `${c.target!.op}${String(c.target!.value)}`]));
    expect(targets).toEqual({
      '4.1': '=true', '5.1': '=true', '5.7': '=true', '6.1': '>=90', '6.2': '<10', '6.3': '>=75',
      '7.1': '>=50', '7.2': '=true', '7.3': '=true', '7.4': '=true', '7.5': '=true',
      '8.4': '>=10', '8.5': '>=10', '8.6': '=true', '8.7': '=true', '8.8': '=true', '8.10': '>=10', '8.16': '>=30',
      '9.1': '>=30', '9.2': '>=3', P1: '=100', П14: '>=50',
    });
  });
});

describe('shares over pedagogical workers: a manager answering «да» never counts', () => {
  // ped: school 8 (s3–s10), kindergarten 5 (k2–k6), ДДТ 5 (d2–d6), total 18.
  const cases: [string, RosterFieldKey, string[], ByOrg][] = [
    // school s3, s4 → 2/8 = 25; kg k2 → 1/5 = 20; ДДТ 0/5 = 0; s1 is a manager; total 3/18 = 16.67.
    ['1.3', 'selfDiag', ['s1', 's3', 's4', 'k2'], { school: share(2, 8, 25, T), kg: share(1, 5, 20, T), ddt: share(0, 5, 0, T), total: share(3, 18, 16.67, T) }],
    // 2.1 is over generalEd (ped of ДОО and ОО, without УДО): school s3 → 1/8 = 12.5; kg k4 → 1/5 = 20;
    // the ДДТ is outside the population (0 of 0, no data) though d2, d3 have a route; total 2/13 = 15.38.
    ['2.1', 'iomCenter', ['s3', 'k4', 'd2', 'd3'], { school: share(1, 8, 12.5, T), kg: share(1, 5, 20, T), ddt: ZERO, total: share(2, 13, 15.38, T) }],
    // school all 8 ped → 100; s2 is a manager; others 0; total 8/18 = 44.44.
    ['2.2', 'ippr', ['s2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10'], { school: share(8, 8, 100, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(8, 18, 44.44, T) }],
    // kg all 5 → 100; d1 is a manager; total 5/18 = 27.78.
    ['3.1', 'clubs', ['k2', 'k3', 'k4', 'k5', 'k6', 'd1'], { school: share(0, 8, 0, T), kg: share(5, 5, 100, T), ddt: share(0, 5, 0, T), total: share(5, 18, 27.78, T) }],
    // s5 → 1/8 = 12.5; total 1/18 = 5.56.
    ['3.3', 'sanatorium', ['s5'], { school: share(1, 8, 12.5, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(1, 18, 5.56, T) }],
    // school s3, s4, s5 → 3/8 = 37.5; kg k2 → 1/5 = 20; ДДТ d2, d3 → 2/5 = 40; total 6/18 = 33.33.
    ['4.2', 'iomSupport', ['s3', 's4', 's5', 'k2', 'd2', 'd3'], { school: share(3, 8, 37.5, T), kg: share(1, 5, 20, T), ddt: share(2, 5, 40, T), total: share(6, 18, 33.33, T) }],
    // school s3–s6 → 4/8 = 50; kg k2, k3 → 2/5 = 40; ДДТ d2–d6 → 5/5 = 100; s1 manager; total 11/18 = 61.11.
    ['5.2', 'networkEvents', ['s1', 's3', 's4', 's5', 's6', 'k2', 'k3', 'd2', 'd3', 'd4', 'd5', 'd6'], { school: share(4, 8, 50, T), kg: share(2, 5, 40, T), ddt: share(5, 5, 100, T), total: share(11, 18, 61.11, T) }],
    // s6 → 1/8 = 12.5; k4 → 1/5 = 20; total 2/18 = 11.11.
    ['5.3', 'leadsWorkshops', ['s6', 'k4'], { school: share(1, 8, 12.5, T), kg: share(1, 5, 20, T), ddt: share(0, 5, 0, T), total: share(2, 18, 11.11, T) }],
    // s4 → 1/8 = 12.5; total 1/18 = 5.56.
    ['5.4', 'regionalExpert', ['s4'], { school: share(1, 8, 12.5, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(1, 18, 5.56, T) }],
    // s3, s4 → 2/8 = 25; k4 → 1/5 = 20; d4 → 1/5 = 20 (d1 manager); total 4/18 = 22.22.
    ['5.5', 'publishedMaterials', ['s3', 's4', 'k4', 'd1', 'd4'], { school: share(2, 8, 25, T), kg: share(1, 5, 20, T), ddt: share(1, 5, 20, T), total: share(4, 18, 22.22, T) }],
    // s7, s10 → 2/8 = 25; d3 → 1/5 = 20; total 3/18 = 16.67.
    ['5.6', 'regionalProjects', ['s7', 's10', 'd3'], { school: share(2, 8, 25, T), kg: share(0, 5, 0, T), ddt: share(1, 5, 20, T), total: share(3, 18, 16.67, T) }],
    // s3–s6 → 4/8 = 50; k2, k3 → 2/5 = 40; d2 → 1/5 = 20; total 7/18 = 38.89.
    ['9.4', 'pkDigital', ['s3', 's4', 's5', 's6', 'k2', 'k3', 'd2'], { school: share(4, 8, 50, T), kg: share(2, 5, 40, T), ddt: share(1, 5, 20, T), total: share(7, 18, 38.89, T) }],
    // s3 → 1/8 = 12.5; total 1/18 = 5.56.
    ['9.6', 'pkAssessment', ['s3'], { school: share(1, 8, 12.5, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(1, 18, 5.56, T) }],
    // s4 → 1/8 = 12.5; d2, d6 → 2/5 = 40; total 3/18 = 16.67.
    ['9.8', 'pkTalent', ['s4', 'd2', 'd6'], { school: share(1, 8, 12.5, T), kg: share(0, 5, 0, T), ddt: share(2, 5, 40, T), total: share(3, 18, 16.67, T) }],
    // the six school teachers → 6/8 = 75; total 6/18 = 33.33.
    ['9.9', 'pkSubject', ['s3', 's4', 's5', 's6', 's7', 's10'], { school: share(6, 8, 75, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(6, 18, 33.33, T) }],
    // s8 → 1/8 = 12.5; k2, k6 → 2/5 = 40; total 3/18 = 16.67.
    ['9.10', 'pkInclusive', ['s8', 'k2', 'k6'], { school: share(1, 8, 12.5, T), kg: share(2, 5, 40, T), ddt: share(0, 5, 0, T), total: share(3, 18, 16.67, T) }],
    // s9, s10 → 2/8 = 25; total 2/18 = 11.11.
    ['9.12', 'pkCareer', ['s9', 's10'], { school: share(2, 8, 25, T), kg: share(0, 5, 0, T), ddt: share(0, 5, 0, T), total: share(2, 18, 11.11, T) }],
    // s6 → 1/8 = 12.5; k2, k3, k4 → 3/5 = 60; d5 → 1/5 = 20; total 5/18 = 27.78.
    ['9.13', 'pkUpbringing', ['s6', 'k2', 'k3', 'k4', 'd5'], { school: share(1, 8, 12.5, T), kg: share(3, 5, 60, T), ddt: share(1, 5, 20, T), total: share(5, 18, 27.78, T) }],
    // Targets. 9.1 ≥ 30: school s3, s4 → 2/8 = 25 below; kg k2, k3 → 2/5 = 40 met; ДДТ d2, d3, d6 → 3/5 = 60 met;
    // s1 manager; total 7/18 = 38.89 met.
    ['9.1', 'pk', ['s1', 's3', 's4', 'k2', 'k3', 'd2', 'd3', 'd6'], { school: share(2, 8, 25, 'below'), kg: share(2, 5, 40, 'met'), ddt: share(3, 5, 60, 'met'), total: share(7, 18, 38.89, 'met') }],
    // 9.2 ≥ 3: s3 → 1/8 = 12.5 met; kg 0/5 below; ДДТ 0/5 below; s1, k1 managers; total 1/18 = 5.56 met.
    ['9.2', 'pkRegistry', ['s1', 'k1', 's3'], { school: share(1, 8, 12.5, 'met'), kg: share(0, 5, 0, 'below'), ddt: share(0, 5, 0, 'below'), total: share(1, 18, 5.56, 'met') }],
    // 6.2 < 10: d5 → ДДТ 1/5 = 20 below; school 0/8 met; kg 0/5 met; total 1/18 = 5.56 met.
    ['6.2', 'externalPartTime', ['d5'], { school: share(0, 8, 0, 'met'), kg: share(0, 5, 0, 'met'), ddt: share(1, 5, 20, 'below'), total: share(1, 18, 5.56, 'met') }],
    // 8.4 ≥ 10: s3, s4 → 2/8 = 25 met; k4 → 1/5 = 20 met; ДДТ 0/5 below; total 3/18 = 16.67 met.
    ['8.4', 'isMentor', ['s3', 's4', 'k4'], { school: share(2, 8, 25, 'met'), kg: share(1, 5, 20, 'met'), ddt: share(0, 5, 0, 'below'), total: share(3, 18, 16.67, 'met') }],
  ];

  for (const [id, field, ids, expected] of cases) {
    cover(id);
    it(`${id} (${field} for ${ids.join(', ')})`, () => {
      check(compute(district(yesFor(field, ...ids))), id, expected);
    });
  }
});

describe('track 1', () => {
  it('1.1 teachers with federal diagnostics, by subject; logoped and defectolog are not teachers', () => {
    cover('1.1');
    // Teachers: s3 (математика), s4 (математика, физика), s5, s6, s7, s10 (химия, биология) — 6, all in the school.
    // Yes: s4, s5; s8 (логопед), k6 (дефектолог), d2 (ПДО) are not teachers.
    const r = compute(district(yesFor('diagFederal', 's4', 's5', 's8', 'k6', 'd2')));
    check(r, '1.1', {
      school: share(2, 6, 33.33, T), // 2 / 6
      kg: ZERO, // no teachers: «нет данных», not 0 %
      ddt: ZERO,
      total: share(2, 6, 33.33, T),
    });
    expect(orgFigure(r, '1.1', KINDERGARTEN).reason).toBe('zero-denominator');
    // By subject: s4 counts in both математика and физика.
    expectFigure(subjectFigure(r, '1.1', 'Математика'), share(1, 2, 50, T), 'математика'); // s3 no, s4 yes
    expectFigure(subjectFigure(r, '1.1', 'Математика', SCHOOL), share(1, 2, 50, T), 'математика school');
    expectFigure(subjectFigure(r, '1.1', 'Физика'), share(1, 1, 100, T), 'физика'); // s4
    expectFigure(subjectFigure(r, '1.1', 'Русский язык'), share(1, 1, 100, T), 'русский'); // s5
    expectFigure(subjectFigure(r, '1.1', 'Химия'), share(0, 1, 0, T), 'химия'); // s10
    expectFigure(subjectFigure(r, '1.1', 'Биология'), share(0, 1, 0, T), 'биология'); // s10
    const subjects = criterion(r, '1.1').bySubject?.map((s) => s.subject);
    // Математика has the largest denominator (2), the others 1 each, alphabetically.
    expect(subjects).toEqual(['Математика', 'Биология', 'История', 'Начальные классы', 'Русский язык', 'Физика', 'Химия']);
  });

  it('1.2 pedagogical workers with regional diagnostics, by subject, «Предмет не указан» last', () => {
    cover('1.2');
    // Yes: s3, s4, s7 (school), k2, k3 (kg), d2 (ДДТ); s1 is a manager.
    const r = compute(district(yesFor('diagRegional', 's1', 's3', 's4', 's7', 'k2', 'k3', 'd2')));
    check(r, '1.2', {
      school: share(3, 8, 37.5, T), // s3, s4, s7 of 8
      kg: share(2, 5, 40, T), // k2, k3 of 5
      ddt: share(1, 5, 20, T), // d2 of 5
      total: share(6, 18, 33.33, T), // (3 + 2 + 1) / (8 + 5 + 5)
    });
    expectFigure(subjectFigure(r, '1.2', 'Математика'), share(2, 2, 100, T), 'математика'); // s3, s4
    expectFigure(subjectFigure(r, '1.2', 'Физика'), share(1, 1, 100, T), 'физика'); // s4
    expectFigure(subjectFigure(r, '1.2', 'Информатика', DDT), share(1, 1, 100, T), 'информатика ДДТ'); // d2
    expectFigure(subjectFigure(r, '1.2', 'Русский язык'), share(0, 1, 0, T), 'русский'); // s5
    // No subject: s8, s9 (school), k2–k6 (kg), d3–d6 (ДДТ) = 2 + 5 + 4 = 11; yes k2, k3 → 2/11 = 18.18.
    expectFigure(subjectFigure(r, '1.2', 'Предмет не указан'), share(2, 11, 18.18, T), 'без предмета');
    expectFigure(subjectFigure(r, '1.2', 'Предмет не указан', SCHOOL), share(0, 2, 0, T), 'без предмета school');
    const subjects = criterion(r, '1.2').bySubject?.map((s) => s.subject) ?? [];
    expect(subjects[subjects.length - 1]).toBe('Предмет не указан');
  });

  it('2.3 ИОМ among those with regional diagnostics', () => {
    cover('2.3');
    // diagnosed = ped with diagRegional: school s3, s4, s7; kg k2; ДДТ d2, d3 (s1 is a manager).
    // iomCenter: s3, s7, k2; s5 is not diagnosed; s1 is a manager.
    const r = compute(district(merge(yesFor('diagRegional', 's1', 's3', 's4', 's7', 'k2', 'd2', 'd3'), yesFor('iomCenter', 's1', 's3', 's5', 's7', 'k2'))));
    check(r, '2.3', {
      school: share(2, 3, 66.67, T), // s3, s7 of s3, s4, s7
      kg: share(1, 1, 100, T), // k2 of k2
      ddt: share(0, 2, 0, T), // none of d2, d3
      total: share(3, 6, 50, T), // 3 / (3 + 1 + 2)
    });
  });

  it('3.2 contests from the municipal level up, 8.20–8.23 from higher levels', () => {
    cover('3.2', '8.20', '8.21', '8.22', '8.23');
    const levels = merge(
      setFor('contestLevel', 'муниципальный', 's3', 'k2'),
      setFor('contestLevel', 'Региональный', 's4', 'd2'),
      setFor('contestLevel', 'федеральный', 's5', 's1'), // s1 is a manager
      setFor('contestLevel', 'призёр федерального', 's6'),
      setFor('contestLevel', 'нет', 's7'),
    );
    const r = compute(district(levels));
    // ≥ муниципальный: school s3, s4, s5, s6 = 4/8 = 50; kg k2 = 1/5 = 20; ДДТ d2 = 1/5 = 20; total 6/18 = 33.33.
    check(r, '3.2', { school: share(4, 8, 50, T), kg: share(1, 5, 20, T), ddt: share(1, 5, 20, T), total: share(6, 18, 33.33, T) });
    // ≥ региональный counts федеральный and призёр too: school s4, s5, s6 = 3; kg 0; ДДТ d2 = 1; total 4.
    check(r, '8.20', { school: count(3), kg: count(0), ddt: count(1), total: count(4) });
    // share: 3/8 = 37.5; 0/5; 1/5 = 20; total 4/18 = 22.22.
    check(r, '8.21', { school: share(3, 8, 37.5, T), kg: share(0, 5, 0, T), ddt: share(1, 5, 20, T), total: share(4, 18, 22.22, T) });
    // ≥ федеральный: s5, s6 = 2 (s1 is a manager); total 2.
    check(r, '8.22', { school: count(2), kg: count(0), ddt: count(0), total: count(2) });
    // = призёр федерального: s6 = 1.
    check(r, '8.23', { school: count(1), kg: count(0), ddt: count(0), total: count(1) });
  });

  const municipalRows: [string, string][] = [
    ['4.1', 'Кураторы ИОМ'],
    ['5.1', 'МО по функциональной грамотности'],
    ['7.2', 'План развития кадрового потенциала'],
    ['7.3', 'Соглашение с колледжами и вузами'],
    ['7.4', 'Психолого-педагогические классы'],
    ['7.5', 'Договоры о целевом обучении'],
    ['8.7', 'Объединение наставников'],
    ['8.8', 'Сообщество молодых педагогов'],
  ];
  for (const [id, row] of municipalRows) {
    cover(id);
    it(`${id} presence from «Муниципалитет» row «${row}»: да → met, нет → below, empty → no data`, () => {
      const answer = (v: CellValue) => compute(district({}, { municipality: { [row]: v } }));
      expectFigure(total(answer('да'), id), { numerator: null, denominator: null, value: true, status: 'met' }, `${id} да`);
      expectFigure(total(answer('нет'), id), { value: false, status: 'below' }, `${id} нет`);
      expectFigure(total(answer(null), id), { value: null, status: 'no-data' }, `${id} empty`);
      // A municipal fact has no per-organisation figures.
      expect(criterion(answer('да'), id).byOrganization).toEqual({});
    });
  }

  it('5.7 internship sites from «Организации»: per organisation, the total is "any"', () => {
    cover('5.7');
    // Base: school нет, kg нет, ДДТ да.
    const r = compute(district());
    check(r, '5.7', {
      school: { value: false, status: 'below' },
      kg: { value: false, status: 'below' },
      ddt: { value: true, status: 'met' },
      total: { value: true, status: 'met' }, // any
    });
    const none = compute(district({}, { listings: BASE_LISTINGS.map((l) => ({ ...l, internshipSite: 'нет' })) }));
    expectFigure(total(none, '5.7'), { value: false, status: 'below' }, 'none');
    const noSheet = compute(district({}, { listings: null }));
    expectFigure(total(noSheet, '5.7'), { value: null, status: 'no-data' }, 'no sheet');
    expectFigure(orgFigure(noSheet, '5.7', SCHOOL), { value: null, status: 'no-data' }, 'no sheet school');
  });
});

describe('track 2', () => {
  it('6.1 staffing from Штатная / Фактическая численность, ratio of sums', () => {
    cover('6.1');
    const r = compute(district());
    check(r, '6.1', {
      school: share(10, 11, 90.91, 'met'), // 10 / 11
      kg: share(6, 6, 100, 'met'),
      ddt: share(6, 7, 85.71, 'below'), // 6 / 7
      total: share(22, 24, 91.67, 'met'), // (10 + 6 + 6) / (11 + 6 + 7)
    });
  });

  it('6.1 target boundaries on the displayed value: 90.0 met, 89.95 shows 90.0 and meets, 89.94 shows 89.9', () => {
    const listings = [
      { ...BASE_LISTINGS[0]!, staffPlanned: 10, staffActual: 9 }, // 9 / 10 = 90 %
      { ...BASE_LISTINGS[1]!, staffPlanned: 2000, staffActual: 1799 }, // 89.95 % → 90.0
      { ...BASE_LISTINGS[2]!, staffPlanned: 10000, staffActual: 8994 }, // 89.94 % → 89.9
    ];
    const r = compute(district({}, { listings }));
    check(r, '6.1', {
      school: share(9, 10, 90, 'met'),
      kg: share(1799, 2000, 89.95, 'met'),
      ddt: share(8994, 10000, 89.94, 'below'),
      total: share(10802, 12010, 89.94, 'below'), // (9 + 1799 + 8994) / (10 + 2000 + 10000) = 89.942 %
    });
  });

  it('6.1 an organisation without numbers is «нет данных» and left out of the total', () => {
    const listings = [BASE_LISTINGS[0]!, { ...BASE_LISTINGS[1]!, staffPlanned: null, staffActual: null }, BASE_LISTINGS[2]!];
    const r = compute(district({}, { listings }));
    expectFigure(orgFigure(r, '6.1', KINDERGARTEN), NO_DATA, 'kg');
    expectFigure(total(r, '6.1'), share(16, 18, 88.89, 'below'), 'total'); // (10 + 6) / (11 + 7)
  });

  it('6.2 "< 10" at exactly 10 % is below', () => {
    // 10 ped, one external part-timer: 1/10 = 10.0 %, not less than 10.
    const people = Array.from({ length: 10 }, (_, i) => person(i === 0 ? { externalPartTime: 'да' } : {}));
    const r = compute([orgTab('МАОУ СОШ №2', people)]);
    expectFigure(total(r, '6.2'), share(1, 10, 10, 'below'), '6.2');
  });

  it('6.3 teachers with a matching education; ≥ 75 exactly at 75 % is met', () => {
    cover('6.3');
    // Teachers s3–s7, s10 (6); profile «нет»: s5, s7; s8 (логопед) «нет» is not a teacher.
    const r = compute(district(setFor('profileMatch', 'нет', 's5', 's7', 's8')));
    check(r, '6.3', { school: share(4, 6, 66.67, 'below'), kg: ZERO, ddt: ZERO, total: share(4, 6, 66.67, 'below') });
    // Only s5 off profile: 5/6 = 83.33 met.
    const r2 = compute(district(setFor('profileMatch', 'нет', 's5')));
    expectFigure(total(r2, '6.3'), share(5, 6, 83.33, 'met'), '5 of 6');
    // 3 of 4 teachers = 75 % exactly: met.
    const t = orgTab('МАОУ СОШ №3', [person({ profileMatch: 'да' }), person({ profileMatch: 'да' }), person({ profileMatch: 'да' }), person({ profileMatch: 'нет' })]);
    expectFigure(total(compute([t]), '6.3'), share(3, 4, 75, 'met'), '3 of 4');
  });

  it('6.4 load of 27 hours and more (27 counts, 26.9 does not)', () => {
    cover('6.4');
    const hours = merge(
      setFor('weeklyHours', 27, 's3'),
      setFor('weeklyHours', 26.5, 's4'),
      setFor('weeklyHours', '27,5', 's5'),
      setFor('weeklyHours', 36, 's6'),
      setFor('weeklyHours', 30, 'k2'),
      setFor('weeklyHours', '26,9', 'd2'),
      setFor('weeklyHours', 40, 's1'), // a manager
    );
    const r = compute(district(hours));
    // school s3 (27), s5 (27,5), s6 (36) → 3/8 = 37.5; kg k2 → 1/5 = 20; ДДТ 0/5 (26,9 < 27); total 4/18 = 22.22.
    check(r, '6.4', { school: share(3, 8, 37.5, T), kg: share(1, 5, 20, T), ddt: share(0, 5, 0, T), total: share(4, 18, 22.22, T) });
  });

  it('6.5 share of ОО (with at least one teacher) where more than 30 % of teachers are off-profile', () => {
    cover('6.5');
    const teachers = (n: number, off: number) => Array.from({ length: n }, (_, i) => person({ profileMatch: i < off ? 'нет' : 'да' }));
    const r = compute([
      // 2 of 6 off-profile = 33.3 % > 30 → counts.
      orgTab('Школа А', [person({ position: 'Директор', staffCategory: 'управленческий' }), ...teachers(6, 2)]),
      // 3 of 10 = 30 %, not more than 30 → does not count.
      orgTab('Школа Б', teachers(10, 3)),
      // An ОО without teachers (a logoped and a psychologist, both off-profile) is not in the denominator.
      orgTab('Школа В', [person({ position: 'Учитель-логопед', profileMatch: 'нет' }), person({ position: 'Педагог-психолог', profileMatch: 'нет' }), person({ position: 'Директор', staffCategory: 'управленческий' })]),
      // Not an ОО: left out even with an off-profile teacher.
      orgTab('Детский сад №1', [person({ position: 'Учитель английского языка', profileMatch: 'нет' }), person({ position: 'Воспитатель' })]),
      orgsSheet([
        { name: 'Школа А', type: 'ОО' },
        { name: 'Школа Б', type: 'ОО' },
        { name: 'Школа В', type: 'ОО' },
        { name: 'Детский сад №1', type: 'ДОО' },
      ]),
    ]);
    const a = orgFigure(r, '6.5', 'Школа А');
    expect(a.flag).toBe(true);
    expect(a.inner?.numerator).toBe(2);
    expect(a.inner?.denominator).toBe(6);
    expect(orgFigure(r, '6.5', 'Школа Б').flag).toBe(false);
    expect(orgFigure(r, '6.5', 'Школа Б').inner?.value).toBeCloseTo(30, 10);
    expectFigure(orgFigure(r, '6.5', 'Школа В'), NO_DATA, 'Школа В');
    expectFigure(orgFigure(r, '6.5', 'Детский сад №1'), NO_DATA, 'ДОО');
    // 1 (Школа А) of 2 (А, Б) = 50 %.
    expectFigure(total(r, '6.5'), share(1, 2, 50, T), '6.5 total');
  });

  it('6.5 on the district: the only school has 2 of 6 teachers off-profile → 1 of 1', () => {
    const r = compute(district(setFor('profileMatch', 'нет', 's5', 's7')));
    expect(orgFigure(r, '6.5', SCHOOL).flag).toBe(true); // 2/6 = 33.3 % > 30
    expectFigure(orgFigure(r, '6.5', KINDERGARTEN), NO_DATA, 'kg');
    expectFigure(orgFigure(r, '6.5', DDT), NO_DATA, 'ДДТ');
    expectFigure(total(r, '6.5'), share(1, 1, 100, T), 'total');
  });

  it('7.1 retraining among teachers working off-profile (≥ 50)', () => {
    cover('7.1');
    // offProfile: s5, s7, s10 (teachers with «нет»); k6 (дефектолог, «нет») is not a teacher.
    // retrained: s5; s3 is on profile; k6 is not in the population.
    const base = setFor('profileMatch', 'нет', 's5', 's7', 's10', 'k6');
    const r = compute(district(merge(base, yesFor('retrained', 's3', 's5', 'k6'))));
    check(r, '7.1', { school: share(1, 3, 33.33, 'below'), kg: ZERO, ddt: ZERO, total: share(1, 3, 33.33, 'below') });
    const r2 = compute(district(merge(base, yesFor('retrained', 's5', 's7'))));
    expectFigure(total(r2, '7.1'), share(2, 3, 66.67, 'met'), 'two of three');
  });

  it('8.1 employed after targeted training, from «Муниципалитет» numbers', () => {
    cover('8.1');
    const r = compute(district()); // 7 of 10
    expectFigure(total(r, '8.1'), share(7, 10, 70, T), '8.1');
    expect(criterion(r, '8.1').byOrganization).toEqual({});
    const r2 = compute(district({}, { municipality: { 'Обучались по целевым договорам': '1 200', 'Из них трудоустроены': '1 104' } }));
    expectFigure(total(r2, '8.1'), share(1104, 1200, 92, T), 'text numbers'); // 1104 / 1200 = 92 %
    const r3 = compute(district({}, { municipality: { 'Обучались по целевым договорам': 0, 'Из них трудоустроены': 0 } }));
    expectFigure(total(r3, '8.1'), NO_DATA, 'nobody trained');
  });

  describe('young teachers (ped, age < 35 and experience ≤ 3): s7, s10 (34, 3 years), k3, d3', () => {
    // Near misses answering «да» too: s5 (35 years, 2), s9 (29, 4 years), k1 (manager, 33, 2), d5 (36, 1), d6 (28, 4).
    const nearMisses = ['s5', 's9', 'k1', 'd5', 'd6'];

    it('8.2 working since graduation', () => {
      cover('8.2');
      const r = compute(district(yesFor('stayedSinceGraduation', 's7', 'k3', ...nearMisses)));
      // school s7 of s7, s10 → 1/2 = 50; kg k3 → 1/1 = 100; ДДТ 0/1; total 2/4 = 50.
      check(r, '8.2', { school: share(1, 2, 50, T), kg: share(1, 1, 100, T), ddt: share(0, 1, 0, T), total: share(2, 4, 50, T) });
    });

    it('8.3 with a mentor', () => {
      cover('8.3');
      const r = compute(district(yesFor('hasMentor', 's7', 's10', 'd3', ...nearMisses)));
      // school 2/2 = 100; kg 0/1 = 0; ДДТ 1/1 = 100; total 3/4 = 75.
      check(r, '8.3', { school: share(2, 2, 100, T), kg: share(0, 1, 0, T), ddt: share(1, 1, 100, T), total: share(3, 4, 75, T) });
    });

    it('8.9 members of the Association', () => {
      cover('8.9');
      const r = compute(district(yesFor('youngAssociation', 's10', ...nearMisses)));
      // school 1/2 = 50; kg 0/1; ДДТ 0/1; total 1/4 = 25.
      check(r, '8.9', { school: share(1, 2, 50, T), kg: share(0, 1, 0, T), ddt: share(0, 1, 0, T), total: share(1, 4, 25, T) });
    });

    it('8.10 accompanied by regional methodists (≥ 10)', () => {
      cover('8.10');
      const r = compute(district(yesFor('regionalMethodist', 'k3', ...nearMisses)));
      // school 0/2 below; kg 1/1 = 100 met; ДДТ 0/1 below; total 1/4 = 25 met.
      check(r, '8.10', { school: share(0, 2, 0, 'below'), kg: share(1, 1, 100, 'met'), ddt: share(0, 1, 0, 'below'), total: share(1, 4, 25, 'met') });
    });

    it('8.11 (count over ped) and 8.12 (share of young) with targeted support', () => {
      cover('8.11', '8.12');
      const r = compute(district(yesFor('addressSupport', 's3', 's4', 's7', 'k1', 'k3', 'd4')));
      // 8.11 ped: school s3, s4, s7 = 3; kg k3 = 1 (k1 is a manager); ДДТ d4 = 1; total 5.
      check(r, '8.11', { school: count(3), kg: count(1), ddt: count(1), total: count(5) });
      // 8.12 young: school s7 of s7, s10 → 1/2 = 50; kg k3 → 1/1; ДДТ 0/1; total 2/4 = 50.
      check(r, '8.12', { school: share(1, 2, 50, T), kg: share(1, 1, 100, T), ddt: share(0, 1, 0, T), total: share(2, 4, 50, T) });
    });

    it('8.13/8.14 young and 8.18/8.19 all pedagogical workers covered by the mentoring model', () => {
      cover('8.13', '8.14', '8.18', '8.19');
      const r = compute(district(yesFor('mentoringModel', 's1', 's3', 's5', 's7', 's10', 'k3', 'd4')));
      // young: school s7, s10 = 2; kg k3 = 1; ДДТ 0; total 3 (s5 is 35).
      check(r, '8.13', { school: count(2), kg: count(1), ddt: count(0), total: count(3) });
      check(r, '8.14', { school: share(2, 2, 100, T), kg: share(1, 1, 100, T), ddt: share(0, 1, 0, T), total: share(3, 4, 75, T) });
      // ped: school s3, s5, s7, s10 = 4 (s1 is a manager); kg k3 = 1; ДДТ d4 = 1; total 6.
      check(r, '8.18', { school: count(4), kg: count(1), ddt: count(1), total: count(6) });
      check(r, '8.19', { school: share(4, 8, 50, T), kg: share(1, 5, 20, T), ddt: share(1, 5, 20, T), total: share(6, 18, 33.33, T) });
    });

    it('8.15 (count) and 8.16 (share, ≥ 30) young in contests', () => {
      cover('8.15', '8.16');
      const levels = merge(
        setFor('contestLevel', 'муниципальный', 's7'),
        setFor('contestLevel', 'призёр федерального', 'k3'),
        setFor('contestLevel', 'нет', 's10'),
        setFor('contestLevel', 'региональный', 's5', 'd6'), // near misses
      );
      const r = compute(district(levels));
      check(r, '8.15', { school: count(1), kg: count(1), ddt: count(0), total: count(2) });
      // school 1/2 = 50 met; kg 1/1 = 100 met; ДДТ 0/1 below; total 2/4 = 50 met.
      check(r, '8.16', { school: share(1, 2, 50, 'met'), kg: share(1, 1, 100, 'met'), ddt: share(0, 1, 0, 'below'), total: share(2, 4, 50, 'met') });
    });

    it('the age boundary from birth dates: 35 on the reference date is not young, 34 is', () => {
      // Reference date 2024-06-01; experience 1 year each.
      const t = orgTab('МАОУ СОШ №2', [
        person({ birthDate: '01.06.1989', experienceYears: 1, hasMentor: 'да' }), // 35 today: not young
        person({ birthDate: '02.06.1989', experienceYears: 1, hasMentor: 'да' }), // 34: young
        person({ birthDate: '15.03.2000', experienceYears: 3 }), // 24, 3 years: young
        person({ birthDate: '15.03.2000', experienceYears: 4, hasMentor: 'да' }), // 4 years: not young
      ]);
      // young: rows 3 and 4 → hasMentor 1 of 2 = 50 %.
      expectFigure(total(compute([t]), '8.3'), share(1, 2, 50, T), '8.3');
    });
  });

  it('8.5 mentors who take part in contests (≥ 10)', () => {
    cover('8.5');
    const mentors = yesFor('isMentor', 's1', 's3', 's4', 'k4', 'd4'); // s1 is a manager
    const levels = merge(setFor('contestLevel', 'региональный', 's3'), setFor('contestLevel', 'нет', 'k4'), setFor('contestLevel', 'муниципальный', 'd4'), setFor('contestLevel', 'федеральный', 's1', 's5'));
    const r = compute(district(merge(mentors, levels)));
    // mentors: school s3, s4; kg k4; ДДТ d4. In contests: s3, d4 (s5 is not a mentor).
    // school 1/2 = 50 met; kg 0/1 below; ДДТ 1/1 = 100 met; total 2/4 = 50 met.
    check(r, '8.5', { school: share(1, 2, 50, 'met'), kg: share(0, 1, 0, 'below'), ddt: share(1, 1, 100, 'met'), total: share(2, 4, 50, 'met') });
  });

  it('8.6 mentors’ incentives in local acts: per organisation, any for the total', () => {
    cover('8.6');
    const r = compute(district()); // school да, kg нет, ДДТ нет
    check(r, '8.6', {
      school: { value: true, status: 'met' },
      kg: { value: false, status: 'below' },
      ddt: { value: false, status: 'below' },
      total: { value: true, status: 'met' },
    });
    // An unreadable flag and no «да» anywhere: the total is unknown.
    const listings = BASE_LISTINGS.map((l, i) => ({ ...l, mentorIncentives: i === 0 ? '?' : 'нет' }));
    const r2 = compute(district({}, { listings }));
    expectFigure(orgFigure(r2, '8.6', SCHOOL), { value: null, status: 'no-data' }, 'unreadable');
    expectFigure(total(r2, '8.6'), { value: null, status: 'no-data' }, 'total unknown');
  });

  it('8.17 share of all organisations that adopted the mentoring model', () => {
    cover('8.17');
    const r = compute(district()); // school да, kg нет, ДДТ да
    expect(orgFigure(r, '8.17', SCHOOL).flag).toBe(true);
    expect(orgFigure(r, '8.17', KINDERGARTEN).flag).toBe(false);
    expect(orgFigure(r, '8.17', DDT).flag).toBe(true);
    expectFigure(total(r, '8.17'), share(2, 3, 66.67, T), 'total'); // 2 of 3 organisations of every type
    // ДДТ not listed in «Организации»: unknown, left out → 1 of 2 = 50.
    const r2 = compute(district({}, { listings: BASE_LISTINGS.slice(0, 2) }));
    expectFigure(orgFigure(r2, '8.17', DDT), NO_DATA, 'ДДТ unlisted');
    expectFigure(total(r2, '8.17'), share(1, 2, 50, T), 'total without ДДТ');
  });
});

describe('track 3', () => {
  it('9.3 updated ФГОС: school = ped of ОО only', () => {
    cover('9.3');
    // school ped with pkFgos: s3, s4, s5, s8; k2 (ДОО) and d2 (УДО) are outside; s1 is a manager.
    const r = compute(district(yesFor('pkFgos', 's1', 's3', 's4', 's5', 's8', 'k2', 'd2')));
    check(r, '9.3', { school: share(4, 8, 50, T), kg: ZERO, ddt: ZERO, total: share(4, 8, 50, T) });
  });

  it('9.5 teachers: functional literacy (логопед and дефектолог are not teachers)', () => {
    cover('9.5');
    const r = compute(district(yesFor('pkLiteracy', 's3', 's6', 's7', 's8', 'k6')));
    // teachers 6: s3, s6, s7 → 3/6 = 50.
    check(r, '9.5', { school: share(3, 6, 50, T), kg: ZERO, ddt: ZERO, total: share(3, 6, 50, T) });
  });

  it('9.7 further training in low-results schools', () => {
    cover('9.7');
    // Only the school is marked: ped s3–s10 (8); pk s3, s4 (s1 manager, k2 elsewhere).
    const r = compute(district(yesFor('pk', 's1', 's3', 's4', 'k2')));
    check(r, '9.7', { school: share(2, 8, 25, T), kg: ZERO, ddt: ZERO, total: share(2, 8, 25, T) });
    // Nobody marked: «нет данных» everywhere, never 0 %.
    const r2 = compute(district(yesFor('pk', 's3'), { listings: BASE_LISTINGS.map((l) => ({ ...l, lowResults: 'нет' })) }));
    expectFigure(total(r2, '9.7'), ZERO, 'no low-results school');
  });

  it('9.11 additional education teachers who completed further training', () => {
    cover('9.11');
    // addEd: d2, d3, d6; pk d2, d3; d4 (методист) and s3 are not addEd; d1 is a manager.
    const r = compute(district(yesFor('pk', 'd1', 'd2', 'd3', 'd4', 's3')));
    check(r, '9.11', { school: ZERO, kg: ZERO, ddt: share(2, 3, 66.67, T), total: share(2, 3, 66.67, T) });
  });

  it('9.14 preschool education: ped of ДОО only', () => {
    cover('9.14');
    // preschool: k2–k6 (5); pkPreschool k2, k3; k1 is a manager; s6 is in a school.
    const r = compute(district(yesFor('pkPreschool', 'k1', 'k2', 'k3', 's6')));
    check(r, '9.14', { school: ZERO, kg: share(2, 5, 40, T), ddt: ZERO, total: share(2, 5, 40, T) });
  });

  it('9.15 technological sovereignty: stem teachers by subject', () => {
    cover('9.15');
    // stem: s3 (математика), s4 (математика, физика), s10 (химия, биология) = 3; pkTech s3, s10;
    // s5 (русский язык) and d2 (информатика, but not a teacher) are outside.
    const r = compute(district(yesFor('pkTech', 's3', 's5', 's10', 'd2')));
    check(r, '9.15', { school: share(2, 3, 66.67, T), kg: ZERO, ddt: ZERO, total: share(2, 3, 66.67, T) });
  });

  it('P1 organisations whose management team trained on registry programmes (≥ 50 % each, 50 % exactly counts; every one)', () => {
    cover('P1');
    // mgmt: school s1, s2; kg k1; ДДТ d1. pkRegistry: s1, k1 (s3 is ped). School 1 of 2 = 50 % → counts;
    // kg 1 of 1 → counts; ДДТ 0 of 1 → does not. 2 of 3 organisations = 66.67 %, target = 100: below.
    const r = compute(district(yesFor('pkRegistry', 's1', 'k1', 's3')));
    check(r, 'P1', { school: share(1, 1, 100, 'met'), kg: share(1, 1, 100, 'met'), ddt: share(0, 1, 0, 'below'), total: share(2, 3, 66.67, 'below') });
    // Each organisation carries its own share, quoted by its recommendation.
    expect(orgFigure(r, 'P1', SCHOOL).inner).toEqual({ numerator: 1, denominator: 2, value: 50 });
    expect(orgFigure(r, 'P1', DDT).inner).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });

  it('П14 finished routes with pupils\' results improving (≥ 50), over iomDone', () => {
    cover('П14');
    // iomDone = ped with «ИОМ завершён»: s3, s4 (school), k2 (kg), d2 (ДДТ); s1 is a manager.
    // pupilGrowth: s3, k2, s1, s5 (s5 has not finished a route). School 1/2 = 50 met; kg 1/1 = 100
    // met; ДДТ 0/1 = 0 below; total 2/4 = 50 met.
    const r = compute(district(merge(yesFor('iomCompleted', 's1', 's3', 's4', 'k2', 'd2'), yesFor('pupilGrowth', 's1', 's3', 's5', 'k2'))));
    check(r, 'П14', { school: share(1, 2, 50, 'met'), kg: share(1, 1, 100, 'met'), ddt: share(0, 1, 0, 'below'), total: share(2, 4, 50, 'met') });
  });
});

describe('computation rules (§6)', () => {
  it('the total is the ratio of sums, not the mean of shares: 1/2 and 9/10 → 10/12', () => {
    const a = orgTab('Школа А', [person({ pk: 'да' }), person()]);
    const b = orgTab('Школа Б', Array.from({ length: 10 }, (_, i) => person({ pk: i < 9 ? 'да' : 'нет' })));
    const r = compute([a, b]);
    expectFigure(orgFigure(r, '9.1', 'Школа А'), share(1, 2, 50, 'met'), 'А');
    expectFigure(orgFigure(r, '9.1', 'Школа Б'), share(9, 10, 90, 'met'), 'Б');
    // (1 + 9) / (2 + 10) = 83.33 %, not (50 + 90) / 2 = 70 %.
    expectFigure(total(r, '9.1'), share(10, 12, 83.33, 'met'), 'total');
  });

  it('a zero denominator is «нет данных» for the organisation and for the total, never 0 %', () => {
    // No young workers anywhere (everyone is 45 with 20 years by default).
    const r = compute([orgTab('Школа А', [person({ hasMentor: 'да' })]), orgTab('Школа Б', [person()])]);
    for (const org of ['Школа А', 'Школа Б']) {
      expectFigure(orgFigure(r, '8.3', org), ZERO, org);
      expect(orgFigure(r, '8.3', org).reason).toBe('zero-denominator');
    }
    expectFigure(total(r, '8.3'), ZERO, 'total');
    // The target of 8.10 is not checked against a missing value.
    expectFigure(total(r, '8.10'), ZERO, '8.10 total');
  });

  it('9 of 10 = 90 % meets "≥ 90"; 8 of 9 = 88.9 % does not', () => {
    const listings = [
      { ...BASE_LISTINGS[0]!, staffPlanned: 10, staffActual: 9 },
      { ...BASE_LISTINGS[1]!, staffPlanned: 9, staffActual: 8 },
      BASE_LISTINGS[2]!,
    ];
    const r = compute(district({}, { listings }));
    expectFigure(orgFigure(r, '6.1', SCHOOL), share(9, 10, 90, 'met'), '9/10');
    expectFigure(orgFigure(r, '6.1', KINDERGARTEN), share(8, 9, 88.89, 'below'), '8/9');
  });

  it('municipal presence criteria need «Муниципалитет»: without it, «нет данных»', () => {
    const r = compute(district({}, { municipality: null }));
    for (const id of ['4.1', '5.1', '7.2', '7.3', '7.4', '7.5', '8.7', '8.8', '8.1']) expectFigure(total(r, id), { value: null, status: 'no-data' }, id);
  });

  it('a municipality sheet with only one row leaves the others «нет данных»', () => {
    const r = compute([...district({}, { municipality: null }), municipalitySheet({ 'Кураторы ИОМ': 'да' })]);
    expectFigure(total(r, '4.1'), { value: true, status: 'met' }, '4.1');
    expectFigure(total(r, '5.1'), { value: null, status: 'no-data' }, '5.1');
  });
});

it('every criterion of the preset has its own hand-computed test above (runs last)', () => {
  const missing = ALAPAEVSK_2024.criteria.map((c) => c.id).filter((id) => !covered.has(id));
  expect(missing).toEqual([]);
});
