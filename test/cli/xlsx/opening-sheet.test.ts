/**
 * The writer looks for a selected input sheet from the first bytes of each sheet part instead of
 * inflating every part whole. From any prefix of a part, selectedIn must either say "cannot tell"
 * or agree with unselected on the whole part (the oracle), and must always tell once it has the
 * part's first 256 KB; Node's codec must give a true prefix of the inflated part.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectedIn, unselected } from '../../../cli/xlsx/opening-sheet';
import { nodeCodec } from '../../../cli/xlsx/node-codec';

const enc = new TextEncoder();
const HEAD_BYTES = 256 * 1024;

/** A sheet part: tabSelected before or after sheetData (or absent), with padding of any size in between. */
const part = fc
  .record({
    selectedBefore: fc.boolean(),
    selectedAfter: fc.boolean(),
    hasData: fc.boolean(),
    padding: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: HEAD_BYTES - 400, max: HEAD_BYTES + 400 })),
    tail: fc.integer({ min: 0, max: 3000 }),
  })
  .map(({ selectedBefore, selectedAfter, hasData, padding, tail }) =>
    enc.encode(
      `<worksheet><sheetViews><sheetView${selectedBefore ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews><!--${'x'.repeat(padding)}-->` +
        `${hasData ? '<sheetData>' : ''}<row r="1"/>${'y'.repeat(tail)}<sheetView${selectedAfter ? ' tabSelected="1"' : ''}/>${hasData ? '</sheetData>' : ''}</worksheet>`,
    ),
  );

describe('selectedIn', () => {
  it('from any prefix: cannot tell, or says what unselected finds in the whole part', () => {
    fc.assert(
      fc.property(part, fc.double({ min: 0, max: 1, noNaN: true }), (bytes, share) => {
        const truth = unselected(bytes) !== null;
        const k = Math.floor(share * bytes.length);
        const head = bytes.subarray(0, k);
        const said = selectedIn(head, k === bytes.length);
        if (said !== null) expect(said).toBe(truth);
        if (k >= Math.min(bytes.length, HEAD_BYTES)) expect(said).toBe(truth);
        expect(selectedIn(bytes, true)).toBe(truth);
      }),
      { numRuns: 400 },
    );
  });

  it('Node codec: the head of a deflated part is a prefix of it (all of a small part)', () => {
    const big = enc.encode(`<worksheet><sheetViews><sheetView tabSelected="1"/></sheetViews><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50_000)}</sheetData></worksheet>`);
    const small = enc.encode('<worksheet><sheetData/></worksheet>');
    for (const data of [big, small]) {
      const head = nodeCodec.inflateRawHead!(deflateRawSync(data, { level: 9 }), 512 * 1024)!;
      expect(head.length).toBeGreaterThan(0);
      expect(Buffer.from(head).equals(Buffer.from(data.subarray(0, head.length)))).toBe(true);
    }
    expect(nodeCodec.inflateRawHead!(deflateRawSync(small), 512 * 1024)!.length).toBe(small.length);
    expect(selectedIn(nodeCodec.inflateRawHead!(deflateRawSync(big), 512 * 1024)!, false)).toBe(true);
    // Not deflate at all: no head, the writer reads the part whole.
    expect(nodeCodec.inflateRawHead!(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1024)).toBeNull();
  });
});
