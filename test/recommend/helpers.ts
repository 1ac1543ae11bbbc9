/**
 * Small builders and readers for the recommendation and history tests (issue 4). Workbooks are
 * made with test/helpers/workbook.ts (person, orgTab, settingsSheet …); this file adds:
 *  - `staff(n, yes)`: n pedagogical workers of whom the first `yes[field]` answer «да» in `field`;
 *  - `run(sheets)`: planRun as a host calls it (today fixed);
 *  - `writeBack(sheets, plan)`: the sheet list after a host wrote the run's outputs and the
 *    hidden registry, ready for the next run;
 *  - readers for recommendations, `Показатели` rows and `История` rows;
 *  - `expectReadable(text)`: the checks a methodologist's eye makes on a recommendation.
 */
import { expect } from 'vitest';
import type { SheetData } from '../../core/cells';
import { REGISTRY_SHEET } from '../../core/output/ownership';
import type { OutputSheet, OutValue } from '../../core/output/table';
import type { Recommendation } from '../../core/recommend/rules';
import { planRun, type RunPlan } from '../../core/run-plan';
import type { RosterFieldKey } from '../../core/fields';
import { orgTab, person, settingsSheet, TODAY, type Person, type PersonInput } from '../helpers/workbook';

/**
 * n pedagogical workers («учитель», 45 years, 20 years of experience, 18 hours); for each field in
 * `yes`, the first yes[field] of them answer «да» and the rest «нет». `extra` is merged into everyone.
 */
export function staff(n: number, yes: Partial<Record<RosterFieldKey, number>> = {}, extra: PersonInput = {}): Person[] {
  return Array.from({ length: n }, (_, i) => {
    const cells: PersonInput = { ...extra };
    for (const [key, count] of Object.entries(yes) as [RosterFieldKey, number][]) cells[key] = i < count ? 'да' : 'нет';
    return person(cells);
  });
}

/** A workbook of organisation tabs (in the order given) plus any reserved sheets. */
export function workbook(tabs: Readonly<Record<string, readonly Person[]>>, ...reserved: SheetData[]): SheetData[] {
  return [...reserved, ...Object.entries(tabs).map(([name, people]) => orgTab(name, people))];
}

/** `Настройки` with a period and, optionally, the attention threshold. */
export function settings(period: string, threshold?: number): SheetData {
  return settingsSheet(threshold === undefined ? { 'Отчётный период': period } : { 'Отчётный период': period, 'Порог зоны внимания, п.п.': threshold });
}

export function run(sheets: readonly SheetData[]): RunPlan {
  return planRun(sheets, { today: TODAY });
}

/**
 * The sheets after a host wrote the run: every output sheet replaced (or added) with the values it
 * was given, the registry `_pedmonitor` written, input sheets untouched. Values are copied, so a
 * later run cannot share arrays with this one.
 */
export function writeBack(sheets: readonly SheetData[], plan: RunPlan): SheetData[] {
  const written = new Map<string, SheetData>(plan.outputs.map((o) => [o.name, { name: o.name, values: o.values.map((r) => [...r]) }]));
  written.set(REGISTRY_SHEET, { name: REGISTRY_SHEET, values: plan.registry.map((r) => [...r]) });
  const out: SheetData[] = sheets.filter((s) => !written.has(s.name));
  return [...out, ...written.values()];
}

/** A copy of the sheets with one replaced by name (or added). */
export function replaceSheet(sheets: readonly SheetData[], sheet: SheetData): SheetData[] {
  const i = sheets.findIndex((s) => s.name === sheet.name);
  return i < 0 ? [...sheets, sheet] : sheets.map((s, j) => (j === i ? sheet : s));
}

export function recsOf(plan: RunPlan, criterionId: string, organization?: string | null): Recommendation[] {
  return plan.analysis.recommendations.filter((r) => r.criterion.id === criterionId && (organization === undefined || r.organization === organization));
}

/** The one recommendation for a criterion and organisation (null = municipality); fails if not exactly one. */
export function theRec(plan: RunPlan, criterionId: string, organization: string | null): Recommendation {
  const found = recsOf(plan, criterionId, organization);
  expect(found.map((r) => r.kind), `recommendations for ${criterionId} / ${organization ?? 'муниципалитет'}`).toHaveLength(1);
  return found[0]!;
}

export function output(plan: RunPlan, name: string): OutputSheet {
  const sheet = plan.outputs.find((o) => o.name === name);
  if (!sheet) throw new Error(`no output sheet ${name}`);
  return sheet;
}

/** Index of the row whose first cell is `first` (e.g. a criterion id in `Показатели`). */
export function rowIndexOf(sheet: OutputSheet, first: OutValue): number {
  const i = sheet.values.findIndex((r) => r[0] === first);
  if (i < 0) throw new Error(`no row starting with ${String(first)} in ${sheet.name}`);
  return i;
}

/** Column index of a header cell in the sheet's header row (the row that holds `header`). */
export function columnOf(sheet: OutputSheet, header: string): number {
  for (const row of sheet.values) {
    const i = row.indexOf(header);
    if (i >= 0) return i;
  }
  throw new Error(`no column ${header} in ${sheet.name}`);
}

/** Rows of `История` (below its header) as JSON text each, for byte-equal comparisons. */
export function historyRows(plan: RunPlan, period?: string): string[] {
  return output(plan, 'История')
    .values.slice(1)
    .filter((r) => period === undefined || r[0] === period)
    .map((r) => JSON.stringify(r));
}

/** Every cell of every output sheet, as text. */
export function allOutputText(plan: RunPlan): string[] {
  return plan.outputs.flatMap((o) => o.values.flatMap((r) => r.map((v) => (v === null ? '' : String(v)))));
}

/** Russian agreement written out by hand, not taken from core: "1 человека", "2 человек", "5 человек". */
export function expectedAfterShort(n: number): string {
  const d = n % 10;
  const dd = n % 100;
  return d === 1 && dd !== 11 ? 'человека' : 'человек';
}

/** After «сократить на N»: 1, 2–4, 21–24 … человека; 5–20, 25 … человек. */
export function expectedAfterReduceBy(n: number): string {
  const d = n % 10;
  const dd = n % 100;
  if (dd >= 11 && dd <= 14) return 'человек';
  return d >= 1 && d <= 4 ? 'человека' : 'человек';
}

/** "1 балл", "2 балла", "5 баллов", "2,5 балла". */
export function expectedPoints(numberText: string): string {
  if (numberText.includes(',')) return 'балла';
  const n = Number(numberText.replace(/\s/g, ''));
  const d = n % 10;
  const dd = n % 100;
  if (d === 1 && dd !== 11) return 'балл';
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return 'балла';
  return 'баллов';
}

/**
 * A text a methodologist could send as it is: sentences that start with a capital and end with a
 * period, no doubled periods or spaces, no programming words, decimal commas, and numbers that
 * agree with «человек» and «балл».
 */
export function expectReadable(text: string, label = text): void {
  expect(text.trim(), `${label}: trimmed`).toBe(text);
  const firstLetter = /\p{L}/u.exec(text)?.[0] ?? '';
  expect(firstLetter, `${label}: starts with a capital`).toBe(firstLetter.toUpperCase());
  expect(/^[«\p{Lu}]/u.test(text), `${label}: starts with a capital or a quote`).toBe(true);
  expect(text.endsWith('.'), `${label}: ends with a period`).toBe(true);
  expect(text, `${label}: no double period`).not.toMatch(/\.\s*\./);
  expect(text, `${label}: no double space`).not.toMatch(/ {2}/);
  expect(text, `${label}: no space before punctuation`).not.toMatch(/ [.,;:)]/);
  expect(text, `${label}: no programming words`).not.toMatch(/undefined|NaN|null|Infinity|\[object|true|false/);
  expect(text, `${label}: decimal comma`).not.toMatch(/\d\.\d+\s?(%|п\.п\.|чел\.|балл)/);
  for (const m of text.matchAll(/не хватает (\d+) (\S+?)[.,;]/g)) {
    expect(m[2], `${label}: «не хватает ${m[1]} …»`).toBe(expectedAfterShort(Number(m[1])));
  }
  for (const m of text.matchAll(/сократить на (\d+) (\S+?)[.,;]/g)) {
    expect(m[2], `${label}: «сократить на ${m[1]} …»`).toBe(expectedAfterReduceBy(Number(m[1])));
  }
  for (const m of text.matchAll(/([\d\u00a0,]+) (балл\S*?)[.,;) ]/g)) {
    expect(m[2], `${label}: «${m[1]} балл…»`).toBe(expectedPoints(m[1]!));
  }
  // A new sentence starts with a capital (after ". " only; abbreviations such as «п.п.» and
  // «чел.» end with a period and may be followed by a capital or a lower-case word).
  for (const m of text.matchAll(/(?<!п\.п|чел|им|г)\. (\p{L})/gu)) {
    expect(m[1], `${label}: sentence after «${m[0]}» starts with a capital`).toBe(m[1]!.toUpperCase());
  }
}
