/**
 * Every person read in a run, found again by their name: a second row with the same normalised
 * name is a duplicate within its tab and a part-timer across tabs (workbook.md §1.3), and the
 * words of the names are kept out of every issue (hideNames).
 *
 * At a country's 1.7 million people, holding each normalised name as a string in a Map was a
 * third of the reader's time and most of its garbage. Here a name is normalised and hashed in one
 * pass over its characters, without making a string (NameHasher), and found by its hash in an
 * open-addressing table of typed arrays. The match stays exact: when two hashes agree, both names
 * are normalised as text and compared. The index keeps, per person, only the name cell as the
 * host handed it (no copy), the tab and the row, and the hashes of the names' words.
 */
import { normalizeText } from '../text';
import { TOTALS_WORDS } from '../texts/ru/workbook';

/** Two 32-bit FNV-1a hashes with different offsets: 64 bits, kept as two int32 (no boxed numbers). */
const OFFSET_A = 0x811c9dc5 | 0;
const OFFSET_B = (0x01000193 ^ 0x5bd1e995) | 0;
const PRIME = 0x01000193;
const SPACE = 0x20;
const TOTALS = TOTALS_WORDS.map((w) => Array.from(w, (ch) => ch.charCodeAt(0)));

/**
 * Normalises a name as normalizeText does — lower case, ё = е, every run of characters other than
 * letters and digits one space, trimmed — and hashes the result, character by character. Text
 * with characters outside ASCII and the Russian alphabet is normalised by normalizeText first.
 */
export class NameHasher {
  /** The hash of the last name read, in two halves. */
  hashA = 0;
  hashB = 0;
  /** Whether the last name read starts with «итого» or «всего» (a totals row). */
  totals = false;
  /** The hash of each word of two or more characters of the last name read, when asked for: pairs of halves. */
  readonly words: number[] = [];

  read(text: string, withWords = false): void {
    if (!this.pass(text, withWords, false)) this.pass(normalizeText(text), withWords, true);
  }

  /**
   * One pass over the characters. Raw text: false when it has a character this pass does not
   * know (then nothing is kept). Normalised text (`normal`): every character other than the space
   * is a letter or a digit already, and is hashed as it is.
   */
  private pass(text: string, withWords: boolean, normal: boolean): boolean {
    let a = OFFSET_A;
    let b = OFFSET_B;
    let wa = OFFSET_A;
    let wb = OFFSET_B;
    let wordLength = 0;
    let length = 0;
    let pendingSpace = false;
    let itogo = true;
    let vsego = true;
    if (withWords) this.words.length = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) {
        // a–z
      } else if (c >= 0x430 && c <= 0x44f) {
        // а–я
      } else if (c >= 0x410 && c <= 0x42f) c += 0x20;
      else if (c >= 0x30 && c <= 0x39) {
        // 0–9
      } else if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if (c === 0x401 || c === 0x451) c = 0x435;
      else if (c < 0x80) {
        pendingSpace = length > 0;
        continue;
      } else if (!normal) return false;
      if (pendingSpace) {
        if (length < 5) itogo = vsego = false;
        a = Math.imul(a ^ SPACE, PRIME);
        b = Math.imul(b ^ SPACE, PRIME);
        if (withWords && wordLength >= 2) this.words.push(wa, wb);
        wa = OFFSET_A;
        wb = OFFSET_B;
        wordLength = 0;
        length++;
        pendingSpace = false;
      }
      if (length < 5) {
        itogo &&= c === TOTALS[0]![length];
        vsego &&= c === TOTALS[1]![length];
      }
      a = Math.imul(a ^ c, PRIME);
      b = Math.imul(b ^ c, PRIME);
      if (withWords) {
        wa = Math.imul(wa ^ c, PRIME);
        wb = Math.imul(wb ^ c, PRIME);
      }
      wordLength++;
      length++;
    }
    if (withWords && wordLength >= 2) this.words.push(wa, wb);
    this.hashA = a;
    this.hashB = b;
    this.totals = length >= 5 && (itogo || vsego);
    return true;
  }
}

/** What add() answers for a new person, and for a totals row. */
export const NEW_PERSON = -1;
export const TOTALS_ROW = -2;

export class NameIndex {
  private readonly hasher = new NameHasher();
  /** Open addressing by one half of the name's hash: the person in each slot, -1 for none. */
  private slots: Int32Array;
  private hashes: Int32Array;
  private readonly names: string[] = [];
  private readonly tabs: number[] = [];
  private readonly rows: number[] = [];
  /** Both halves of the hash of every word (two characters or more) of every name added. */
  private readonly wordsA = new Set<number>();
  private readonly wordsB = new Set<number>();

  /**
   * `expected`: about how many people will be added (the rows of the tabs, say), so that the
   * table is made once at its size rather than grown — each growth is a new typed array, and
   * those are what make V8 mark the whole heap (see column.ts).
   */
  constructor(expected = 0) {
    let size = 1 << 12;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
  }

  get size(): number {
    return this.names.length;
  }

  /**
   * Adds a person and answers NEW_PERSON, or, when a person of the same normalised name was read
   * before, answers that person's number (tabOf, rowOf) and adds nothing. A totals row («Итого»,
   * «Всего по школе») is not a person: TOTALS_ROW, nothing added. `name` is the name cell's text
   * as the host handed it. Equal hashes are only a hint: the names are then compared as text.
   */
  add(name: string, tab: number, row: number): number {
    const hasher = this.hasher;
    hasher.read(name, true);
    if (hasher.totals) return TOTALS_ROW;
    const hash = hasher.hashB;
    const mask = this.slots.length - 1;
    let normalized: string | null = null;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const person = this.slots[s]!;
      if (person < 0) {
        this.slots[s] = this.names.length;
        this.hashes[s] = hash;
        this.names.push(name);
        this.tabs.push(tab);
        this.rows.push(row);
        const words = hasher.words;
        for (let w = 0; w < words.length; w += 2) {
          this.wordsA.add(words[w]!);
          this.wordsB.add(words[w + 1]!);
        }
        if (this.names.length * 2 > this.slots.length) this.grow();
        return NEW_PERSON;
      }
      if (this.hashes[s] !== hash) continue;
      normalized ??= normalizeText(name);
      if (normalizeText(this.names[person]!) === normalized) return person;
    }
  }

  /** The tab (its place in reading order) where a person was first read. */
  tabOf(person: number): number {
    return this.tabs[person]!;
  }

  /** The 1-based row where a person was first read. */
  rowOf(person: number): number {
    return this.rows[person]!;
  }

  /**
   * Whether a word (normalised, two characters or more) is a word of some name added. Both halves
   * of its hash must be known: a word that is not a name's could pass only if each half matched
   * a different name word, about once in 10^10 at a country's size — and then an echo is hidden
   * that need not be, never the other way round.
   */
  hasWord(word: string): boolean {
    const hasher = new NameHasher();
    hasher.read(word, true);
    const words = hasher.words;
    return words.length === 2 && this.wordsA.has(words[0]!) && this.wordsB.has(words[1]!);
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let s = 0; s < this.slots.length; s++) {
      const person = this.slots[s]!;
      if (person < 0) continue;
      let t = this.hashes[s]! & mask;
      while (slots[t]! >= 0) t = (t + 1) & mask;
      slots[t] = person;
      hashes[t] = this.hashes[s]!;
    }
    this.slots = slots;
    this.hashes = hashes;
  }
}
