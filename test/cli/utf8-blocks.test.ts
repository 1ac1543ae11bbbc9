/**
 * The result file's text goes to disk through blocks of UTF-8 (cli/utf8-blocks.ts). Whatever the
 * pieces — any length, one- to four-byte characters, pieces longer than a block — the bytes
 * handed over, joined, must be TextEncoder's encoding of the pieces joined (the oracle), and a
 * block is handed over only when full enough that the next piece could not fit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Blocks } from '../../cli/utf8-blocks';

const char = fc.constantFrom('a', ' ', '\n', 'ё', 'Ж', '«', '€', '😀', '\u2028', '"');
const piece = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

function written(pieces: readonly string[], blockBytes: number): { bytes: Buffer; calls: number } {
  const out: Buffer[] = [];
  // Each block is copied when handed over: the writer reuses it.
  const blocks = new Utf8Blocks((b) => out.push(Buffer.from(b)), blockBytes);
  for (const p of pieces) blocks.put(p);
  blocks.flush();
  return { bytes: Buffer.concat(out), calls: out.length };
}

describe('Utf8Blocks', () => {
  it('hands over exactly the UTF-8 of the pieces joined, for any pieces and block size (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.integer({ min: 4, max: 200 }), (pieces, blockBytes) => {
        expect(written(pieces, blockBytes).bytes.equals(Buffer.from(new TextEncoder().encode(pieces.join(''))))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('by hand: a block of 12 bytes', () => {
    // «жж» (4 bytes), «ab» and «c» fill 7 bytes; «😀» (2 units, counted as 6 bytes) does not fit
    // the 5 left, so the block goes first.
    expect(written(['жж', 'ab', 'c', '😀'], 12)).toEqual({ bytes: Buffer.from('жжabc😀'), calls: 2 });
    // A piece longer than a block goes on its own, between the blocks around it.
    expect(written(['a', 'ёёёёё', 'b'], 12)).toEqual({ bytes: Buffer.from('aёёёёёb'), calls: 3 });
    expect(written([], 12)).toEqual({ bytes: Buffer.alloc(0), calls: 0 });
  });
});
