/**
 * Reading «Настройка показателей» as a methodologist edits it: targets changed, rows deleted,
 * moved and added, names left empty; and every kind of mistake — a misspelt column or group, a
 * target without a sign, a missing threshold, an unknown municipal row, a repeated code — becomes
 * one error on that row naming the column (and, in an expression, the position from 1), while the
 * criterion is skipped and every other row still counts.
 */
import { describe, expect, it } from 'vitest';
import { canonical, exportCatalogue, readCatalogue } from '../../core/catalogue/index';
import { COLUMN_ORDER, type ColumnId } from '../../core/texts/ru/catalogue';
import { computeWorkbook } from '../../core/compute-workbook';
import type { Criterion } from '../../core/criteria';
import { and, cmp, pop, yes } from '../../core/expr';
import { customFieldKey } from '../../core/fields';
import type { Issue } from '../../core/issues';
import { PRESETS } from '../../core/presets/index';
import { SHEET } from '../../core/read/workbook';
import { planRun } from '../../core/run-plan';
import { generateExampleWorkbook } from '../../core/example/generate';

const ALAPAEVSK = PRESETS[0]!;
const col = (id: ColumnId) => COLUMN_ORDER.indexOf(id);

/** The exported sheet with edits applied to rows found by their code. */
function edited(edits: Record<string, Partial<Record<ColumnId, string>>>, extraRows: string[][] = []): string[][] {
  const grid = exportCatalogue(ALAPAEVSK).map((r) => [...r]);
  for (const [code, changes] of Object.entries(edits)) {
    const row = grid.find((r) => r[0] === code);
    if (!row) throw new Error(code);
    for (const [k, v] of Object.entries(changes)) row[col(k as ColumnId)] = v as string;
  }
  const sectionAt = grid.findIndex((r) => r[0] === 'Дополнительные столбцы');
  grid.splice(sectionAt - 1, 0, ...extraRows);
  return grid;
}

const rowOf = (grid: string[][], code: string) => grid.findIndex((r) => r[0] === code) + 1;
const ids = (criteria: readonly Criterion[]) => criteria.map((c) => c.id);
const newRow = (cells: Partial<Record<ColumnId, string>>) => COLUMN_ORDER.map((c) => cells[c] ?? '');

describe('a sheet with mistakes', () => {
  const grid = edited(
    {
      '1.2': { condition: 'Региональная диагностика = да И Возрас < 35' },
      '2.1': { group: 'космонавты' },
      '6.3': { target: '75' },
      '6.5': { extra: 'типы: ОО; лучше меньше' },
      '4.1': { condition: 'Муниципалитет: Кураторы' },
      '9.2': { id: '9.1' },
      '3.1': { kind: 'процент' },
      '8.1': { group: 'педагогические работники' },
      '8.11': { extra: 'по предметам' },
    },
    [newRow({ id: 'Н1', kind: 'доля', group: 'молодые педагоги', condition: 'Имеет наставника И Адресная поддержка', target: 'не менее 50 %', name: 'Доля молодых педагогов с наставником и адресной поддержкой' })],
  );
  const read = readCatalogue(grid, ALAPAEVSK);
  const issueAt = (code: string): Issue => {
    const found = read.issues.filter((i) => i.row === rowOf(grid, code));
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('skips exactly the bad rows and keeps every other criterion in order', () => {
    const skipped = ['1.2', '2.1', '6.3', '6.5', '4.1', '3.1', '8.1', '8.11'];
    expect(ids(read.preset.criteria)).toEqual([...ids(ALAPAEVSK.criteria).filter((id) => !skipped.includes(id) && id !== '9.2'), 'Н1']);
    expect(read.issues).toHaveLength(9);
    for (const i of read.issues) {
      expect(i).toMatchObject({ severity: 'error', sheet: SHEET.catalogue, code: 'catalogue' });
      expect(i.message).toMatch(/Строка пропущена/);
    }
  });

  it('an expression error names the column and the position from 1', () => {
    const i = issueAt('1.2');
    expect(i.column).toBe('Условие');
    expect(i.value).toBe('Региональная диагностика = да И Возрас < 35');
    expect(i.message).toBe('Условие, позиция 33: Неизвестный столбец «Возрас». Строка пропущена — показатель 1.2 не рассчитан.');
    expect(issueAt('2.1').message).toMatch(/^Группа, позиция 1: Неизвестная группа или столбец «космонавты»/);
  });

  it('targets, extras, sources, kinds and codes are checked', () => {
    expect(issueAt('6.3')).toMatchObject({ column: 'Целевое значение', value: '75' });
    expect(issueAt('6.3').message).toMatch(/^Целевое значение: укажите знак сравнения: «не менее 75 %»/);
    expect(issueAt('6.5').message).toMatch(/^Дополнительно: для доли организаций по условию укажите порог/);
    expect(issueAt('4.1').message).toMatch(/^Условие: Строка «да\/нет» листа «Муниципалитет» «Кураторы» не найдено; возможны: «Кураторы ИОМ»/);
    expect(issueAt('3.1').message).toMatch(/^Вид: вид «процент» не распознан; возможны: доля, количество/);
    expect(issueAt('8.1').message).toMatch(/^Группа: для доли по данным листа/);
    expect(issueAt('8.11').message).toMatch(/^Дополнительно: «по предметам» не применяется к виду «количество»/);
    const repeated = read.issues.find((i) => i.column === 'Код')!;
    expect(repeated.message).toBe(`Код: код 9.1 уже есть в строке ${rowOf(grid, '9.1')}. Строка пропущена — показатель 9.1 не рассчитан.`);
  });

  it('a new row becomes a criterion; an empty Краткое наименование takes Наименование, an empty Трек the row above', () => {
    const n1 = read.preset.criteria.find((c) => c.id === 'Н1')!;
    expect(n1).toMatchObject({ kind: 'share', target: { op: '>=', value: 50 }, shortName: n1.name, track: ALAPAEVSK.criteria.at(-1)!.track });
    expect('population' in n1 && n1.population).toEqual(pop('young'));
    expect('condition' in n1 && n1.condition).toEqual(and(yes('hasMentor'), yes('addressSupport')));
  });

  it('reaches `Проверка данных` and the run summary; the other criteria are computed', () => {
    const sheets = [...generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, values: s.rows as never })), { name: SHEET.catalogue, values: grid }];
    const plan = planRun(sheets, { today: new Date(Date.UTC(2024, 5, 10)) });
    expect(plan.summary.catalogueErrors).toBe(9);
    expect(plan.summary.criteria).toBe(read.preset.criteria.length);
    const problems = plan.outputs.find((o) => o.name === SHEET.problems)!;
    const text = problems.values.map((r) => r.join(' | ')).join('\n');
    expect(text).toContain('Условие, позиция 33: Неизвестный столбец «Возрас»');
    const n1 = plan.result.criteria.find((c) => c.criterion.id === 'Н1')!;
    expect(n1.total.denominator).toBeGreaterThan(0);
  });
});

describe('defaults from the base preset', () => {
  it('empty names of a known code come from the preset; a new code without any name is an error', () => {
    const grid = edited({ '1.3': { name: '', shortName: '' } }, [newRow({ id: 'Н2', kind: 'доля', group: 'все', condition: 'ПК за период' })]);
    const read = readCatalogue(grid, ALAPAEVSK);
    const c13 = read.preset.criteria.find((c) => c.id === '1.3')!;
    const original = ALAPAEVSK.criteria.find((c) => c.id === '1.3')!;
    expect([c13.name, c13.shortName]).toEqual([original.name, original.shortName]);
    expect(read.issues.map((i) => i.message)).toEqual(['Наименование: не указано наименование. Строка пропущена — показатель Н2 не рассчитан.']);
  });

  it('a sheet without the criteria header is not used: the preset is, and an error says so', () => {
    const read = readCatalogue([['что-то'], ['Код', 'Наименование']], ALAPAEVSK);
    expect(read.found).toBe(false);
    expect(read.preset).toBe(ALAPAEVSK);
    expect(read.issues[0]).toMatchObject({ severity: 'error', code: 'catalogue' });
    expect(read.issues[0]!.message).toContain('alapaevsk-2024');
  });
});

describe('kinds in detail', () => {
  const base = PRESETS[2]!; // karpinsk-2022: a distribution and shares of organisations
  const rows = (...r: string[][]) => [['Код', 'Трек', 'Показатель', 'Наименование', 'Краткое наименование', 'Вид', 'Группа', 'Условие', 'Целевое значение', 'Дополнительно'], ...r];
  const one = (cells: Partial<Record<ColumnId, string>>) => readCatalogue(rows(newRow({ id: 'X', name: 'Икс', track: 'Т', indicator: 'П', ...cells })), base);

  it('distribution bands: short and explicit forms, wrong order refused', () => {
    const ok = one({ kind: 'распределение', group: 'управленческие кадры', condition: 'Оценка управленческих компетенций, %', extra: 'низкий ≤ 50; средний > 55 ≤ 80; высокий > 80' });
    expect(ok.issues).toEqual([]);
    expect((ok.preset.criteria[0] as { bands: unknown }).bands).toEqual([{ label: 'низкий', atMost: 50 }, { label: 'средний', above: 55, atMost: 80 }, { label: 'высокий', above: 80 }]);
    const bad = one({ kind: 'распределение', group: 'управленческие кадры', condition: 'Оценка управленческих компетенций, %', extra: 'низкий > 80 ≤ 60' });
    expect(bad.issues[0]!.message).toMatch(/верхняя граница меньше нижней/);
    const text = one({ kind: 'среднее', group: 'все', condition: 'Предмет' });
    expect(text.issues[0]!.message).toMatch(/не числовой/);
  });

  it('presence: «да» / «нет»; a number is refused', () => {
    expect(one({ kind: 'наличие', condition: 'Организации: Стажировочная площадка', target: 'нет' }).preset.criteria[0]).toMatchObject({ target: { op: '=', value: false }, source: { from: 'organizations', flag: 'internshipSite' } });
    expect(one({ kind: 'наличие', condition: 'Муниципалитет: Кураторы ИОМ', target: '≥ 1' }).issues[0]!.message).toMatch(/«да» или «нет»/);
  });

  it('share of organisations: a flag, or a condition with threshold, types and «среди»', () => {
    const flag = one({ kind: 'доля организаций', group: 'все', condition: 'Организации: ЦМН внедрена', extra: 'типы: ОО, ДОО' });
    expect(flag.preset.criteria[0]).toMatchObject({ orgTypes: ['ОО', 'ДОО'], test: { kind: 'orgFlag', flag: 'mentoringModelAdopted' } });
    const member = one({ kind: 'доля организаций', group: 'все', condition: 'Кадровый резерв', extra: 'порог: ≥ 10 %; среди: управленческие кадры' });
    expect(member.preset.criteria[0]).toMatchObject({ test: { kind: 'memberShare', population: pop('mgmt'), condition: yes('inReserve'), cmp: '>=', threshold: 10 } });
    const badAmong = one({ kind: 'доля организаций', group: 'все', condition: 'Кадровый резерв', extra: 'порог: > 0 %; среди: космонавты' });
    expect(badAmong.issues[0]!.message).toMatch(/^Дополнительно, позиция 22: Неизвестная группа/);
  });

  it('count, mean, «лучше меньше», тема', () => {
    const c = one({ kind: 'количество', group: 'молодые педагоги', condition: 'Уровень конкурсов ≥ федеральный', target: 'не менее 3', extra: 'лучше больше; тема: конкурсы' });
    expect(c.issues).toEqual([]);
    expect(c.preset.criteria[0]).toMatchObject({ kind: 'count', target: { op: '>=', value: 3 }, better: 'higher', topic: 'contests', condition: cmp('contestLevel', '>=', 3) });
    expect(one({ kind: 'количество', group: 'все', condition: 'ПК за период', target: 'не менее 3 %' }).issues[0]!.message).toMatch(/знак % — только у долей/);
  });
});

describe('declared columns', () => {
  const section = (...rows: string[][]) => [...exportCatalogue(PRESETS[4]!), ...rows];

  it('are read with their key and type; every mistake is an error on its row', () => {
    const grid = section(
      ['hack', 'Участник хакатона', 'да/нет'],
      ['', 'Часов обучения', 'число'],
      ['age2', 'Возраст', 'число'],
      ['x', 'Новый столбец', 'цвет'],
      ['hack', 'Другой столбец', 'текст'],
      ['два слова', 'Третий столбец', 'текст'],
      ['y', '', 'текст'],
    );
    const read = readCatalogue(grid, PRESETS[4]!);
    expect(read.customFields).toEqual([
      { key: customFieldKey('hack'), header: 'Участник хакатона', type: 'yesno' },
      { key: customFieldKey('часовобучения'), header: 'Часов обучения', type: 'number' },
    ]);
    const messages = read.issues.map((i) => `${i.row}: ${i.message}`);
    const first = grid.length - 7 + 1;
    expect(messages).toEqual([
      `${first + 2}: Заголовок столбца: столбец «Возраст» программа уже знает: используйте его в условиях без объявления. Столбец не объявлен: условия с ним не будут рассчитаны.`,
      `${first + 3}: Тип: тип «цвет» не распознан; возможны: да/нет, число, дата, текст. Столбец не объявлен: условия с ним не будут рассчитаны.`,
      `${first + 4}: Заголовок столбца: столбец с таким заголовком или ключом уже объявлен в строке ${first}. Столбец не объявлен: условия с ним не будут рассчитаны.`,
      `${first + 5}: Ключ: ключ — одно слово из букв, цифр и «_», начинается с буквы и не совпадает со служебным словом. Столбец не объявлен: условия с ним не будут рассчитаны.`,
      `${first + 6}: Заголовок столбца: не указан заголовок столбца. Столбец не объявлен: условия с ним не будут рассчитаны.`,
    ]);
  });

  it('round-trip with criteria on them (a header with brackets is written by its key)', () => {
    const custom = [
      { key: customFieldKey('hack'), header: 'Участник хакатона (да/нет)', type: 'yesno' as const },
      { key: customFieldKey('hours'), header: 'Часов обучения', type: 'number' as const },
    ];
    const preset = {
      ...PRESETS[4]!,
      criteria: [
        ...PRESETS[4]!.criteria,
        { id: 'Н1', kind: 'share' as const, track: 'Т', indicator: 'П', name: 'Н', shortName: 'Н', population: pop('ped'), condition: and(yes(customFieldKey('hack')), cmp(customFieldKey('hours'), '>=', 36)) },
        { id: 'Н2', kind: 'mean' as const, track: 'Т', indicator: 'П', name: 'С', shortName: 'С', population: pop('all'), field: customFieldKey('hours') },
      ],
    };
    const grid = exportCatalogue(preset, custom);
    expect(grid.find((r) => r[0] === 'Н1')![col('condition')]).toBe('hack И Часов обучения ≥ 36');
    const read = readCatalogue(grid, PRESETS[4]!);
    expect(read.issues).toEqual([]);
    expect(read.customFields).toEqual(custom);
    const n1 = read.preset.criteria.find((c) => c.id === 'Н1')!;
    expect('condition' in n1 && canonical(n1.condition)).toEqual(canonical(and(yes(customFieldKey('hack')), cmp(customFieldKey('hours'), '>=', 36))));
    expect(read.preset.criteria.at(-1)).toMatchObject({ kind: 'mean', field: customFieldKey('hours') });
  });

  it('a criterion on a column nobody declared is skipped with the position of the name', () => {
    const grid = section();
    grid.splice(grid.length - 3, 0, newRow({ id: 'Н1', kind: 'доля', name: 'Н', group: 'педагоги', condition: 'Наставник ИЛИ Участник хакатона' }));
    const read = readCatalogue(grid, PRESETS[4]!);
    expect(read.issues.map((i) => i.message)).toEqual(['Условие, позиция 15: Неизвестный столбец «Участник хакатона». Строка пропущена — показатель Н1 не рассчитан.']);
  });
});

describe('computing with declared columns', () => {
  it('reads them by type, reports unknown values and missing columns by their header', () => {
    const grid = [
      ...exportCatalogue({ ...PRESETS[4]!, criteria: [] }),
      ['hack', 'Участник хакатона', 'да/нет'],
      ['when', 'Дата хакатона', 'дата'],
    ];
    grid.splice(4, 0, newRow({ id: 'Н1', kind: 'доля', name: 'Н', track: 'Т', indicator: 'П', group: 'все', condition: 'Участник хакатона И Дата хакатона ≥ 01.09.2023' }));
    const header = ['ФИО', 'Должность', 'Участник хакатона', 'дата  хакатона'];
    const sheets = [
      { name: SHEET.catalogue, values: grid },
      { name: 'Школа 1', values: [header, ['А', 'учитель', 'да', '15.10.2023'], ['Б', 'учитель', '+', new Date(Date.UTC(2023, 5, 1))], ['В', 'учитель', 'может быть', '01.12.2023'], ['Г', 'учитель', 'нет', '']] },
      { name: 'Школа 2', values: [['ФИО', 'Должность'], ['Д', 'учитель']] },
    ];
    const r = computeWorkbook(sheets, { today: new Date(Date.UTC(2024, 5, 10)) });
    const c = r.criteria[0]!;
    // А: да, after → yes; Б: да, before → no; В: unknown → left out; Г: нет → no.
    expect(c.byOrganization['Школа 1']).toMatchObject({ numerator: 1, denominator: 3, excluded: 1 });
    expect(c.byOrganization['Школа 2']).toMatchObject({ status: 'no-data', reason: 'missing-column' });
    expect(r.issues.find((i) => i.code === 'unknown-value')).toMatchObject({ sheet: 'Школа 1', row: 4, column: 'Участник хакатона', value: 'может быть' });
    const missing = r.issues.filter((i) => i.code === 'missing-column' && i.sheet === 'Школа 2').map((i) => i.column);
    expect(missing.sort()).toEqual(['Дата хакатона', 'Участник хакатона']);
  });
});

describe('positions are positions in the cell as typed', () => {
  it('leading spaces and line breaks are counted', () => {
    const grid = exportCatalogue(PRESETS[4]!).map((r) => [...r]);
    const at = grid.findIndex((r) => r[0] === 'KI2');
    grid[at]![COLUMN_ORDER.indexOf('condition')] = '  Наставник И\nВозрас < 3';
    const read = readCatalogue(grid, PRESETS[4]!);
    expect(read.issues[0]!.message).toMatch(/^Условие, позиция 15: Неизвестный столбец «Возрас»/);
  });
});
