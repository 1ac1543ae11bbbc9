/**
 * The condition language of «Настройка показателей» (docs/catalogue.md): every operator gives the
 * tree the engine evaluates, НЕ binds tighter than И and И tighter than ИЛИ, and the typical
 * mistakes are reported with the position (0-based here; the sheet shows it from 1) of the
 * offending word — never as a crash and never by guessing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonical, INTERNAL_ERROR, parseCondition, parseFieldName, parseGroup, vocabulary } from '../../core/catalogue/index';
import type { Expr } from '../../core/criteria';
import { and, cmp, contains, filled, not, or, pop, startsWith, yes } from '../../core/expr';
import { customFieldKey } from '../../core/fields';

function parsed(text: string, vocab = vocabulary()): Expr {
  const r = parseCondition(text, vocab);
  if (!r.ok) throw new Error(`«${text}»: ${r.error.message} @${r.error.position}`);
  return r.expr;
}

function error(text: string, vocab = vocabulary()): { message: string; position: number } {
  const r = parseCondition(text, vocab);
  if (r.ok) throw new Error(`«${text}» parsed as ${JSON.stringify(r.expr)}`);
  expect(r.error.message).not.toBe(INTERNAL_ERROR);
  return r.error;
}

describe('operators', () => {
  it('a yes/no column alone, = да, = нет', () => {
    expect(parsed('Наставник')).toEqual(yes('isMentor'));
    expect(parsed('Наставник = да')).toEqual(yes('isMentor'));
    expect(parsed('наставник = Нет')).toEqual(not(yes('isMentor')));
    expect(parsed('Наставник ≠ да')).toEqual(not(yes('isMentor')));
  });

  it('comparisons =, ≠ (!=, <>), <, ≤ (<=), >, ≥ (>=) on numbers, with a decimal comma', () => {
    const cases: [string, string][] = [
      ['=', '='],
      ['==', '='],
      ['≠', '!='],
      ['!=', '!='],
      ['<>', '!='],
      ['<', '<'],
      ['≤', '<='],
      ['<=', '<='],
      ['>', '>'],
      ['≥', '>='],
      ['>=', '>='],
    ];
    for (const [written, op] of cases) expect(parsed(`Возраст ${written} 35`)).toEqual(cmp('age', op as never, 35));
    expect(parsed('Нагрузка, часов в неделю ≥ 27,5')).toEqual(cmp('weeklyHours', '>=', 27.5));
    expect(parsed('Педагогический стаж<=3')).toEqual(cmp('experienceYears', '<=', 3));
  });

  it('contest levels by name, counting the higher ones with ≥', () => {
    expect(parsed('Уровень конкурсов >= региональный')).toEqual(cmp('contestLevel', '>=', 2));
    expect(parsed('Уровень конкурсов = «призёр федерального»')).toEqual(cmp('contestLevel', '=', 4));
    expect(parsed('Уровень конкурсов > нет')).toEqual(cmp('contestLevel', '>', 0));
  });

  it('categories, qualification, organisation type', () => {
    expect(parsed('Категория работника = управленческий')).toEqual(cmp('staffCategory', '=', 'управленческий'));
    expect(parsed('Квалификационная категория ≠ высшая')).toEqual(cmp('qualification', '!=', 'высшая'));
    expect(parsed('Тип организации = ДОО')).toEqual(cmp('orgType', '=', 'доо'));
    expect(parsed('Школа с низкими результатами')).toEqual(yes('lowResults'));
  });

  it('И, ИЛИ, НЕ in any case', () => {
    expect(parsed('Региональная диагностика = да И Возраст < 35')).toEqual(and(yes('diagRegional'), cmp('age', '<', 35)));
    expect(parsed('Наставник или Имеет наставника')).toEqual(or(yes('isMentor'), yes('hasMentor')));
    expect(parsed('не Наставник')).toEqual(not(yes('isMentor')));
  });

  it('в (…) and не в (…)', () => {
    expect(parsed('Предмет в (математика, физика)')).toEqual(or(cmp('subject', '=', 'математика'), cmp('subject', '=', 'физика')));
    expect(parsed('Предмет не в («русский язык»; литература)')).toEqual(not(or(cmp('subject', '=', 'русский язык'), cmp('subject', '=', 'литература'))));
    expect(parsed('Возраст в (30, 40)')).toEqual(or(cmp('age', '=', 30), cmp('age', '=', 40)));
    expect(parsed('Предмет в (физика)')).toEqual(cmp('subject', '=', 'физика'));
  });

  it('содержит, начинается с, and their negations', () => {
    expect(parsed('Должность содержит логопед')).toEqual(contains('position', 'логопед'));
    expect(parsed('Должность не содержит «учитель начальных классов»')).toEqual(not(contains('position', 'учитель начальных классов')));
    expect(parsed('Должность начинается с учитель')).toEqual(startsWith('position', 'учитель'));
    expect(parsed('Должность не начинается со «старший»')).toEqual(not(startsWith('position', 'старший')));
  });

  it('заполнено, не заполнено', () => {
    expect(parsed('Балл диагностики заполнено')).toEqual(filled('diagScore'));
    expect(parsed('Оценка управленческих компетенций, % не заполнено')).toEqual(not(filled('mgmtScore')));
  });

  it('группа … by any of its names', () => {
    expect(parsed('группа молодые педагоги И Адресная поддержка')).toEqual(and(pop('young'), yes('addressSupport')));
    expect(parsed('группа педагоги ОО')).toEqual(pop('school'));
    expect(parsed('группа все')).toEqual(pop('all'));
  });

  it('columns by key, alias or canonical header', () => {
    expect(parsed('diagRegional')).toEqual(yes('diagRegional'));
    expect(parsed('Совместитель')).toEqual(yes('externalPartTime'));
    expect(parsed('ВОЗРАСТ, лет < 35')).toEqual(cmp('age', '<', 35));
  });

  it('dates on a declared date column, numbers in a declared header', () => {
    const vocab = vocabulary([
      { key: customFieldKey('attest'), header: 'Дата аттестации', type: 'date' },
      { key: customFieldKey('hack'), header: 'Хакатон 2024', type: 'yesno' },
    ]);
    expect(parsed('Дата аттестации ≥ 01.09.2023', vocab)).toEqual(cmp(customFieldKey('attest'), '>=', '2023-09-01'));
    expect(parsed('Дата аттестации < 2024-05-31', vocab)).toEqual(cmp(customFieldKey('attest'), '<', '2024-05-31'));
    expect(parsed('Хакатон 2024 И hack', vocab)).toEqual(and(yes(customFieldKey('hack')), yes(customFieldKey('hack'))));
  });
});

describe('precedence: НЕ > И > ИЛИ', () => {
  const A = yes('isMentor');
  const B = yes('hasMentor');
  const C = yes('pk');

  it('И binds tighter than ИЛИ', () => {
    expect(parsed('Наставник ИЛИ Имеет наставника И ПК за период')).toEqual(or(A, and(B, C)));
    expect(parsed('Наставник И Имеет наставника ИЛИ ПК за период')).toEqual(or(and(A, B), C));
  });

  it('НЕ binds tighter than И', () => {
    expect(parsed('НЕ Наставник И Имеет наставника')).toEqual(and(not(A), B));
    expect(parsed('НЕ НЕ Наставник')).toEqual(not(not(A)));
    expect(canonical(parsed('НЕ НЕ Наставник'))).toEqual(A);
  });

  it('brackets change the order', () => {
    expect(parsed('(Наставник ИЛИ Имеет наставника) И ПК за период')).toEqual(and(or(A, B), C));
    expect(parsed('НЕ (Наставник И Имеет наставника)')).toEqual(not(and(A, B)));
  });

  it('chains stay flat', () => {
    expect(parsed('Наставник ИЛИ Имеет наставника ИЛИ ПК за период')).toEqual(or(A, B, C));
  });
});

describe('the Группа column', () => {
  it('takes a population by name without «группа», alone or in a condition', () => {
    const g = (text: string) => {
      const r = parseGroup(text);
      if (!r.ok) throw new Error(r.error.message);
      return r.expr;
    };
    expect(g('молодые педагоги')).toEqual(pop('young'));
    expect(g('управленческие кадры И Оценка управленческих компетенций, % заполнено')).toEqual(and(pop('mgmt'), filled('mgmtScore')));
    expect(g('группа учителя')).toEqual(pop('teachers'));
    const bad = parseGroup('космонавты');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('Неизвестная группа или столбец');
  });

  it('a column name for a mean or a distribution', () => {
    const f = parseFieldName('Балл диагностики');
    expect(f.ok && f.field.key).toBe('diagScore');
    const tail = parseFieldName('Балл диагностики лишнее');
    expect(tail.ok).toBe(false);
    if (!tail.ok) expect(tail.error.position).toBe(17);
    const fio = parseFieldName('ФИО');
    expect(fio.ok).toBe(false);
  });
});

describe('errors point at the offending place', () => {
  const cases: [string, RegExp, number][] = [
    ['', /пустое/, 0],
    ['Региональная диагностика = да И Возрас < 35', /Неизвестный столбец «Возрас»/, 32],
    ['Возраст <', /Ожидается значение/, 9],
    ['Наставник И', /обрывается/, 11],
    ['(Наставник ИЛИ Имеет наставника', /Не закрыта скобка/, 0],
    ['(Наставник Возраст < 3)', /Ожидается «\)»/, 11],
    ['Наставник)', /Лишняя закрывающая скобка/, 9],
    ['И Наставник', /Пропущено условие перед «И»/, 0],
    ['Наставник ИЛИ ИЛИ ПК за период', /Пропущено условие перед «ИЛИ»/, 14],
    ['Возраст < тридцать', /ожидается число/, 10],
    ['Возраст < 35 Наставник', /Ожидается «И», «ИЛИ» или конец условия/, 13],
    ['Предмет в математика', /список в скобках/, 10],
    ['Предмет в (математика физика', /В списке ожидается «,» или «\)»/, 28],
    ['Возраст содержит 3', /только к текстовым/, 8],
    ['Уровень конкурсов >= высший', /один из уровней/, 21],
    ['Наставник = может быть', /«= да» или «= нет»/, 12],
    ['Наставник > да', /«= да» или «= нет»/, 12],
    ['ФИО содержит Иванов', /ФИО нельзя использовать/, 0],
    ['Дата рождения < 01.01.1990', /используйте столбец «Возраст»/, 0],
    ['группа космонавты', /Неизвестная группа/, 7],
    ['Должность содержит «логопед', /Не закрыта кавычка/, 19],
    ['Возраст @ 3', /Недопустимый символ «@»/, 8],
    ['Предмет', /ожидается сравнение/, 7],
    ['Тип организации = школа', /одно из значений: ДОО, ОО, УДО/, 18],
    ['Категория работника > педагогический', /«= педагогический» или «= управленческий»/, 22],
    ['Предмет в ()', /Ожидается значение после «\(»/, 11],
    ['= да', /Ожидается название столбца/, 0],
    ['Наставник И ()', /Пустые скобки/, 13],
  ];
  for (const [text, message, position] of cases) {
    it(`«${text}» → ${message.source} at ${position}`, () => {
      const e = error(text);
      expect(e.message).toMatch(message);
      expect(e.position).toBe(position);
    });
  }

  it('deep nesting is refused with a message, not a stack overflow', () => {
    expect(error(`${'('.repeat(5000)}Наставник${')'.repeat(5000)}`).message).toMatch(/вложенность/);
    expect(error(`${'НЕ '.repeat(5000)}Наставник`).message).toMatch(/вложенность/);
    expect(parsed(`${'('.repeat(20)}Наставник${')'.repeat(20)}`)).toEqual(yes('isMentor'));
  });
});

describe('docs/catalogue.md', () => {
  it('every example condition of the help parses', () => {
    const doc = readFileSync(new URL('../../docs/catalogue.md', import.meta.url), 'utf8');
    const block = /## Язык условий[\s\S]*?```\n([\s\S]*?)```/.exec(doc)![1]!;
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) parsed(line);
  });
});

describe('population internals', () => {
  it('each population’s own tree prints and reads back equal up to canonical (flattening, multi-value «начинается с», literal case)', async () => {
    const { POPULATIONS } = await import('../../core/engine/populations');
    const { printCondition } = await import('../../core/catalogue/index');
    for (const [name, tree] of Object.entries(POPULATIONS)) {
      const back = parsed(printCondition(tree));
      expect(canonical(back), name).toEqual(canonical(tree));
    }
  });
});
