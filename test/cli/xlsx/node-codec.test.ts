/**
 * The command line compresses the parts it writes with Node's zlib on the thread pool. What must
 * hold: zlib's inflate gives every part back exactly; its native CRC-32 is the layer's own; the
 * same input written twice gives the same file (deterministic though the parts compress
 * concurrently); and the CLI's and the page's codecs write the same parts, in the same order,
 * equal once inflated — only the compressed bytes of the new parts differ.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRun } from '../../../core/index';
import { crc32, partsOf, readWorkbook, writeWorkbook, type ZipCodec } from '../../../cli/xlsx/index';
import { deflateRaw } from '../../../cli/xlsx/deflate';
import { nodeCodec } from '../../../cli/xlsx/node-codec';

const TODAY = new Date(Date.UTC(2026, 5, 15));
/** The page's codec as far as writing goes: the layer's own deflate (inflate is Node's here). */
const pageLikeCodec: ZipCodec = { inflateRaw: nodeCodec.inflateRaw, deflateRaw };

const EXAMPLE = path.resolve(__dirname, '../../../examples/pedmonitor-example.xlsx');

describe('Node codec', () => {
  it('deflates any bytes so that zlib inflates them back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 5000 }), fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s.repeat(20)))), async (data) => {
        const packed = await nodeCodec.deflateRaw(data);
        expect(Buffer.from(inflateRawSync(packed)).equals(Buffer.from(data))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same CRC-32 as the layer\'s own', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (data) => {
        expect(nodeCodec.crc32!(data)).toBe(crc32(data));
      }),
      { numRuns: 300 },
    );
    // A known value: CRC-32 of "123456789" is CBF43926.
    expect(nodeCodec.crc32!(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes the same file twice from the same input, and the same parts as the page codec', async () => {
    const input = new Uint8Array(readFileSync(EXAMPLE));
    const plan = planRun((await readWorkbook(input, nodeCodec)).sheets, { today: TODAY });
    const req = { sheets: plan.outputs, registry: plan.registry };
    const first = await writeWorkbook(input, req, nodeCodec);
    const second = await writeWorkbook(input, req, nodeCodec);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);

    const page = await writeWorkbook(input, req, pageLikeCodec);
    expect(Buffer.from(page).equals(Buffer.from(first))).toBe(false);
    const cliParts = await partsOf(first, nodeCodec);
    const pageParts = await partsOf(page, nodeCodec);
    expect(cliParts.map((p) => p.name)).toEqual(pageParts.map((p) => p.name));
    for (const [i, p] of cliParts.entries()) expect(Buffer.from(p.data).equals(Buffer.from(pageParts[i]!.data)), p.name).toBe(true);
    // And the sheets read back are the plan's outputs, by name.
    const names = (await readWorkbook(first, nodeCodec)).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(plan.outputs.map((o) => o.name)));
  });
});
