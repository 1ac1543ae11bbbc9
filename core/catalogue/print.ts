/**
 * Writes a condition tree back in the condition language, so every preset can be exported to
 * «Настройка показателей» and read back into the very same tree (the round trip is tested).
 */
import type { Expr } from '../criteria';
import { CONTEST_LEVELS } from '../expr';
import { normalizeText } from '../text';
import { populationTitle, vocabulary, type Vocabulary } from './vocabulary';

const OPS: Readonly<Record<string, string>> = { '=': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
const KEYWORDS = /(^|\s)(и|или|не|в|содержит|начинается|заполнено|группа)(\s|$)/i;

function literal(text: string): string {
  return /^[\p{L}][\p{L}\p{N}\-]*$/u.test(text) && !KEYWORDS.test(text) ? text : `«${text}»`;
}

function number(n: number): string {
  return String(n).replace('.', ',');
}

export function printCondition(expr: Expr, vocab: Vocabulary = vocabulary()): string {
  return print(expr, vocab, 0);
}

/** Precedence: 0 top, 1 inside ИЛИ, 2 inside И, 3 inside НЕ. */
function print(e: Expr, vocab: Vocabulary, prec: number): string {
  const header = (field: Parameters<Vocabulary['fieldByKey']>[0]) => vocab.fieldByKey(field)?.header ?? field;
  const wrap = (text: string, own: number) => (own < prec ? `(${text})` : text);
  switch (e.op) {
    case 'true':
      return 'группа все';
    case 'yes':
      return header(e.field);
    case 'filled':
      return `${header(e.field)} заполнено`;
    case 'population':
      return `группа ${populationTitle(e.name)}`;
    case 'cmp': {
      const f = vocab.fieldByKey(e.field);
      let value: string;
      if (f?.type === 'contestLevel' && typeof e.value === 'number') value = literal(CONTEST_LEVELS[e.value] ?? String(e.value));
      else if (typeof e.value === 'number') value = number(e.value);
      else if (typeof e.value === 'boolean') value = e.value ? 'да' : 'нет';
      else {
        const shown = f?.values?.find((v) => normalizeText(v) === normalizeText(String(e.value)));
        value = literal(shown ?? String(e.value));
      }
      return `${header(e.field)} ${OPS[e.cmp] ?? e.cmp} ${value}`;
    }
    case 'startsWith':
    case 'contains': {
      const word = e.op === 'startsWith' ? 'начинается с' : 'содержит';
      const parts = e.values.map((v) => `${header(e.field)} ${word} ${literal(v)}`);
      return parts.length === 1 ? (parts[0] as string) : wrap(parts.join(' ИЛИ '), 1);
    }
    case 'not': {
      if (e.arg.op === 'yes') return `${header(e.arg.field)} = нет`;
      return `НЕ ${print(e.arg, vocab, 3)}`;
    }
    case 'and':
      return wrap(e.args.map((a) => print(a, vocab, 2)).join(' И '), 2);
    case 'or':
      return wrap(e.args.map((a) => print(a, vocab, 1)).join(' ИЛИ '), 1);
  }
}
