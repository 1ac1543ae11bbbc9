/**
 * Fuzzing the condition language with fast-check: no input crashes the parser (random text,
 * including astral characters and lone surrogates, and random soups of the language's own tokens,
 * where mistakes are likeliest) — every answer is a tree or an error with a position inside the
 * text; and for random condition trees over every kind of column, printing then parsing gives the
 * same tree up to `canonical`. The reader of the whole sheet is fuzzed the same way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonical,
  INTERNAL_ERROR,
  parseCondition,
  parseGroup,
  printCondition,
  printGroup,
  readCatalogue,
  vocabulary,
  type ParseResult,
} from '../../core/catalogue/index';
import type { CompareOp, Expr, PopulationName } from '../../core/criteria';
import { customFieldKey, ROSTER_FIELDS, type CustomFieldDef, type FieldKey } from '../../core/fields';
import { PRESETS } from '../../core/presets/index';
import { COLUMNS } from '../../core/texts/ru/catalogue';

const CUSTOM: CustomFieldDef[] = [
  { key: customFieldKey('hack'), header: 'Участник хакатона 2024', type: 'yesno' },
  { key: customFieldKey('hours'), header: 'Часов обучения', type: 'number' },
  { key: customFieldKey('attest'), header: 'Дата аттестации', type: 'date' },
  // Brackets make the header unreadable in a condition: it is printed by its key.
  { key: customFieldKey('direction'), header: 'Направление (профиль)', type: 'text' },
];
const VOCAB = vocabulary(CUSTOM);
const RUNS = { numRuns: 400 };

function sane(text: string, r: ParseResult): void {
  if (r.ok) return;
  expect(r.error.message).not.toBe(INTERNAL_ERROR);
  expect(r.error.message.length).toBeGreaterThan(0);
  expect(r.error.position).toBeGreaterThanOrEqual(0);
  expect(r.error.position).toBeLessThanOrEqual(text.length);
}

const TOKENS = [
  'Наставник', 'Возраст', 'Региональная диагностика', 'Уровень конкурсов', 'Предмет', 'Должность', 'Нагрузка, часов в неделю',
  'Оценка управленческих компетенций, %', 'Тип организации', 'Категория работника', 'Квалификационная категория',
  'Участник хакатона 2024', 'Часов обучения', 'Дата аттестации', 'direction', 'ФИО', 'Дата рождения',
  'И', 'ИЛИ', 'НЕ', 'не', 'в', 'содержит', 'начинается', 'с', 'заполнено', 'группа', 'молодые педагоги', 'все', 'учителя',
  '=', '≠', '!=', '<>', '<', '≤', '<=', '>', '≥', '>=', '==', '(', ')', ',', ';', ':', '.', '«', '»', '"', "'", '“', '%', '-', '–',
  'да', 'нет', '35', '27,5', '-3', '0', '1e5', '01.09.2023', '2024-13-45', 'региональный', 'призёр федерального', 'ДОО',
  'математика', '«учитель начальных классов»', '""', '«»', '@', '#', '\n', '\t', '\u00a0', '😀', '\ud800', '',
];
const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '  '), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => `${w}${gaps[i]}`).join('')),
);

describe('no input crashes the parser', () => {
  it('random strings (any code units)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        sane(text, parseCondition(text, VOCAB));
        sane(text, parseGroup(text, VOCAB));
      }),
      { numRuns: 1000 },
    );
  });

  it('random soups of the language’s own tokens', () => {
    fc.assert(
      fc.property(soup, (text) => {
        sane(text, parseCondition(text, VOCAB));
        sane(text, parseGroup(text, VOCAB));
      }),
      { numRuns: 3000 },
    );
  });

  it('random sheets: readCatalogue reports bad rows as issues and never throws', () => {
    const header = Object.values(COLUMNS);
    const cell = fc.oneof(soup, fc.constantFrom('доля', 'количество', 'наличие', 'доля организаций', 'среднее', 'распределение', 'не менее 90 %', '≥ 5', 'да', 'Муниципалитет: Кураторы ИОМ', 'Организации: Штатная численность / Фактическая численность', 'порог: > 30 %; типы: ОО', 'низкий ≤ 60; высокий > 60', 'по предметам', '1.1', ''), fc.integer(), fc.boolean(), fc.constant(null));
    const row = fc.array(cell, { maxLength: 10 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.constantFrom(...PRESETS), (rows, preset) => {
        const grid = [header, ...rows, [], ['Дополнительные столбцы'], ['Ключ', 'Заголовок столбца', 'Тип'], ...rows.slice(0, 3)];
        const r = readCatalogue(grid, preset);
        expect(r.found).toBe(true);
        for (const issue of r.issues) {
          expect(issue.code).toBe('catalogue');
          expect(issue.row).toBeGreaterThan(0);
        }
        expect(new Set(r.preset.criteria.map((c) => c.id)).size).toBe(r.preset.criteria.length);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- random condition trees, typed by column ----

const fieldsOfType = (type: string): FieldKey[] =>
  (ROSTER_FIELDS as readonly { key: string; type: string }[]).filter((f) => f.type === type && f.key !== 'fio' && f.key !== 'birthDate').map((f) => f.key as FieldKey);
const YES_NO: FieldKey[] = [...fieldsOfType('yesno'), 'lowResults', customFieldKey('hack')];
const NUMBERS: FieldKey[] = [...fieldsOfType('number'), customFieldKey('hours')];
const TEXTS: FieldKey[] = [...fieldsOfType('text'), customFieldKey('direction')];
const ANY_FIELD: FieldKey[] = [...YES_NO, ...NUMBERS, ...TEXTS, 'contestLevel', 'staffCategory', 'qualification', 'orgType', customFieldKey('attest')];
const ALL_OPS: CompareOp[] = ['=', '!=', '<', '<=', '>', '>='];
const EQ_OPS: CompareOp[] = ['=', '!='];
const POPULATIONS: PopulationName[] = ['all', 'ped', 'mgmt', 'teachers', 'young', 'mentors', 'offProfile', 'addEd', 'preschool', 'school', 'lowResults', 'stem', 'diagnosed'];

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('математика', 'учитель', 'и', 'или', 'не', 'в', 'с', 'И-', 'русский язык', 'a»b"c”d\'e', '5', '', '-', 'учитель-логопед'),
);
const number = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -500000, max: 500000 }).map((n) => n / 100));
const isoDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom(...YES_NO).map((field): Expr => ({ op: 'yes', field })),
  fc.constantFrom(...ANY_FIELD).map((field): Expr => ({ op: 'filled', field })),
  fc.tuple(fc.constantFrom(...NUMBERS), fc.constantFrom(...ALL_OPS), number).map(([field, c, value]): Expr => ({ op: 'cmp', field, cmp: c, value })),
  fc.tuple(fc.constantFrom(...ALL_OPS), fc.integer({ min: 0, max: 4 })).map(([c, value]): Expr => ({ op: 'cmp', field: 'contestLevel', cmp: c, value })),
  fc.tuple(fc.constantFrom(...EQ_OPS), fc.constantFrom('педагогический', 'управленческий')).map(([c, value]): Expr => ({ op: 'cmp', field: 'staffCategory', cmp: c, value })),
  fc.tuple(fc.constantFrom(...EQ_OPS), fc.constantFrom('высшая', 'первая', 'СЗД', 'нет')).map(([c, value]): Expr => ({ op: 'cmp', field: 'qualification', cmp: c, value })),
  fc.tuple(fc.constantFrom(...ALL_OPS), fc.constantFrom('ДОО', 'ОО', 'УДО')).map(([c, value]): Expr => ({ op: 'cmp', field: 'orgType', cmp: c, value })),
  fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom(...ALL_OPS), text).map(([field, c, value]): Expr => ({ op: 'cmp', field, cmp: c, value })),
  fc.tuple(fc.constantFrom(...ALL_OPS), isoDate).map(([c, value]): Expr => ({ op: 'cmp', field: customFieldKey('attest'), cmp: c, value })),
  fc
    .tuple(fc.constantFrom<'contains' | 'startsWith'>('contains', 'startsWith'), fc.constantFrom<FieldKey>(...TEXTS, 'qualification', 'staffCategory'), fc.array(text, { minLength: 1, maxLength: 3 }))
    .map(([op, field, values]): Expr => ({ op, field, values })),
  fc.constantFrom(...POPULATIONS).map((name): Expr => ({ op: 'population', name })),
  fc.constant<Expr>({ op: 'true' }),
);

const tree = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    tie('expr').map((arg): Expr => ({ op: 'not', arg })),
    fc.array(tie('expr'), { minLength: 1, maxLength: 4 }).map((args): Expr => ({ op: 'and', args })),
    fc.array(tie('expr'), { minLength: 1, maxLength: 4 }).map((args): Expr => ({ op: 'or', args })),
  ),
})).expr;

describe('print → parse is the identity up to canonical', () => {
  it('for random trees, as a condition and as a group', () => {
    fc.assert(
      fc.property(tree, (e) => {
        const printed = printCondition(e, VOCAB);
        const back = parseCondition(printed, VOCAB);
        if (!back.ok) throw new Error(`«${printed}»: ${back.error.message} @${back.error.position}`);
        expect(canonical(back.expr)).toEqual(canonical(e));
        const group = printGroup(e, VOCAB);
        const backGroup = parseGroup(group, VOCAB);
        if (!backGroup.ok) throw new Error(`«${group}»: ${backGroup.error.message} @${backGroup.error.position}`);
        expect(canonical(backGroup.expr)).toEqual(canonical(e));
      }),
      { numRuns: 1500 },
    );
  });

  it('canonical is idempotent and keeps what the engine distinguishes', () => {
    fc.assert(
      fc.property(tree, (e) => {
        expect(canonical(canonical(e))).toEqual(canonical(e));
      }),
      RUNS,
    );
    expect(canonical({ op: 'cmp', field: 'age', cmp: '<', value: 35 })).not.toEqual(canonical({ op: 'cmp', field: 'age', cmp: '<=', value: 35 }));
  });
});
