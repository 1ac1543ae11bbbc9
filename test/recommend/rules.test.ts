/**
 * The rules of issue 4 on small hand-built workbooks, each at its boundary: a target met exactly
 * (nothing), 0.1 p.p. short (a recommendation with the gap and the people worked out by hand), a
 * «менее 10 %» criterion at exactly 10 %, the attention zone at exactly N p.p. from the municipal
 * value and at N − 0.1 (N from `Настройки`, default 15 and a custom 10), the successful practice
 * (exactly N above and meeting the target; N above but short of the target is not one), small
 * organisations left out of comparisons, absent structures, the municipal shortfall, priorities
 * and their order. Every figure in an expectation is computed by hand in the comment next to it.
 */
import { describe, expect, it } from 'vitest';
import { MIN_POPULATION_FOR_COMPARISON, peopleToTarget, priorityOf, type Recommendation } from '../../core/recommend/rules';
import { remedyOf } from '../../core/recommend/remedies';
import { findPreset } from '../../core/presets/index';
import type { Criterion } from '../../core/criteria';
import { ALL_MUNICIPAL_YES, municipalitySheet, person } from '../helpers/workbook';
import { expectReadable, recsOf, run, settings, staff, theRec, workbook } from './helpers';

const PRESET = findPreset('alapaevsk-2024')!;
const criterion = (id: string): Criterion => PRESET.criteria.find((c) => c.id === id)!;

/** Recommendations of one criterion and organisation with their kinds, for compact expectations. */
const kinds = (recs: readonly Recommendation[]) => recs.map((r) => r.kind);

describe('below target (9.1 «Прошли ПК за период», не менее 30 %)', () => {
  it('exactly at the target: no recommendation for the organisation or the municipality', () => {
    // 3 of 10 = 30,0 % ≥ 30 %.
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(10, { pk: 3 }) }));
    expect(recsOf(plan, '9.1')).toEqual([]);
  });

  it('0.1 p.p. below: one recommendation, gap 0,1 п.п., one person short', () => {
    // 20 of 67 = 29,85… % → shown 29,9 %; 21 of 67 = 31,3 % meets it → 1 person; gap 30 − 29,9 = 0,1.
    // A second school (67 of 67) keeps the municipal total above the target: (20 + 67) / 134 = 64,9 %.
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(67, { pk: 20 }), 'МАОУ СОШ №2': staff(67, { pk: 67 }) }));
    const r = theRec(plan, '9.1', 'МАОУ СОШ №1');
    expect(r).toMatchObject({ kind: 'below-target', gap: 0.1, people: 1, priority: 3, valueText: '29,9 % (20 из 67)', targetText: 'не менее 30 %' });
    expect(r.addressee).toBe(remedyOf(criterion('9.1')).orgAddressee);
    expect(r.text).toContain('29,9 % (20 из 67) при целевом значении не менее 30 %; отставание — 0,1 п.п.');
    expect(r.text).toContain('Для достижения цели не хватает 1 человека.');
    expect(r.text).toContain(remedyOf(criterion('9.1')).org);
    expect(recsOf(plan, '9.1', null)).toEqual([]);
    expectReadable(r.text);
  });

  it.each([
    // pk of 100 → value, gap to 30 %, people to reach 30 of 100, priority, the words after «не хватает»
    [29, 1, 1, 3, '1 человека'],
    [28, 2, 2, 3, '2 человек'],
    [25, 5, 5, 2, '5 человек'], // gap 5 → 2
    [19, 11, 11, 2, '11 человек'], // gap 11 < 15, people 11 ≥ 5 → 2
    [9, 21, 21, 1, '21 человека'], // gap 21 ≥ 15 with 21 ≥ 5 people → 1
    [8, 22, 22, 1, '22 человек'],
  ])('%i of 100: gap %i п.п., %i people short, priority %i («не хватает %s»)', (pk, gap, people, priority, words) => {
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(100, { pk }), 'МАОУ СОШ №2': staff(100, { pk: 100 }) }));
    const r = theRec(plan, '9.1', 'МАОУ СОШ №1');
    expect(r).toMatchObject({ kind: 'below-target', gap, people, priority });
    expect(r.text).toContain(`Для достижения цели не хватает ${words}.`);
    expectReadable(r.text);
  });

  it('gaps are taken between displayed values: 1 of 16 = 6,25 % is shown 6,3 %, 3,7 п.п. short of 10 %', () => {
    // 8.4 «Наставники», не менее 10 %. 2 of 16 = 12,5 % meets it → 1 person.
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(16, { isMentor: 1 }), 'МАОУ СОШ №2': staff(16, { isMentor: 16 }) }));
    const r = theRec(plan, '8.4', 'МАОУ СОШ №1');
    expect(r).toMatchObject({ gap: 3.7, people: 1, valueText: '6,3 % (1 из 16)' });
    expect(r.text).toContain('6,3 % (1 из 16) при целевом значении не менее 10 %; отставание — 3,7 п.п.');
  });

  it('a small organisation far below gets priority 1 from a gap of 30 p.p. with 3 people', () => {
    // 0 of 10 → gap 30, 3 people (3 of 10 = 30 %) → 1; 0 of 6 → 2 people (2 of 6 = 33,3 %) → 2.
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(10, { pk: 0 }), 'МАОУ СОШ №2': staff(6, { pk: 0 }), 'МАОУ СОШ №3': staff(40, { pk: 40 }) }));
    expect(theRec(plan, '9.1', 'МАОУ СОШ №1')).toMatchObject({ gap: 30, people: 3, priority: 1 });
    expect(theRec(plan, '9.1', 'МАОУ СОШ №2')).toMatchObject({ gap: 30, people: 2, priority: 2 });
  });
});

describe('«менее 10 %» (6.2 «Совместители»): lower is better', () => {
  it('exactly 10 % is below the target: «превышение», one person to reduce', () => {
    // 1 of 10 = 10,0 %, not < 10; 0 of 10 = 0 % meets it → reduce by 1.
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(10, { externalPartTime: 1 }), 'МАОУ СОШ №2': staff(30, { externalPartTime: 0 }) }));
    const r = theRec(plan, '6.2', 'МАОУ СОШ №1');
    expect(r).toMatchObject({ kind: 'below-target', gap: 0, people: 1, valueText: '10 % (1 из 10)', targetText: 'менее 10 %' });
    expect(r.text).toContain('превышение');
    expect(r.text).not.toContain('отставание');
    expect(r.text).not.toContain('— 0 п.п.');
    expect(r.text).toContain('число таких работников нужно сократить на 1 человека.');
    expect(r.addressee).toBe(remedyOf(criterion('6.2')).orgAddressee);
    expectReadable(r.text);
  });

  it('9 of 100 meets «менее 10 %»', () => {
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(100, { externalPartTime: 9 }) }));
    expect(recsOf(plan, '6.2')).toEqual([]);
  });

  it.each([
    // part-timers of 100 → value, excess over 10 %, people to drop to 9 of 100 (9 % < 10 %), «сократить на …»
    [12, 2, 3, '3 человека'],
    [14, 4, 5, '5 человек'],
    [20, 10, 11, '11 человек'],
    [30, 20, 21, '21 человека'],
  ])('%i of 100: превышение %i п.п., reduce by %i («сократить на %s»)', (n, gap, people, words) => {
    const plan = run(workbook({ 'МАОУ СОШ №1': staff(100, { externalPartTime: n }), 'МАОУ СОШ №2': staff(300, { externalPartTime: 0 }) }));
    const r = theRec(plan, '6.2', 'МАОУ СОШ №1');
    expect(r).toMatchObject({ kind: 'below-target', gap, people });
    expect(r.text).toContain(`превышение — ${gap} п.п.`);
    expect(r.text).toContain(`сократить на ${words}.`);
    expectReadable(r.text);
  });
});

describe('attention zone (no target, N p.p. worse than the municipal value)', () => {
  it('exactly 15 p.p. below with the default threshold → «зона внимания»; the mirror image 15 above → «успешная практика»', () => {
    // 1.3 «Прошедшие самодиагностику» (no target). A: 2 of 10 = 20 %; B: 5 of 10 = 50 %; municipal 7 of 20 = 35 %.
    const plan = run(workbook({ A: staff(10, { selfDiag: 2 }), B: staff(10, { selfDiag: 5 }) }));
    const a = theRec(plan, '1.3', 'A');
    // To reach 35 %: 4 of 10 = 40 % → 2 people (3 of 10 = 30 % is not enough). Priority 3: fewer than 5 people.
    expect(a).toMatchObject({ kind: 'attention', gap: 15, people: 2, priority: 3, targetText: '' });
    expect(a.text).toBe(
      `Зона внимания: «Прошедшие самодиагностику» (критерий 1.3) — 20 % (2 из 10), это на 15 п.п. ниже, чем в среднем по муниципалитету (35 %). До уровня муниципалитета не хватает 2 человек. ${remedyOf(criterion('1.3')).org}`,
    );
    const b = theRec(plan, '1.3', 'B');
    expect(b).toMatchObject({ kind: 'success', gap: 15, people: null, priority: 3 });
    expect(b.text).toContain('это на 15 п.п. выше, чем в среднем по муниципалитету (35 %).');
    expectReadable(a.text);
    expectReadable(b.text);
    // «Порог зоны внимания, п.п.» = 15 in `Настройки` is the same as the default.
    const explicit = run(workbook({ A: staff(10, { selfDiag: 2 }), B: staff(10, { selfDiag: 5 }) }, settings('2023-2024', 15)));
    expect(recsOf(explicit, '1.3').map((r) => [r.kind, r.organization, r.gap])).toEqual([['attention', 'A', 15], ['success', 'B', 15]]);
  });

  it('14,9 p.p. below → nothing', () => {
    // A: 1 of 6 = 16,7 %; B: 5 of 13 = 38,5 %; municipal 6 of 19 = 31,6 %: A is 14,9 below, B 6,9 above.
    const plan = run(workbook({ A: staff(6, { selfDiag: 1 }), B: staff(13, { selfDiag: 5 }) }));
    expect(recsOf(plan, '1.3')).toEqual([]);
  });

  it('a custom threshold of 10 from `Настройки`: exactly 10 below is a zone, 10 above a practice', () => {
    // A: 2 of 10 = 20 %, B: 4 of 10 = 40 %, municipal 30 %.
    const tabs = { A: staff(10, { selfDiag: 2 }), B: staff(10, { selfDiag: 4 }) };
    const custom = run(workbook(tabs, settings('2023-2024', 10)));
    expect(custom.result.attentionThreshold).toBe(10);
    expect(theRec(custom, '1.3', 'A')).toMatchObject({ kind: 'attention', gap: 10, people: 1 }); // 3 of 10 = 30 %
    expect(theRec(custom, '1.3', 'B')).toMatchObject({ kind: 'success', gap: 10 });
    // The same data with the default 15: neither.
    expect(recsOf(run(workbook(tabs)), '1.3')).toEqual([]);
  });

  it('a custom threshold of 10: 9,9 below → no zone', () => {
    // A: 2 of 7 = 28,6 %; B: 3 of 6 = 50 %; municipal 5 of 13 = 38,5 %: A is 9,9 below.
    const plan = run(workbook({ A: staff(7, { selfDiag: 2 }), B: staff(6, { selfDiag: 3 }) }, settings('2023-2024', 10)));
    expect(recsOf(plan, '1.3', 'A')).toEqual([]);
    expect(kinds(recsOf(plan, '1.3', 'B'))).toEqual(['success']); // 11,5 above
  });

  it('the threshold read from `Настройки` is also shown in the sheet legend', () => {
    const plan = run(workbook({ A: staff(10, { selfDiag: 2 }), B: staff(10, { selfDiag: 4 }) }, settings('2023-2024', 10)));
    const sheet = plan.outputs.find((o) => o.name === 'Рекомендации')!;
    const legend = sheet.values.filter((r, i) => sheet.tones[i]![0] === 'muted').map((r) => r[0]).join(' ');
    expect(legend).toContain('не менее чем на 10 п.п.');
  });

  it('lower is better (6.4 «Нагрузка 27 часов и более», no target): 15 p.p. above the municipal value is the zone', () => {
    // A: 5 of 10 with 27 h = 50 %; B: 2 of 10 = 20 %; municipal 35 %. A must come down to ≤ 35 %: 3 of 10 → 2 fewer.
    const heavy = (n: number, of: number) => [...staff(n, {}, { weeklyHours: 27 }), ...staff(of - n, {}, { weeklyHours: 18 })];
    const plan = run(workbook({ A: heavy(5, 10), B: heavy(2, 10) }));
    const a = theRec(plan, '6.4', 'A');
    expect(a).toMatchObject({ kind: 'attention', gap: 15, people: 2 });
    expect(a.text).toContain('это на 15 п.п. выше, чем в среднем по муниципалитету (35 %).');
    expect(a.text).toContain('Чтобы выйти на уровень муниципалитета, число таких работников нужно сократить на 2 человека.');
    expect(a.text).not.toContain('не хватает');
    // B is 15 p.p. below it, but fewer overloaded teachers is the absence of a problem, not a
    // practice to spread: 6.4 counts a problem (better: 'lower'), so B gets nothing.
    expect(recsOf(plan, '6.4', 'B')).toEqual([]);
    expectReadable(a.text);
  });

  it('a zone behind which are 5 people or more has priority 2 (never 1: there is no target)', () => {
    // A: 0 of 40; B: 40 of 40; municipal 50 %. A is 50 below; 20 people to 50 %.
    const plan = run(workbook({ A: staff(40, { selfDiag: 0 }), B: staff(40, { selfDiag: 40 }) }));
    expect(theRec(plan, '1.3', 'A')).toMatchObject({ kind: 'attention', gap: 50, people: 20, priority: 2 });
  });

  it('a criterion with a target gets no zone even far below the municipal value, when it meets the target', () => {
    // 9.1 (≥ 30 %): A 3 of 10 = 30 % (met), B 10 of 10; municipal 65 %: A is 35 below, but meets the target.
    const plan = run(workbook({ A: staff(10, { pk: 3 }), B: staff(10, { pk: 10 }) }));
    expect(recsOf(plan, '9.1', 'A')).toEqual([]);
  });
});

describe('successful practice', () => {
  it('exactly 15 above the municipal value and meeting the target', () => {
    // 9.1: A 6 of 10 = 60 %, B 3 of 10 = 30 % (met exactly); municipal 45 %. A: +15 and met → practice; B: nothing.
    const plan = run(workbook({ A: staff(10, { pk: 6 }), B: staff(10, { pk: 3 }) }));
    const a = theRec(plan, '9.1', 'A');
    expect(a).toMatchObject({ kind: 'success', gap: 15, priority: 3, targetText: 'не менее 30 %' });
    expect(a.text).toMatch(/^Успешная практика: «Прошли ПК за период» \(критерий 9\.1\) — 60 % \(6 из 10\), это на 15 п\.п\. выше, чем в среднем по муниципалитету \(45 %\)\. /);
    expect(a.text).toMatch(/мастер-класс|стажировк/);
    expect(a.text).toContain('сетевом методическом мероприятии');
    expect(recsOf(plan, '9.1', 'B')).toEqual([]);
    expect(recsOf(plan, '9.1', null)).toEqual([]);
  });

  it('15 above the municipal value but below the target is not a practice: a below-target recommendation instead', () => {
    // 6.3 (≥ 75 %, teachers): A 7 of 10 = 70 %, B 4 of 10 = 40 %; municipal 55 %. A: +15 but 5 short; 8 of 10 = 80 % → 1 person.
    const plan = run(workbook({ A: staff(10, { profileMatch: 7 }), B: staff(10, { profileMatch: 4 }) }));
    expect(kinds(recsOf(plan, '6.3', 'A'))).toEqual(['below-target']);
    expect(theRec(plan, '6.3', 'A')).toMatchObject({ gap: 5, people: 1, priority: 2 });
    // B: 35 short, 8 of 10 = 80 % → 4 people → gap ≥ 30 with ≥ 3 people → 1.
    expect(theRec(plan, '6.3', 'B')).toMatchObject({ kind: 'below-target', gap: 35, people: 4, priority: 1 });
  });
});

describe(`organisations with fewer than ${MIN_POPULATION_FOR_COMPARISON} people in the population are not compared`, () => {
  it('4 people: no zone, however far below; 5 people: a zone', () => {
    // 4: A 0 of 4, B 20 of 20 → municipal 83,3 %. 5: A 0 of 5 → municipal 80 %; 4 people to 80 %.
    const four = run(workbook({ A: staff(4, { selfDiag: 0 }), B: staff(20, { selfDiag: 20 }) }));
    expect(recsOf(four, '1.3', 'A')).toEqual([]);
    const five = run(workbook({ A: staff(5, { selfDiag: 0 }), B: staff(20, { selfDiag: 20 }) }));
    expect(theRec(five, '1.3', 'A')).toMatchObject({ kind: 'attention', gap: 80, people: 4 });
  });

  it('4 people: no practice, however far above', () => {
    // A 4 of 4 = 100 %, B 0 of 20; municipal 16,7 %. B (20 people) is 16,7 below → zone.
    const plan = run(workbook({ A: staff(4, { selfDiag: 4 }), B: staff(20, { selfDiag: 0 }) }));
    expect(recsOf(plan, '1.3', 'A')).toEqual([]);
    expect(theRec(plan, '1.3', 'B')).toMatchObject({ kind: 'attention', gap: 16.7 });
  });

  it('the population is the criterion’s: a school with 10 workers but 4 young ones gets no zone on a young-teacher criterion', () => {
    // 8.3 «Молодые с наставником» (young: under 35 with ≤ 3 years). A: 4 young, none with a mentor; B: 6 young, all with one.
    const young = { age: 25, experienceYears: 1 };
    const plan = run(workbook({ A: [...staff(4, { hasMentor: 0 }, young), ...staff(6)], B: staff(6, { hasMentor: 6 }, young) }));
    expect(recsOf(plan, '8.3', 'A')).toEqual([]);
  });
});

describe('presence criteria and the municipal total', () => {
  it('an absent structure («нет» in `Муниципалитет`) → a recommendation to the municipal service', () => {
    const muni = municipalitySheet({ ...ALL_MUNICIPAL_YES, 'Кураторы ИОМ': 'нет' });
    const plan = run(workbook({ A: staff(10) }, muni));
    const r = theRec(plan, '4.1', null);
    expect(r).toMatchObject({ kind: 'missing', organization: null, value: false, gap: null, people: null, priority: 2, valueText: '«нет»', targetText: '«да» (наличие)' });
    expect(r.addressee).toBe(remedyOf(criterion('4.1')).municipalAddressee);
    expect(r.text).toBe(`В муниципалитете не выполнен критерий 4.1 «Кураторы ИОМ в муниципалитете»: значение «нет» при требуемом «да» (наличие). ${remedyOf(criterion('4.1')).municipal}`);
    expectReadable(r.text);
    // Every other structure is present: no other «missing» from `Муниципалитет`.
    expect(plan.analysis.recommendations.filter((x) => x.kind === 'missing' && 'source' in x.criterion && x.criterion.source.from === 'municipality').map((x) => x.criterion.id)).toEqual(['4.1']);
  });

  it('a present structure → nothing; no `Муниципалитет` at all → «нет данных», nothing either', () => {
    expect(recsOf(run(workbook({ A: staff(10) }, municipalitySheet(ALL_MUNICIPAL_YES))), '4.1')).toEqual([]);
    expect(recsOf(run(workbook({ A: staff(10) })), '4.1')).toEqual([]);
  });

  it('the municipal total below the target → addressed to the municipal service, listing the organisations below', () => {
    // 9.1: A 1 of 10, B 5 of 10 (met), C 2 of 10; municipal 8 of 30 = 26,7 % → gap 3,3; 9 of 30 = 30 % → 1 person.
    const plan = run(workbook({ A: staff(10, { pk: 1 }), B: staff(10, { pk: 5 }), C: staff(10, { pk: 2 }) }));
    const r = theRec(plan, '9.1', null);
    expect(r).toMatchObject({ kind: 'below-target', gap: 3.3, people: 1, priority: 3, valueText: '26,7 % (8 из 30)' });
    expect(r.addressee).toBe(remedyOf(criterion('9.1')).municipalAddressee);
    expect(r.addressee).toMatch(/муниципальная методическая служба/i);
    expect(r.text).toBe(
      `В целом по муниципалитету «Прошли ПК за период» (критерий 9.1) — 26,7 % (8 из 30) при целевом значении не менее 30 %; отставание — 3,3 п.п. Для достижения цели не хватает 1 человека. Ниже цели: A, C. ${remedyOf(criterion('9.1')).municipal}`,
    );
    expectReadable(r.text);
  });

  it('staffing shortfalls of the municipality go to the education department', () => {
    // 6.3: 0 of 10 teachers with a matching education.
    const plan = run(workbook({ A: staff(10, { profileMatch: 0 }) }));
    expect(theRec(plan, '6.3', null).addressee).toBe(remedyOf(criterion('6.3')).municipalAddressee);
    expect(remedyOf(criterion('6.3')).municipalAddressee).toMatch(/Управление образования/);
  });
});

describe('priorities', () => {
  it.each([
    [15, 5, 1],
    [14.9, 5, 2],
    [15, 4, 2],
    [30, 3, 1],
    [29.9, 3, 2],
    [30, 2, 2],
    [0.1, 20, 1],
    [0.1, 19, 2],
    [5, 0, 2],
    [4.9, 4, 3],
    [4.9, null, 3],
    [0, 1, 3],
  ] as const)('priorityOf(gap %s, people %s) = %i', (gap, people, expected) => {
    expect(priorityOf(gap, people)).toBe(expected);
  });

  it('recommendations are sorted by priority, then below-target before missing before zones before practices, then by gap', () => {
    const plan = run(
      workbook(
        {
          A: staff(40, { pk: 0, selfDiag: 0, profileMatch: 40 }), // 9.1: gap 30, 12 people → 1; 1.3 zone
          B: staff(10, { pk: 2, selfDiag: 10, profileMatch: 10 }), // 9.1: gap 10, 1 person → 2
          C: staff(10, { pk: 2, selfDiag: 10, profileMatch: 10, isMentor: 0 }),
        },
        municipalitySheet({ ...ALL_MUNICIPAL_YES, 'Кураторы ИОМ': 'нет' }),
      ),
    );
    const recs = plan.analysis.recommendations;
    expect(recs.length).toBeGreaterThan(5);
    const order = { 'below-target': 0, missing: 1, attention: 2, success: 3 } as const;
    for (let i = 1; i < recs.length; i++) {
      const a = recs[i - 1]!;
      const b = recs[i]!;
      const key = (r: Recommendation) => [r.priority, order[r.kind], -(r.gap ?? 0)];
      const [pa, ka, ga] = key(a);
      const [pb, kb, gb] = key(b);
      expect(pa! < pb! || (pa === pb && (ka! < kb! || (ka === kb && ga! <= gb!))), `${a.kind} ${a.criterion.id} before ${b.kind} ${b.criterion.id}`).toBe(true);
    }
    expect(recs[0]!.priority).toBe(1);
    // The sheet lists the municipality's first, then each organisation's on its own page, in the
    // same order within each (practices last), with the priority in the first column.
    const sheet = plan.outputs.find((o) => o.name === 'Рекомендации')!;
    const rows = sheet.values.filter((r) => typeof r[0] === 'number' && r[5] !== 'управленческое решение');
    const orgs = [null, ...plan.result.organizations.map((o) => o.name)];
    const expected = orgs.flatMap((o) => {
      const own = recs.filter((r) => r.organization === o);
      return [...own.filter((r) => r.kind !== 'success'), ...own.filter((r) => r.kind === 'success')];
    });
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(expected.map((r) => [r.priority, r.organization ?? 'Муниципалитет (итог)', r.criterion.id]));
    // Every organisation's page starts on a new printed page.
    const starts = plan.result.organizations.map((o) => sheet.values.findIndex((r) => r[0] === `${o.name} (${o.type}): адресные рекомендации`));
    expect(sheet.pageBreaks!.slice(0, starts.length)).toEqual(starts);
    // Any further page starts a section of its own (deficits, measures) at the end.
    for (const r of sheet.pageBreaks!.slice(starts.length)) expect(r).toBeGreaterThan(starts[starts.length - 1]!);
  });
});

describe('peopleToTarget', () => {
  it('is the fewest people that bring the displayed value to the target, also for large denominators', () => {
    const c = criterion('9.1');
    const fig = (numerator: number, denominator: number) => ({ numerator, denominator, value: (numerator * 100) / denominator, status: 'below' as const });
    // 8994 of 10000 = 89,94 % → 89,9; 8995 of 10000 = 89,95 % shows 90,0: 1 person, not the 5 to 8999.
    expect(peopleToTarget(c, fig(8994, 10000), { op: '>=', value: 90 })).toBe(1);
    expect(peopleToTarget(c, fig(2, 10), { op: '>=', value: 30 })).toBe(1);
    expect(peopleToTarget(c, fig(0, 7), { op: '>=', value: 50 })).toBe(4); // 4 of 7 = 57,1 %; 3 of 7 = 42,9 %
    // Down: 1005 of 10000 = 10,05 % → 10,1; «не более 10 %» is met from 1004 (10,04 → 10,0).
    expect(peopleToTarget(c, fig(1005, 10000), { op: '<=', value: 10 })).toBe(1);
    expect(peopleToTarget(c, fig(5, 16), { op: '<', value: 10 })).toBe(4); // 1 of 16 = 6,25 %; 2 of 16 = 12,5 %
    expect(peopleToTarget(c, fig(3, 10), { op: '>=', value: 30 })).toBe(0);
    expect(peopleToTarget(criterion('8.11'), fig(3, 10), { op: '>=', value: 30 })).toBeNull(); // a count
  });
});

describe('one person on the roster', () => {
  it('handles a single-row organisation without comparisons or errors', () => {
    const plan = run(workbook({ A: [person({ pk: 'нет' })] }));
    // 0 of 1 → 9.1 below by 30 with 1 person: one person is fewer than `Минимум человек для
    // вывода` (5), so priority 3 with «мало данных», and no management decision rests on it.
    const r = theRec(plan, '9.1', 'A');
    expect(r).toMatchObject({ gap: 30, people: 1, priority: 3, thin: true });
    expect(r.text).toMatch(/^Мало данных \(в расчёте 1 человек\), вывод предварительный\. /);
    expect(plan.analysis.decisions.flatMap((d) => d.criterionIds)).not.toContain('9.1');
  });
});
