/**
 * Workbooks of any size for the benchmark (scripts/bench/index.ts), made from the example
 * generator's rows: a pool of example workbooks (seeds 1…POOL_SEEDS, each the 12 organisations of
 * core/example/generate.ts with all their deliberate mess) is cut into rows per organisation
 * template, and each benchmark tab takes the next rows of its template's stream, in the template's
 * own column layout (so the reordered «Гимназия», the tab without «Категория работника», «+»/«-»,
 * 1/0, TRUE/FALSE and «да»/empty yes/no styles, numbers as text, unknown values… all recur).
 *
 * Every person gets a unique ФИО from a bijection of their index (a double-barrelled surname once
 * the single ones run out), so the same person is never a "part-timer" of two tabs by accident;
 * within one example instance the same ФИО maps to the same new one, so its deliberate duplicate
 * stays a duplicate. Tab sizes are proportional to the template's size; the last tab takes the
 * remainder so the total is exact. Pure and deterministic: seeded generator, no Math.random, no
 * clock. Dates are fresh Date objects per cell, as a host would hand them over.
 */
import type { CellValue, SheetData } from '../../core/cells';
import { generateExampleWorkbook, type ExampleCell, type ExampleSheet } from '../../core/example/generate';

/** Example workbooks in the pool: 40 × 757 ≈ 30,000 distinct rows. */
export const POOL_SEEDS = 40;
const RESERVED = new Set(['Настройки', 'Организации', 'Муниципалитет']);

interface Template {
  readonly name: string;
  /** Rows above and including the header row. */
  readonly head: readonly ExampleCell[][];
  readonly fioColumn: number;
  /** Data rows of every pool instance, instance after instance (totals rows left out). */
  readonly rows: readonly ExampleCell[][];
  /** Index in `rows` where each instance starts. */
  readonly starts: ReadonlySet<number>;
  /** The template's row in `Организации` of the example (type, flags, staffing). */
  readonly listing: readonly ExampleCell[];
  readonly size: number;
}

let pool: Template[] | null = null;

function headerIndex(sheet: ExampleSheet): number {
  return sheet.rows.findIndex((r) => r.some((v) => typeof v === 'string' && v.trim() === 'ФИО'));
}

/** The 12 organisation templates with their rows from every pool seed. */
export function templates(): readonly Template[] {
  if (pool) return pool;
  const built = new Map<string, { head: ExampleCell[][]; fio: number; rows: ExampleCell[][]; starts: number[]; listing: ExampleCell[]; size: number }>();
  for (let seed = 1; seed <= POOL_SEEDS; seed++) {
    const wb = generateExampleWorkbook(seed);
    const orgSheet = wb.sheets.find((s) => s.name === 'Организации')!;
    for (const sheet of wb.sheets) {
      if (RESERVED.has(sheet.name)) continue;
      const h = headerIndex(sheet);
      const fio = sheet.rows[h]!.findIndex((v) => typeof v === 'string' && v.trim() === 'ФИО');
      let t = built.get(sheet.name);
      if (!t) {
        t = { head: sheet.rows.slice(0, h + 1), fio, rows: [], starts: [], listing: orgSheet.rows.find((r) => r[0] === sheet.name)!, size: sheet.rows.length - h - 1 };
        built.set(sheet.name, t);
      }
      t.starts.push(t.rows.length);
      for (const row of sheet.rows.slice(h + 1)) {
        const name = row[fio];
        if (typeof name === 'string' && /^\s*(итого|всего)/i.test(name)) continue;
        t.rows.push(row);
      }
    }
  }
  pool = [...built.entries()].map(([name, t]) => ({ name, head: t.head, fioColumn: t.fio, rows: t.rows, starts: new Set(t.starts), listing: t.listing, size: t.size }));
  return pool;
}

const SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Сергеев', 'Кузьмин', 'Фролов', 'Дмитриев', 'Гусев', 'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Белов'];
const FIRST = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Светлана', 'Ирина', 'Марина', 'Людмила', 'Галина', 'Надежда', 'Юлия', 'Анна', 'Екатерина', 'Оксана', 'Вера', 'Лариса', 'Дарья', 'Ксения', 'Алина', 'Полина'];
const PATRONYMICS = ['Александровна', 'Сергеевна', 'Андреевна', 'Алексеевна', 'Дмитриевна', 'Владимировна', 'Евгеньевна', 'Николаевна', 'Игоревна', 'Михайловна', 'Юрьевна', 'Викторовна', 'Ивановна', 'Павловна', 'Петровна', 'Олеговна'];

/**
 * A unique ФИО for every index: its digits in mixed base (surname, name, patronymic), and what is
 * left over as further surnames of a double-barrelled family name (40 × 20 × 16 = 12,800 simple
 * names, 512,000 with two surnames, 20 million with three).
 */
export function uniqueName(index: number): string {
  const s = SURNAMES.length;
  const surname = (k: number): string => `${SURNAMES[k % s]!}а`;
  let rest = index;
  const family = [surname(rest)];
  rest = Math.floor(rest / s);
  const first = FIRST[rest % FIRST.length]!;
  rest = Math.floor(rest / FIRST.length);
  const patronymic = PATRONYMICS[rest % PATRONYMICS.length]!;
  rest = Math.floor(rest / PATRONYMICS.length);
  while (rest > 0) {
    rest -= 1;
    family.push(surname(rest));
    rest = Math.floor(rest / s);
  }
  return `${family.join('-')} ${first} ${patronymic}`;
}

const copyCell = (v: ExampleCell): CellValue => (v instanceof Date ? new Date(v.getTime()) : v);

export interface BenchWorkbook {
  readonly sheets: SheetData[];
  /** Data rows in organisation tabs (rows the reader looks at; a few are skipped as mess). */
  readonly rows: number;
  readonly tabs: number;
}

/**
 * A workbook of `rows` data rows over `tabs` organisation tabs plus `Настройки`, `Организации`
 * (every tab listed) and `Муниципалитет`. `firstPerson` shifts the people's names, so workbooks
 * made with offsets `rows` apart hold different people (the municipalities of a region).
 */
export function benchWorkbook(rows: number, tabs: number, firstPerson = 0): BenchWorkbook {
  const ts = templates();
  const weights = Array.from({ length: tabs }, (_, t) => ts[t % ts.length]!.size);
  const scale = rows / weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.round(w * scale)));
  sizes[tabs - 1] = Math.max(1, sizes[tabs - 1]! + rows - sizes.reduce((a, b) => a + b, 0));
  const cursor = ts.map(() => 0);
  let person = firstPerson;
  const tabSheets: SheetData[] = [];
  const listings: CellValue[][] = [];
  for (let t = 0; t < tabs; t++) {
    const tpl = ts[t % ts.length]!;
    const name = `${t + 1}. ${tpl.name}`.slice(0, 31);
    const values: CellValue[][] = tpl.head.map((r) => r.map(copyCell));
    const names = new Map<string, string>();
    const counted = new Set<string>();
    for (let i = 0; i < sizes[t]!; i++) {
      const at = cursor[t % ts.length]! % tpl.rows.length;
      cursor[t % ts.length]!++;
      // A new example instance starts: its names are new people.
      if (tpl.starts.has(at)) names.clear();
      const src = tpl.rows[at]!;
      const row = src.map(copyCell);
      const fio = src[tpl.fioColumn];
      if (typeof fio === 'string' && fio.trim() !== '') {
        let fresh = names.get(fio);
        if (fresh === undefined) {
          fresh = uniqueName(person++);
          names.set(fio, fresh);
        }
        row[tpl.fioColumn] = fresh;
        counted.add(fresh);
      }
      values.push(row);
    }
    tabSheets.push({ name, values });
    const [, type, low, internship, model, incentives, planned, actual] = tpl.listing;
    const ratio = typeof planned === 'number' && typeof actual === 'number' && actual > 0 ? planned / actual : 1.2;
    listings.push([name, type, low, internship, model, incentives, Math.round(counted.size * ratio), counted.size]);
  }
  const example = generateExampleWorkbook(1);
  const reserved = (n: string): CellValue[][] => example.sheets.find((s) => s.name === n)!.rows.map((r) => r.map(copyCell));
  const organizations = reserved('Организации').slice(0, 1);
  return {
    sheets: [
      { name: 'Настройки', values: reserved('Настройки') },
      { name: 'Организации', values: [...organizations, ...listings] },
      { name: 'Муниципалитет', values: reserved('Муниципалитет') },
      ...tabSheets,
    ],
    rows,
    tabs,
  };
}
