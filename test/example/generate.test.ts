/**
 * Guards the example workbook: it must stay deterministic, realistic in size and shape, consistent
 * with workbook.md (every organisation has a tab, `Организации` and `Муниципалитет` complete) and
 * keep every deliberate mess case listed at the top of core/example/generate.ts, because the
 * reader's tolerance is demonstrated and exercised on exactly those cases.
 */
import { describe, expect, it } from 'vitest';
import { generateExampleWorkbook, type ExampleCell, type ExampleSheet } from '../../core/example/generate';

const RESERVED = new Set(['Настройки', 'Организации', 'Муниципалитет']);
const wb = generateExampleWorkbook(2024);
const orgTabs = wb.sheets.filter((s) => !RESERVED.has(s.name));
const sheet = (name: string): ExampleSheet => {
  const found = wb.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

/** Same normalisation as the contract's header matching: lower case, ё = е, non-alphanumerics → one space. */
const norm = (v: ExampleCell): string =>
  typeof v === 'string' ? v.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : '';
const isBlank = (v: ExampleCell | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

interface Tab {
  name: string;
  headerIndex: number;
  header: ExampleCell[];
  data: ExampleCell[][];
  col(header: string): number;
}

function tab(s: ExampleSheet): Tab {
  const headerIndex = s.rows.findIndex((r) => r.some((v) => norm(v) === 'фио') && r.some((v) => norm(v) === 'должность'));
  const header = s.rows[headerIndex];
  return {
    name: s.name,
    headerIndex,
    header,
    data: s.rows.slice(headerIndex + 1).filter((r) => r.some((v) => !isBlank(v))),
    col: (h: string) => header.findIndex((v) => norm(v) === norm(h)),
  };
}

const tabs = orgTabs.map(tab);
const isTotals = (fio: ExampleCell): boolean => /^(итого|всего)/.test(norm(fio));

/** Rows the reader counts: not a totals row, with a ФИО, first occurrence of that ФИО in the tab. */
function countedRows(t: Tab): ExampleCell[][] {
  const fio = t.col('ФИО');
  const seen = new Set<string>();
  return t.data.filter((r) => {
    if (isBlank(r[fio]) || isTotals(r[fio])) return false;
    if (seen.has(norm(r[fio]))) return false;
    seen.add(norm(r[fio]));
    return true;
  });
}

const YES = new Set(['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'v', 'x', 'х']);
const yes = (v: ExampleCell): boolean => v === true || v === 1 || (typeof v === 'string' && YES.has(v.trim().toLowerCase()));

/** Every cell of the column `header` in the staff rows (not totals rows) of every tab that has it. */
function columnCells(header: string): { tab: string; value: ExampleCell }[] {
  return tabs.flatMap((t) => {
    const c = t.col(header);
    const staff = t.data.filter((r) => !isTotals(r[t.col('ФИО')]));
    return c < 0 ? [] : staff.map((r) => ({ tab: t.name, value: r[c] ?? null }));
  });
}

const YESNO_HEADERS = [
  'Образование соответствует профилю', 'Внешний совместитель', 'Региональная диагностика', 'ИОМ ЦНППМ',
  'Наставник', 'Имеет наставника', 'ПК за период', 'ПК по ФР ДПП', 'Проекты и клубы',
];

describe('example workbook: determinism and size', () => {
  it('is the same for the same seed', () => {
    expect(generateExampleWorkbook(2024)).toEqual(wb);
  });

  it('differs for another seed', () => {
    expect(generateExampleWorkbook(2025)).not.toEqual(wb);
  });

  it('has the reserved sheets first, then 10–14 organisation tabs', () => {
    expect(wb.sheets.slice(0, 3).map((s) => s.name)).toEqual(['Настройки', 'Организации', 'Муниципалитет']);
    expect(orgTabs.length).toBeGreaterThanOrEqual(10);
    expect(orgTabs.length).toBeLessThanOrEqual(14);
  });

  it('has between 700 and 800 staff rows', () => {
    const rows = tabs.reduce((s, t) => s + t.data.filter((r) => !isTotals(r[t.col('ФИО')])).length, 0);
    expect(rows).toBeGreaterThanOrEqual(700);
    expect(rows).toBeLessThanOrEqual(800);
  });

  it('has plausible rates of further training and young teachers', () => {
    const pk = columnCells('ПК за период');
    const share = pk.filter((c) => yes(c.value)).length / pk.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.85);
  });
});

describe('example workbook: Организации, Муниципалитет, Настройки', () => {
  const org = sheet('Организации');
  const head = org.rows[0];
  const colOf = (h: string): number => head.indexOf(h);
  const body = org.rows.slice(1);

  it('has every column of workbook.md §3', () => {
    for (const h of ['Организация', 'Тип', 'Школа с низкими результатами', 'Стажировочная площадка', 'ЦМН внедрена',
      'Стимулирование наставников закреплено', 'Штатная численность', 'Фактическая численность']) {
      expect(head, h).toContain(h);
    }
  });

  it('lists exactly the organisation tabs, each with a type', () => {
    const listed = body.map((r) => r[colOf('Организация')]);
    expect(listed).toEqual(orgTabs.map((s) => s.name));
    expect(new Set(body.map((r) => r[colOf('Тип')]))).toEqual(new Set(['ОО', 'ДОО', 'УДО']));
  });

  it('has one or two low-results schools, and staffing above the actual numbers', () => {
    const low = body.filter((r) => r[colOf('Школа с низкими результатами')] === 'да');
    expect(low.length).toBeGreaterThanOrEqual(1);
    expect(low.length).toBeLessThanOrEqual(2);
    for (const r of body) expect(Number(r[colOf('Штатная численность')])).toBeGreaterThan(Number(r[colOf('Фактическая численность')]));
  });

  it('gives each tab its counted row count as Фактическая численность, with a deficit near 16,7 %', () => {
    let staffing = 0;
    let actual = 0;
    for (const r of body) {
      const t = tabs.find((x) => x.name === r[colOf('Организация')]);
      expect(t, String(r[0])).toBeDefined();
      if (t) expect(r[colOf('Фактическая численность')], t.name).toBe(countedRows(t).length);
      staffing += Number(r[colOf('Штатная численность')]);
      actual += Number(r[colOf('Фактическая численность')]);
    }
    expect(1 - actual / staffing).toBeGreaterThan(0.16);
    expect(1 - actual / staffing).toBeLessThan(0.175);
  });

  it('has every municipal row, some yes and some no, and the targeted-training numbers', () => {
    const m = new Map(sheet('Муниципалитет').rows.slice(1).map((r) => [r[0], r[1]]));
    expect(sheet('Муниципалитет').rows[0]).toEqual(['Показатель', 'Значение']);
    for (const k of ['Кураторы ИОМ', 'МО по функциональной грамотности', 'План развития кадрового потенциала',
      'Соглашение с колледжами и вузами', 'Психолого-педагогические классы', 'Договоры о целевом обучении',
      'Объединение наставников', 'Сообщество молодых педагогов']) {
      expect(['да', 'нет'], k).toContain(m.get(k));
    }
    expect([...m.values()]).toContain('да');
    expect([...m.values()]).toContain('нет');
    expect(m.get('Обучались по целевым договорам')).toBe(9);
    expect(m.get('Из них трудоустроены')).toBe(7);
  });

  it('has the settings, with the reference date as a Date', () => {
    const s = new Map(sheet('Настройки').rows.slice(1).map((r) => [r[0], r[1]]));
    expect(sheet('Настройки').rows[0]).toEqual(['Параметр', 'Значение']);
    expect(s.get('Набор показателей')).toBe('alapaevsk-2024');
    expect(s.get('Отчётный период')).toBe('2023-2024');
    expect(s.get('Дата отсчёта')).toEqual(new Date(Date.UTC(2024, 5, 1)));
    expect(s.get('Порог зоны внимания, п.п.')).toBe(15);
  });
});

describe('example workbook: deliberate mess', () => {
  const allYesNo = YESNO_HEADERS.flatMap(columnCells);

  it('writes yes/no in various accepted forms', () => {
    const values = allYesNo.map((c) => c.value);
    for (const form of ['да', 'Да', '+', 1, 'нет', 'Нет', '-', 0, null, true, false]) {
      expect(values, String(form)).toContainEqual(form);
    }
  });

  it('has exactly one tab with booleans TRUE/FALSE', () => {
    const boolTabs = new Set(allYesNo.filter((c) => typeof c.value === 'boolean').map((c) => c.tab));
    expect(boolTabs.size).toBe(1);
  });

  it('has a tab with a title row and an empty row above the header', () => {
    const t = tabs.find((x) => x.headerIndex === 2);
    expect(t).toBeDefined();
    const rows = sheet(t?.name ?? '').rows;
    expect(rows[0].filter((v) => !isBlank(v)).length).toBe(1);
    expect(rows[1].every((v) => isBlank(v))).toBe(true);
  });

  it('has a tab with columns in another order and header spelling variants', () => {
    const t = tabs.find((x) => x.header.includes('Нагрузка (часов в неделю)'));
    expect(t).toBeDefined();
    if (!t) return;
    expect(t.header).toContain('педагогический  стаж');
    expect(t.header).toContain('Удовлетворенность методической службой');
    expect(t.header).not.toContain('Удовлетворённость методической службой');
    expect(t.header.indexOf('ПК за период')).toBeLessThan(t.header.indexOf('Федеральная диагностика'));
    expect(t.header[0]).not.toBe('ФИО');
  });

  it('has a tab without «Категория работника» and a tab without «Уровень конкурсов»', () => {
    expect(tabs.filter((t) => t.col('Категория работника') < 0).length).toBe(1);
    expect(tabs.filter((t) => t.col('Уровень конкурсов') < 0).length).toBeGreaterThanOrEqual(1);
  });

  it('uses «Дата рождения» (UTC-midnight dates) in most tabs and «Возраст» in a couple', () => {
    const withAge = tabs.filter((t) => t.col('Возраст') >= 0);
    const withDate = tabs.filter((t) => t.col('Дата рождения') >= 0);
    expect(withAge.length).toBeGreaterThanOrEqual(2);
    expect(withDate.length).toBeGreaterThan(withAge.length);
    for (const t of withDate) {
      for (const r of countedRows(t)) {
        const d = r[t.col('Дата рождения')];
        expect(d).toBeInstanceOf(Date);
        if (d instanceof Date) expect(d.toISOString().endsWith('T00:00:00.000Z')).toBe(true);
      }
    }
  });

  it('ends two tabs with a totals row', () => {
    const ending = tabs.filter((t) => isTotals(t.data[t.data.length - 1][t.col('ФИО')]));
    expect(ending.length).toBe(2);
    expect(tabs.some((t) => t.data[t.data.length - 1][0] === 'Итого')).toBe(true);
  });

  it('has one row with data but an empty ФИО', () => {
    const rows = tabs.flatMap((t) => t.data.filter((r) => isBlank(r[t.col('ФИО')]) && r.filter((v) => !isBlank(v)).length >= 5));
    expect(rows.length).toBe(1);
  });

  it('has one person entered twice in one tab', () => {
    const dups = tabs.flatMap((t) => {
      const names = t.data.map((r) => norm(r[t.col('ФИО')])).filter((n) => n !== '' && !isTotals(n));
      return names.filter((n, i) => names.indexOf(n) !== i).map((n) => `${t.name}: ${n}`);
    });
    expect(dups.length).toBe(1);
  });

  it('has two part-timers who appear in two tabs', () => {
    const where = new Map<string, Set<string>>();
    for (const t of tabs) {
      for (const r of countedRows(t)) {
        const n = norm(r[t.col('ФИО')]);
        where.set(n, (where.get(n) ?? new Set()).add(t.name));
      }
    }
    expect([...where.values()].filter((s) => s.size === 2).length).toBe(2);
    expect([...where.values()].filter((s) => s.size > 2).length).toBe(0);
  });

  it('has 3–5 unknown values in yes/no columns, among them «?», «не знаю» and «в процессе»', () => {
    const NO = new Set(['нет', 'н', '-', '0', '']);
    const unknown = allYesNo
      .map((c) => c.value)
      .filter((v): v is string => typeof v === 'string' && !YES.has(v.trim().toLowerCase()) && !NO.has(v.trim().toLowerCase()));
    expect(unknown).toEqual(expect.arrayContaining(['?', 'не знаю', 'в процессе']));
    expect(unknown.length).toBeGreaterThanOrEqual(3);
    expect(unknown.length).toBeLessThanOrEqual(5);
  });

  it('has an implausible weekly load of 60 hours', () => {
    const hours = tabs.flatMap((t) => {
      const c = t.header.findIndex((h) => norm(h) === norm('Нагрузка, часов в неделю'));
      return c < 0 ? [] : t.data.map((r) => r[c]);
    });
    expect(hours).toContain(60);
  });

  it('has a tab with numbers as text such as «27,5»', () => {
    const texts = tabs.filter((t) => t.data.some((r) => r[t.col('Нагрузка, часов в неделю')] === '27,5'));
    expect(texts.length).toBe(1);
    const t = texts[0];
    expect(t.data.some((r) => typeof r[t.col('Педагогический стаж')] === 'string')).toBe(true);
  });
});
