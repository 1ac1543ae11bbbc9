/**
 * «Дефициты» on the fixture of fixture.ts, every figure counted by hand from its rows:
 *
 * МАОУ СОШ №1 (all columns). Diagnosed pedagogues (the director is a manager, Жукова is not
 * diagnosed): Белов, Васильева, Григорьев, Дмитриева, Егоров, Зайцев = 6.
 *   предметные: Белов, Егоров = 2 of 6           методические: Белов, Васильева, Зайцев = 3 of 6
 *   психолого-педагогические: Дмитриева 1 of 6   коммуникативные: Дмитриева 1 of 6
 *   цифровые: Дмитриева 1 of 5 (Зайцев «не знаю» is left out)
 *   зона риска: Белов (2), Дмитриева (3) = 2 of 5 (Зайцев left out: an unknown answer)
 *   с дефицитом: Белов, Васильева, Дмитриева, Егоров, Зайцев = 5
 *   с маршрутом: Белов (ИОМ), Дмитриева (ИППР) = 2 of 4 (Егоров's «?» left out); без маршрута 2
 * МАДОУ «Детский сад №3» (no «Дефицит: цифровые»): diagnosed Морозова, Никитина, Орлова = 3.
 *   предметные 0/3, методические 1/3 (Никитина), психолого-педагогические 1/3, коммуникативные
 *   1/3 (Морозова); цифровые, зона риска, с дефицитом, маршруты: no data (need all five).
 * МАУ ДО ДДТ: no deficit column: shown without data, outside the totals.
 * Municipality (ratio of sums over the school and the kindergarten): diagnosed 9; предметные
 *   2/9 = 22.2; методические 4/9 = 44.4 (dominant); психолого-педагогические 2/9 = 22.2;
 *   коммуникативные 2/9 = 22.2; цифровые 1/5 = 20; зона риска 2/5 = 40; с дефицитом 5; с маршрутом
 *   2/4 = 50; без маршрута 2.
 * Subjects (school only; the kindergarten has none): математика (Белов, Васильева) diagnosed 2:
 *   предметные 1, методические 2, others 0 of 2; risk 1/2; с дефицитом 2; маршрут 1/2, без 1.
 *   русский язык (Григорьев, Дмитриева) 2: психолого-педагогические, коммуникативные, цифровые
 *   1 each; risk 1/2; с дефицитом 1; маршрут 1/1, без 0. история (Егоров) 1: предметные 1/1; risk
 *   0/1; с дефицитом 1; маршрут 0/0 (no data). физика (Зайцев) 1: методические 1/1; цифровые 0/0;
 *   risk 0/0; с дефицитом 1; маршрут 0/1, без 1. «Предмет не указан» (kindergarten) 3: методические,
 *   психолого-педагогические, коммуникативные 1/3 each, предметные 0/3; the rest no data.
 * Highlight (threshold 10 p.p. in Настройки, at least 5 diagnosed): the school's предметные 33.3
 *   − 22.2 = 11.1 ≥ 10 → red; nothing else differs by 10 p.p. The kindergarten (3) is grey.
 */
import { describe, expect, it } from 'vitest';
import { computeWorkbook, planRun, renderReport, type Figure, type OutputSheet } from '../../core/index';
import { deficitsFixture, DDT, KINDERGARTEN, SCHOOL } from './fixture';

const TODAY = new Date(Date.UTC(2025, 5, 15));
const plan = planRun(deficitsFixture(), { today: TODAY });
const d = plan.result.deficits!;
const sheet = plan.outputs.find((o) => o.name === 'Дефициты') as OutputSheet;

const pair = (f: Figure): [number | null, number | null] => [f.numerator, f.denominator];
const org = (name: string) => d.organizations.find((o) => o.name === name)!;
const subject = (name: string) => d.subjects.find((s) => s.subject === name)!;
const rowOf = (label: string, from = 0) => sheet.values.findIndex((r, i) => i >= from && r[0] === label);

describe('«Дефициты» figures, by hand', () => {
  it('the school', () => {
    const f = org(SCHOOL).figures;
    expect(org(SCHOOL).hasColumns).toBe(true);
    expect(f.diagnosed.denominator).toBe(6);
    expect(pair(f.kinds.deficitSubject)).toEqual([2, 6]);
    expect(pair(f.kinds.deficitMethod)).toEqual([3, 6]);
    expect(pair(f.kinds.deficitPsych)).toEqual([1, 6]);
    expect(pair(f.kinds.deficitComm)).toEqual([1, 6]);
    expect(pair(f.kinds.deficitDigital)).toEqual([1, 5]);
    expect(f.kinds.deficitDigital.excluded).toBe(1);
    expect(pair(f.risk)).toEqual([2, 5]);
    expect(f.withDeficit.denominator).toBe(5);
    expect(pair(f.routed)).toEqual([2, 4]);
  });

  it('the kindergarten without «Дефицит: цифровые»: the figures needing all five have no data', () => {
    const f = org(KINDERGARTEN).figures;
    expect(org(KINDERGARTEN).missingKinds).toEqual(['deficitDigital']);
    expect(f.diagnosed.denominator).toBe(3);
    expect([f.kinds.deficitSubject, f.kinds.deficitMethod, f.kinds.deficitPsych, f.kinds.deficitComm].map(pair)).toEqual([[0, 3], [1, 3], [1, 3], [1, 3]]);
    for (const x of [f.kinds.deficitDigital, f.risk, f.withDeficit, f.routed]) expect(x.status).toBe('no-data');
    const missing = plan.result.issues.filter((i) => i.code === 'missing-column' && i.sheet === KINDERGARTEN && i.column === 'Дефицит: цифровые');
    expect(missing).toHaveLength(1);
  });

  it('the ДДТ without any deficit column: outside the totals, said once', () => {
    expect(org(DDT).hasColumns).toBe(false);
    expect(plan.result.issues.filter((i) => i.sheet === DDT && /нет столбцов «Дефицит/.test(i.message))).toHaveLength(1);
  });

  it('the municipality is the ratio of sums', () => {
    const t = d.total;
    expect(t.diagnosed.denominator).toBe(9);
    expect([t.kinds.deficitSubject, t.kinds.deficitMethod, t.kinds.deficitPsych, t.kinds.deficitComm, t.kinds.deficitDigital].map(pair)).toEqual([[2, 9], [4, 9], [2, 9], [2, 9], [1, 5]]);
    expect(t.kinds.deficitMethod.value).toBeCloseTo(44.444, 2);
    expect(pair(t.risk)).toEqual([2, 5]);
    expect(t.withDeficit.denominator).toBe(5);
    expect(pair(t.routed)).toEqual([2, 4]);
  });

  it('the subjects, in order of the diagnosed, «Предмет не указан» last', () => {
    expect(d.subjects.map((s) => [s.subject, s.total.diagnosed.denominator])).toEqual([
      ['Математика', 2], ['Русский язык', 2], ['История', 1], ['Физика', 1], ['Предмет не указан', 3],
    ]);
    const m = subject('Математика').total;
    expect([m.kinds.deficitSubject, m.kinds.deficitMethod, m.kinds.deficitPsych, m.kinds.deficitComm, m.kinds.deficitDigital, m.risk, m.routed].map(pair)).toEqual([[1, 2], [2, 2], [0, 2], [0, 2], [0, 2], [1, 2], [1, 2]]);
    expect(m.withDeficit.denominator).toBe(2);
    const r = subject('Русский язык').total;
    expect([r.kinds.deficitSubject, r.kinds.deficitMethod, r.kinds.deficitPsych, r.kinds.deficitComm, r.kinds.deficitDigital, r.risk, r.routed].map(pair)).toEqual([[0, 2], [0, 2], [1, 2], [1, 2], [1, 2], [1, 2], [1, 1]]);
    const h = subject('История').total;
    expect([pair(h.kinds.deficitSubject), pair(h.risk), h.withDeficit.denominator, pair(h.routed)]).toEqual([[1, 1], [0, 1], 1, [0, 0]]);
    const p = subject('Физика').total;
    expect([pair(p.kinds.deficitMethod), pair(p.kinds.deficitDigital), pair(p.risk), p.withDeficit.denominator, pair(p.routed)]).toEqual([[1, 1], [0, 0], [0, 0], 1, [0, 1]]);
    const n = subject('Предмет не указан').total;
    expect([n.kinds.deficitSubject, n.kinds.deficitMethod, n.kinds.deficitPsych, n.kinds.deficitComm].map(pair)).toEqual([[0, 3], [1, 3], [1, 3], [1, 3]]);
    for (const x of [n.kinds.deficitDigital, n.risk, n.withDeficit, n.routed]) expect(x.status).toBe('no-data');
    expect(Object.keys(subject('Предмет не указан').byOrganization)).toEqual([KINDERGARTEN]);
  });
});

describe('the «Дефициты» sheet', () => {
  it('is written last, only because the rosters have deficit columns', () => {
    expect(plan.outputs.map((o) => o.name)).toEqual(['Показатели', 'Сводка', 'Рекомендации', 'Проверка данных', 'История', 'Дефициты']);
  });

  it('shows each organisation, then the municipality, in people and shares as displayed', () => {
    const header = sheet.values[rowOf('Организация')]!;
    expect(header.slice(0, 5)).toEqual(['Организация', 'Тип', 'Прошли диагностику, чел.', 'Предметные, чел.', 'Предметные, %']);
    expect(header.slice(13)).toEqual(['Зона риска (2 и более), чел.', 'Зона риска, %', 'С дефицитом, чел.', 'С дефицитом и маршрутом, чел.', 'С маршрутом, % от имеющих дефицит', 'Без маршрута, чел.']);
    expect(sheet.values[rowOf(SCHOOL)]).toEqual([SCHOOL, 'ОО', 6, 2, 33.3, 3, 50, 1, 16.7, 1, 16.7, 1, 20, 2, 40, 5, 2, 50, 2]);
    expect(sheet.values[rowOf(KINDERGARTEN)]).toEqual([KINDERGARTEN, 'ДОО', 3, 0, 0, 1, 33.3, 1, 33.3, 1, 33.3, null, null, null, null, null, null, null, null]);
    expect(sheet.values[rowOf(DDT)]!.slice(0, 3)).toEqual([DDT, 'УДО', 'нет столбцов «Дефицит: …»']);
    expect(sheet.values[rowOf('Муниципалитет (итог)')]).toEqual(['Муниципалитет (итог)', '', 9, 2, 22.2, 4, 44.4, 2, 22.2, 2, 22.2, 1, 20, 2, 40, 5, 2, 50, 2]);
  });

  it('marks the largest gap red, thin rows grey, the dominant kind in the total', () => {
    const school = rowOf(SCHOOL);
    expect(sheet.tones[school]![4]).toBe('below'); // предметные 33.3 vs 22.2: 11.1 ≥ 10
    expect(sheet.tones[school]!.filter((t) => t === 'below')).toHaveLength(1);
    expect(sheet.tones[rowOf(KINDERGARTEN)]![6]).toBe('muted'); // 3 diagnosed < 5
    expect(sheet.tones[rowOf(KINDERGARTEN)]![12]).toBe('no-data');
    expect(sheet.tones[rowOf('Муниципалитет (итог)')]![6]).toBe('warning'); // методические, 44.4
  });

  it('by subject, and by organisation and subject', () => {
    const start = rowOf('По предметам (муниципалитет)');
    expect(sheet.values[rowOf('Математика', start)]).toEqual(['Математика', 1, 2, 1, 50, 2, 100, 0, 0, 0, 0, 0, 0, 1, 50, 2, 1, 50, 1]);
    expect(sheet.values[rowOf('Русский язык', start)]).toEqual(['Русский язык', 1, 2, 0, 0, 0, 0, 1, 50, 1, 50, 1, 50, 1, 50, 1, 1, 100, 0]);
    expect(sheet.values[rowOf('История', start)]).toEqual(['История', 1, 1, 1, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, null, 0]);
    expect(sheet.values[rowOf('Физика', start)]).toEqual(['Физика', 1, 1, 0, 0, 1, 100, 0, 0, 0, 0, 0, null, 0, null, 1, 0, 0, 1]);
    expect(sheet.values[rowOf('Предмет не указан', start)]).toEqual(['Предмет не указан', 1, 3, 0, 0, 1, 33.3, 1, 33.3, 1, 33.3, null, null, null, null, null, null, null, null]);
    const both = rowOf('По организациям и предметам');
    const schoolGroup = rowOf(SCHOOL, both);
    expect(sheet.values.slice(schoolGroup + 1, schoolGroup + 5).map((r) => r[0])).toEqual(['Математика', 'Русский язык', 'История', 'Физика']);
    expect(sheet.values[rowOf(KINDERGARTEN, both) + 1]![0]).toBe('Предмет не указан');
    expect(rowOf(DDT, both)).toBe(-1);
  });

  it('contains no worker’s name', () => {
    const text = JSON.stringify(sheet.values) + JSON.stringify(plan.analysis.deficitRecommendations) + renderReport(plan);
    for (const tab of deficitsFixture().slice(0, 3)) for (const row of tab.values.slice(1)) expect(text).not.toContain(String(row[0]).split(' ')[0]);
  });
});

describe('«История», «Сводка», the report and the recommendations', () => {
  it('«История» keeps the seven figures like criteria, total first', () => {
    const history = plan.outputs.find((o) => o.name === 'История')!;
    const rows = history.values.filter((r) => typeof r[2] === 'string' && r[2].startsWith('ПД.'));
    expect(rows.filter((r) => r[4] === 'Муниципалитет (итог)').map((r) => [r[2], r[5], r[6], r[7]])).toEqual([
      ['ПД.1', 2, 9, 22.22], ['ПД.2', 4, 9, 44.44], ['ПД.3', 2, 9, 22.22], ['ПД.4', 2, 9, 22.22], ['ПД.5', 1, 5, 20], ['ПД.6', 2, 5, 40], ['ПД.7', 2, 4, 50],
    ]);
    // The ДДТ has no deficit columns: no rows for it.
    expect(rows.some((r) => r[4] === DDT)).toBe(false);
    expect(rows.filter((r) => r[4] === SCHOOL).map((r) => [r[2], r[5], r[6]])).toEqual([['ПД.1', 2, 6], ['ПД.2', 3, 6], ['ПД.3', 1, 6], ['ПД.4', 1, 6], ['ПД.5', 1, 5], ['ПД.6', 2, 5], ['ПД.7', 2, 4]]);
  });

  it('«Сводка» charts the municipal shares of the kinds and the zone of risk', () => {
    const summary = plan.outputs.find((o) => o.name === 'Сводка')!;
    const chart = summary.charts!.find((c) => c.id === 'summary-deficits')!;
    const rows = summary.values.slice(chart.data.firstRow, chart.data.firstRow + chart.data.rowCount);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Предметные', 22.2, 2], ['Методические', 44.4, 4], ['Психолого-педагогические', 22.2, 2], ['Коммуникативные', 22.2, 2], ['Цифровые', 20, 1], ['Зона риска (2 и более)', 40, 2],
    ]);
  });

  it('recommends: the dominant kinds to the municipal service and ЦНППМ, subjects to the associations, routes to directors', () => {
    const recs = plan.analysis.deficitRecommendations;
    const municipal = recs.filter((r) => r.addressee === 'municipal');
    // Ranked by share: методические 44.4, then предметные / психолого-педагогические 22.2 (kind order), then the zone of risk.
    expect(municipal.map((r) => r.figureId)).toEqual(['ПД.2', 'ПД.1', 'ПД.3', 'ПД.6']);
    expect(municipal[0]!.text).toContain('4 из 9 (44,4 %)');
    expect(municipal[0]!.text).toContain('для 4 человек (по организациям: МАОУ СОШ №1 — 3, МАДОУ «Детский сад №3» — 1; по предметам: математика — 2, физика — 1)');
    // 9 diagnosed is enough for a conclusion, but 4 people are fewer than 5: priority 2.
    expect(municipal[0]!.priority).toBe(2);
    const associations = recs.filter((r) => r.addressee === 'association');
    expect(associations.map((r) => [r.subject, r.figureId, r.priority, r.thin])).toEqual([
      ['Математика', 'ПД.2', 3, true], ['Русский язык', 'ПД.3', 3, true], ['История', 'ПД.1', 3, true], ['Физика', 'ПД.2', 3, true],
    ]);
    expect(associations[0]!.text).toMatch(/Мало данных/);
    const directors = recs.filter((r) => r.addressee === 'director');
    expect(directors.map((r) => [r.organization, r.valueText, r.priority])).toEqual([[SCHOOL, '2 из 4 (50 %)', 2]]);
    expect(directors[0]!.text).toMatch(/^2 педагога с выявленным по итогам диагностики дефицитом не имеют маршрута/);
    const sheetRows = plan.outputs.find((o) => o.name === 'Рекомендации')!.values.filter((r) => typeof r[3] === 'string' && r[3].startsWith('ПД.'));
    expect(sheetRows).toHaveLength(recs.length);
  });

  it('takes the thin-data limit from «Настройки» («Минимум человек для вывода»)', () => {
    const sheets = deficitsFixture().map((s) => (s.name === 'Настройки' ? { ...s, values: [...s.values, ['Минимум человек для вывода', 10]] } : s));
    const strict = planRun(sheets, { today: TODAY }).analysis.deficitRecommendations;
    // 9 diagnosed in the municipality are now fewer than 10: every municipal line is thin, priority 3.
    const municipal = strict.filter((r) => r.addressee === 'municipal');
    expect(municipal.map((r) => [r.figureId, r.priority, r.thin])).toEqual([['ПД.2', 3, true], ['ПД.1', 3, true], ['ПД.3', 3, true], ['ПД.6', 3, true]]);
    expect(municipal[0]!.text).toMatch(/Мало данных/);
    // The director's 4 people with a deficit are fewer than 10 too.
    expect(strict.filter((r) => r.addressee === 'director').map((r) => [r.organization, r.thin])).toEqual([[SCHOOL, true]]);
  });

  it('the report has a section on deficits; the result file a «deficits» key', () => {
    // The report's text as a reader sees it (typography puts non-breaking spaces in).
    const html = renderReport(plan).replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(html).toContain('Профессиональные дефициты по результатам диагностики');
    expect(html).toContain('Преобладают дефициты методических компетенций (4 из 9 (44,4 %) прошедших диагностику).');
    expect(html).toContain('без маршрута — 2 человека');
    expect(plan.json.deficits?.total.routed).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
  });
});

describe('rerunning the next period', () => {
  it('shows the change of each municipal figure since the previous period', () => {
    const first = planRun(deficitsFixture(), { today: TODAY });
    const history = first.outputs.find((o) => o.name === 'История')!;
    // Next year Васильева's methodological deficit is gone: методические 3 of 9 = 33.3 (−11.1).
    const next = deficitsFixture().map((s) =>
      s.name === 'Настройки'
        ? { ...s, values: [['Параметр', 'Значение'], ['Отчётный период', '2025-2026'], ['Порог зоны внимания, п.п.', 10]] }
        : s.name === SCHOOL
          ? { ...s, values: s.values.map((r) => (r[0] === 'Васильева Вера Викторовна' ? r.map((c, i) => (i === 6 ? 'нет' : c)) : r)) }
          : s,
    );
    const registry = first.registry;
    const second = planRun([...next, { name: 'История', values: history.values.map((r) => [...r]) }, { name: '_pedmonitor', values: registry.map((r) => [...r]) }], { today: new Date(Date.UTC(2026, 5, 15)) });
    const sheet2 = second.outputs.find((o) => o.name === 'Дефициты')!;
    const start = sheet2.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('Динамика к периоду 2024-2025'));
    expect(start).toBeGreaterThan(0);
    const method = sheet2.values.findIndex((r, i) => i > start && r[0] === 'Методические');
    expect(sheet2.values[method]!.slice(2, 5)).toEqual([44.4, 33.3, -11.1]);
    expect(sheet2.tones[method]![4]).toBe('met'); // fewer deficits is better
  });
});

describe('a workbook without the new columns', () => {
  const withoutNew = deficitsFixture().map((s) => {
    if (s.name !== SCHOOL && s.name !== KINDERGARTEN) return s;
    const keep = (s.values[0] ?? []).map((h) => !String(h).startsWith('Дефицит'));
    return { ...s, values: s.values.map((r) => r.filter((_, i) => keep[i])) };
  });

  it('has no «Дефициты» sheet, no deficit figures, rows or recommendations', () => {
    const p = planRun(withoutNew, { today: TODAY });
    expect(p.outputs.map((o) => o.name)).not.toContain('Дефициты');
    expect(p.result.deficits).toBeUndefined();
    expect(p.analysis.deficitRecommendations).toEqual([]);
    expect(p.json.deficits).toBeUndefined();
    expect(p.outputs.find((o) => o.name === 'История')!.values.some((r) => String(r[2]).startsWith('ПД.'))).toBe(false);
    expect(renderReport(p)).not.toContain('Профессиональные дефициты по результатам диагностики');
  });

  it('a «Дефициты» an earlier run wrote is rewritten to say why it is empty, never left with old figures', () => {
    const p = planRun(withoutNew, { today: TODAY });
    const earlier = [...withoutNew, { name: 'Дефициты', values: sheet.values.map((r) => [...r]) }, { name: '_pedmonitor', values: plan.registry.map((r) => [...r]) }];
    const again = planRun(earlier, { today: TODAY });
    const stale = again.outputs.find((o) => o.name === 'Дефициты')!;
    expect(stale.values).toHaveLength(2);
    expect(String(stale.values[1]![0])).toMatch(/нет столбцов «Дефицит: …»/);
    expect(again.outputs.map((o) => o.name)).toEqual([...p.outputs.map((o) => o.name), 'Дефициты']);
    // A user's own sheet of that name is never touched when there is nothing to write there.
    const own = planRun([...withoutNew, { name: 'Дефициты', values: [['мои заметки']] }], { today: TODAY });
    expect(own.outputs.map((o) => o.name)).not.toContain('Дефициты');
  });

  it('П14 is «нет данных» and the missing columns are named', () => {
    const r = computeWorkbook(withoutNew, { today: TODAY });
    const p14 = r.criteria.find((c) => c.criterion.id === 'П14')!;
    expect(p14.total.status).toBe('no-data');
    const lines = r.issues.filter((i) => i.code === 'missing-column' && i.sheet === SCHOOL && /П14/.test(i.message));
    expect(lines.map((i) => i.column).sort()).toEqual(['ИОМ завершён', 'Положительная динамика результатов обучающихся']);
  });
});
