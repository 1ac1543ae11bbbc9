/**
 * The reader (workbook.md §1.3, §3, §5; core/read/*.ts): the row rules, unknown values leaving a
 * row out of exactly the criteria that need the column, staff category and organisation type
 * inference, completeness both ways, plausibility checks, `Настройки` and `Муниципалитет`, and the
 * promise that no issue ever carries a person's name.
 */
import { describe, expect, it } from 'vitest';
import { a1, type CellValue, type SheetData } from '../../core/cells';
import { valuesOf } from '../../core/column';
import type { Issue } from '../../core/issues';
import { normalizeText } from '../../core/text';
import { generateExampleWorkbook } from '../../core/example/generate';
import { criterion, expectFigure, issuesWith, NO_DATA, orgFigure, share, total } from '../helpers/result';
import {
  addressOf,
  ALL_KEYS,
  ALL_MUNICIPAL_YES,
  compute,
  HEADER,
  headerOf,
  municipalitySheet,
  orgsSheet,
  orgTab,
  person,
  readSheets,
  roster,
  settingsSheet,
  withCell,
} from '../helpers/workbook';

/** Issues of one sheet as [severity, row, code], leaving out the per-tab type inference line. */
const sheetIssues = (issues: readonly Issue[], sheet: string) =>
  issues.filter((i) => i.sheet === sheet && i.code !== 'inferred-type').map((i) => [i.severity, i.row, i.code]);

describe('row rules (§1.3)', () => {
  const header = ['№ п/п', ...ALL_KEYS.filter((k) => k !== 'birthDate').map((k) => HEADER[k])];
  const blankPerson = { fio: null, position: null, staffCategory: null, age: null, experienceYears: null, weeklyHours: null };
  const tab = roster('МАОУ СОШ №1', header, [
    person({ fio: 'Абрамова Анна Андреевна', pk: 'да' }), // row 2
    [], // row 3: fully empty
    person({ ...blankPerson, pk: false, hasMentor: false, clubs: false }), // row 4: only unchecked checkboxes
    [4], // row 5: only a pre-filled «№ п/п»
    person({ fio: 'Итого', position: null, staffCategory: null, pk: 2, age: null }), // row 6: totals with counts
    person({ fio: 'ВСЕГО:', position: null, staffCategory: null, pk: 2, age: null }), // row 7
    person({ fio: null, position: 'учитель', pk: 'да' }), // row 8: data without ФИО
    person({ fio: '  абрамова   АННА андреевна ', pk: 'нет' }), // row 9: row 2 again
    person({ fio: 'Белов Борис Борисович' }), // row 10
    person({ fio: 'Всеволодов Олег Олегович', pk: 'да' }), // row 11: starts with «Все…», not a totals row
  ]);

  it('counts only the real, first rows', () => {
    const ds = readSheets([tab]);
    expect(ds.organizations[0]?.rows).toEqual([2, 10, 11]);
  });

  it('reports totals (info), a row without ФИО and a duplicate (warnings); empty rows silently', () => {
    const r = compute([tab]);
    expect(sheetIssues(r.issues, 'МАОУ СОШ №1')).toEqual([
      ['warning', 8, 'empty-name'],
      ['warning', 9, 'duplicate'],
      ['info', 6, 'totals-row'],
      ['info', 7, 'totals-row'],
    ]);
    const dup = issuesWith(r, 'duplicate')[0];
    expect(dup?.message).toContain('строке 2');
    expect(dup?.column).toBe('ФИО');
    // pk among the counted rows: Абрамова (row 2, not row 9's «нет»), Всеволодов → 2/3 = 66.67 % (≥ 30: met).
    expectFigure(total(r, '9.1'), share(2, 3, 66.67, 'met'), '9.1');
  });

  it('a part-timer in two tabs is counted in both and listed as info', () => {
    const school = orgTab('МАОУ СОШ №1', [person(), person({ fio: 'Козлов Кирилл Константинович', pk: 'да' })]);
    const ddt = orgTab('МАУ ДО ДДТ', [person({ fio: ' козлов  КИРИЛЛ константинович', position: 'педагог дополнительного образования', externalPartTime: 'да', pk: 'да' })]);
    const r = compute([school, ddt]);
    expect(r.organizations.map((o) => [o.name, o.rows])).toEqual([
      ['МАОУ СОШ №1', 2],
      ['МАУ ДО ДДТ', 1],
    ]);
    const lines = issuesWith(r, 'part-timer');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ severity: 'info', sheet: 'МАУ ДО ДДТ', row: 2 });
    expect(lines[0]?.message).toContain('«МАОУ СОШ №1» (строка 3)');
    // 9.1 school 1/2 = 50 %, ДДТ 1/1 = 100 %, total (1 + 1)/(2 + 1) = 2/3 = 66.67 %: counted in both.
    expectFigure(orgFigure(r, '9.1', 'МАОУ СОШ №1'), share(1, 2, 50, 'met'), 'school');
    expectFigure(orgFigure(r, '9.1', 'МАУ ДО ДДТ'), share(1, 1, 100, 'met'), 'ДДТ');
    expectFigure(total(r, '9.1'), share(2, 3, 66.67, 'met'), 'total');
    // 6.2 external part-timers: ДДТ 1/1 = 100 % (< 10: below), school 0/2 = 0 % (met).
    expectFigure(orgFigure(r, '6.2', 'МАУ ДО ДДТ'), share(1, 1, 100, 'below'), '6.2 ДДТ');
    expectFigure(orgFigure(r, '6.2', 'МАОУ СОШ №1'), share(0, 2, 0, 'met'), '6.2 school');
  });
});

describe('unknown values (§1.2)', () => {
  // Columns (birthDate left out): A ФИО, B Должность, C Категория работника, D Предмет, E Возраст,
  // F Педагогический стаж, G Образование…, H Внешний совместитель, I Нагрузка, J Квалификационная
  // категория, K Федеральная диагностика, L Региональная диагностика, …
  const base = orgTab('МАОУ СОШ №2', [
    person({ diagRegional: 'да', weeklyHours: 30 }), // row 2
    person({ diagRegional: 'нет', weeklyHours: 20 }), // row 3: L3 becomes «?»
    person({ diagRegional: 'нет', weeklyHours: 20 }), // row 4: I4 becomes «много»
    person({ diagRegional: 'да', weeklyHours: 40 }), // row 5: C5 becomes «технический»
  ]);

  it('the columns are where the hand count says', () => {
    expect(addressOf(base, 1, HEADER.diagRegional, 3)).toBe('L3');
    expect(addressOf(base, 1, HEADER.weeklyHours, 4)).toBe('I4');
    expect(addressOf(base, 1, HEADER.staffCategory, 5)).toBe('C5');
  });

  const planted: [string, CellValue][] = [
    ['L3', '?'],
    ['I4', 'много'],
    ['C5', 'технический'],
  ];
  const tab = planted.reduce((s, [addr, v]) => withCell(s, addr, v), base);

  it('each unknown cell is listed with sheet, row, column and value, at its A1 address', () => {
    const r = compute([tab]);
    const lines = issuesWith(r, 'unknown-value');
    expect(lines.map((i) => [i.severity, i.sheet, i.row, i.column, i.value])).toEqual([
      ['warning', 'МАОУ СОШ №2', 3, 'Региональная диагностика', '?'],
      ['warning', 'МАОУ СОШ №2', 4, 'Нагрузка, часов в неделю', 'много'],
      ['warning', 'МАОУ СОШ №2', 5, 'Категория работника', 'технический'],
    ]);
    const headerRow = tab.values[0] ?? [];
    const addresses = lines.map((i) => a1((i.row as number) - 1, headerRow.indexOf(i.column as string)));
    expect(addresses).toEqual(planted.map(([addr]) => addr));
  });

  it('the row is left out of numerator and denominator of exactly the criteria needing the column', () => {
    const r = compute([tab]);
    // 1.2 (ped, diagRegional): row 2 yes, row 3 unknown → out, row 4 no, row 5 category unknown → out: 1/2 = 50 %.
    expectFigure(total(r, '1.2'), share(1, 2, 50, 'no-target'), '1.2');
    expect(total(r, '1.2').excluded).toBe(2);
    // 6.4 (ped, hours ≥ 27): row 2 30 yes, row 3 20 no, row 4 unknown → out, row 5 out: 1/2 = 50 %.
    expectFigure(total(r, '6.4'), share(1, 2, 50, 'no-target'), '6.4');
    // 9.1 (ped, pk): rows 2–4 readable (pk empty = no), row 5 out: 0/3 = 0 % (≥ 30: below).
    expectFigure(total(r, '9.1'), share(0, 3, 0, 'below'), '9.1');
    // P1 (mgmt): rows 2–4 are ped, row 5 unknown → out; no managers: «нет данных», not 0 %.
    expectFigure(total(r, 'P1'), NO_DATA, 'P1');
  });

  it('an empty number needed by a criterion is reported once per column', () => {
    const t = orgTab('МАОУ СОШ №3', [person({ age: null }), person({ age: null }), person()]);
    const r = compute([t]);
    const lines = issuesWith(r, 'missing-value', 'МАОУ СОШ №3');
    expect(lines.map((i) => [i.column, i.row])).toEqual([['Возраст', null]]);
    expect(lines[0]?.message).toContain('в 2 строках');
  });
});

describe('staff category (§1.1)', () => {
  it('inferred from the position when the column is absent, with one info line per tab', () => {
    const tab = roster('МАОУ СОШ №1', headerOf('fio', 'position', 'pk', 'pkRegistry'), [
      person({ position: 'Директор', pk: 'да', pkRegistry: 'да' }),
      person({ position: 'Заместитель директора по УВР' }),
      person({ position: 'Руководитель структурного подразделения' }),
      person({ position: 'Учитель математики', pk: 'да' }),
      person({ position: 'Воспитатель', pk: 'да' }),
      person({ position: 'Музыкальный руководитель' }),
    ]);
    const r = compute([tab]);
    const lines = issuesWith(r, 'inferred-category', 'МАОУ СОШ №1');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toContain('педагогических — 3, управленческих — 3');
    // 9.1 over ped (учитель, воспитатель, музыкальный руководитель): pk 2 → 2/3 = 66.67 %.
    expectFigure(total(r, '9.1'), share(2, 3, 66.67, 'met'), '9.1');
    // P1 over mgmt (директор, заместитель, руководитель СП): pkRegistry 1 of 3 = 33.33 % < 50, so
    // the one organisation does not meet it: 0 of 1 organisations.
    expectFigure(total(r, 'P1'), share(0, 1, 0, 'below'), 'P1');
    expect(r.criteria.find((c) => c.criterion.id === 'P1')?.byOrganization['МАОУ СОШ №1']?.inner).toEqual({ numerator: 1, denominator: 3, value: 100 / 3 });
  });

  it('an empty cell in the column is inferred too, a filled one wins', () => {
    const tab = roster('МАОУ СОШ №1', headerOf('fio', 'position', 'staffCategory', 'pkRegistry'), [
      person({ position: 'Директор', staffCategory: null, pkRegistry: 'да' }),
      person({ position: 'Учитель', staffCategory: '' }),
      person({ position: 'Учитель', staffCategory: 'управленческий' }),
    ]);
    const r = compute([tab]);
    const lines = issuesWith(r, 'inferred-category', 'МАОУ СОШ №1');
    expect(lines.map((l) => l.message)).toEqual(['В 2 строках не заполнена «Категория работника»: категория определена по должности']);
    // mgmt = директор (inferred) + the teacher marked управленческий: pkRegistry 1/2 = 50 % (≥ 50:
    // the organisation counts), so 1 of 1 organisations.
    expectFigure(total(r, 'P1'), share(1, 1, 100, 'met'), 'P1');
    expect(r.criteria.find((c) => c.criterion.id === 'P1')?.byOrganization['МАОУ СОШ №1']?.inner).toEqual({ numerator: 1, denominator: 2, value: 50 });
  });
});

describe('organisation type (§3)', () => {
  it('inferred from the tab name when `Организации` is absent', () => {
    const names: [string, string][] = [
      ['МАДОУ Детский сад №7', 'ДОО'],
      ['МБДОУ д/с №3', 'ДОО'],
      ['ДОУ №12', 'ДОО'],
      ['МАУ ДО ДДТ', 'УДО'],
      ['ДЮСШ №1', 'УДО'],
      ['Центр дополнительного образования', 'УДО'],
      ['МАОУ СОШ №1', 'ОО'],
      ['Гимназия №2', 'ОО'],
    ];
    const r = compute(names.map(([n]) => orgTab(n, [person()])));
    expect(r.organizations.map((o) => [o.name, o.type, o.typeInferred])).toEqual(names.map(([n, t]) => [n, t, true]));
    expect(issuesWith(r, 'inferred-type')).toHaveLength(names.length);
    expect(issuesWith(r, 'organizations').map((i) => [i.severity, i.sheet])).toEqual([['info', '']]);
  });

  it('read from `Организации`, which wins over the name; an unreadable type falls back to the name', () => {
    const r = compute([
      orgTab('Солнышко', [person()]),
      orgTab('МАУ ДО ДДТ', [person()]),
      orgTab('Школа-сад', [person()]),
      orgsSheet([
        { name: 'Солнышко', type: 'ДОО' },
        { name: 'МАУ ДО ДДТ', type: 'ОО' },
        { name: 'Школа-сад', type: 'школа' },
      ]),
    ]);
    expect(r.organizations.map((o) => [o.name, o.type, o.typeInferred])).toEqual([
      ['Солнышко', 'ДОО', false],
      ['МАУ ДО ДДТ', 'ОО', false],
      ['Школа-сад', 'ОО', true],
    ]);
    const bad = issuesWith(r, 'organizations', 'Организации');
    expect(bad.map((i) => [i.row, i.column, i.value])).toEqual([[4, 'Тип', 'школа']]);
    expect(issuesWith(r, 'inferred-type').map((i) => i.sheet)).toEqual(['Школа-сад']);
  });

  it('matches tab names forgivingly («МАОУ СОШ № 1» = «маоу сош №1»)', () => {
    const r = compute([orgTab('МАОУ СОШ №1', [person()]), orgsSheet([{ name: 'маоу  сош № 1', type: 'ОО' }])]);
    expect(r.organizations[0]?.typeInferred).toBe(false);
    expect(issuesWith(r, 'tab-not-listed')).toEqual([]);
    expect(issuesWith(r, 'org-without-tab')).toEqual([]);
  });
});

describe('which sheets are organisations (§1)', () => {
  it('reserved names and sheets starting with «_» are never read as organisations', () => {
    const r = compute([
      orgTab('МАОУ СОШ №1', [person()]),
      orgTab('_черновик', [person()]),
      orgTab('Показатели', [person()]),
      orgTab('проверка данных', [person()]),
      settingsSheet({}),
    ]);
    expect(r.organizations.map((o) => o.name)).toEqual(['МАОУ СОШ №1']);
  });

  it('a workbook without any organisation tab stops with a clear error', () => {
    expect(() => compute([settingsSheet({})])).toThrow(/нет ни одного листа организации/);
  });
});

describe('completeness (§3)', () => {
  it('listed without a tab, and a tab not listed: one warning each', () => {
    const r = compute([
      orgTab('МАОУ СОШ №1', [person()]),
      orgTab('МАОУ СОШ №2', [person()]),
      orgsSheet([
        { name: 'МАОУ СОШ №1', type: 'ОО' },
        { name: 'МАОУ СОШ №9', type: 'ОО' },
      ]),
    ]);
    const without = issuesWith(r, 'org-without-tab');
    expect(without.map((i) => [i.severity, i.sheet, i.row, i.value])).toEqual([['warning', 'Организации', 3, 'МАОУ СОШ №9']]);
    const notListed = issuesWith(r, 'tab-not-listed');
    expect(notListed.map((i) => [i.severity, i.sheet])).toEqual([['warning', 'МАОУ СОШ №2']]);
  });

  it('a listed tab without a header is reported as such, not as "listed without a tab"', () => {
    const r = compute([
      orgTab('МАОУ СОШ №1', [person()]),
      { name: 'МАОУ СОШ №3', values: [['Список'], ['Иванов', 'учитель']] },
      orgsSheet([
        { name: 'МАОУ СОШ №1', type: 'ОО' },
        { name: 'МАОУ СОШ №3', type: 'ОО' },
      ]),
    ]);
    expect(issuesWith(r, 'no-header').map((i) => i.sheet)).toEqual(['МАОУ СОШ №3']);
    expect(issuesWith(r, 'org-without-tab')).toEqual([]);
  });

  it('Фактическая численность differing from the counted rows is noted', () => {
    const r = compute([orgTab('МАОУ СОШ №1', [person(), person()]), orgsSheet([{ name: 'МАОУ СОШ №1', type: 'ОО', staffPlanned: 3, staffActual: 3 }])]);
    const line = r.issues.find((i) => i.column === 'Фактическая численность');
    expect(line).toMatchObject({ severity: 'info', sheet: 'Организации', row: 2, value: '3' });
    expect(line?.message).toContain('(3)');
    expect(line?.message).toContain('(2)');
  });
});

describe('plausibility checks', () => {
  const tab = orgTab('МАОУ СОШ №4', [
    person({ age: 17, experienceYears: 0 }), // row 2: age < 18
    person({ age: 18, experienceYears: 2 }), // row 3: 2 ≤ 18 − 16 = 2, fine
    person({ age: 80 }), // row 4: fine
    person({ age: 81 }), // row 5: age > 80
    person({ age: 30, experienceYears: 15 }), // row 6: 15 > 30 − 16 = 14
    person({ age: 30, experienceYears: 14 }), // row 7: 14 = 14, fine
    person({ weeklyHours: 54 }), // row 8: fine
    person({ weeklyHours: 55 }), // row 9: > 54
    person({ diagScore: 100, mgmtScore: 0 }), // row 10: fine
    person({ diagScore: 101 }), // row 11: > 100
    person({ mgmtScore: -1 }), // row 12: < 0
  ]);

  it('flags exactly the implausible cells as warnings', () => {
    const r = compute([tab]);
    const lines = issuesWith(r, 'implausible');
    expect(lines.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([
      ['warning', 2, 'Возраст', '17'],
      ['warning', 5, 'Возраст', '81'],
      ['warning', 6, 'Педагогический стаж', '15'],
      ['warning', 9, 'Нагрузка, часов в неделю', '55'],
      ['warning', 11, 'Балл диагностики', '101'],
      ['warning', 12, 'Оценка управленческих компетенций, %', '-1'],
    ]);
  });

  it('an implausible row is still counted', () => {
    const r = compute([tab]);
    // 11 ped rows, none left out: 9.1 = 0/11.
    expectFigure(total(r, '9.1'), share(0, 11, 0, 'below'), '9.1');
    // 6.4 hours ≥ 27: row 8 (54 h) and row 9 (55 h, implausible but counted) → 2/11 = 18.18 %.
    expectFigure(total(r, '6.4'), share(2, 11, 18.18, 'no-target'), '6.4');
  });

  it('a birth date after the reference date is flagged and the age unknown', () => {
    const t = orgTab('МАОУ СОШ №5', [person({ birthDate: '01.01.2030', experienceYears: 1 }), person({ birthDate: '01.01.1995', experienceYears: 1 })]);
    const r = compute([t]);
    expect(issuesWith(r, 'implausible').map((i) => [i.row, i.column, i.value])).toEqual([[2, 'Дата рождения', '01.01.2030']]);
    // young: row 3 is 29 at 2024-06-01 with 1 year → young; row 2's age unknown → left out. 8.3 = 0/1.
    expectFigure(total(r, '8.3'), share(0, 1, 0, 'no-target'), '8.3');
    expect(total(r, '8.3').excluded).toBe(1);
  });
});

describe('age: Возраст wins over Дата рождения, which fills an empty Возраст', () => {
  it('reads both columns', () => {
    const t = roster('МАОУ СОШ №1', headerOf('fio', 'position', 'staffCategory', 'birthDate', 'age', 'experienceYears', 'hasMentor'), [
      person({ birthDate: '02.06.1995', age: 40, experienceYears: 1, hasMentor: 'да' }), // Возраст 40 wins: not young
      person({ birthDate: '02.06.1995', age: null, experienceYears: 1, hasMentor: 'да' }), // 28 at 2024-06-01: young
      person({ birthDate: 34486, age: '', experienceYears: 2 }), // serial 34486 = 1994-06-01: 30, young
    ]);
    const ds = readSheets([t]);
    expect(valuesOf(ds.organizations[0]!.values.get('age')!)).toEqual([40, 28, 30]);
    // young: rows 3 and 4; hasMentor row 3 → 1/2 = 50 %.
    expectFigure(total(compute([t]), '8.3'), share(1, 2, 50, 'no-target'), '8.3');
  });
});

describe('`Настройки` (§5)', () => {
  const tab = orgTab('МАОУ СОШ №1', [person({ birthDate: '02.06.1989', experienceYears: 2, hasMentor: 'да' })]);

  it('defaults without the sheet: preset alapaevsk-2024, period from today, 1 June of its second year', () => {
    const r = compute([tab]);
    expect(r.preset.id).toBe('alapaevsk-2024');
    expect(r.period).toBe('2023-2024'); // today 2024-06-15 is before September
    expect(r.referenceDate).toBe('2024-06-01');
    expect(r.attentionThreshold).toBe(15);
    // born 1989-06-02: 34 at 2024-06-01 with 2 years → young, has a mentor: 8.3 = 1/1.
    expectFigure(total(r, '8.3'), share(1, 1, 100, 'no-target'), '8.3');
    // Nothing taken from the clock silently: one info line names what was assumed and where to set it.
    const assumed = issuesWith(r, 'setting');
    expect(assumed.map((i) => [i.severity, i.sheet, i.row])).toEqual([['info', 'Настройки', null]]);
    expect(assumed[0]!.message).toContain('2023-2024');
    expect(assumed[0]!.message).toContain('alapaevsk-2024');
    expect(assumed[0]!.message).toContain('01.06.2024');
    expect(assumed[0]!.message).toContain('«Настройки»');
  });

  it('in autumn the period is the new school year', () => {
    const r = compute([tab], { today: new Date(Date.UTC(2024, 8, 10)) });
    expect(r.period).toBe('2024-2025');
    // 1 June 2025 is still to come: the reference date is never after today.
    expect(r.referenceDate).toBe('2024-09-10');
    expect(issuesWith(r, 'setting').map((i) => i.message.includes('10.09.2024'))).toEqual([true]);
  });

  it('a period in the sheet whose 1 June is still to come: today, with one info line', () => {
    const r = compute([tab, settingsSheet({ 'Отчётный период': '2024-2025' })], { today: new Date(Date.UTC(2024, 11, 6)) });
    expect(r.period).toBe('2024-2025');
    expect(r.referenceDate).toBe('2024-12-06');
    const lines = issuesWith(r, 'setting');
    expect(lines.map((i) => i.severity)).toEqual(['info']);
    expect(lines[0]!.message).toContain('06.12.2024');
  });

  it('a period and a reference date given: nothing assumed, no info line', () => {
    const r = compute([tab, settingsSheet({ 'Отчётный период': '2023-2024', 'Дата отсчёта': '01.06.2024' })]);
    expect(issuesWith(r, 'setting')).toEqual([]);
  });

  it('preset, period and threshold from the sheet; the reference date follows the period', () => {
    const r = compute([tab, settingsSheet({ 'Набор показателей': 'karpinsk-2022', 'Отчётный период': '2022-2023', 'Порог зоны внимания, п.п.': '20' })]);
    expect(r.preset.id).toBe('karpinsk-2022');
    expect(r.period).toBe('2022-2023');
    expect(r.referenceDate).toBe('2023-06-01');
    expect(r.attentionThreshold).toBe(20);
  });

  it('an explicit reference date in any date form', () => {
    for (const v of ['02.06.2024', '2024-06-02', 45445, new Date(2024, 5, 2)] as CellValue[]) {
      const r = compute([tab, settingsSheet({ 'Отчётный период': '2023-2024', 'Дата отсчёта': v })]);
      expect(r.referenceDate, String(v)).toBe('2024-06-02');
      // born 1989-06-02 is 35 on 2024-06-02: not young any more, 8.3 has no young: «нет данных».
      expectFigure(total(r, '8.3'), NO_DATA, `8.3 at ${String(v)}`);
    }
  });

  it('unreadable values are reported and replaced by the defaults', () => {
    const r = compute([tab, settingsSheet({ 'Набор показателей': 'нет-такого', 'Дата отсчёта': '31.02.2024', 'Порог зоны внимания, п.п.': 'много', 'Цвет': 'синий' })]);
    expect(r.preset.id).toBe('alapaevsk-2024');
    expect(r.referenceDate).toBe('2024-06-01');
    expect(r.attentionThreshold).toBe(15);
    // The assumed period's info line aside (no period in the sheet).
    const lines = issuesWith(r, 'setting').filter((i) => !i.message.includes('2023-2024'));
    expect(lines.map((i) => [i.severity, i.row, i.value])).toEqual([
      ['warning', 3, '31.02.2024'],
      ['warning', 4, 'много'],
      ['warning', null, 'нет-такого'],
      ['info', 5, 'Цвет'],
    ]);
  });

  it('a parameter named like an Object member is just an unknown parameter', () => {
    const r = compute([tab, settingsSheet({ constructor: 5, toString: 'x' } as Record<string, CellValue>)]);
    expect(r.attentionThreshold).toBe(15);
    expect(issuesWith(r, 'setting').map((i) => [i.severity, i.value])).toEqual([
      ['info', 'constructor'],
      ['info', 'toString'],
      ['info', null], // the assumed period
    ]);
  });

  it('period spellings: en dash, short second year', () => {
    for (const period of ['2023–2024', '2023-24', '2023/2024']) {
      const r = compute([tab, settingsSheet({ 'Отчётный период': period })]);
      expect(r.referenceDate, period).toBe('2024-06-01');
    }
  });

  it('options of the caller win over the sheet', () => {
    const r = compute([tab, settingsSheet({ 'Набор показателей': 'karpinsk-2022', 'Отчётный период': '2022-2023' })], {
      presetId: 'surgut-2021',
      period: '2020-2021',
    });
    expect(r.preset.id).toBe('surgut-2021');
    expect(r.period).toBe('2020-2021');
    expect(r.referenceDate).toBe('2021-06-01');
  });
});

describe('`Муниципалитет` (§3)', () => {
  const tab = orgTab('МАОУ СОШ №1', [person()]);

  it('yes/no facts: yes → met, no → below, empty or unreadable → «нет данных» with a warning', () => {
    const r = compute([
      tab,
      municipalitySheet({
        'Кураторы ИОМ': 'да', // 4.1
        'МО по функциональной грамотности': 'Нет', // 5.1
        'План развития кадрового потенциала': '', // 7.2
        'Соглашение с колледжами и вузами': 'возможно', // 7.3
        'Психолого-педагогические классы': true, // 7.4
        'Договоры о целевом обучении': 1, // 7.5
        // «Объединение наставников» (8.7) has no row.
        'Сообщество молодых педагогов': ' ДА ', // 8.8
      }),
    ]);
    expectFigure(total(r, '4.1'), { value: true, status: 'met' }, '4.1');
    expectFigure(total(r, '5.1'), { value: false, status: 'below' }, '5.1');
    expectFigure(total(r, '7.2'), { value: null, status: 'no-data' }, '7.2');
    expectFigure(total(r, '7.3'), { value: null, status: 'no-data' }, '7.3');
    expectFigure(total(r, '7.4'), { value: true, status: 'met' }, '7.4');
    expectFigure(total(r, '7.5'), { value: true, status: 'met' }, '7.5');
    expectFigure(total(r, '8.7'), { value: null, status: 'no-data' }, '8.7');
    expectFigure(total(r, '8.8'), { value: true, status: 'met' }, '8.8');
    const lines = issuesWith(r, 'municipality', 'Муниципалитет');
    expect(lines.filter((i) => i.severity === 'warning').map((i) => [i.row, i.value])).toEqual([
      [4, ''],
      [5, 'возможно'],
    ]);
    // Rows of §3 the sheet does not have are named (info), so «нет данных» is never unexplained.
    expect(lines.filter((i) => i.severity === 'info').map((i) => i.value)).toEqual(['Объединение наставников', 'Обучались по целевым договорам', 'Из них трудоустроены']);
  });

  it('a misspelt row is reported, and its criterion is «нет данных»', () => {
    const facts = Object.fromEntries(Object.entries(ALL_MUNICIPAL_YES).map(([k, v]) => (k === 'Кураторы ИОМ' ? ['Кураторы  ИОМ (да/нет)', v] : [k, v])));
    const r = compute([tab, municipalitySheet(facts)]);
    expectFigure(total(r, '4.1'), { value: null, status: 'no-data' }, '4.1');
    expectFigure(total(r, '5.1'), { value: true, status: 'met' }, '5.1');
    const lines = issuesWith(r, 'municipality', 'Муниципалитет');
    expect(lines.map((i) => [i.severity, i.row, i.column, i.value])).toEqual([
      ['warning', 2, 'Показатель', 'Кураторы ИОМ (да/нет)'], // row 2: the first line under the header
      ['info', null, 'Показатель', 'Кураторы ИОМ'],
    ]);
  });

  it('numbers, also as text; empty → «нет данных»', () => {
    const r = compute([tab, municipalitySheet({ 'Обучались по целевым договорам': '12', 'Из них трудоустроены': 9 })]);
    // 9 / 12 = 75 %.
    expectFigure(total(r, '8.1'), share(9, 12, 75, 'no-target'), '8.1');
    const r2 = compute([tab, municipalitySheet({ 'Обучались по целевым договорам': '1 200', 'Из них трудоустроены': '' })]);
    expectFigure(total(r2, '8.1'), NO_DATA, '8.1 with an empty count');
    const r3 = compute([tab, municipalitySheet({ 'Обучались по целевым договорам': 0, 'Из них трудоустроены': 0 })]);
    expectFigure(total(r3, '8.1'), NO_DATA, '8.1 with nobody trained');
  });

  it('no sheet: municipal criteria «нет данных» and one info line', () => {
    const r = compute([tab]);
    for (const id of ['4.1', '5.1', '7.2', '7.3', '7.4', '7.5', '8.7', '8.8', '8.1']) expectFigure(total(r, id), { value: null, status: 'no-data' }, id);
    expect(issuesWith(r, 'municipality').map((i) => [i.severity, i.sheet])).toEqual([['info', '']]);
  });

  it('the whole sheet answered', () => {
    const r = compute([tab, municipalitySheet(ALL_MUNICIPAL_YES)]);
    for (const id of ['4.1', '5.1', '7.2', '7.3', '7.4', '7.5', '8.7', '8.8']) expectFigure(total(r, id), { value: true, status: 'met' }, id);
    expectFigure(total(r, '8.1'), share(7, 10, 70, 'no-target'), '8.1'); // 7 / 10
    expect(issuesWith(r, 'municipality')).toEqual([]);
  });
});

describe('`Организации` flags', () => {
  it('an unreadable low-results flag leaves the rows out of 9.7 instead of counting the school as «нет»', () => {
    const r = compute([
      orgTab('МАОУ СОШ №1', [person({ pk: 'да' }), person()]),
      orgTab('МАОУ СОШ №2', [person({ pk: 'да' })]),
      orgsSheet([
        { name: 'МАОУ СОШ №1', type: 'ОО', lowResults: 'да' },
        { name: 'МАОУ СОШ №2', type: 'ОО', lowResults: 'может быть' },
      ]),
    ]);
    expectFigure(orgFigure(r, '9.7', 'МАОУ СОШ №1'), share(1, 2, 50, 'no-target'), '№1');
    expectFigure(orgFigure(r, '9.7', 'МАОУ СОШ №2'), NO_DATA, '№2');
    expect(orgFigure(r, '9.7', 'МАОУ СОШ №2').excluded).toBe(1);
    expect(issuesWith(r, 'organizations', 'Организации').map((i) => [i.row, i.column, i.value])).toEqual([[3, 'Школа с низкими результатами', 'может быть']]);
  });
});

describe('no person’s name in any issue', () => {
  const wordsOf = (sheets: readonly SheetData[]): Set<string> => {
    const words = new Set<string>();
    for (const s of sheets) {
      const head = (s.values ?? []).findIndex((row) => row.some((c) => c === 'ФИО'));
      if (head < 0) continue;
      const col = (s.values[head] ?? []).indexOf('ФИО');
      for (const row of s.values.slice(head + 1)) {
        const v = row[col];
        if (typeof v !== 'string') continue;
        const n = normalizeText(v);
        if (/^(итого|всего)/.test(n)) continue;
        for (const w of n.split(' ')) if (w.length >= 3) words.add(w);
      }
    }
    return words;
  };
  const leaks = (issues: readonly Issue[], words: Set<string>): string[] =>
    issues.flatMap((i) =>
      [i.message, i.value ?? '', i.column ?? '', i.sheet]
        .flatMap((t) => normalizeText(t).split(' '))
        .filter((w) => words.has(w))
        .map((w) => `${i.code}: ${w}`),
    );

  it('a messy workbook', () => {
    const sheets: SheetData[] = [
      orgTab('МАОУ СОШ №1', [
        person({ fio: 'Петрова Алла Андреевна', isMentor: 'да' }),
        person({ fio: 'Сидоров Семён Семёнович', hasMentor: 'Петрова А.А.' }), // a colleague's name in a yes/no column
        person({ fio: 'петрова  алла андреевна' }), // duplicate
        person({ fio: null, pk: 'да' }), // no ФИО
        person({ fio: 'Итого', pk: 3 }),
        person({ fio: 'Кузнецова Ксения Игоревна', age: 150, weeklyHours: 'Кузнецова' }),
        person({ fio: 'Лаптев Лев Львович', staffCategory: 'Лаптев', contestLevel: 'Лаптев Л.Л.' }),
      ]),
      orgTab('МАУ ДО ДДТ', [person({ fio: 'Сидоров Семён Семёнович', position: 'педагог дополнительного образования' })]),
      orgsSheet([{ name: 'МАОУ СОШ №1', type: 'ОО', lowResults: 'Петрова' }]),
      municipalitySheet({ 'Кураторы ИОМ': 'Сидоров С.С.' }),
      settingsSheet({ 'Набор показателей': 'Кузнецова' }),
    ];
    const r = compute(sheets);
    const words = wordsOf(sheets);
    expect(words.has('петрова')).toBe(true); // the check itself works on these names
    expect(r.issues.length).toBeGreaterThan(8);
    expect(leaks(r.issues, words)).toEqual([]);
    // The unknown cell is still listed, only its value is hidden.
    const hidden = issuesWith(r, 'unknown-value', 'МАОУ СОШ №1').find((i) => i.row === 3);
    expect(hidden?.column).toBe('Имеет наставника');
    expect(hidden?.value).not.toBe('Петрова А.А.');
  });

  it('the example workbook', () => {
    const wb = generateExampleWorkbook(2024);
    const sheets: SheetData[] = wb.sheets.map((s) => ({ name: s.name, values: s.rows }));
    const r = compute(sheets);
    const words = wordsOf(sheets);
    expect(words.size).toBeGreaterThan(50);
    expect(leaks(r.issues, words)).toEqual([]);
  });
});

describe('criteria untouched by a reader problem', () => {
  it('unknown values in one column do not disturb the other criteria of the row', () => {
    const r = compute([orgTab('МАОУ СОШ №1', [person({ pk: 'да', diagRegional: 'может' }), person({ pk: 'нет' })])]);
    // 9.1 sees both rows: 1/2 = 50 %; 1.2 only the second: 0/1 = 0 %.
    expectFigure(total(r, '9.1'), share(1, 2, 50, 'met'), '9.1');
    expectFigure(total(r, '1.2'), share(0, 1, 0, 'no-target'), '1.2');
    expect(criterion(r, '1.2').total.excluded).toBe(1);
  });
});
