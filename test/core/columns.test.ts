/**
 * The dataset's coded columns (core/column.ts) and the remembering cell parsers that fill them
 * (core/read/cell-parsers.ts): whatever a parser remembered, its answers are the plain parser's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../core/cells';
import { columnOf, constantColumn, valueAt, valuesOf, ValueDictionary } from '../../core/column';
import type { FieldType } from '../../core/fields';
import { cellParsers, MEMO_LIMIT } from '../../core/read/cell-parsers';
import { parseContestLevel, parseDate, parseNumber, parseQualification, parseStaffCategory, parseText, parseYesNo, UNKNOWN } from '../../core/values';

/** The reference date of the reads below: 1 June 2024. */
const REF = new Date(Date.UTC(2024, 5, 1));

const PLAIN: Record<FieldType, (cell: CellValue) => unknown> = {
  yesno: parseYesNo,
  number: parseNumber,
  date: (cell) => {
    const d = parseDate(cell);
    return d instanceof Date ? d.toISOString().slice(0, 10) : d;
  },
  staffCategory: parseStaffCategory,
  qualification: parseQualification,
  contestLevel: parseContestLevel,
  text: parseText,
};

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom('да', 'Да', ' ДА ', 'нет', '+', '-', '', '  ', '?', 'высшая', 'Первая', 'учитель', 'Региональный', '27,5', '1 200', '12.05.1980', '1980-05-12'),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(null, undefined, true, false, 0, 1, 2, 27.5, -3, 29000, 45000),
  fc.integer({ min: 0, max: 80_000 }).map((days) => new Date(Date.UTC(1900, 0, 1) + days * 86_400_000)),
);

describe('cellParsers', () => {
  it('answers every cell of every type as the plain parser does, repeated cells included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(PLAIN) as FieldType[])), fc.array(cell, { maxLength: 40 }), (type, cells) => {
        const reader = cellParsers(REF).field('custom:f', type);
        for (const c of [...cells, ...cells]) expect(reader.dictionary.values[reader.codes.answer(c)]).toEqual(PLAIN[type](c));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps answering correctly once it has stopped remembering new cells', () => {
    const reader = cellParsers(REF).field('custom:n', 'number');
    for (let i = 0; i < MEMO_LIMIT + 10; i++) expect(reader.dictionary.values[reader.codes.answer(`${i},5`)]).toBe(i + 0.5);
    expect(reader.dictionary.values[reader.codes.answer('7,5')]).toBe(7.5);
    expect(reader.dictionary.values[reader.codes.answer('не число')]).toBe(UNKNOWN);
  });

  it('gives one field one dictionary for the whole read, and each field its own', () => {
    const parsers = cellParsers(REF);
    const a = parsers.field('pk', 'yesno');
    const b = parsers.field('pk', 'yesno');
    const c = parsers.field('ippr', 'yesno');
    expect(b).toBe(a);
    expect(c.dictionary).not.toBe(a.dictionary);
    expect(a.codes.answer('да')).toBe(a.codes.answer('+'));
  });

  it('reads a birth date as the age at the reference date, in the age dictionary', () => {
    const parsers = cellParsers(REF);
    const ages = parsers.field('age', 'number').dictionary.values;
    const age = (cell: CellValue) => {
      const b = parsers.birth(cell);
      return { unknown: b.unknown, future: b.future, age: ages[b.ageCode] };
    };
    // The day before the birthday, the birthday itself, a serial, an impossible day, the future, empty.
    expect(age('02.06.1980')).toEqual({ unknown: false, future: false, age: 43 });
    expect(age('01.06.1980')).toEqual({ unknown: false, future: false, age: 44 });
    expect(age(29_373)).toEqual({ unknown: false, future: false, age: 44 });
    expect(age('31.02.1980')).toEqual({ unknown: true, future: false, age: UNKNOWN });
    expect(age('02.06.2024')).toEqual({ unknown: false, future: true, age: UNKNOWN });
    expect(age(null)).toEqual({ unknown: false, future: false, age: null });
    expect(age('02.06.1980')).toEqual(age(new Date(Date.UTC(1980, 5, 2))));
  });
});

describe('columns', () => {
  it('decode to the values they were made of', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.boolean(), fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.constant(UNKNOWN))), (values) => {
        const column = columnOf(values);
        expect(valuesOf(column)).toEqual(values);
        expect(column.dictionary.length).toBe(new Set(values).size);
        values.forEach((v, i) => expect(valueAt(column, i)).toBe(v));
      }),
    );
  });

  it('read as undefined where the organisation has no such column', () => {
    expect(valueAt(undefined, 3)).toBeUndefined();
    expect(valuesOf(constantColumn('ДОО', 3))).toEqual(['ДОО', 'ДОО', 'ДОО']);
  });

  it('share codes through one dictionary', () => {
    const d = new ValueDictionary();
    expect([d.codeOf('да'), d.codeOf(null), d.codeOf('да'), d.codeOf(UNKNOWN), d.codeOf(null)]).toEqual([0, 1, 0, 2, 1]);
    expect(d.values).toEqual(['да', null, UNKNOWN]);
  });
});
