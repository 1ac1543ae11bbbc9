/**
 * Problems in the data are values, never exceptions (style.md habit 4): random cells of every
 * kind a host can hand over — text with emoji, 1,000-character text, numbers including NaN,
 * ±Infinity and negatives, booleans, valid and invalid Dates, null and undefined, ragged rows —
 * never make the core throw; every problem becomes a well-formed issue, every figure stays a
 * finite number, a boolean or null, and the output sheets stay rectangular. On generated
 * workbooks, every unknown cell in a counted row is reported on its sheet, row and column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWorkbook, isPedmonitorError, planRun, type CellValue, type ComputeResult, type Figure, type SheetData } from '../../core/index';
import {
  CONTEST_LEVELS,
  HEADERS,
  MUNICIPAL_YES_NO_ROWS,
  NO_TOKENS,
  ORGANIZATIONS_HEADER,
  REFERENCE_DATE,
  YES_TOKENS,
  normalize,
  renderWorkbook,
  workbookArb,
} from '../arbitraries/workbook';

const WORDS: readonly string[] = [
  ...Object.values(HEADERS), ...ORGANIZATIONS_HEADER, ...MUNICIPAL_YES_NO_ROWS, ...YES_TOKENS, ...NO_TOKENS, ...CONTEST_LEVELS,
  'Итого', 'Всего:', 'Показатель', 'Значение', 'Параметр', 'Набор показателей', 'Отчётный период', 'Дата отсчёта',
  'Порог зоны внимания, п.п.', 'alapaevsk-2024', 'karpinsk-2022', '2023-2024', 'ДОО', 'ОО', 'УДО', 'педагогический',
  'управленческий', 'учитель', 'учитель-логопед', 'директор', 'математика',
];

const TRICKY: readonly CellValue[] = [
  '😀', '👩‍🏫 учитель', '🏫'.repeat(500), '\u0000', '\n\t', ' ', '=SUM(A1:A2)', '#N/A', '1 200', '27,5', '-5', '1e308', '1e309',
  '31.02.2024', '2024-13-01', '99.99.9999', '01.01.0001', '9999-12-31', '00.00.0000', 'Infinity', 'NaN', '0x10', '١٢',
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, 1e21, 366, 367, 73051, 73052, -1, 2 ** 53,
];

export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).map((s) => s.repeat(1000).slice(0, 1000)) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
  { weight: 3, arbitrary: fc.constantFrom<CellValue>(null, undefined, '') },
);

const grid = fc.array(fc.array(anyCell, { maxLength: 10 }), { maxLength: 14 });

/** A header row with ФИО and Должность somewhere among random known headers. */
const rosterHeader = fc
  .tuple(fc.shuffledSubarray(Object.values(HEADERS).filter((h) => h !== 'ФИО' && h !== 'Должность'), { maxLength: 10 }), fc.nat(10), fc.nat(10))
  .map(([rest, a, b]) => {
    const row: CellValue[] = [...rest];
    row.splice(a % (row.length + 1), 0, 'ФИО');
    row.splice(b % (row.length + 1), 0, 'Должность');
    return row;
  });

/** Names of Object.prototype members: a tab may be called that, and must stay a plain key («__proto__» starts with «_», so it is never an organisation). */
const PROTOTYPE_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

const OUTPUT_NAMES = new Set(['Показатели', 'Рекомендации', 'Проверка данных', 'История', 'Сводка', '_pedmonitor'].map(normalize));

const sheetName = fc
  .oneof(
    fc.constantFrom('Школа №1', 'Детский сад №2', 'ДДТ', 'Организации', 'Муниципалитет', 'Настройки', 'Настройка показателей', '_служебный', '😀', ''),
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc.string({ maxLength: 20 }),
  )
  .filter((n) => !OUTPUT_NAMES.has(normalize(n)));

const sheetArb: fc.Arbitrary<SheetData> = fc
  .record({ name: sheetName, values: grid, header: fc.option(fc.tuple(rosterHeader, fc.nat(9))) })
  .map(({ name, values, header }) => {
    const rows = values.map((r) => [...r]);
    if (header) rows.splice(Math.min(header[1], rows.length), 0, header[0]);
    return { name, values: rows };
  });

/** Random sheets plus one organisation tab with a header row among random rows, so there is always something to compute. */
const workbook = fc
  .record({
    sheets: fc.uniqueArray(sheetArb, { selector: (s) => s.name, maxLength: 6 }),
    tab: fc.tuple(rosterHeader, grid, fc.nat(9)),
    position: fc.nat(),
  })
  .map(({ sheets, tab: [header, rows, at], position }) => {
    const values = rows.map((r) => [...r]);
    values.splice(Math.min(at, values.length), 0, header);
    const all = sheets.filter((s) => s.name !== 'Гарантированная школа');
    all.splice(position % (all.length + 1), 0, { name: 'Гарантированная школа', values });
    return all;
  });

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** What is wrong with a result's issues and figures, as readable lines (checked in bulk: thousands per run). */
function problemsOf(result: ComputeResult): string[] {
  const out: string[] = [];
  for (const issue of result.issues) {
    const ok =
      SEVERITIES.has(issue.severity) &&
      typeof issue.sheet === 'string' &&
      typeof issue.message === 'string' &&
      issue.message.trim().length > 0 &&
      (issue.row === null || (Number.isInteger(issue.row) && issue.row >= 1)) &&
      (issue.column === null || typeof issue.column === 'string') &&
      (issue.value === null || typeof issue.value === 'string');
    if (!ok) out.push(`issue ${JSON.stringify(issue)}`);
  }
  const numbers = (f: Figure): unknown[] => [f.numerator, f.denominator, typeof f.value === 'boolean' ? null : f.value, ...(f.bands ?? []).flatMap((b) => [b.count, b.value])];
  for (const r of result.criteria) {
    for (const f of [r.total, ...Object.values(r.byOrganization), ...(r.bySubject ?? []).flatMap((s) => [s.total, ...Object.values(s.byOrganization)])]) {
      for (const n of numbers(f)) if (!(n === null || (typeof n === 'number' && Number.isFinite(n)))) out.push(`${r.criterion.id}: figure number ${String(n)}`);
    }
  }
  return out;
}

describe('random cells never throw', () => {
  it('computeWorkbook and planRun turn every problem into an issue', () => {
    fc.assert(
      fc.property(workbook, (sheets) => {
        const plan = planRun(sheets, { today: REFERENCE_DATE });
        const problems = problemsOf(plan.result);
        for (const out of plan.outputs) {
          out.values.forEach((row, i) => {
            if (row.length !== out.columnWidths.length) problems.push(`${out.name} row ${i + 1}: ${row.length} cells, ${out.columnWidths.length} columns`);
            for (const v of row) if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${out.name} row ${i + 1}: ${v}`);
          });
        }
        expect(problems).toEqual([]);
        expect(plan.result.organizations.some((o) => o.name === 'Гарантированная школа')).toBe(true);
        expect(JSON.parse(JSON.stringify(plan.json))).toEqual(plan.json);
      }),
      { numRuns: 150 },
    );
  });

  it('without any roster header, the only failure is the clear «no organisation tabs» error', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name: sheetName, values: grid }), { selector: (s) => s.name, maxLength: 5 }), (sheets) => {
        let result: ComputeResult | null = null;
        try {
          result = computeWorkbook(sheets, { today: REFERENCE_DATE });
        } catch (e) {
          expect(isPedmonitorError(e) && e.code === 'no-organization-tabs', String(e)).toBe(true);
        }
        if (result) expect(problemsOf(result)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('tab names that are Object.prototype members', () => {
  it.each(PROTOTYPE_NAMES.filter((n) => !n.startsWith('_')))('an organisation called «%s» is an organisation like any other', (name) => {
    const tab = (n: string, pk: string): SheetData => ({ name: n, values: [['ФИО', 'Должность', 'ПК за период'], ['Работник 1', 'учитель', pk], ['Работник 2', 'учитель', 'нет']] });
    const plan = planRun([tab('Школа №1', 'да'), tab(name, 'да')], { today: REFERENCE_DATE });
    const r = plan.result.criteria.find((c) => c.criterion.id === '9.1');
    expect(Object.keys(r?.byOrganization ?? {})).toEqual(['Школа №1', name]);
    expect(Object.prototype.hasOwnProperty.call(r?.byOrganization, name)).toBe(true);
    expect(r?.byOrganization[name]).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(r?.total).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
    // Municipal-only criteria have no figure for it, not an inherited function.
    expect(plan.result.criteria.find((c) => c.criterion.id === '8.1')?.byOrganization[name]).toBeUndefined();
    const bad = plan.outputs.flatMap((o) => o.values.flatMap((row, i) => row.filter((v) => typeof v === 'number' && !Number.isFinite(v)).map((v) => `${o.name} row ${i + 1}: ${v}`)));
    expect(bad).toEqual([]);
    const json = JSON.parse(JSON.stringify(plan.json)) as { criteria: { id: string; byOrganization: Record<string, unknown> }[] };
    expect(Object.keys(json.criteria.find((c) => c.id === '9.1')?.byOrganization ?? {})).toContain(name);
  });
});

describe('one invalid Date', () => {
  // Apps Script hands over an invalid Date for a date-formatted cell holding garbage.
  it.each(['ФИО', 'Должность', 'Предмет'])('in %s is an issue or a value, never a RangeError', (column) => {
    const header = ['ФИО', 'Должность', 'Предмет'];
    const row: CellValue[] = ['Работник 1', 'учитель', 'математика'];
    row[header.indexOf(column)] = new Date(Number.NaN);
    const sheets: SheetData[] = [{ name: 'Школа №1', values: [header, row, ['Работник 2', 'учитель', 'физика']] }];
    let result: ComputeResult | null = null;
    expect(() => {
      result = computeWorkbook(sheets, { today: REFERENCE_DATE });
    }).not.toThrow();
    expect(result && problemsOf(result)).toEqual([]);
  });
});

describe('unknown values are reported, not counted as «нет»', () => {
  it('every unknown cell of a counted row has a warning on its sheet, row and column', () => {
    fc.assert(
      fc.property(workbookArb(), (model) => {
        const { sheets, unknowns } = renderWorkbook(model);
        const result = computeWorkbook(sheets, { today: REFERENCE_DATE, referenceDate: REFERENCE_DATE });
        const missing = unknowns.filter(
          (u) => !result.issues.some((i) => i.severity === 'warning' && i.sheet === u.sheet && i.row !== null && u.rows.includes(i.row) && i.column === u.column),
        );
        expect(missing).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
