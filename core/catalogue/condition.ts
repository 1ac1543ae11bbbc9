/**
 * The condition language of the editable catalogue (issue 5): Russian keywords over column
 * headers, parsed into the same Expr trees the presets are written in, so a criterion typed into
 * «Настройка показателей» is evaluated by the one engine like a built-in one.
 *
 *   Региональная диагностика = да И Возраст < 35
 *   Уровень конкурсов >= региональный
 *   НЕ (Наставник ИЛИ Имеет наставника)
 *   Предмет в (математика, физика)      Должность содержит логопед
 *   Дата рождения …  (not allowed: only the age derived from it is kept)
 *   группа молодые педагоги И Адресная поддержка
 *
 * Precedence: НЕ binds tighter than И, which binds tighter than ИЛИ. A yes/no column alone means
 * "= да". Errors carry the 0-based position in the text, and the parser never throws.
 */
import type { CompareOp, Expr, PopulationName } from '../criteria';
import { CONTEST_LEVELS } from '../expr';
import type { FieldKey, FieldType } from '../fields';
import { normalizeText } from '../text';
import { parseContestLevel, parseDate, parseNumber, parseQualification, parseStaffCategory, parseYesNo, UNKNOWN } from '../values';
import { tokenize, TokenError, type Token } from './tokens';
import { vocabulary, type FieldEntry, type Vocabulary } from './vocabulary';

export interface ConditionError {
  readonly message: string;
  /** 0-based character offset in the expression. */
  readonly position: number;
}

export type ParseResult = { readonly ok: true; readonly expr: Expr } | { readonly ok: false; readonly error: ConditionError };

export interface ParseOptions {
  /**
   * A population may be named without the word «группа» (the Группа column: «молодые педагоги»,
   * «педагогические работники И Наставник»). A column of the same name still wins.
   */
  readonly bareGroups?: boolean;
}

/** Returned only if the parser itself fails unexpectedly; the fuzz tests check it never is. */
export const INTERNAL_ERROR = 'Условие не разобрано (внутренняя ошибка)';

/** Brackets and НЕ nested deeper than this are refused rather than recursed into. */
const MAX_DEPTH = 64;

class ParseFailure {
  constructor(readonly error: ConditionError) {}
}

const KEYWORDS = new Set(['и', 'или', 'не', 'в', 'содержит', 'начинается', 'заполнено', 'группа']);

export function parseCondition(text: string, vocab: Vocabulary = vocabulary(), options: ParseOptions = {}): ParseResult {
  try {
    const tokens = tokenize(text);
    const parser = new Parser(tokens, text, vocab, options.bareGroups === true);
    if (tokens.length === 0) return { ok: false, error: { message: 'Условие пустое', position: 0 } };
    const expr = parser.parseOr();
    parser.expectEnd();
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    if (e instanceof TokenError) return { ok: false, error: { message: e.message, position: e.position } };
    return { ok: false, error: { message: INTERNAL_ERROR, position: 0 } };
  }
}

/** A population: a name («молодые педагоги») or a condition, as the Группа column holds it. */
export function parseGroup(text: string, vocab: Vocabulary = vocabulary()): ParseResult {
  return parseCondition(text, vocab, { bareGroups: true });
}

export type FieldResult = { readonly ok: true; readonly field: FieldEntry } | { readonly ok: false; readonly error: ConditionError };

/** A single column named by its header or key (the column of a mean or a distribution). */
export function parseFieldName(text: string, vocab: Vocabulary = vocabulary()): FieldResult {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (e) {
    if (e instanceof TokenError) return { ok: false, error: { message: e.message, position: e.position } };
    return { ok: false, error: { message: INTERNAL_ERROR, position: 0 } };
  }
  if (tokens.length === 0) return { ok: false, error: { message: 'Не указан столбец', position: 0 } };
  const match = vocab.matchField(tokens, 0);
  if (!match) return { ok: false, error: { message: `Неизвестный столбец «${text.trim()}»`, position: tokens[0]?.pos ?? 0 } };
  let end = match.length;
  // The header's trailing ", %" («Оценка управленческих компетенций, %») belongs to its name.
  while (end < tokens.length && (tokens[end]?.kind === 'comma' || (tokens[end]?.kind === 'word' && tokens[end]?.norm === ''))) end++;
  if (end < tokens.length) return { ok: false, error: { message: `После названия столбца лишний текст «${tokens[end]?.text ?? ''}»`, position: tokens[end]?.pos ?? 0 } };
  if (match.field.forbidden) return { ok: false, error: { message: match.field.forbidden, position: tokens[0]?.pos ?? 0 } };
  return { ok: true, field: match.field };
}

class Parser {
  private i = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly text: string,
    private readonly vocab: Vocabulary,
    private readonly bareGroups: boolean,
  ) {}

  private enter(at: Token): void {
    if (++this.depth > MAX_DEPTH) this.fail(`Слишком глубокая вложенность (больше ${MAX_DEPTH} скобок или «НЕ» подряд)`, at);
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private fail(message: string, at?: Token): never {
    throw new ParseFailure({ message, position: at ? at.pos : this.text.length });
  }

  private isWord(t: Token | undefined, word: string): boolean {
    return t !== undefined && t.kind === 'word' && t.norm === word;
  }

  expectEnd(): void {
    const t = this.peek();
    if (!t) return;
    if (t.kind === 'rparen') this.fail('Лишняя закрывающая скобка', t);
    this.fail(`Ожидается «И», «ИЛИ» или конец условия, а не «${t.text}»`, t);
  }

  parseOr(): Expr {
    const args = [this.parseAnd()];
    while (this.isWord(this.peek(), 'или')) {
      this.i++;
      args.push(this.parseAnd());
    }
    return args.length === 1 ? (args[0] as Expr) : { op: 'or', args };
  }

  private parseAnd(): Expr {
    const args = [this.parseUnary()];
    while (this.isWord(this.peek(), 'и')) {
      this.i++;
      args.push(this.parseUnary());
    }
    return args.length === 1 ? (args[0] as Expr) : { op: 'and', args };
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (t && this.isWord(t, 'не')) {
      this.i++;
      this.enter(t);
      const arg = this.parseUnary();
      this.depth--;
      return { op: 'not', arg };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const t = this.peek();
    if (!t) this.fail('Условие обрывается: ожидается столбец, группа или «(»');
    if (t.kind === 'lparen') {
      this.i++;
      this.enter(t);
      const inner = this.parseOr();
      const close = this.peek();
      if (!close || close.kind !== 'rparen') this.fail(close ? `Ожидается «)», а не «${close.text}»` : 'Не закрыта скобка «(»', close ?? t);
      this.i++;
      this.depth--;
      return inner;
    }
    if (this.isWord(t, 'группа')) {
      this.i++;
      return { op: 'population', name: this.parsePopulationName() };
    }
    if (this.isWord(t, 'и') || this.isWord(t, 'или')) this.fail(`Пропущено условие перед «${t.text}»`, t);
    if (t.kind === 'rparen') this.fail('Пустые скобки или лишняя «)»: ожидается условие', t);
    if (t.kind !== 'word') this.fail(`Ожидается название столбца, а не «${t.text}»`, t);
    if (this.bareGroups && !this.vocab.matchField(this.tokens, this.i)) {
      const group = this.vocab.matchPopulation(this.tokens, this.i);
      if (group) {
        this.i += group.length;
        return { op: 'population', name: group.name };
      }
    }
    return this.parseComparison();
  }

  private parsePopulationName(): PopulationName {
    const start = this.peek();
    const match = this.vocab.matchPopulation(this.tokens, this.i);
    if (!match) this.fail(`Неизвестная группа; доступны: ${this.vocab.populationNames().join(', ')}`, start);
    this.i += match.length;
    return match.name;
  }

  private parseComparison(): Expr {
    const start = this.peek() as Token;
    const match = this.vocab.matchField(this.tokens, this.i);
    if (!match) {
      const what = this.bareGroups ? 'Неизвестная группа или столбец' : 'Неизвестный столбец';
      this.fail(`${what} «${this.wordsFrom(this.i)}»${this.bareGroups ? `; группы: ${this.vocab.populationNames().join(', ')}` : ''}`, start);
    }
    const field = match.field;
    if (field.forbidden) this.fail(field.forbidden, start);
    this.i += match.length;
    // "Оценка управленческих компетенций, %": the header's trailing ", %" is part of its name.
    while ((this.peek()?.kind === 'comma' && this.peek(1)?.kind === 'word' && this.peek(1)?.norm === '') || (this.peek()?.kind === 'word' && this.peek()?.norm === '')) this.i++;
    const t = this.peek();
    const negated = this.isWord(t, 'не') && (this.isWord(this.peek(1), 'в') || this.isWord(this.peek(1), 'содержит') || this.isWord(this.peek(1), 'заполнено') || this.isWord(this.peek(1), 'начинается'));
    if (negated) this.i++;
    const wrap = (e: Expr): Expr => (negated ? { op: 'not', arg: e } : e);
    const op = this.peek();
    if (op?.kind === 'op') {
      this.i++;
      return this.compare(field, op.op as CompareOp, op);
    }
    if (this.isWord(op, 'в')) {
      this.i++;
      return wrap(this.inList(field));
    }
    if (this.isWord(op, 'содержит')) {
      this.i++;
      return wrap({ op: 'contains', field: field.key, values: [this.textLiteral(field, op as Token)] });
    }
    if (this.isWord(op, 'начинается')) {
      this.i++;
      if (this.isWord(this.peek(), 'с') || this.isWord(this.peek(), 'со')) this.i++;
      return wrap({ op: 'startsWith', field: field.key, values: [this.textLiteral(field, op as Token)] });
    }
    if (this.isWord(op, 'заполнено')) {
      this.i++;
      return wrap({ op: 'filled', field: field.key });
    }
    if (field.type === 'yesno') return { op: 'yes', field: field.key };
    this.fail(`После столбца «${field.header}» ожидается сравнение: =, <, >, «в (…)», «содержит» или «заполнено»`, op ?? undefined);
  }

  private wordsFrom(i: number): string {
    const words: string[] = [];
    for (let k = i; k < this.tokens.length && this.tokens[k]?.kind === 'word' && !KEYWORDS.has(this.tokens[k]?.norm ?? ''); k++) words.push(this.tokens[k]?.text ?? '');
    return words.join(' ') || (this.tokens[i]?.text ?? '');
  }

  /** A literal: a number, a date, a quoted text, or a run of words up to a keyword, comma or bracket. */
  private literal(after: Token): { text: string; token: Token } {
    const t = this.peek();
    if (!t || t.kind === 'rparen' || t.kind === 'comma' || t.kind === 'op' || (t.kind === 'word' && (t.norm === 'и' || t.norm === 'или'))) {
      this.fail(`Ожидается значение после «${after.text}»`, t ?? undefined);
    }
    if (t.kind !== 'word') {
      this.i++;
      return { text: t.value ?? t.text, token: t };
    }
    const words: string[] = [];
    while (this.peek()?.kind === 'word' && this.peek()?.norm !== 'и' && this.peek()?.norm !== 'или') {
      words.push(this.peek()?.text ?? '');
      this.i++;
    }
    return { text: words.join(' '), token: t };
  }

  private textLiteral(field: FieldEntry, after: Token): string {
    if (field.type !== 'text' && field.type !== 'qualification' && field.type !== 'staffCategory') {
      this.fail(`«содержит» и «начинается с» применимы только к текстовым столбцам, а «${field.header}» — не текстовый`, after);
    }
    return normalizeText(this.literal(after).text);
  }

  private inList(field: FieldEntry): Expr {
    const open = this.peek();
    if (!open || open.kind !== 'lparen') this.fail('После «в» ожидается список в скобках: в (математика, физика)', open ?? undefined);
    this.i++;
    const options: Expr[] = [];
    for (;;) {
      const { text, token } = this.literal(open);
      options.push(this.equality(field, '=', text, token));
      const sep = this.peek();
      if (sep?.kind === 'comma') {
        this.i++;
        continue;
      }
      if (sep?.kind === 'rparen') {
        this.i++;
        break;
      }
      this.fail('В списке ожидается «,» или «)»', sep ?? undefined);
    }
    return options.length === 1 ? (options[0] as Expr) : { op: 'or', args: options };
  }

  private compare(field: FieldEntry, op: CompareOp, opToken: Token): Expr {
    const { text, token } = this.literal(opToken);
    return this.equality(field, op, text, token);
  }

  /** A comparison of the field with a literal, converted by the field's type. */
  private equality(field: FieldEntry, op: CompareOp, text: string, at: Token): Expr {
    const ordered = op !== '=' && op !== '!=';
    const cmp = (value: number | string): Expr => ({ op: 'cmp', field: field.key, cmp: op, value });
    switch (field.type) {
      case 'yesno': {
        const v = parseYesNo(text);
        if (v === UNKNOWN || ordered) this.fail(`Для столбца «${field.header}» ожидается «= да» или «= нет»`, at);
        const yes: Expr = { op: 'yes', field: field.key };
        return (v === true) === (op === '=') ? yes : { op: 'not', arg: yes };
      }
      case 'number': {
        const v = parseNumber(text);
        if (typeof v !== 'number') this.fail(`Для столбца «${field.header}» ожидается число, а не «${text}»`, at);
        return cmp(v);
      }
      case 'date': {
        const v = parseDate(text);
        if (!(v instanceof Date)) this.fail(`Для столбца «${field.header}» ожидается дата ДД.ММ.ГГГГ, а не «${text}»`, at);
        return cmp(v.toISOString().slice(0, 10));
      }
      case 'contestLevel': {
        const v = parseContestLevel(text);
        if (typeof v !== 'number') this.fail(`Для столбца «${field.header}» ожидается один из уровней: ${CONTEST_LEVELS.join(', ')}`, at);
        return cmp(v);
      }
      case 'staffCategory': {
        const v = parseStaffCategory(text);
        if (typeof v !== 'string' || ordered) this.fail(`Для столбца «${field.header}» ожидается «= педагогический» или «= управленческий»`, at);
        return cmp(v);
      }
      case 'qualification': {
        const v = parseQualification(text);
        if (typeof v !== 'string' || ordered) this.fail(`Для столбца «${field.header}» ожидается «= высшая», «= первая», «= СЗД» или «= нет»`, at);
        return cmp(v);
      }
      case 'text':
        if (field.values && !field.values.some((v) => normalizeText(v) === normalizeText(text))) {
          this.fail(`Для столбца «${field.header}» ожидается одно из значений: ${field.values.join(', ')}`, at);
        }
        return cmp(normalizeText(text));
    }
  }
}

export type { FieldKey, FieldType };
