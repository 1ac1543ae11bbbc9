/**
 * `Сводка` on the hand-made district of test/helpers/district.ts (school 2 managers + 8
 * pedagogues, kindergarten 1 + 5, ДДТ 1 + 5; young: s7, s10, k3, d3; teachers s3–s7, s10) with:
 *   ПК за период   — s3, s4, s5, k2, d2      ПК по ФР ДПП — s1 (manager), s3, k1 (manager)
 *   Внешний совместитель — d5              Уровень конкурсов — d3 «муниципальный»
 * Worked out by hand (value shown to 0.1):
 *   6.1  Σ факт / Σ штат = 22 / 24 = 91,7 ≥ 90 met    (school 10/11 = 90,9; kg 6/6 = 100; ДДТ 6/7 = 85,7)
 *   6.2  part-timers 1 / 18 = 5,6 < 10 met            (school 0; kg 0; ДДТ 1/5 = 20)
 *   6.3  teachers with profile 6 / 6 = 100 ≥ 75 met   (school 100; kg, ДДТ: no teachers → empty)
 *   7.1  nobody teaches off profile → no data         8.5  no mentors → no data
 *   8.4  mentors 0 / 18 = 0 below                     8.10 young with a methodist 0 / 4 = 0 below
 *   8.16 young in contests 1 / 4 = 25 < 30 below      (school 0/2; kg 0/1; ДДТ 1/1 = 100)
 *   9.1  ПК 5 / 18 = 27,8 < 30 below                  (school 3/8 = 37,5; kg 1/5 = 20; ДДТ 1/5 = 20)
 *   9.2  ФР ДПП among pedagogues 1 / 18 = 5,6 ≥ 3 met (school 1/8 = 12,5; kg 0; ДДТ 0)
 *   P1   organisations where ≥ 50 % of managers have ФР ДПП: 2 of 3 = 66,7, target = 100 below
 *        (school 1/2 = 50 counts; kg 1/1 counts; ДДТ 0/1 does not)
 *   П14  nobody finished a route (the column is there, empty) → no data
 * With a target: those 12 (4 met, 5 below, 3 no data) and 10 presence criteria, all met
 * (every `Муниципалитет` fact is «да», ДДТ is an internship site, the school rewards mentors):
 * 14 met, 5 below in all. The «Дефицит: …» columns are there but nobody is diagnosed: «Дефициты»
 * is written (last), and «Сводка» says in one line that there is nothing to chart.
 */
import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_LABEL, SHEET, type OutValue } from '../../core/index';
import { CHANGE_FORMAT } from '../../core/output/indicators-sheet';
import { DDT, district, KINDERGARTEN, merge, SCHOOL, setFor, yesFor } from '../helpers/district';
import { settingsSheet } from '../helpers/workbook';
import { chartById, chartCells, expectChartsWellFormed, keyFigure, rowWith, run, summaryOf, writeBack } from './helpers';

const CHANGES = merge(
  yesFor('pk', 's3', 's4', 's5', 'k2', 'd2'),
  yesFor('pkRegistry', 's1', 's3', 'k1'),
  yesFor('externalPartTime', 'd5'),
  setFor('contestLevel', 'муниципальный', 'd3'),
);
const plan = run(district(CHANGES));
const sheet = summaryOf(plan);

const TARGET_IDS = ['П14', '6.1', '6.2', '6.3', '7.1', '8.4', '8.5', '8.10', '8.16', '9.1', '9.2', 'P1'];
const VALUES = [null, 91.7, 5.6, 100, null, 0, null, 0, 25, 27.8, 5.6, 66.7];
const TARGETS = [50, 90, 10, 75, 50, 10, 10, 10, 30, 30, 3, 100];
const STATUSES = ['нет данных', 'достигнуто', 'достигнуто', 'достигнуто', 'нет данных', 'не достигнуто', 'нет данных', 'не достигнуто', 'не достигнуто', 'не достигнуто', 'достигнуто', 'не достигнуто'];

describe('Сводка: place and key figures', () => {
  it('is written right after Показатели', () => {
    expect(plan.outputs.map((o) => o.name)).toEqual([SHEET.indicators, SHEET.summary, SHEET.recommendations, SHEET.problems, SHEET.history, SHEET.deficits]);
    expect(sheet.values[rowWith(sheet, 'Профессиональные дефициты (региональная диагностика)') + 1]![1]).toMatch(/прошедших региональную диагностику педагогов нет/);
  });

  it('counts organisations, staff and statuses as worked out by hand', () => {
    expect(keyFigure(sheet, 'Организаций')).toBe(3);
    expect(keyFigure(sheet, 'в т.ч. ОО')).toBe(1);
    expect(keyFigure(sheet, 'в т.ч. ДОО')).toBe(1);
    expect(keyFigure(sheet, 'в т.ч. УДО')).toBe(1);
    expect(keyFigure(sheet, 'Работников (учтённых строк)')).toBe(22);
    expect(keyFigure(sheet, 'Критериев мониторинга')).toBe(plan.result.preset.criteria.length);
    expect(keyFigure(sheet, 'Целевое значение достигнуто')).toBe(14);
    expect(keyFigure(sheet, 'Целевое значение не достигнуто')).toBe(5);
    expect(keyFigure(sheet, 'Без целевого значения')).toBe(plan.summary.noTarget);
    expect(keyFigure(sheet, 'Нет данных')).toBe(plan.summary.noData);
    const open = plan.analysis.recommendations.filter((r) => r.kind !== 'success');
    for (const p of [1, 2, 3]) expect(keyFigure(sheet, `Рекомендаций приоритета ${p}`)).toBe(open.filter((r) => r.priority === p).length);
    expect(keyFigure(sheet, 'Управленческих решений')).toBe(plan.analysis.decisions.length);
    expect(keyFigure(sheet, 'Замечаний к данным: предупреждений')).toBe(plan.summary.warnings);
  });
});

describe('Сводка: municipal value against the target', () => {
  const header = rowWith(sheet, 'Значение по муниципалитету', 2);
  const rows = TARGET_IDS.map((_, i) => sheet.values[header + 1 + i]!);

  it('lists every criterion with a numeric target: id, short name, value, target, status', () => {
    expect(sheet.values[header]!.slice(0, 5)).toEqual(['№', 'Критерий', 'Значение по муниципалитету', 'Целевое значение', 'Статус']);
    expect(rows.map((r) => r[0])).toEqual(TARGET_IDS);
    expect(rows.map((r) => r[1])).toEqual(TARGET_IDS.map((id) => plan.result.criteria.find((c) => c.criterion.id === id)!.criterion.shortName));
    expect(rows.map((r) => r[2])).toEqual(VALUES);
    expect(rows.map((r) => r[3])).toEqual(TARGETS);
    expect(rows.map((r) => r[4])).toEqual(STATUSES);
    expect(sheet.values[header + 1 + TARGET_IDS.length]![0]).not.toMatch(/^\d/);
  });

  it('shows the target with its sign and colours the status', () => {
    const format = (id: string) => sheet.formats[header + 1 + TARGET_IDS.indexOf(id)]!;
    expect(format('6.1')[3]).toBe('"≥ "0" %"');
    expect(format('6.2')[3]).toBe('"< "0" %"');
    expect(format('6.1')[2]).toBe('0.0" %"');
    const tone = (id: string) => sheet.tones[header + 1 + TARGET_IDS.indexOf(id)]![4];
    expect([tone('6.1'), tone('9.1'), tone('7.1')]).toEqual(['met', 'below', 'no-data']);
  });

  it('has a bar chart over exactly those cells, with the target as an extra series', () => {
    const chart = chartById(sheet, 'summary-targets');
    expect(chart.kind).toBe('bar');
    expect(chart.source).toEqual({ row: header, column: 1, rowCount: 13, columnCount: 3 });
    expect(chart.data.series).toEqual([{ column: 2, name: 'Значение по муниципалитету', color: '#4E79A7' }]);
    expect(chart.data.target).toEqual({ column: 3, name: 'Целевое значение', color: '#7F7F7F', style: 'bar' });
    const cells = chartCells(sheet, chart);
    expect(cells.labels).toEqual(rows.map((r) => r[1]));
    expect(cells.series).toEqual([VALUES]);
    expect(cells.target).toEqual(TARGETS);
    expect(chart.axes.value).toMatchObject({ min: 0, max: 100 });
    expect(chart.legend).toBe('bottom');
  });
});

describe('Сводка: organisations compared per track', () => {
  const track = (n: number) => plan.result.criteria.find((c) => c.criterion.track.startsWith(`Трек ${n}.`))!.criterion.track;

  it('compares on the criteria with targets, or on one share per indicator when the track has none', () => {
    const ids = (chartId: string) => chartById(sheet, chartId).data.series.map((s) => s.name.split(' ')[0]);
    expect(ids('summary-track-1')).toEqual(['1.1', '2.1', '3.1', '4.2', '5.2']);
    expect(ids('summary-track-2')).toEqual(['6.1', '6.2', '6.3', '7.1', '8.4', '8.5', '8.10', '8.16']);
    // P1 counts organisations (an orgShare): no per-organisation share to compare.
    expect(ids('summary-track-3')).toEqual(['9.1', '9.2']);
    expect(sheet.values[rowWith(sheet, `Сравнение организаций: ${track(1)}`) + 1]![1]).toMatch(/Первый критерий-доля/);
  });

  it('puts each organisation’s value, then the municipality, under a column chart (track 3)', () => {
    const chart = chartById(sheet, 'summary-track-3');
    const header = rowWith(sheet, `Сравнение организаций: ${track(3)}`) + 2;
    expect(chart.kind).toBe('column');
    expect(chart.source).toEqual({ row: header, column: 1, rowCount: 5, columnCount: 3 });
    expect(sheet.values[header]!.slice(0, 4)).toEqual(['Тип', 'Организация', `9.1 ${shortName('9.1')}`, `9.2 ${shortName('9.2')}`]);
    const cells = chartCells(sheet, chart);
    expect(cells.labels).toEqual([SCHOOL, KINDERGARTEN, DDT, MUNICIPALITY_LABEL]);
    expect(transpose(cells.series)).toEqual([
      [37.5, 12.5],
      [20, 0],
      [20, 0],
      [27.8, 5.6],
    ]);
    expect(sheet.values.slice(header + 1, header + 4).map((r) => r[0])).toEqual(['ОО', 'ДОО', 'УДО']);
    expect(cells.target).toBeNull();
  });

  it('leaves a cell empty (not text, not 0) where an organisation has no data (track 2)', () => {
    const chart = chartById(sheet, 'summary-track-2');
    const rows = transpose(chartCells(sheet, chart).series);
    expect(rows[2]).toEqual([85.7, 20, null, null, 0, null, 0, 100]);
    expect(rows[0]).toEqual([90.9, 0, 100, null, 0, null, 0, 0]);
    expect(rows[3]).toEqual([91.7, 5.6, 100, null, 0, null, 0, 25]);
    const ddtRow = chart.data.firstRow + 2;
    expect(sheet.tones[ddtRow]![4]).toBe('no-data');
    expect(sheet.tones[ddtRow]![2]).toBe('below');
  });

  it('keeps every chart on its own cells and off the tables', () => {
    expect(sheet.charts).toHaveLength(4);
    expectChartsWellFormed(sheet);
  });
});

describe('Сводка: change since the previous period', () => {
  it('says there is no previous period on a first run', () => {
    expect(sheet.values[rowWith(sheet, 'Изменение к прошлому периоду') + 1]![1]).toMatch(/Прошлого периода в листе «История» нет/);
  });

  it('shows each criterion in both periods and the change, read from История', () => {
    // 2022-2023: ПК only s3 → 9.1 = 1/18 = 5,6; nobody a part-timer → 6.2 = 0; 9.2 as now, 5,6.
    const before = merge(yesFor('pk', 's3'), yesFor('pkRegistry', 's1', 's3', 'k1'), setFor('contestLevel', 'муниципальный', 'd3'));
    const first = [...district(before), settingsSheet({ 'Отчётный период': '2022-2023' })];
    const firstPlan = run(first);
    const second = writeBack([...district(CHANGES), settingsSheet({ 'Отчётный период': '2023-2024' })], firstPlan);
    const next = run(second);
    const s = summaryOf(next);
    const header = rowWith(s, 'Период 2022-2023', 2);
    expect(s.values[header]!.slice(0, 5)).toEqual(['№', 'Критерий', 'Период 2022-2023', 'Период 2023-2024', 'Изменение']);
    const row = (id: string): OutValue[] => [...s.values[rowWith(s, id, 0, header)]!.slice(0, 5)];
    expect(row('9.1')).toEqual(['9.1', shortName('9.1'), 5.6, 27.8, 22.2]);
    expect(row('6.2')).toEqual(['6.2', shortName('6.2'), 0, 5.6, 5.6]);
    expect(row('9.2')).toEqual(['9.2', shortName('9.2'), 5.6, 5.6, 0]);
    const at = (id: string) => rowWith(s, id, 0, header);
    expect(s.formats[at('9.1')]![4]).toBe(CHANGE_FORMAT);
    // up is better for 9.1, worse for 6.2 (a target «менее 10 %»)
    expect([s.tones[at('9.1')]![4], s.tones[at('6.2')]![4], s.tones[at('9.2')]![4]]).toEqual(['met', 'below', null]);
    expect(keyFigure(s, 'Улучшилось к периоду 2022-2023')).toBeGreaterThanOrEqual(1);
    expect(keyFigure(s, 'Ухудшилось к периоду 2022-2023')).toBeGreaterThanOrEqual(1);
    expectChartsWellFormed(s);
  });
});

describe('Сводка: aggregates only', () => {
  it('contains no worker’s name', () => {
    const text = JSON.stringify(sheet.values);
    for (const tab of district(CHANGES).slice(0, 3)) {
      for (const row of tab.values.slice(1)) {
        const fio = String(row[0]);
        expect(text).not.toContain(fio);
        expect(text).not.toContain(fio.split(' ')[0]!);
      }
    }
  });
});

function shortName(id: string): string {
  return plan.result.criteria.find((c) => c.criterion.id === id)!.criterion.shortName;
}

function transpose(series: readonly OutValue[][]): OutValue[][] {
  return series[0]!.map((_, r) => series.map((s) => s[r]!));
}
