/**
 * Tokens of the condition language: words (Cyrillic or Latin, with hyphens), numbers with a
 * decimal comma or point, dates ДД.ММ.ГГГГ / ГГГГ-ММ-ДД, quoted texts «…» "…", comparison
 * operators, brackets and commas. Every token keeps its position for error messages.
 */
import { normalizeText } from '../text';
import { CATALOGUE_ERROR } from '../texts/ru/catalogue';

export type TokenKind = 'word' | 'number' | 'date' | 'string' | 'op' | 'lparen' | 'rparen' | 'comma';

export interface Token {
  readonly kind: TokenKind;
  /** The text as written. */
  readonly text: string;
  /** Normalised form of a word (lower case, ё = е). */
  readonly norm: string;
  /** Literal value of a number, date or quoted text. */
  readonly value?: string;
  /** Canonical operator for 'op'. */
  readonly op?: string;
  readonly pos: number;
}

const OPERATORS: readonly [string, string][] = [
  ['<=', '<='],
  ['>=', '>='],
  ['!=', '!='],
  ['<>', '!='],
  ['≤', '<='],
  ['≥', '>='],
  ['≠', '!='],
  ['==', '='],
  ['=', '='],
  ['<', '<'],
  ['>', '>'],
];
const QUOTES: Readonly<Record<string, string>> = { '«': '»', '"': '"', '“': '”', '„': '“', "'": "'" };
const WORD_CHAR = /[\p{L}\p{N}_%№\-–]/u;

export class TokenError {
  constructor(
    readonly message: string,
    readonly position: number,
  ) {}
}

// Sticky patterns: each matches at the current position only, so tokenising stays linear.
const DATE = /(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2})(?![\p{L}\p{N}])/uy;
// A comma between digits is a decimal comma ("27,5"); "в (1, 2)" needs the space.
const NUMBER = /-?\d+(?:[.,]\d+)?(?![\p{L}_%№\-])/uy;
const SPACE = /\s/u;

function stickyMatch(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    // By code point, so a letter or symbol outside the BMP is one character, not two halves.
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === ';') {
      out.push({ kind: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', text: ch, norm: ch, pos: i });
      i++;
      continue;
    }
    const op = OPERATORS.find(([o]) => text.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', text: op[0], norm: op[1], op: op[1], pos: i });
      i += op[0].length;
      continue;
    }
    const close = QUOTES[ch];
    if (close !== undefined) {
      const end = text.indexOf(close, i + 1);
      if (end < 0) throw new TokenError(CATALOGUE_ERROR.unclosedQuote, i);
      const value = text.slice(i + 1, end);
      out.push({ kind: 'string', text: text.slice(i, end + 1), norm: normalizeText(value), value, pos: i });
      i = end + 1;
      continue;
    }
    const date = stickyMatch(DATE, text, i);
    if (date) {
      out.push({ kind: 'date', text: date, norm: date, value: date, pos: i });
      i += date.length;
      continue;
    }
    const num = stickyMatch(NUMBER, text, i);
    if (num && !(ch === '-' && out.length > 0 && out[out.length - 1]?.kind === 'word')) {
      out.push({ kind: 'number', text: num, norm: num, value: num, pos: i });
      i += num.length;
      continue;
    }
    if (WORD_CHAR.test(ch)) {
      let j = i;
      while (j < text.length) {
        const c = String.fromCodePoint(text.codePointAt(j) as number);
        if (!WORD_CHAR.test(c)) break;
        j += c.length;
      }
      const word = text.slice(i, j);
      out.push({ kind: 'word', text: word, norm: normalizeText(word), pos: i });
      i = j;
      continue;
    }
    if (ch === '.' || ch === ':') {
      i++;
      continue;
    }
    throw new TokenError(CATALOGUE_ERROR.badCharacter(ch), i);
  }
  return out;
}
