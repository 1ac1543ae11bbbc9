/**
 * «Мероприятия» as a sheet: the template made by «Создать шаблон» (drop-downs of the workbook's own
 * preset and organisations, columns lined up with «Рекомендации» so that a recommendation's row
 * copied under its header reads as a measure), and every bad value of the register as a
 * `Проверка данных` line naming the sheet, row and column.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import { findPreset } from '../../core/presets/index';
import { measuresHeader, templateContext } from '../../core/measures/template';
import { RECOMMENDATION_HEADER } from '../../core/output/recommendations-sheet';
import { planRun } from '../../core/run-plan';
import { templateSheets } from '../../core/template';
import { BASE_LISTINGS, DDT, district, KINDERGARTEN, SCHOOL } from '../helpers/district';
import { compute, orgsSheet, settingsSheet, TODAY } from '../helpers/workbook';

describe('«Создать шаблон» adds «Мероприятия» and «Сведения ОО»', () => {
  it('without a workbook: the default preset’s ids, the municipality only, the four statuses', () => {
    const sheets = templateSheets(TODAY);
    const measures = sheets.find((s) => s.name === 'Мероприятия')!;
    const header = measures.rows[0] as string[];
    expect(measures.rows).toHaveLength(1);
    const list = (name: string) => measures.validations.find((v) => v.column === header.indexOf(name));
    expect(list('Статус')).toEqual({ column: header.indexOf('Статус'), kind: 'list', values: ['запланировано', 'выполняется', 'выполнено', 'отменено'] });
    expect(list('Критерий')).toMatchObject({ kind: 'list', values: findPreset('alapaevsk-2024')!.criteria.map((c) => c.id) });
    expect(list('Организация')).toMatchObject({ kind: 'list', values: ['Муниципалитет'] });
    expect(list('Срок')).toMatchObject({ kind: 'date' });
    // Period of the decision: the school year before the one containing TODAY (2023-2024).
    expect(list('Период')).toMatchObject({ kind: 'list', values: ['2022-2023'] });
    const reports = sheets.find((s) => s.name === 'Сведения ОО')!;
    expect(reports.rows[0]).toEqual(['Организация', 'Критерий', 'Числитель', 'Знаменатель', 'Значение', 'Примечание']);
  });

  it('on a workbook: the preset of `Настройки`, its tabs and the organisations of `Организации`', () => {
    const workbook = [...district({}, { listings: null }), orgsSheet([...BASE_LISTINGS, { name: 'МБОУ СОШ №5', type: 'ОО' }]), settingsSheet({ 'Набор показателей': 'surgut-2021', 'Отчётный период': '2024-2025' })];
    const ctx = templateContext(workbook, TODAY);
    expect(ctx.criterionIds).toEqual(findPreset('surgut-2021')!.criteria.map((c) => c.id));
    expect(ctx.organizations).toEqual([SCHOOL, KINDERGARTEN, DDT, 'МБОУ СОШ №5']);
    expect(ctx.decisionPeriod).toBe('2023-2024');
    const reports = templateSheets(TODAY, ctx).find((s) => s.name === 'Сведения ОО')!;
    expect(reports.validations[0]).toEqual({ column: 0, kind: 'list', values: [SCHOOL, KINDERGARTEN, DDT, 'МБОУ СОШ №5'] });
  });

  it('lines up with «Рекомендации» column for column, then adds deadline, status and period', () => {
    const header = measuresHeader();
    expect(header.slice(RECOMMENDATION_HEADER.length)).toEqual(['Срок', 'Статус', 'Период']);
    expect(header[RECOMMENDATION_HEADER.indexOf('Организация')]).toBe('Организация');
    expect(header[RECOMMENDATION_HEADER.indexOf('Критерий')]).toBe('Критерий');
    expect(header[RECOMMENDATION_HEADER.indexOf('Адресат')]).toBe('Ответственный');
    expect(header[RECOMMENDATION_HEADER.indexOf('Рекомендация')]).toBe('Мероприятие');
  });

  it('a row of «Рекомендации» pasted under the header is a measure: its text, organisation, criterion and addressee', () => {
    const plan = planRun(district(), { today: TODAY });
    const recs = plan.outputs.find((o) => o.name === 'Рекомендации')!;
    const tableHeader = recs.values.find((r) => r[0] === 'Приоритет')!;
    const row = recs.values.find((r) => r[tableHeader.indexOf('Организация')] === SCHOOL && r[tableHeader.indexOf('Критерий')] === '9.1')!;
    expect(row).toBeDefined();
    const pasted: CellValue[] = [...(row as CellValue[]), '01.12.2024', 'запланировано', null];
    const register: SheetData = { name: 'Мероприятия', values: [measuresHeader(), pasted] };
    const result = compute([...district(), register]);
    expect(result.measures).toEqual([
      {
        row: 2,
        title: row[tableHeader.indexOf('Рекомендация')],
        criterionIds: ['9.1'],
        organization: SCHOOL,
        responsible: row[tableHeader.indexOf('Адресат')],
        deadline: '2024-12-01',
        status: 'planned',
        period: null,
      },
    ]);
    expect(result.issues.filter((i) => i.code === 'measures')).toEqual([]);
  });
});

describe('bad values of «Мероприятия» are `Проверка данных` lines', () => {
  const header = measuresHeader();
  const sheet = (rows: readonly Record<string, CellValue>[]): SheetData => ({ name: 'Мероприятия', values: [header, ...rows.map((r) => header.map((h) => r[h] ?? null))] });
  const read = (row: Record<string, CellValue>) => {
    const result = compute([...district(), sheet([row])]);
    return { measures: result.measures ?? [], issues: result.issues.filter((i) => i.code === 'measures') };
  };
  const base = { Мероприятие: 'Курсы ПК', Критерий: '9.1', Организация: SCHOOL, Ответственный: 'Директор', Срок: '01.03.2025', Статус: 'выполняется' };

  it('several criteria in one cell, «Муниципалитет» and an empty organisation are the municipality', () => {
    expect(read({ ...base, Критерий: '9.1; 9.2, 1.2' }).measures[0]?.criterionIds).toEqual(['9.1', '9.2', '1.2']);
    expect(read({ ...base, Организация: 'Муниципалитет (итог)' }).measures[0]?.organization).toBeNull();
    expect(read({ ...base, Организация: null }).measures[0]?.organization).toBeNull();
  });

  const cases: readonly [string, Record<string, CellValue>, string, string, boolean][] = [
    ['an unknown criterion among known ones', { ...base, Критерий: '9.1; 77.7' }, 'Критерий', 'оценено по остальным', true],
    ['only unknown criteria', { ...base, Критерий: '77.7' }, 'Критерий', 'не оценено', false],
    ['no measure text', { ...base, Мероприятие: null }, 'Мероприятие', 'строка не учтена', false],
    ['an unreadable deadline', { ...base, Срок: 'к осени' }, 'Срок', 'просрочка не проверяется', true],
    ['an unknown status', { ...base, Статус: 'почти' }, 'Статус', 'считается «запланировано»', true],
    ['an organisation not in the workbook', { ...base, Организация: 'Гимназия №9' }, 'Организация', 'нет в книге', true],
    ['a worker’s name as the responsible', { ...base, Ответственный: 'Васильева В.В.' }, 'Ответственный', 'должность или роль', true],
  ];
  for (const [what, row, column, words, kept] of cases) {
    it(what, () => {
      const { measures, issues } = read(row);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ severity: 'warning', sheet: 'Мероприятия', row: 2, column });
      expect(issues[0]!.message).toContain(words);
      expect(measures).toHaveLength(kept ? 1 : 0);
    });
  }

  it('a worker’s name in the measure’s text is left out of every output, with a warning', () => {
    const { measures, issues } = read({ ...base, Мероприятие: 'Наставник — Васильева Вера Викторовна, курсы ПК' });
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', row: 2, column: 'Мероприятие', value: null })]);
    // «Васильева Вера Викторовна» is s3 of the district.
    expect(measures[0]!.title).toBe('Наставник — \u2026 \u2026 \u2026 курсы ПК');
  });

  it('the name is never echoed, and the measure keeps no responsible', () => {
    const { measures, issues } = read({ ...base, Ответственный: 'Васильева В.В.' });
    expect(issues[0]!.value).toBeNull();
    expect(measures[0]!.responsible).toBe('');
  });
});
