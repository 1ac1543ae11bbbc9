/**
 * Writes a condition tree back in the condition language, so every preset can be exported to
 * «Настройка показателей» and read back into the same tree up to `canonical` (the round trip is
 * tested for every preset and, by fuzzing, for random trees).
 */
import type { Expr } from '../criteria';
import { CONTEST_LEVELS } from '../expr';
import { normalizeText } from '../text';
import { tokenize } from './tokens';
import { populationTitle, vocabulary, type Vocabulary } from './vocabulary';

const OPS: Readonly<Record<string, string>> = { '=': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
const KEYWORDS = new Set(['и', 'или', 'не', 'в', 'содержит', 'начинается', 'заполнено', 'группа', 'с', 'со']);
/** Quote pairs to choose from: the first whose closing mark the text does not contain. */
const QUOTE_PAIRS: readonly [string, string][] = [
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
];

/** A text literal: a single plain word as is, anything else in quotes. */
export function printLiteral(text: string): string {
  if (isPlainWord(text)) return text;
  const pair = QUOTE_PAIRS.find(([, close]) => !text.includes(close));
  // Every quote mark in the text: the engine compares normalised text, which drops them anyway.
  if (!pair) return `«${normalizeText(text)}»`;
  return `${pair[0]}${text}${pair[1]}`;
}

function isPlainWord(text: string): boolean {
  if (!/^[\p{L}][\p{L}\p{N}-]*$/u.test(text)) return false;
  try {
    const tokens = tokenize(text);
    const t = tokens[0];
    return tokens.length === 1 && t !== undefined && t.kind === 'word' && t.text === text && t.norm !== '' && !KEYWORDS.has(t.norm);
  } catch {
    return false;
  }
}

/** A number with a decimal comma and never in exponent form (1e-7 would not read back). */
export function printNumber(n: number): string {
  const plain = String(n).includes('e') ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : String(n);
  return plain.replace('.', ',');
}

/** An ISO date as ДД.ММ.ГГГГ. */
function printDate(iso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : null;
}

export function printCondition(expr: Expr, vocab: Vocabulary = vocabulary()): string {
  return print(expr, vocab, 0, false);
}

/**
 * A population as the Группа column shows it: names without the word «группа»
 * («молодые педагоги», «управленческие кадры И Оценка управленческих компетенций, % заполнено»),
 * which parseGroup reads back.
 */
export function printGroup(expr: Expr, vocab: Vocabulary = vocabulary()): string {
  return print(expr, vocab, 0, true);
}

/** Precedence: 0 top, 1 inside ИЛИ, 2 inside И, 3 inside НЕ. `bare`: populations without «группа». */
function print(e: Expr, vocab: Vocabulary, prec: number, bare: boolean): string {
  // A bare name is read as a column when a column of that name exists, so then «группа» stays.
  const group = (title: string) => (bare && !vocab.matchField(tokenize(title), 0) ? title : `группа ${title}`);
  const header = (field: Parameters<Vocabulary['fieldByKey']>[0]) => {
    const f = vocab.fieldByKey(field);
    return f ? (f.printAs ?? f.header) : field;
  };
  const wrap = (text: string, own: number) => (own < prec ? `(${text})` : text);
  switch (e.op) {
    case 'true':
      return group('все');
    case 'yes':
      return header(e.field);
    case 'filled':
      return `${header(e.field)} заполнено`;
    case 'population':
      return group(populationTitle(e.name));
    case 'cmp': {
      const f = vocab.fieldByKey(e.field);
      let value: string;
      if (f?.type === 'contestLevel' && typeof e.value === 'number') value = printLiteral(CONTEST_LEVELS[e.value] ?? String(e.value));
      else if (typeof e.value === 'number') value = printNumber(e.value);
      else if (typeof e.value === 'boolean') value = e.value ? 'да' : 'нет';
      else if (f?.type === 'date' && printDate(e.value) !== null) value = printDate(e.value) as string;
      else {
        const shown = f?.values?.find((v) => normalizeText(v) === normalizeText(String(e.value)));
        value = printLiteral(shown ?? String(e.value));
      }
      return `${header(e.field)} ${OPS[e.cmp] ?? e.cmp} ${value}`;
    }
    case 'startsWith':
    case 'contains': {
      const word = e.op === 'startsWith' ? 'начинается с' : 'содержит';
      const parts = e.values.map((v) => `${header(e.field)} ${word} ${printLiteral(v)}`);
      if (parts.length === 0) return wrap(`НЕ ${group('все')}`, 3);
      return parts.length === 1 ? (parts[0] as string) : wrap(parts.join(' ИЛИ '), 1);
    }
    case 'not': {
      if (e.arg.op === 'yes') return `${header(e.arg.field)} = нет`;
      return wrap(`НЕ ${print(e.arg, vocab, 3, bare)}`, 3);
    }
    case 'and':
      if (e.args.length === 0) return group('все');
      return wrap(e.args.map((a) => print(a, vocab, 2, bare)).join(' И '), 2);
    case 'or':
      if (e.args.length === 0) return wrap(`НЕ ${group('все')}`, 3);
      return wrap(e.args.map((a) => print(a, vocab, 1, bare)).join(' ИЛИ '), 1);
  }
}
