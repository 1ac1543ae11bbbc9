/**
 * Honesty about missing data (issue 17): a workbook whose rosters have only ФИО, Должность and
 * two columns computes a handful of criteria; nothing — neither `Рекомендации`, `Сводка` nor the
 * report — may call it on target, and each says how many criteria could not be computed and, by
 * organisation, which columns are missing. And `Минимум человек для вывода` from `Настройки`.
 */
import { describe, expect, it } from 'vitest';
import { planRun, renderReport } from '../../core/index';
import { coverageOf } from '../../core/output/coverage';
import { orgTab, person, settingsSheet, TODAY } from '../helpers/workbook';
import { output, theRec } from './helpers';

const PEOPLE = Array.from({ length: 8 }, (_, i) => person({ position: 'Учитель', pk: i < 7 ? 'да' : 'нет', selfDiag: 'да' }));
const sheets = [
  orgTab('МАОУ СОШ №1', PEOPLE, { columns: ['fio', 'position', 'pk', 'selfDiag'] }),
  orgTab('МАОУ СОШ №2', PEOPLE, { columns: ['fio', 'position', 'pk'] }),
];

describe('most criteria without data', () => {
  const plan = planRun(sheets, { today: TODAY });
  const noData = plan.result.criteria.filter((r) => r.total.status === 'no-data').length;

  it('counts what could not be computed, by organisation, with the missing columns', () => {
    const c = coverageOf(plan.result);
    expect(c.criteria).toBe(plan.result.criteria.length);
    expect(c.noData).toBe(noData);
    expect(c.mostMissing).toBe(true);
    // СОШ №2 lacks «Самодиагностика» too, so it has one criterion (1.3) more without data.
    const [first, second] = c.byOrganization;
    expect(first!.organization).toBe('МАОУ СОШ №2');
    expect(second!.organization).toBe('МАОУ СОШ №1');
    expect(first!.criteria - second!.criteria).toBe(1);
    expect(first!.columns).toContain('Самодиагностика');
    expect(second!.columns).not.toContain('Самодиагностика');
  });

  it('no output calls the workbook on target, and each says how many criteria are missing', () => {
    const texts = [...output(plan, 'Рекомендации').values.flat(), ...output(plan, 'Сводка').values.flat()].filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => /целевые значения достигнуты/.test(t))).toBe(false);
    expect(texts.some((t) => t.includes(`Не удалось рассчитать ${noData} из ${plan.result.criteria.length} критериев`))).toBe(true);
    const html = renderReport(plan);
    expect(html).not.toMatch(/целевые значения достигнуты/);
    expect(html).toContain(`Не удалось рассчитать ${noData} из ${plan.result.criteria.length} критериев`);
    expect(html).toContain('МАОУ СОШ №2 — ');
  });
});

describe('Минимум человек для вывода', () => {
  it('is read from `Настройки`: with 10, eight people are «мало данных»; with the default 5 they are not', () => {
    // 9.1 «Прошли ПК за период» (≥ 30 %): A has 1 of 8, B 40 of 40.
    const few = Array.from({ length: 8 }, (_, i) => person({ position: 'Учитель', pk: i < 1 ? 'да' : 'нет' }));
    const tabs = [orgTab('A', few), orgTab('B', Array.from({ length: 40 }, () => person({ position: 'Учитель', pk: 'да' })))];
    const strict = planRun([...tabs, settingsSheet({ 'Минимум человек для вывода': 10 })], { today: TODAY });
    const loose = planRun(tabs, { today: TODAY });
    expect(strict.result.minPeople).toBe(10);
    expect(loose.result.minPeople).toBe(5);
    // A: 1 of 8 = 12,5 % vs 30 %: gap 17,5 p.p., 2 people short (3 of 8 = 37,5 %) → priority 2 by the gap rule.
    expect(theRec(loose, '9.1', 'A')).toMatchObject({ thin: false, priority: 2 });
    const r = theRec(strict, '9.1', 'A');
    expect(r).toMatchObject({ thin: true, priority: 3 });
    expect(r.text.startsWith('Мало данных (в расчёте 8 человек), вывод предварительный. ')).toBe(true);
    const sheet = output(strict, 'Рекомендации');
    expect(sheet.values.some((row) => row[1] === 'A' && row[3] === '9.1' && row[5] === 'ниже цели (мало данных)')).toBe(true);
  });
});
