/**
 * The name index (core/read/name-index.ts) finds people by a hash of their normalised name made
 * without building the string. Its answers must be exactly those of normalizeText and a Map of
 * normalised names — the reader's earlier, obviously correct way — for any text at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameHasher, NameIndex, NEW_PERSON, TOTALS_ROW } from '../../core/read/name-index';
import { normalizeText } from '../../core/text';

/** Characters that exercise every branch: both alphabets in both cases, ё, digits, separators, and text the fast pass hands to normalizeText. */
const CHARS = [...'АБВЁЖЯабвёжяAZaz09 .-,\t\n', '\u00a0', 'І', 'ї', 'é', 'ß', '«', '–', 'İ', 'Ω'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((cs) => cs.join(''));
/** Names that often collide after normalising: few letters, many spellings. */
const spelling = fc
  .tuple(fc.constantFrom('Иванова', 'ИВАНОВА', 'иванова', 'Ёлкина', 'Елкина', 'Итого', 'Всего'), fc.constantFrom(' ', '  ', '.', ' - ', '\u00a0'), fc.constantFrom('Анна', 'анна', 'А.', 'АННА', '1'))
  .map(([a, sep, b]) => `${a}${sep}${b}`);

function hashOf(t: string): [number, number] {
  const h = new NameHasher();
  h.read(t);
  return [h.hashA, h.hashB];
}

describe('NameHasher', () => {
  it('hashes a text as it hashes its normalised form', () => {
    fc.assert(
      fc.property(fc.oneof(text, spelling), (t) => {
        expect(hashOf(t)).toEqual(hashOf(normalizeText(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells a totals row exactly as normalizeText(name).startsWith(«итого» or «всего») does', () => {
    fc.assert(
      fc.property(fc.oneof(text, spelling, fc.constantFrom('Итого:', 'ВСЕГО по школе', 'Ито го', 'итог', 'Всегода', ' итого')), (t) => {
        const h = new NameHasher();
        h.read(t);
        const n = normalizeText(t);
        expect(h.totals).toBe(n.startsWith('итого') || n.startsWith('всего'));
      }),
      { numRuns: 2000 },
    );
  });

});

describe('NameIndex', () => {
  it('finds exactly the names a Map of normalised names finds, with their first tab and row', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(text, spelling), fc.nat(3)), { maxLength: 60 }), (people) => {
        const index = new NameIndex();
        const byName = new Map<string, { tab: number; row: number }>();
        people.forEach(([name, tab], row) => {
          const n = normalizeText(name);
          const expected = n.startsWith('итого') || n.startsWith('всего') ? 'totals' : (byName.get(n) ?? null);
          const got = index.add(name, tab, row + 2);
          if (expected === 'totals') expect(got).toBe(TOTALS_ROW);
          else if (expected === null) {
            expect(got).toBe(NEW_PERSON);
            byName.set(n, { tab, row: row + 2 });
          } else expect({ tab: index.tabOf(got), row: index.rowOf(got) }).toEqual(expected);
        });
        expect(index.size).toBe(byName.size);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every person apart through many growths of its table', () => {
    const index = new NameIndex();
    const n = 20_000;
    for (let i = 0; i < n; i++) expect(index.add(`Фамилия${i} Имя Отчество`, i % 7, i + 2)).toBe(NEW_PERSON);
    expect(index.size).toBe(n);
    const probe = [0, 1, 4095, 4096, 12_345, n - 1];
    for (const i of probe) {
      const found = index.add(`ФАМИЛИЯ${i}  имя отчество`, 99, 1);
      expect(index.tabOf(found)).toBe(i % 7);
      expect(index.rowOf(found)).toBe(i + 2);
    }
  });

  it('knows the words of two letters or more of every name added, and no other word', () => {
    const index = new NameIndex();
    index.add('Петрова-Водкина  Ё.А. Анна', 0, 2);
    index.add('Ли Ян', 0, 3);
    for (const w of ['петрова', 'водкина', 'анна', 'ли', 'ян']) expect(index.hasWord(w), w).toBe(true);
    // «е» and «а» are one letter each; the rest are not words of these names.
    for (const w of ['е', 'а', 'петров', 'водкин', 'анн', 'иванова']) expect(index.hasWord(w), w).toBe(false);
  });

  it('answers hasWord exactly as splitting the normalised names would', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, spelling), { maxLength: 12 }), fc.array(fc.oneof(text, spelling), { maxLength: 6 }), (names, probes) => {
        const index = new NameIndex();
        names.forEach((n, i) => index.add(n, 0, i + 2));
        // Totals rows are not people; a repeated name adds nothing new.
        const words = new Set(
          names
            .map(normalizeText)
            .filter((n) => !n.startsWith('итого') && !n.startsWith('всего'))
            .flatMap((n) => n.split(' '))
            .filter((w) => w.length >= 2),
        );
        for (const w of probes.flatMap((p) => normalizeText(p).split(' ')).filter((x) => x.length >= 2)) expect(index.hasWord(w), w).toBe(words.has(w));
      }),
      { numRuns: 500 },
    );
  });

});
