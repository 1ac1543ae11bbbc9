/**
 * Random workbooks for the hardening fuzz (issue 7): tab names a user can really type — emoji,
 * names at the host's length limit, output and reserved names in another case, names starting
 * with `_` (the registry's and the temporaries' among them), formula-looking names — and sheets
 * that are empty, a header row only, a roster under title rows with cells of every type a host
 * hands over (text up to tens of thousands of characters, numbers, booleans, dates, formula-looking
 * text, blanks), or random grids. People's names are unique tokens, so a test can prove that none
 * of them reaches an output. `checkPlan` holds the invariants every successful plan must satisfy.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  classifySheets,
  isPedmonitorError,
  REGISTRY_SHEET,
  ROSTER_FIELDS,
  SHEET,
  type CellValue,
  type RunPlan,
  type SheetData,
} from '../../core/index';

export const TODAY = new Date(Date.UTC(2024, 5, 15));

/**
 * fast-check's report with long texts cut short: a counterexample may hold cells of 50,000
 * characters, which would bury the failure itself.
 */
export function shortReport<Ts>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const cut = (_key: string, v: unknown): unknown => {
    if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 40)}…(${v.length} chars)`;
    if (v instanceof Date) return `Date(${Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString()})`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v === undefined) return 'undefined';
    return v;
  };
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}"):\n` +
      `${JSON.stringify(details.counterexample, cut, 1)?.slice(0, 6000)}\n${error.slice(0, 3000)}`,
  );
}

export const OUTPUT_NAMES = [SHEET.indicators, SHEET.summary, SHEET.recommendations, SHEET.problems, SHEET.history] as const;
const RESERVED_INPUTS = [SHEET.organizations, SHEET.municipality, SHEET.settings, SHEET.catalogue] as const;
/** Text a spreadsheet would run as a formula if it were written into a cell not formatted as text. */
export const FORMULA_LIKE = /^[=+\-@]/;

/** What a host can store, which decides the names and cells the fuzz may produce. */
export interface HostProfile {
  /** 100 in Google Sheets, 31 in Excel and .xlsx. */
  readonly maxNameLength: number;
  /** Excel refuses []:*?/\ and a leading or trailing apostrophe. */
  readonly excelNames: boolean;
  /** The core gets anything; hosts never hand over NaN, ±Infinity, undefined or an invalid Date. */
  readonly anyJsValue: boolean;
  /** Longest text a cell holds (50,000 in Google Sheets, 32,767 in Excel). */
  readonly maxText: number;
}

export const CORE: HostProfile = { maxNameLength: 100, excelNames: false, anyJsValue: true, maxText: 50_000 };
export const SHEETS_HOST: HostProfile = { maxNameLength: 100, excelNames: false, anyJsValue: false, maxText: 50_000 };
export const EXCEL_HOST: HostProfile = { maxNameLength: 31, excelNames: true, anyJsValue: false, maxText: 32_767 };

const randomCase = (name: string): fc.Arbitrary<string> =>
  fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }).map((up) =>
    [...name].map((ch, i) => (up[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''),
  );

const FORMULA_NAMES = ['=SUM(A1)', '=1+1', '+7 (912) 000', '-1', '-Школа', '@Школа', '=HYPERLINK("x";"y")', '+', '=', '@'];
const EMOJI_NAMES = ['😀', '🏫 Школа', '👩‍🏫', 'Школа 🌈 №5', '🇷🇺 Гимназия', 'Детский сад «🌼»'];
const PLAIN_NAMES = ['Школа №1', 'МАОУ СОШ №2', 'Детский сад «Ромашка»', 'ДДТ', 'Гимназия', 'СОШ 3', 'Лист1'];
const UNDERSCORE_NAMES = [REGISTRY_SHEET, '_PEDMONITOR', '_Pedmonitor', '_pedmonitor_new_ab12_0', '_pedmonitor_tmp_x_1', '_pedmonitor_old_x_0', '_', '_заметки'];

export function tabNameArb(host: HostProfile): fc.Arbitrary<string> {
  const long = fc
    .tuple(fc.constantFrom('Ш', 'ш', 'W', '😀', 'я '), fc.integer({ min: host.maxNameLength - 3, max: host.maxNameLength }))
    .map(([unit, n]) => unit.repeat(n).slice(0, n));
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PLAIN_NAMES) },
      { weight: 2, arbitrary: fc.constantFrom(...EMOJI_NAMES) },
      { weight: 2, arbitrary: long },
      { weight: 1, arbitrary: fc.constantFrom(...OUTPUT_NAMES).chain(randomCase) },
      // Names a normalising comparison would confuse with an output: the user's, never to be touched.
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...OUTPUT_NAMES), fc.constantFrom('.', ' ', '!', ' (2)', '-', '_')).map(([n, p]) => (p === '-' || p === '_' ? n.replace(' ', p) + p : n + p)) },
      { weight: 2, arbitrary: fc.constantFrom(...RESERVED_INPUTS).chain(randomCase) },
      { weight: 2, arbitrary: fc.constantFrom(...UNDERSCORE_NAMES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => `_${s}`) },
      { weight: 3, arbitrary: fc.constantFrom(...FORMULA_NAMES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
    )
    .map((name) => hostName(name, host))
    .filter((name) => name !== '');
}

/** A name the host accepts: no control characters, not blank, within the length, Excel's characters. */
export function hostName(name: string, host: HostProfile): string {
  let n = name.replace(/[\u0000-\u001f\u007f]/g, '');
  if (host.excelNames) n = n.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '');
  n = [...n].join('').slice(0, host.maxNameLength);
  // Do not leave half a surrogate pair at the cut.
  if (/[\ud800-\udbff]$/.test(n)) n = n.slice(0, -1);
  if (host.excelNames) n = n.replace(/'+$/g, '');
  return n.trim() === '' ? '' : n;
}

let nameCounter = 0;
/** A person's name no output may ever contain: unique across the whole test run. */
export const personName = (): string => `Тестонова${(++nameCounter).toString(36)}ская Агриппина Фуззовна`;
export const NAME_MARK = /Тестонова[0-9a-z]+ская/;
const NAME_TOKEN = /Тестонова[0-9a-z]+ская/g;

/**
 * Name tokens in the organisation tabs' cells: the people of the rosters. (A roster pasted into
 * `Муниципалитет` or `Организации` is not one: those sheets' unknown labels are echoed in
 * `Проверка данных` by design, so the user can find them.)
 */
export function rosterNames(sheets: readonly SheetData[]): Set<string> {
  const out = new Set<string>();
  for (const tab of classifySheets(sheets).organizationTabs) {
    for (const row of tab.values) for (const v of row) if (typeof v === 'string') for (const m of v.matchAll(NAME_TOKEN)) out.add(m[0]);
  }
  return out;
}

const LONG_TEXT_UNITS = ['а', 'Ж', '😀', '=', 'да ', ' ', '\n'];

export function cellArb(host: HostProfile): fc.Arbitrary<CellValue> {
  const numbers = host.anyJsValue
    ? fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, 2 ** 53))
    : fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1000, max: 100_000 }));
  const dates = host.anyJsValue
    ? fc.date({ noInvalidDate: false })
    : fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => new Date(Math.floor(d.getTime() / 86_400_000) * 86_400_000));
  const blanks = host.anyJsValue ? fc.constantFrom<CellValue>(null, undefined, '', ' ') : fc.constantFrom<CellValue>(null, '', ' ');
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<CellValue>('да', 'нет', 'Да', '+', '-', '1', '0', '✓', 'x', 'высшая', 'первая', 'СЗД', 'региональный', 'педагогический', 'управленческий', 'учитель', 'директор', 'математика', 'итого', '27,5', '1 200', '01.09.1980', '1980-09-01') },
    { weight: 3, arbitrary: fc.constantFrom<CellValue>('=SUM(A1:A3)', '+7 (912) 000-00-00', '-не знаю-', '@мероприятие', '=1+1', '=HYPERLINK("http://example.invalid";"x")', '#N/A', '\u0000') },
    { weight: 2, arbitrary: fc.string({ maxLength: 15 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...LONG_TEXT_UNITS), fc.integer({ min: 1_000, max: host.maxText }))
        .map(([u, n]) => {
          const text = u.repeat(Math.ceil(n / u.length)).slice(0, n);
          return /[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) : text;
        }),
    },
    { weight: 2, arbitrary: numbers },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: dates },
    { weight: 3, arbitrary: blanks },
  );
}

const HEADERS = ROSTER_FIELDS.map((f) => f.header).filter((h) => h !== 'ФИО' && h !== 'Должность');

/** A roster: optional title rows, a header with ФИО and Должность among other known columns, rows. */
function rosterArb(host: HostProfile, headerOnly: boolean): fc.Arbitrary<CellValue[][]> {
  const cell = cellArb(host);
  return fc
    .record({
      titles: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
      others: fc.shuffledSubarray(HEADERS, { maxLength: 8 }),
      fioAt: fc.nat(),
      positionAt: fc.nat(),
      rows: headerOnly ? fc.constant<[boolean, CellValue[]][]>([]) : fc.array(fc.tuple(fc.boolean(), fc.array(cell, { maxLength: 10 })), { maxLength: 8 }),
    })
    .map(({ titles, others, fioAt, positionAt, rows }) => {
      const header: CellValue[] = [...others];
      header.splice(fioAt % (header.length + 1), 0, 'ФИО');
      header.splice(positionAt % (header.length + 1), 0, 'Должность');
      const fio = header.indexOf('ФИО');
      const data = rows.map(([named, cells]) => {
        const row = header.map((_, c) => cells[c] ?? null);
        // Only generated names in the name column, so every name in the workbook is one the
        // privacy check can look for (a random cell there would be a name too).
        row[fio] = named ? personName() : null;
        return row;
      });
      return [...titles.map((t) => [...t]), header, ...data];
    });
}

export function sheetValuesArb(host: HostProfile): fc.Arbitrary<CellValue[][]> {
  const cell = cellArb(host);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<CellValue[][]>([]) },
    { weight: 1, arbitrary: rosterArb(host, true) },
    { weight: 5, arbitrary: rosterArb(host, false) },
    // Random grids never hold a ФИО header; a stray 'ФИО' token would make names of random cells.
    { weight: 2, arbitrary: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }) },
  );
}

/** 0–6 sheets, names unique ignoring case (as every host enforces). */
export function workbookArb(host: HostProfile, maxSheets = 6): fc.Arbitrary<SheetData[]> {
  return fc.uniqueArray(fc.record({ name: tabNameArb(host), values: sheetValuesArb(host) }), {
    maxLength: maxSheets,
    selector: (s) => s.name.toLowerCase(),
  });
}

/** The refusal planRun must give for these sheets, or null when the run may go ahead. */
export function expectedRefusal(sheets: readonly SheetData[]): 'output-sheet-taken' | null {
  const outputs = new Set<string>(OUTPUT_NAMES.map((n) => n.toLowerCase()));
  for (const s of sheets) {
    if (s.name.toLowerCase() === REGISTRY_SHEET) return 'output-sheet-taken';
    if (outputs.has(s.name.toLowerCase())) return 'output-sheet-taken';
  }
  return null;
}

/** A run-stopping error as a user must see it: our class, a known code, one plain Russian message. */
export function checkRefusal(e: unknown, allowed: readonly string[]): void {
  expect(isPedmonitorError(e), `not a PedmonitorError: ${String(e)}\n${(e as Error)?.stack ?? ''}`).toBe(true);
  if (!isPedmonitorError(e)) return;
  expect(allowed).toContain(e.code);
  checkRussian(e.message);
}

export function checkRussian(message: string): void {
  expect(message).toMatch(/[а-яё]{3}/i);
  expect(message).not.toMatch(/\bat .+:\d+|undefined|\[object |NaN|TypeError|Error:/);
}

/** Strings of every output cell, with where they are. */
export function outputStrings(plan: RunPlan): { where: string; text: string; format: string }[] {
  const out: { where: string; text: string; format: string }[] = [];
  for (const sheet of plan.outputs) {
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string') out.push({ where: `${sheet.name}!R${r + 1}C${c + 1}`, text: v, format: sheet.formats[r]![c]! });
      }),
    );
  }
  return out;
}

/**
 * What every successful plan guarantees: rectangular outputs with finite numbers; every issue is
 * one line of `Проверка данных` (and a plain Russian message); formula-looking text is formatted
 * as text; no person's name in any output or in the JSON.
 */
export function checkPlan(plan: RunPlan, sheets: readonly SheetData[]): void {
  const names = rosterNames(sheets);
  const leaks = (text: string): boolean => [...text.matchAll(NAME_TOKEN)].some((m) => names.has(m[0]));
  const problems: string[] = [];
  for (const sheet of plan.outputs) {
    const width = sheet.columnWidths.length;
    sheet.values.forEach((row, r) => {
      if (row.length !== width || sheet.formats[r]?.length !== width || sheet.tones[r]?.length !== width) problems.push(`${sheet.name} row ${r + 1} not ${width} wide`);
      for (const v of row) if (typeof v === 'number' && !Number.isFinite(v)) problems.push(`${sheet.name} row ${r + 1}: ${v}`);
    });
  }
  const sheet = plan.outputs.find((o) => o.name === SHEET.problems);
  if (!sheet) problems.push('no Проверка данных');
  else {
    const lines = sheet.values.slice(3);
    const issues = plan.result.issues;
    if (issues.length === 0) {
      if (lines.length !== 1) problems.push(`no issues but ${lines.length} lines`);
    } else if (lines.length !== issues.length) problems.push(`${issues.length} issues but ${lines.length} lines`);
    else {
      issues.forEach((issue, i) => {
        const line = lines[i]!;
        if (line[5] !== wellFormed(issue.message) || line[1] !== wellFormed(issue.sheet || 'вся книга') || line[4] !== wellFormed(issue.value ?? '')) {
          problems.push(`issue ${i} ≠ line ${JSON.stringify(line).slice(0, 300)}`);
        }
      });
    }
    for (const issue of issues) {
      if (!/[а-яё]{3}/i.test(issue.message) || /undefined|\[object |NaN(?![а-яё])/.test(issue.message)) problems.push(`message: ${issue.message}`);
    }
  }
  for (const s of outputStrings(plan)) {
    if (FORMULA_LIKE.test(s.text) && s.format !== '@') problems.push(`${s.where} ${JSON.stringify(s.text.slice(0, 30))} has format ${s.format}`);
    if (leaks(s.text)) problems.push(`${s.where} holds a person's name`);
    if (wellFormed(s.text) !== s.text) problems.push(`${s.where} holds half an emoji`);
  }
  if (leaks(JSON.stringify(plan.json))) problems.push('a name in the JSON');
  if (leaks(JSON.stringify(plan.registry))) problems.push('a name in the registry');
  expect(problems.join('\n')).toBe('');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\ufffd');
