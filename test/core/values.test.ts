/**
 * Cell value forms of workbook.md §1.2 (core/values.ts): every yes and no token, numbers written
 * as text, dates in the three host forms, whole years of age at the reference date, and the
 * category, qualification and contest level columns. Anything else must be UNKNOWN, never "нет".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CONTEST_LEVELS } from '../../core/expr';
import {
  ageAt,
  inferStaffCategory,
  parseContestLevel,
  parseDate,
  parseNumber,
  parseQualification,
  parseStaffCategory,
  parseText,
  parseYesNo,
  UNKNOWN,
} from '../../core/values';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const iso = (v: unknown): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

describe('yes/no', () => {
  const YES = ['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'v', '✓', '✔', 'x', 'х'];
  const NO = ['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-', '–', '—'];

  it.each(YES)('«%s» is yes in any case and with surrounding spaces', (token) => {
    expect(parseYesNo(token)).toBe(true);
    expect(parseYesNo(token.toUpperCase())).toBe(true);
    expect(parseYesNo(`  ${token.toUpperCase()}  `)).toBe(true);
    expect(parseYesNo(`\u00a0${token}\t`)).toBe(true);
  });

  it.each(NO)('«%s» is no in any case and with surrounding spaces', (token) => {
    expect(parseYesNo(token)).toBe(false);
    expect(parseYesNo(token.toUpperCase())).toBe(false);
    expect(parseYesNo(`  ${token.toUpperCase()}  `)).toBe(false);
  });

  it('mixed case forms people type', () => {
    expect(parseYesNo('Да')).toBe(true);
    expect(parseYesNo('ДА')).toBe(true);
    expect(parseYesNo(' Да ')).toBe(true);
    expect(parseYesNo('Нет')).toBe(false);
    expect(parseYesNo('ИСТИНА')).toBe(true);
    expect(parseYesNo('Ложь')).toBe(false);
  });

  it('Latin x and Cyrillic х, upper and lower, are both yes', () => {
    expect(parseYesNo('x')).toBe(true);
    expect(parseYesNo('X')).toBe(true);
    expect(parseYesNo('\u0445')).toBe(true); // х
    expect(parseYesNo('\u0425')).toBe(true); // Х
  });

  it('booleans and checkboxes: TRUE is yes, FALSE is no', () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
  });

  it('numbers 1 and 0 (Office.js gives numbers) are yes and no; other numbers are unknown', () => {
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
    expect(parseYesNo(2)).toBe(UNKNOWN);
    expect(parseYesNo(0.5)).toBe(UNKNOWN);
    expect(parseYesNo(-1)).toBe(UNKNOWN);
  });

  it('an empty cell is no', () => {
    expect(parseYesNo(null)).toBe(false);
    expect(parseYesNo(undefined)).toBe(false);
    expect(parseYesNo('')).toBe(false);
    expect(parseYesNo('   ')).toBe(false);
  });

  it('anything else is unknown, never silently no', () => {
    for (const v of ['?', 'не знаю', 'в процессе', 'да/нет', 'yes!', 'нет.', 'данет', 'ok', '2']) expect(parseYesNo(v), v).toBe(UNKNOWN);
    expect(parseYesNo(utc(2024, 6, 1))).toBe(UNKNOWN);
  });
});

describe('numbers', () => {
  it('numbers stay numbers', () => {
    expect(parseNumber(27)).toBe(27);
    expect(parseNumber(27.5)).toBe(27.5);
    expect(parseNumber(0)).toBe(0);
  });

  it('text with a decimal comma, a decimal point or thousands separated by spaces', () => {
    expect(parseNumber('27,5')).toBe(27.5);
    expect(parseNumber('27.5')).toBe(27.5);
    expect(parseNumber(' 18 ')).toBe(18);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('1\u00a0200')).toBe(1200); // no-break space
    expect(parseNumber('1\u202f200')).toBe(1200); // narrow no-break space
    expect(parseNumber('1 200,5')).toBe(1200.5);
  });

  it('empty is null (no value), not zero', () => {
    expect(parseNumber(null)).toBe(null);
    expect(parseNumber(undefined)).toBe(null);
    expect(parseNumber('')).toBe(null);
    expect(parseNumber('  ')).toBe(null);
  });

  it('garbage is unknown', () => {
    for (const v of ['abc', '27,5 ч', '5 лет', '1,2,3', '12-14', '?', '--1']) expect(parseNumber(v), v).toBe(UNKNOWN);
    expect(parseNumber(true)).toBe(UNKNOWN);
    expect(parseNumber(Number.NaN)).toBe(UNKNOWN);
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBe(UNKNOWN);
    expect(parseNumber(utc(2024, 1, 1))).toBe(UNKNOWN);
  });
});

describe('dates', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('a Date value (Google Sheets) keeps its calendar day', () => {
    expect(iso(parseDate(new Date(2024, 5, 1)))).toBe('2024-06-01');
    expect(iso(parseDate(utc(1989, 6, 2)))).toBe('1989-06-02');
  });

  it('a Date at UTC midnight (ExcelJS) keeps its day west of Greenwich too', () => {
    process.env.TZ = 'America/New_York';
    // 2024-06-01T00:00Z is 31 May 20:00 in New York; the cell still says 1 June.
    expect(iso(parseDate(utc(2024, 6, 1)))).toBe('2024-06-01');
    // Local midnight (Apps Script in the script's time zone) keeps its day as well.
    expect(iso(parseDate(new Date(2024, 5, 1)))).toBe('2024-06-01');
  });

  it('a Date at local midnight east of Greenwich (Apps Script in Yekaterinburg) keeps its day', () => {
    process.env.TZ = 'Asia/Yekaterinburg';
    // new Date(2024, 5, 1) is 2024-05-31T19:00Z there.
    expect(iso(parseDate(new Date(2024, 5, 1)))).toBe('2024-06-01');
    expect(iso(parseDate(utc(2024, 6, 1)))).toBe('2024-06-01');
  });

  it('Excel serial numbers (Office.js)', () => {
    // 45292 is 2024-01-01; + 31 (Jan) + 29 (Feb, leap) + 31 + 30 + 31 = 152 days → 45444 = 2024-06-01.
    expect(iso(parseDate(45444))).toBe('2024-06-01');
    expect(iso(parseDate(45292))).toBe('2024-01-01');
    // A serial with a time of day keeps its day.
    expect(iso(parseDate(45444.75))).toBe('2024-06-01');
    // 32661 = 1989-06-02 (45444 − 32661 = 12783 days = 35 years of 365 days + 8 leap days; 35·365 + 8 = 12783).
    expect(iso(parseDate(32661))).toBe('1989-06-02');
  });

  it('text ДД.ММ.ГГГГ and ГГГГ-ММ-ДД', () => {
    expect(iso(parseDate('01.06.2024'))).toBe('2024-06-01');
    expect(iso(parseDate('1.6.2024'))).toBe('2024-06-01');
    expect(iso(parseDate(' 01.06.2024 '))).toBe('2024-06-01');
    expect(iso(parseDate('01.06.2024 г.'))).toBe('2024-06-01');
    expect(iso(parseDate('2024-06-01'))).toBe('2024-06-01');
    expect(iso(parseDate('29.02.2024'))).toBe('2024-02-29');
  });

  it('impossible dates and other text are unknown', () => {
    for (const v of ['31.02.2024', '29.02.2023', '32.01.2024', '01.13.2024', '2024-13-01', '2024-02-30', 'вчера', '06/2024', '1 июня 2024'])
      expect(parseDate(v), v).toBe(UNKNOWN);
    expect(parseDate(true)).toBe(UNKNOWN);
    expect(parseDate(new Date(Number.NaN))).toBe(UNKNOWN);
    // Small numbers are not dates (an age typed into the date column).
    expect(parseDate(42)).toBe(UNKNOWN);
  });

  it('empty is null', () => {
    expect(parseDate(null)).toBe(null);
    expect(parseDate('')).toBe(null);
  });
});

describe('age in whole years at the reference date', () => {
  const ref = utc(2024, 6, 1);
  it('the birthday on the reference date counts the new year', () => {
    expect(ageAt(utc(2000, 6, 1), ref)).toBe(24); // 2024 − 2000 = 24, birthday reached
    expect(ageAt(utc(1989, 6, 1), ref)).toBe(35); // 35th birthday exactly on the reference date
  });
  it('the birthday the day after the reference date does not', () => {
    expect(ageAt(utc(2000, 6, 2), ref)).toBe(23); // 24 − 1, birthday not yet reached
    expect(ageAt(utc(1989, 6, 2), ref)).toBe(34);
  });
  it('an earlier month has passed, a later month has not', () => {
    expect(ageAt(utc(1990, 5, 31), ref)).toBe(34); // 2024 − 1990 = 34
    expect(ageAt(utc(1990, 7, 1), ref)).toBe(33); // 34 − 1
  });
  it('works on dates read from the other host forms', () => {
    expect(ageAt(parseDate('02.06.1989') as Date, ref)).toBe(34);
    expect(ageAt(parseDate(32661) as Date, ref)).toBe(34); // 32661 = 1989-06-02
  });
});

describe('staff category', () => {
  it('the two words and their usual forms', () => {
    expect(parseStaffCategory('педагогический')).toBe('педагогический');
    expect(parseStaffCategory(' Педагогический работник ')).toBe('педагогический');
    expect(parseStaffCategory('ПЕДАГОГИЧЕСКИЕ')).toBe('педагогический');
    expect(parseStaffCategory('управленческий')).toBe('управленческий');
    expect(parseStaffCategory('Управленческий')).toBe('управленческий');
    expect(parseStaffCategory('руководящий')).toBe('управленческий');
    expect(parseStaffCategory('административно-управленческий')).toBe('управленческий');
  });
  it('empty is null (category then inferred), other words are unknown', () => {
    expect(parseStaffCategory('')).toBe(null);
    expect(parseStaffCategory(null)).toBe(null);
    expect(parseStaffCategory('технический')).toBe(UNKNOWN);
    expect(parseStaffCategory('обслуживающий персонал')).toBe(UNKNOWN);
    expect(parseStaffCategory(1)).toBe(UNKNOWN);
    // Punctuation only is not an empty cell: it must not be silently replaced by the inferred category.
    expect(parseStaffCategory('?')).toBe(UNKNOWN);
  });
  it('inferred from the position: управленческий only for the words of workbook.md §1.1', () => {
    for (const p of ['Директор', 'заведующий', 'Заведующая', 'Заместитель директора по УВР', 'Начальник отдела', 'Руководитель структурного подразделения'])
      expect(inferStaffCategory(p), p).toBe('управленческий');
    for (const p of ['Учитель', 'Воспитатель', 'Музыкальный руководитель', 'Руководитель физического воспитания', 'Педагог-психолог', ''])
      expect(inferStaffCategory(p), p).toBe('педагогический');
  });
});

describe('qualification', () => {
  it('the four forms and their usual spellings', () => {
    expect(parseQualification('высшая')).toBe('высшая');
    expect(parseQualification('Высшая квалификационная категория')).toBe('высшая');
    expect(parseQualification('ВКК')).toBe('высшая');
    expect(parseQualification('первая')).toBe('первая');
    expect(parseQualification('Первая')).toBe('первая');
    expect(parseQualification('1 КК')).toBe('первая');
    expect(parseQualification('СЗД')).toBe('СЗД');
    expect(parseQualification('сзд')).toBe('СЗД');
    expect(parseQualification('Соответствие занимаемой должности')).toBe('СЗД');
    expect(parseQualification('нет')).toBe('нет');
    expect(parseQualification('без категории')).toBe('нет');
    expect(parseQualification('Не имеет')).toBe('нет');
    expect(parseQualification('-')).toBe('нет');
    expect(parseQualification('—')).toBe('нет');
  });
  it('empty is null, anything else unknown', () => {
    expect(parseQualification(null)).toBe(null);
    expect(parseQualification('')).toBe(null);
    expect(parseQualification('вторая')).toBe(UNKNOWN);
    expect(parseQualification('молодой специалист')).toBe(UNKNOWN);
    expect(parseQualification(true)).toBe(UNKNOWN);
    expect(parseQualification('?')).toBe(UNKNOWN);
  });
});

describe('contest level', () => {
  it('the five levels of workbook.md §1.1 in rising order', () => {
    expect([...CONTEST_LEVELS]).toEqual(['нет', 'муниципальный', 'региональный', 'федеральный', 'призёр федерального']);
    const ranks = CONTEST_LEVELS.map((l) => parseContestLevel(l));
    expect(ranks).toEqual([0, 1, 2, 3, 4]);
    for (let i = 1; i < ranks.length; i++) expect(ranks[i] as number).toBeGreaterThan(ranks[i - 1] as number);
  });
  it('case, ё/е and wording variants', () => {
    expect(parseContestLevel('Призёр федерального')).toBe(4);
    expect(parseContestLevel('призер федерального')).toBe(4);
    expect(parseContestLevel('Победитель всероссийского этапа')).toBe(4);
    expect(parseContestLevel('ФЕДЕРАЛЬНЫЙ')).toBe(3);
    expect(parseContestLevel('Всероссийский')).toBe(3);
    expect(parseContestLevel('Региональный')).toBe(2);
    expect(parseContestLevel('областной')).toBe(2);
    expect(parseContestLevel(' Муниципальный ')).toBe(1);
    expect(parseContestLevel('городской')).toBe(1);
  });
  it('empty and every no form mean "did not take part"', () => {
    expect(parseContestLevel(null)).toBe(0);
    expect(parseContestLevel('')).toBe(0);
    expect(parseContestLevel('Нет')).toBe(0);
    expect(parseContestLevel('-')).toBe(0);
    expect(parseContestLevel('не участвовал')).toBe(0);
    expect(parseContestLevel('Н')).toBe(0);
    expect(parseContestLevel('NO')).toBe(0);
  });
  it('anything else is unknown', () => {
    expect(parseContestLevel('международный')).toBe(UNKNOWN);
    // "?" normalises to nothing but is not an answer: it must not be counted as "нет".
    expect(parseContestLevel('?')).toBe(UNKNOWN);
    expect(parseContestLevel('...')).toBe(UNKNOWN);
    expect(parseContestLevel(true)).toBe(UNKNOWN);
    expect(parseContestLevel(7)).toBe(UNKNOWN);
  });
});

describe('text', () => {
  it('trims, collapses spaces, keeps numbers as digits, empty is null', () => {
    expect(parseText('  учитель   математики ')).toBe('учитель математики');
    expect(parseText(5)).toBe('5');
    expect(parseText('')).toBe(null);
    expect(parseText(null)).toBe(null);
  });
  it('a date in a text column is its ISO day; an invalid Date is empty, never a RangeError', () => {
    expect(parseText(utc(2024, 6, 1))).toBe('2024-06-01');
    expect(parseText(new Date(Number.NaN))).toBe(null);
  });
});
