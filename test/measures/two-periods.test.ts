/**
 * Measures and their effect (workbook.md §8), as a methodologist lives it: period 2022-2023 is
 * computed, measures are recorded on «Мероприятия», period 2023-2024 is computed on the workbook
 * the first run wrote (its `История` and registry included). Every verdict, the overdue rule, the
 * cancelled measure and the "open measure" wording are checked against values worked out by hand
 * from the district of test/helpers/district.ts:
 *
 * | measure (row) | organisation | criterion | 2022-2023         | 2023-2024          | verdict          |
 * |---------------|--------------|-----------|-------------------|--------------------|------------------|
 * | 2             | municipality | 8.16 ≥30% | 0 of 4 young = 0% | 2 of 4 = 50 %      | цель достигнута  |
 * | 3             | school       | 1.2       | 1 of 8 = 12,5 %   | 3 of 8 = 37,5 %    | улучшение +25    |
 * | 4             | kindergarten | 1.3       | 1 of 5 = 20 %     | 1 of 5 = 20 %      | без изменений    |
 * | 5             | ДДТ          | 2.2       | 2 of 5 = 40 %     | 1 of 5 = 20 %      | ухудшение −20    |
 * | 6             | school       | 3.1       | (period 2021-2022 not in История) | 0 %  | нет данных       |
 * | 7             | school       | 9.1 ≥30%  | 0 %               | 0 %, in progress, deadline 2024-09-01: open, not overdue |
 * | 8             | ДДТ          | 9.1       | planned, deadline 2024-03-01 < reference date 2024-06-01: open and overdue |
 * | 9             | kindergarten | 9.1       | done, deadline 2024-03-01: not overdue, not open                          |
 * | 10            | school       | 1.1       | cancelled: not judged                                                      |
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import { measuresHeader } from '../../core/measures/template';
import { REGISTRY_SHEET } from '../../core/output/ownership';
import { renderReport } from '../../core/report/index';
import { planRun, type RunPlan } from '../../core/run-plan';
import { DDT, district, KINDERGARTEN, merge, SCHOOL, setFor, yesFor } from '../helpers/district';
import { settingsSheet, TODAY } from '../helpers/workbook';

const P1 = '2022-2023';
const P2 = '2023-2024';

function run(sheets: readonly SheetData[]): RunPlan {
  return planRun(sheets, { today: TODAY });
}

/** The sheets of the workbook after a run: the inputs, then every output and the registry. */
function afterRun(inputs: readonly SheetData[], plan: RunPlan): SheetData[] {
  const outputs = new Set(plan.outputs.map((o) => o.name));
  return [
    ...inputs.filter((s) => !outputs.has(s.name) && s.name !== REGISTRY_SHEET),
    ...plan.outputs.map((o) => ({ name: o.name, values: o.values.map((r) => [...r]) as CellValue[][] })),
    { name: REGISTRY_SHEET, values: plan.registry },
  ];
}

function measures(rows: readonly Record<string, CellValue>[]): SheetData {
  const header = measuresHeader();
  return { name: 'Мероприятия', values: [header, ...rows.map((r) => header.map((h) => r[h] ?? null))] };
}

const period1 = [
  ...district(merge(yesFor('diagRegional', 's3'), yesFor('selfDiag', 'k2'), yesFor('ippr', 'd2', 'd3'))),
  settingsSheet({ 'Отчётный период': P1 }),
];
const plan1 = run(period1);

const REGISTER = measures([
  { Мероприятие: 'Муниципальный конкурс «Педагогический дебют»', Критерий: '8.16', Организация: 'Муниципалитет', Ответственный: 'МКУ ИМЦ', Срок: '01.04.2024', Статус: 'выполнено' },
  { Мероприятие: 'Организовать прохождение региональной диагностики', Критерий: 1.2, Организация: SCHOOL, Ответственный: 'Заместитель директора по УВР', Статус: 'выполняется' },
  { Мероприятие: 'Самодиагностика в детском саду', Критерий: '1.3', Организация: KINDERGARTEN, Ответственный: 'Старший воспитатель', Статус: 'выполнено' },
  { Мероприятие: 'Разработать ИППР', Критерий: '2.2', Организация: DDT, Ответственный: 'Методист', Статус: 'выполнено' },
  { Мероприятие: 'Клубы по интересам', Критерий: '3.1', Организация: SCHOOL, Ответственный: 'Директор', Статус: 'выполнено', Период: '2021-2022' },
  { Мероприятие: 'Направить педагогов на курсы ПК', Критерий: '9.1', Организация: SCHOOL, Ответственный: 'Директор', Срок: new Date(Date.UTC(2024, 8, 1)), Статус: 'выполняется' },
  { Мероприятие: 'План-график ПК', Критерий: '9.1', Организация: DDT, Ответственный: 'Директор', Срок: '01.03.2024', Статус: 'запланировано' },
  { Мероприятие: 'Курсы ПК для воспитателей', Критерий: '9.1', Организация: KINDERGARTEN, Ответственный: 'Заведующий', Срок: '01.03.2024', Статус: 'выполнено' },
  { Мероприятие: 'Отменённая мера', Критерий: '1.1', Организация: SCHOOL, Статус: 'отменено' },
]);

const period2Data = district(
  merge(
    yesFor('diagRegional', 's3', 's4', 's5'),
    yesFor('selfDiag', 'k3'),
    yesFor('ippr', 'd2'),
    setFor('contestLevel', 'муниципальный', 's7', 's10'),
  ),
);
const period2 = [...afterRun(period1, plan1).filter((s) => !['МАОУ СОШ №1', KINDERGARTEN, DDT, 'Настройки'].includes(s.name)), ...period2Data.filter((s) => [SCHOOL, KINDERGARTEN, DDT].includes(s.name)), settingsSheet({ 'Отчётный период': P2 }), REGISTER];
const plan2 = run(period2);
const judged = plan2.analysis.measures;

const byRow = (row: number) => {
  const j = judged.find((m) => m.measure.row === row);
  if (!j) throw new Error(`measure of row ${row} not judged`);
  return j;
};

describe('period 1 computes, measures are recorded, period 2 judges them', () => {
  it('period 1 knows no measures; period 2 compares with 2022-2023 from История', () => {
    expect(plan1.analysis.measures).toEqual([]);
    expect(plan2.result.period).toBe(P2);
    expect(plan2.analysis.previous?.period).toBe(P1);
  });

  it('judges every measure that is not cancelled (8 of 9)', () => {
    expect(judged.map((j) => j.measure.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('цель достигнута: 8.16 for the municipality went from 0 % to 50 % (target ≥ 30 %)', () => {
    const c = byRow(2).criteria[0]!;
    expect([c.before?.value, c.now?.value, c.change, c.verdict]).toEqual([0, 50, 50, 'achieved']);
    expect(byRow(2).worked).toBe(true);
  });

  it('улучшение: 1.2 for the school from 12,5 % to 37,5 % (+25 p.p.; a number cell 1.2 is criterion 1.2)', () => {
    const c = byRow(3).criteria[0]!;
    expect([c.before?.value, c.now?.value, c.change, c.verdict]).toEqual([12.5, 37.5, 25, 'improved']);
  });

  it('без изменений: 1.3 for the kindergarten stays at 20 %', () => {
    const c = byRow(4).criteria[0]!;
    expect([c.before?.value, c.now?.value, c.change, c.verdict]).toEqual([20, 20, 0, 'unchanged']);
    expect(byRow(4).worked).toBe(false);
  });

  it('ухудшение: 2.2 for the ДДТ from 40 % to 20 %', () => {
    const c = byRow(5).criteria[0]!;
    expect([c.before?.value, c.now?.value, c.change, c.verdict]).toEqual([40, 20, -20, 'worse']);
    expect(byRow(5).worked).toBe(false);
  });

  it('нет данных для сравнения: a measure of a period История does not have', () => {
    const j = byRow(6);
    expect(j.basePeriod).toBe('2021-2022');
    expect(j.criteria[0]).toMatchObject({ before: null, change: null, verdict: 'noData' });
  });

  it('просрочено: past the deadline at the reference date and not done; done or not yet due is not', () => {
    expect(plan2.result.referenceDate).toBe('2024-06-01');
    expect([byRow(7).overdue, byRow(8).overdue, byRow(9).overdue]).toEqual([false, true, false]);
    expect([byRow(7).open, byRow(8).open, byRow(9).open]).toEqual([true, true, false]);
    expect(plan2.summary).toMatchObject({ measures: 8, measuresWorked: 2, measuresOverdue: 1 });
  });

  it('a recommendation with an open measure says so instead of repeating itself', () => {
    const recs = plan2.analysis.recommendations.filter((r) => r.criterion.id === '9.1');
    const school = recs.find((r) => r.organization === SCHOOL)!;
    const ddt = recs.find((r) => r.organization === DDT)!;
    const kindergarten = recs.find((r) => r.organization === KINDERGARTEN)!;
    const municipal = recs.find((r) => r.organization === null)!;
    expect(school.text).toBe(
      'По этому критерию уже принято мероприятие «Направить педагогов на курсы ПК» (статус «выполняется», ответственный: Директор, срок 01.09.2024): новая рекомендация не формируется, результат будет оценён в разделе «Эффективность принятых мер».',
    );
    expect(ddt.text).toContain('«План-график ПК» (статус «запланировано», ответственный: Директор, срок 01.03.2024)');
    expect(ddt.text).toContain('Срок мероприятия истёк — оно просрочено.');
    // A done measure does not silence the advice, nor does a measure of another organisation.
    expect(kindergarten.measure).toBeUndefined();
    expect(kindergarten.text).not.toContain('уже принято мероприятие');
    expect(municipal.measure).toBeUndefined();
    // The figures stay: value, target, gap and priority are those of the recommendation.
    expect(school).toMatchObject({ valueText: expect.stringContaining('0'), targetText: 'не менее 30 %', gap: 30 });
  });

  it('«Рекомендации» has the section «Эффективность принятых мер», one row per measure and criterion, lined up with the table', () => {
    const sheet = plan2.outputs.find((o) => o.name === 'Рекомендации')!;
    const titleRow = sheet.values.findIndex((r) => r[0] === 'Эффективность принятых мер');
    expect(titleRow).toBeGreaterThan(0);
    expect(String(sheet.values[titleRow + 1]![0])).toContain('Мероприятий: 8; дали результат (цель достигнута или улучшение): 2; просрочено: 1.');
    const rows = sheet.values.slice(titleRow + 2);
    expect(rows).toHaveLength(8);
    const header = sheet.values.find((r) => r[0] === 'Приоритет')!;
    const col = (name: string) => header.indexOf(name);
    const improved = rows[1]!;
    expect(improved[col('Организация')]).toBe(SCHOOL);
    expect(improved[col('Адресат')]).toBe('Заместитель директора по УВР');
    expect(improved[col('Критерий')]).toBe('1.2');
    expect(improved[col('Вид')]).toBe('улучшение');
    expect(improved[col('Значение')]).toBe('37,5 %');
    expect(improved[col('Разрыв')]).toBe('+25 п.п.');
    expect(improved[col('Рекомендация')]).toBe('Организовать прохождение региональной диагностики: было 12,5 % (2022-2023), стало 37,5 % (2023-2024).');
    expect(rows[3]![col('Вид')]).toBe('ухудшение');
    expect(rows[3]![col('Разрыв')]).toBe('\u221220 п.п.');
    expect(rows[6]![col('Статус')]).toBe('просрочено');
    expect(rows[0]![col('Организация')]).toBe('Муниципалитет');
    // The covered recommendation is marked in the table's status column.
    const schoolRec = sheet.values.find((r) => r[col('Организация')] === SCHOOL && r[col('Критерий')] === '9.1' && r[col('Вид')] === 'ниже цели')!;
    expect(schoolRec[col('Статус')]).toBe('мера принята');
  });

  it('the register is never written by a run', () => {
    expect(plan2.outputs.map((o) => o.name)).not.toContain('Мероприятия');
  });

  it('the report has the section, with each verdict and the overdue mark', () => {
    const html = renderReport(plan2);
    expect(html).toContain('Эффективность принятых мер</h2>');
    for (const v of ['цель достигнута', 'улучшение', 'без изменений', 'ухудшение', 'нет данных для сравнения', 'просрочено']) expect(html).toContain(v);
    expect(html).toContain('Оценено 8 мероприятий листа «Мероприятия»; дали результат — 2.');
    // Without a register the report has no such section.
    expect(renderReport(plan1)).not.toContain('Эффективность принятых мер');
  });

  it('the result file lists every judged measure and criterion', () => {
    expect(plan2.json.measures?.map((m) => [m.row, m.criterionId, m.verdict, m.overdue])).toEqual([
      [2, '8.16', 'achieved', false],
      [3, '1.2', 'improved', false],
      [4, '1.3', 'unchanged', false],
      [5, '2.2', 'worse', false],
      [6, '3.1', 'noData', false],
      [7, '9.1', 'unchanged', false],
      [8, '9.1', 'unchanged', true],
      [9, '9.1', 'unchanged', false],
    ]);
    const covered = plan2.json.recommendations.find((r) => r.organization === SCHOOL && r.criterionId === '9.1');
    expect(covered?.measureRow).toBe(7);
  });
});
