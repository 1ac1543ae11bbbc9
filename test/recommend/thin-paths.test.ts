/**
 * The thin-data rule (workbook.md §5) on the paths that used to bypass it (issue 17): below
 * «Минимум человек для вывода» no priority 1, no «успешная практика», no management decision, and
 * the line says «мало данных» — for P1 (an orgShare judged on the organisation's own team) and
 * for shares computed from the numbers of «Организации» (6.1 «Обеспеченность кадрами»).
 * Every expected figure is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { planRun } from '../../core/index';
import { orgsSheet, orgTab, person, settingsSheet, TODAY } from '../helpers/workbook';
import { output } from './helpers';

const manager = (pkRegistry: string) => person({ position: 'Заместитель директора', staffCategory: 'управленческий', pkRegistry });
/** A school of `managers` managers, none with «ПК по ФР ДПП», and ten teachers. */
const school = (name: string, managers: number) => orgTab(name, [...Array.from({ length: managers }, () => manager('нет')), ...Array.from({ length: 10 }, () => person())]);

describe('P1 per organisation', () => {
  // Школа А: 12 managers, 0 trained → 0 из 12 (0 %); 50 % of 12 = 6 people short; gap 50 п.п.
  //   priorityOf(50, 6): gap ≥ 15 and ≥ 5 people → 1.
  // Школа Б: 2 managers, 0 trained → 0 из 2; 1 person short; gap 50 → by the figures alone 2
  //   (gap ≥ 5), but 2 < 5 people: thin, priority 3, «Мало данных (в расчёте 2 человека)».
  const tabs = [school('Школа А', 12), school('Школа Б', 2)];
  const p1 = (minPeople: number | null, org: string) => {
    const plan = planRun(minPeople === null ? tabs : [...tabs, settingsSheet({ 'Минимум человек для вывода': minPeople })], { today: TODAY });
    return { plan, rec: plan.analysis.recommendations.find((r) => r.criterion.id === 'P1' && r.organization === org)! };
  };

  it('a team smaller than the minimum: priority 3 with «мало данных», and no decision rests on it', () => {
    const { plan, rec } = p1(null, 'Школа Б');
    expect([rec.valueText, rec.people, rec.gap, rec.priority, rec.thin]).toEqual(['0 из 2 руководителей (0 %)', 1, 50, 3, true]);
    expect(rec.text.startsWith('Мало данных (в расчёте 2 человека), вывод предварительный. «')).toBe(true);
    const sheet = output(plan, 'Рекомендации');
    expect(sheet.values.some((r) => r[1] === 'Школа Б' && r[3] === 'P1' && r[5] === 'ниже цели (мало данных)')).toBe(true);
  });

  it('a team of 12: priority 1 by default, thin and priority 3 when the minimum is 20', () => {
    expect(p1(null, 'Школа А').rec).toMatchObject({ valueText: '0 из 12 руководителей (0 %)', people: 6, gap: 50, priority: 1, thin: false });
    const strict = p1(20, 'Школа А');
    expect(strict.rec).toMatchObject({ people: 6, gap: 50, priority: 3, thin: true });
    expect(strict.rec.text.startsWith('Мало данных (в расчёте 12 человек), вывод предварительный. ')).toBe(true);
    // With 20, every organisation's line is thin (12 managers, 10 teachers each): a decision may
    // rest on the municipal figures (P1: 0 of 2 organisations), never on an organisation's.
    expect(strict.plan.analysis.decisions.length).toBeGreaterThan(0);
    for (const d of strict.plan.analysis.decisions) expect(d.basis).not.toMatch(/Школа [АБ]/);
    // By default Школа А's P1 (priority 1) is among the organisations a decision names first.
    expect(p1(null, 'Школа А').plan.analysis.decisions.find((d) => d.criterionIds.includes('P1'))!.basis).toContain('Школа А');
  });
});

describe('6.1 «Обеспеченность кадрами» from the numbers of «Организации»', () => {
  // Детский сад: 3 of 4 posts filled = 75 % < 90: gap 15 п.п.; 4 people behind it < 5 → thin, 3.
  // Школа: 30 of 40 = 75 %: gap 15, people unknown (a number share) → priorityOf(15, null) = 2.
  const sheets = [
    orgTab('Детский сад', Array.from({ length: 3 }, () => person({ position: 'Воспитатель' }))),
    orgTab('Школа', Array.from({ length: 30 }, () => person())),
    orgsSheet([
      { name: 'Детский сад', type: 'ДОО', staffPlanned: 4, staffActual: 3 },
      { name: 'Школа', type: 'ОО', staffPlanned: 40, staffActual: 30 },
    ]),
  ];
  const plan = planRun(sheets, { today: TODAY });
  const rec = (org: string) => plan.analysis.recommendations.find((r) => r.criterion.id === '6.1' && r.organization === org)!;

  it('a small organisation’s ratio is «мало данных», a large one’s is not', () => {
    expect(rec('Детский сад')).toMatchObject({ valueText: '75 % (3 из 4)', gap: 15, priority: 3, thin: true });
    expect(rec('Детский сад').text.startsWith('Мало данных (в расчёте 4 человека), вывод предварительный. ')).toBe(true);
    expect(rec('Школа')).toMatchObject({ valueText: '75 % (30 из 40)', gap: 15, priority: 2, thin: false });
  });
});
