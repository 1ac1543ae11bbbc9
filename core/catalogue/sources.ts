/**
 * Figures that come from the `Муниципалитет` and `Организации` sheets rather than from rosters, as
 * the Условие column names them: «Муниципалитет: Кураторы ИОМ», «Организации: Стажировочная
 * площадка», «Организации: Фактическая численность / Штатная численность». Only rows and columns
 * the readers of those sheets know are accepted, so a misspelling is reported, never computed as
 * «нет данных» without a word.
 */
import type { OrgFlagKey, OrgNumberKey } from '../criteria';
import { MUNICIPAL_NUMBER_ROWS, MUNICIPAL_YES_NO_ROWS, municipalKey } from '../read/municipality';
import { FLAG_HEADERS, NUMBER_HEADERS } from '../read/organizations';
import { normalizeText } from '../text';
import { SOURCE } from '../texts/ru/catalogue';

export interface SourceText {
  readonly from: 'municipality' | 'organizations';
  /** The names after the colon, split at «/». */
  readonly parts: readonly string[];
}

const PREFIX = /^\s*(муниципалитет|организации)\s*:\s*(.*)$/isu;

/** The source an Условие names, or null when the text is a condition. */
export function sourceOf(text: string): SourceText | null {
  const m = PREFIX.exec(text.replace(/ё/g, 'е').replace(/Ё/g, 'Е'));
  if (!m) return null;
  const from = normalizeText(m[1] ?? '') === 'муниципалитет' ? 'municipality' : 'organizations';
  const parts = (m[2] ?? '').split('/').map((p) => p.trim());
  return { from, parts };
}

type Found<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const list = (names: readonly string[]): string => names.map((n) => `«${n}»`).join(', ');

function pick<T>(name: string, options: readonly (readonly [T, string])[], what: string): Found<[T, string]> {
  const hit = options.find(([, title]) => municipalKey(title) === municipalKey(name));
  if (hit) return { ok: true, value: [hit[0], hit[1]] };
  return { ok: false, message: `${what} «${name}» не найдено; возможны: ${list(options.map(([, t]) => t))}` };
}

const MUNI_YES_NO = MUNICIPAL_YES_NO_ROWS.map((r) => [r, r] as const);
const MUNI_NUMBERS = MUNICIPAL_NUMBER_ROWS.map((r) => [r, r] as const);

function expectParts(src: SourceText, count: 1 | 2): string | null {
  const sheet = src.from === 'municipality' ? SOURCE.municipality : SOURCE.organizations;
  if (src.parts.length !== count || src.parts.some((p) => p === '')) {
    return count === 1
      ? `после «${sheet}:» ожидается одно название (без «/»)`
      : `после «${sheet}:» ожидаются два названия через «/»: числитель / знаменатель`;
  }
  return null;
}

/** A yes/no fact: a row of `Муниципалитет` or a flag column of `Организации`. */
export function yesNoSource(src: SourceText): Found<{ from: 'municipality'; row: string } | { from: 'organizations'; flag: OrgFlagKey }> {
  const bad = expectParts(src, 1);
  if (bad) return { ok: false, message: bad };
  const name = src.parts[0] as string;
  if (src.from === 'municipality') {
    const r = pick(name, MUNI_YES_NO, 'Строка «да/нет» листа «Муниципалитет»');
    return r.ok ? { ok: true, value: { from: 'municipality', row: r.value[1] } } : r;
  }
  const r = pick(name, FLAG_HEADERS, 'Столбец «да/нет» листа «Организации»');
  return r.ok ? { ok: true, value: { from: 'organizations', flag: r.value[0] } } : r;
}

/** A numerator and a denominator: rows of `Муниципалитет` or number columns of `Организации`. */
export function numberSource(
  src: SourceText,
): Found<{ from: 'municipality'; numerator: string; denominator: string } | { from: 'organizations'; numerator: OrgNumberKey; denominator: OrgNumberKey }> {
  const bad = expectParts(src, 2);
  if (bad) return { ok: false, message: bad };
  const [a, b] = src.parts as [string, string];
  if (src.from === 'municipality') {
    const n = pick(a, MUNI_NUMBERS, 'Числовая строка листа «Муниципалитет»');
    if (!n.ok) return n;
    const d = pick(b, MUNI_NUMBERS, 'Числовая строка листа «Муниципалитет»');
    if (!d.ok) return d;
    return { ok: true, value: { from: 'municipality', numerator: n.value[1], denominator: d.value[1] } };
  }
  const n = pick(a, NUMBER_HEADERS, 'Числовой столбец листа «Организации»');
  if (!n.ok) return n;
  const d = pick(b, NUMBER_HEADERS, 'Числовой столбец листа «Организации»');
  if (!d.ok) return d;
  return { ok: true, value: { from: 'organizations', numerator: n.value[0], denominator: d.value[0] } };
}

const flagTitle = (flag: OrgFlagKey): string => FLAG_HEADERS.find(([k]) => k === flag)?.[1] ?? flag;
const numberTitle = (key: OrgNumberKey): string => NUMBER_HEADERS.find(([k]) => k === key)?.[1] ?? key;

export function printYesNoSource(src: { from: 'municipality'; row: string } | { from: 'organizations'; flag: OrgFlagKey }): string {
  return src.from === 'municipality' ? `${SOURCE.municipality}: ${src.row}` : `${SOURCE.organizations}: ${flagTitle(src.flag)}`;
}

export function printNumberSource(
  src: { from: 'municipality'; numerator: string; denominator: string } | { from: 'organizations'; numerator: OrgNumberKey; denominator: OrgNumberKey },
): string {
  return src.from === 'municipality'
    ? `${SOURCE.municipality}: ${src.numerator} / ${src.denominator}`
    : `${SOURCE.organizations}: ${numberTitle(src.numerator)} / ${numberTitle(src.denominator)}`;
}
