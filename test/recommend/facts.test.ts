/**
 * Texts that vary with the facts (issue 17), for the kinds of recommendation whose facts are not a
 * share of people: a presence compared with last period, an organisation's P1 against last
 * period, and the deficits' recommendations (the change of their figures since last period, and
 * in which subjects a director's people without a route teach). Each expected sentence is worked
 * out by hand from the fixture in its comment.
 */
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../core/cells';
import { planRun } from '../../core/index';
import { deficitsFixture, SCHOOL } from '../deficits/fixture';
import { ALL_MUNICIPAL_YES, municipalitySheet, orgTab, person, settingsSheet, TODAY } from '../helpers/workbook';
import { expectReadable, settings, staff, theRec, workbook, writeBack } from './helpers';

const P1 = '2023-2024';
const P2 = '2024-2025';
const NEXT_YEAR = new Date(Date.UTC(2025, 5, 15));

/** Runs period 1, writes it back, then runs period 2 over the written workbook. */
function twoPeriods(first: readonly SheetData[], second: (after: readonly SheetData[]) => SheetData[], today2: Date = NEXT_YEAR) {
  const plan1 = planRun(first, { today: TODAY });
  const plan2 = planRun(second(writeBack(first, plan1)), { today: today2 });
  return { plan1, plan2 };
}

const withSheets = (after: readonly SheetData[], fresh: readonly SheetData[]): SheetData[] => [...after.filter((s) => !fresh.some((f) => f.name === s.name)), ...fresh];

describe('a presence: last period’s answer', () => {
  it('«Кураторы ИОМ» «нет» in both periods: «было «нет»: без изменений»', () => {
    const muni = municipalitySheet({ ...ALL_MUNICIPAL_YES, 'Кураторы ИОМ': 'нет' });
    const { plan1, plan2 } = twoPeriods(workbook({ A: staff(10) }, muni, settings(P1)), (after) => withSheets(after, [settings(P2)]));
    expect(theRec(plan1, '4.1', null).text).not.toContain('За период');
    expect(theRec(plan2, '4.1', null).text).toContain(`«Кураторы ИОМ в муниципалитете»: значение «нет» при требуемом «да» (наличие). За период ${P1} было «нет»: без изменений. `);
  });

  it('«да» last period, «нет» now: «было «да»: ухудшение»', () => {
    const yes = municipalitySheet(ALL_MUNICIPAL_YES);
    const no = municipalitySheet({ ...ALL_MUNICIPAL_YES, 'Кураторы ИОМ': 'нет' });
    const { plan2 } = twoPeriods(workbook({ A: staff(10) }, yes, settings(P1)), (after) => withSheets(after, [no, settings(P2)]));
    expect(theRec(plan2, '4.1', null).text).toContain(`За период ${P1} было «да»: ухудшение. `);
  });
});

describe('P1: the organisation last period', () => {
  // 6 managers, none with «ПК по ФР ДПП», in both periods: 0 из 6 (0 %), 50 % needs 3.
  const managers = () => Array.from({ length: 6 }, () => person({ position: 'Заместитель директора', staffCategory: 'управленческий', pkRegistry: 'нет' }));
  const tab = () => orgTab('Школа', [...managers(), ...staff(10)]);
  it('not met then and now: «тоже не был выполнен»', () => {
    const { plan1, plan2 } = twoPeriods([tab(), settings(P1)], (after) => withSheets(after, [tab(), settings(P2)]));
    const now = theRec(plan2, 'P1', 'Школа');
    expect(now.text).toContain('0 из 6 руководителей (0 %) при целевом значении не менее 50 % в каждой организации; отставание — 50 п.п. Для достижения цели не хватает 3 человек.');
    expect(now.text).toContain(` За период ${P1} критерий в организации тоже не был выполнен. `);
    expect(theRec(plan1, 'P1', 'Школа').text).not.toContain('За период');
  });
});

describe('deficits: the change since last period, and the subjects of the people without a route', () => {
  // Period 2024-2025 (the fixture): МАОУ СОШ №1 — routes for 2 of the 4 with a deficit and a known
  // route answer (Белов ИОМ, Дмитриева ИППР); without: Васильева (математика), Зайцев (физика).
  // Period 2025-2026: Васильева gets an ИППР → 3 of 4 (75 %), without: Зайцев (физика) only;
  // +25 p.p. is an improvement. Deficits unchanged: методические 4 of 9 (44,4 %) both times.
  const first = deficitsFixture();
  const second = (after: readonly SheetData[]) =>
    after.map((s) =>
      s.name === 'Настройки'
        ? { ...s, values: [['Параметр', 'Значение'], ['Отчётный период', '2025-2026'], ['Порог зоны внимания, п.п.', 10]] }
        : s.name === SCHOOL
          ? { ...s, values: s.values.map((r) => (r[0] === 'Васильева Вера Викторовна' ? r.map((c, i) => (i === 11 ? 'да' : c)) : r)) }
          : s,
    );
  const plan1 = planRun(first, { today: NEXT_YEAR });
  const plan2 = planRun(second(writeBack(first, plan1)), { today: new Date(Date.UTC(2026, 5, 15)) });
  const director = (plan: typeof plan1) => plan.analysis.deficitRecommendations.find((r) => r.addressee === 'director' && r.organization === SCHOOL)!;

  it('the director: how many, in which subjects, and the change', () => {
    expect(director(plan1).text).toContain('маршрут есть у 2 из 4 (50 %) имеющих дефицит');
    expect(director(plan1).text).toContain(' Без маршрута по предметам: математика — 1, физика — 1.');
    expect(director(plan1).text).not.toContain('За период');
    const now = director(plan2).text;
    expect(now.startsWith('1 педагог с выявленным по итогам диагностики дефицитом не имеет маршрута')).toBe(true);
    expect(now).toContain('маршрут есть у 3 из 4 (75 %) имеющих дефицит');
    expect(now).toContain(' Без маршрута по предметам: физика — 1.');
    // 4 people behind the route share are fewer than 5: the line ends «мало данных».
    expect(now.endsWith(' За период 2024-2025 было 2 из 4 (50 %): улучшение на 25 п.п. Мало данных: выводы предварительные.')).toBe(true);
  });

  it('the municipal service: the dominant kind against last period', () => {
    const dominant = plan2.analysis.deficitRecommendations.find((r) => r.addressee === 'municipal' && r.figureId === 'ПД.2')!;
    expect(dominant.text).toContain('4 из 9 (44,4 %) прошедших региональную диагностику.');
    expect(dominant.text.endsWith(' За период 2024-2025 было 4 из 9 (44,4 %): без изменений.')).toBe(true);
    // Every deficit text reads as a sentence: no period doubled after «п.п.».
    for (const r of plan2.analysis.deficitRecommendations) expect(r.text, r.text).not.toMatch(/\.\s*\./);
  });
});

describe('two periods: every text still reads as sentences', () => {
  it('no period doubled after «п.п.» or «чел.» once the change since last period is added', () => {
    // A: 1 of 11 with ПК and 2 with «Адресная поддержка» (8.11, a count in «чел.»), then 2 and 4.
    const first = workbook({ A: staff(11, { pk: 1, addressSupport: 2 }), B: staff(11, { pk: 5 }) }, settings(P1));
    const { plan2 } = twoPeriods(first, (after) => withSheets(after, [...workbook({ A: staff(11, { pk: 2, addressSupport: 4 }), B: staff(11, { pk: 5 }) }), settings(P2)]));
    const recs = plan2.analysis.recommendations;
    expect(recs.some((r) => r.text.includes(`За период ${P1} было`))).toBe(true);
    for (const r of recs) expectReadable(r.text, `${r.criterion.id} ${r.organization}: ${r.text}`);
    // 9.1 at A: 1 of 11 = 9,1 % → 2 of 11 = 18,2 %: +9,1 p.p., then the remedy's own sentence.
    expect(theRec(plan2, '9.1', 'A').text).toContain(`За период ${P1} было 9,1 % (1 из 11): улучшение на 9,1 п.п. Спланировать`);
  });
});

describe('a zone of attention is «done» only over enough people (the thin-data rule)', () => {
  it('with «Минимум человек для вывода» 8: C still at 0 of 6 is neither a zone nor done', () => {
    const min = { 'Отчётный период': P1, 'Минимум человек для вывода': 8 };
    // Period 1, 1.3 «Самодиагностика» (no target): A 0 of 10, B 10 of 10, C 0 of 10 → municipal 33,3 %: A and C are zones.
    const first = workbook({ A: staff(10, { selfDiag: 0 }), B: staff(10, { selfDiag: 10 }), C: staff(10, { selfDiag: 0 }) }, settingsSheet(min));
    // Period 2: A 5 of 10 (50 % vs 15 of 26 = 57,7 %: 7,7 below, closed), C 0 of 6: 6 < 8 people, too few to judge.
    const { plan1, plan2 } = twoPeriods(first, (after) =>
      withSheets(after, [...workbook({ A: staff(10, { selfDiag: 5 }), B: staff(10, { selfDiag: 10 }), C: staff(6, { selfDiag: 0 }) }), settingsSheet({ ...min, 'Отчётный период': P2 })]),
    );
    expect(plan1.analysis.recommendations.filter((r) => r.criterion.id === '1.3' && r.kind === 'attention').map((r) => r.organization)).toEqual(['A', 'C']);
    expect(plan2.analysis.followUp!.done.filter((d) => d.criterion.id === '1.3').map((d) => d.organization)).toEqual(['A']);
    expect(plan2.analysis.recommendations.filter((r) => r.criterion.id === '1.3' && r.organization === 'C')).toEqual([]);
  });
});
