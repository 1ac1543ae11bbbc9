/**
 * An output sheet is compressed while it is written (and its chunks, once compressed, are written
 * into again): its XML goes into a ByteSink that hands each
 * full chunk to a PartPacker, which (with Node's codec) deflates every chunk on its own, ended by a
 * sync flush, and closes the part with an empty final block — one raw DEFLATE stream, as pigz
 * writes them. What must hold: the sink's chunks are exactly the bytes a sink that keeps them
 * gives (its number writer is String(n)'s digits); the CRC-32 continued chunk by chunk is the
 * whole part's; the pieces inflate to the whole part with zlib and with the browser's
 * DecompressionStream (the page reads what the command line wrote); and a codec without pieces
 * (the page's) compresses the joined chunks exactly as it compresses a whole part.
 */
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteSink, ChunkPool } from '../../../cli/xlsx/byte-sink';
import { sheetXmlBytes, sheetXmlSteps } from '../../../cli/xlsx/sheet-xml';
import { StyleBook } from '../../../cli/xlsx/styles-write';
import type { OutputSheet } from '../../../core/index';
import { crc32, type ZipCodec } from '../../../cli/xlsx/codec';
import { deflateRaw } from '../../../cli/xlsx/deflate';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { packPart, PartPacker } from '../../../cli/xlsx/zip-write';

type Op = { kind: 'ascii'; s: string } | { kind: 'text'; s: string } | { kind: 'bytes'; b: Uint8Array } | { kind: 'some'; b: Uint8Array; count: number } | { kind: 'int'; n: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 40 }).map((s) => ({ kind: 'ascii' as const, s })),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => ({ kind: 'text' as const, s })),
  fc.uint8Array({ maxLength: 60 }).map((b) => ({ kind: 'bytes' as const, b })),
  fc.uint8Array({ maxLength: 20 }).chain((b) => fc.integer({ min: 0, max: b.length }).map((count) => ({ kind: 'some' as const, b, count }))),
  fc.oneof(fc.nat(), fc.integer({ min: 0, max: 9 }), fc.constantFrom(10, 99, 100, 1_048_576, Number.MAX_SAFE_INTEGER, 2 ** 60, -1, -0, 2.5, 1e21)).map((n) => ({ kind: 'int' as const, n })),
);

function apply(sink: ByteSink, ops: readonly Op[]): void {
  for (const o of ops) {
    if (o.kind === 'ascii') sink.ascii(o.s);
    else if (o.kind === 'text') sink.text(o.s);
    else if (o.kind === 'bytes') sink.bytes(o.b);
    else if (o.kind === 'some') sink.some(o.b, o.count);
    else sink.int(o.n);
  }
}

/** What the operations write, as TextEncoder encodes the text they stand for. */
function expected(ops: readonly Op[]): Buffer {
  return Buffer.concat(ops.map((o) => (o.kind === 'bytes' ? Buffer.from(o.b) : o.kind === 'some' ? Buffer.from(o.b.subarray(0, o.count)) : Buffer.from(new TextEncoder().encode(o.kind === 'int' ? String(o.n) : o.s)))));
}

/** Raw inflate as the page does it (page/worker/codec.ts): the built-in DecompressionStream. */
async function browserInflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const concat = (parts: readonly Uint8Array[]): Buffer => Buffer.concat(parts.map((p) => Buffer.from(p)));

async function packedBytes(packer: PartPacker): Promise<{ size: number; crc: number; data: Buffer }> {
  const part = packer.finish();
  return { size: part.size, crc: part.crc, data: concat(await Promise.all(part.packed)) };
}

describe('ByteSink', () => {
  it('hands over, chunk by chunk, exactly the bytes a sink that keeps them gives', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.integer({ min: 1, max: 200 }), (ops, chunkSize) => {
        const kept = new ByteSink(undefined, chunkSize);
        apply(kept, ops);
        const chunks: Uint8Array[] = [];
        const flushing = new ByteSink((c) => chunks.push(c), chunkSize);
        apply(flushing, ops);
        flushing.end();
        const want = expected(ops);
        expect(Buffer.from(kept.finish()).equals(want)).toBe(true);
        expect(concat(chunks).equals(want)).toBe(true);
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('writes whole numbers as String(n) does', () => {
    for (const n of [0, 1, 9, 10, 11, 99, 100, 70_869, 1_048_576, 123_456_789_012, Number.MAX_SAFE_INTEGER]) {
      const sink = new ByteSink();
      sink.int(n);
      expect(new TextDecoder().decode(sink.finish())).toBe(String(n));
    }
  });
});

describe('CRC-32 continued chunk by chunk', () => {
  it('is the CRC of the whole, for the layer’s own and for Node’s', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 6 }), (pieces) => {
        const whole = concat(pieces);
        const own = pieces.reduce((c, p) => crc32(p, c), 0);
        const node = pieces.reduce((c, p) => nodeCodec.crc32!(p, c), 0);
        expect(own).toBe(crc32(whole));
        expect(node).toBe(crc32(whole));
      }),
      { numRuns: 300 },
    );
    // "123456789" in two pieces: CBF43926.
    const enc = new TextEncoder();
    expect(crc32(enc.encode('56789'), crc32(enc.encode('1234')))).toBe(0xcbf43926);
  });
});

describe('PartPacker', () => {
  const text = fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s.repeat(7)));
  const data = fc.oneof(fc.uint8Array({ maxLength: 20_000 }), text);

  it('with Node’s codec: pieces that inflate to the whole part (zlib and the browser’s DecompressionStream), its size and CRC', async () => {
    await fc.assert(
      fc.asyncProperty(data, fc.integer({ min: 1, max: 5000 }), async (bytes, chunkSize) => {
        const packer = new PartPacker(nodeCodec);
        for (let at = 0; at < bytes.length; at += chunkSize) packer.add(bytes.subarray(at, at + chunkSize));
        const { size, crc, data: packed } = await packedBytes(packer);
        expect(size).toBe(bytes.length);
        expect(crc).toBe(crc32(bytes));
        expect(inflateRawSync(packed).equals(Buffer.from(bytes))).toBe(true);
        expect(Buffer.from(await browserInflateRaw(packed)).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a large part in 1 MB pieces, as the writer packs «История»', async () => {
    const row = new TextEncoder().encode('<row r="1"><c r="A1" s="12" t="inlineStr"><is><t>ИППР в ОО / муниципалитете</t></is></c></row>');
    const bytes = new Uint8Array(5_500_000);
    for (let at = 0; at < bytes.length; at += row.length) bytes.set(row.subarray(0, Math.min(row.length, bytes.length - at)), at);
    const packer = new PartPacker(nodeCodec);
    const sink = new ByteSink((c) => packer.add(c));
    sink.bytes(bytes);
    sink.end();
    const { size, crc, data: packed } = await packedBytes(packer);
    expect([size, crc]).toEqual([bytes.length, crc32(bytes)]);
    expect(inflateRawSync(packed).equals(Buffer.from(bytes))).toBe(true);
    expect(packed.length).toBeLessThan(bytes.length / 20);
  });

  it('with a codec that has no pieces (the page’s): the joined chunks compressed as one part', async () => {
    const pageLike: ZipCodec = { inflateRaw: nodeCodec.inflateRaw, deflateRaw };
    await fc.assert(
      fc.asyncProperty(data, fc.integer({ min: 1, max: 5000 }), async (bytes, chunkSize) => {
        const packer = new PartPacker(pageLike);
        for (let at = 0; at < bytes.length; at += chunkSize) packer.add(bytes.subarray(at, at + chunkSize));
        const got = await packedBytes(packer);
        const whole = packPart(bytes, pageLike);
        expect([got.size, got.crc]).toEqual([whole.size, whole.crc]);
        expect(got.data.equals(concat(await Promise.all(whole.packed)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('through a pool: chunks written into again once compressed, the part’s bytes the same, cut at the same places', async () => {
    const rows = 20_000;
    const values = Array.from({ length: rows }, (_, r) => [`Критерий ${r % 67}`, `Организация ${r % 1200}`, r * 0.37, r % 7 === 0 ? null : 'текст'.repeat(r % 9)]);
    const sheet: OutputSheet = {
      name: 'История',
      values,
      formats: values.map(() => ['@', '@', 'General', '@']),
      tones: values.map(() => [null, null, null, null]),
      columnWidths: [100, 200, 80, 300],
      wrapColumns: [],
      frozenRows: 1,
      frozenColumns: 0,
    };
    const whole = sheetXmlBytes(sheet, new StyleBook(null, 'xl/styles.xml'));
    const write = async (pool: ChunkPool | undefined): Promise<{ data: Buffer; pieces: number[] }> => {
      const packer = new PartPacker(nodeCodec, pool);
      const pieces: number[] = [];
      const sink = new ByteSink((c) => {
        pieces.push(c.length);
        packer.add(c);
      }, 64 * 1024, pool);
      for (const _ of sheetXmlSteps(sink, sheet, new StyleBook(null, 'xl/styles.xml'))) await nodeCodec.pause!();
      sink.end();
      const part = packer.finish();
      expect([part.size, part.crc]).toEqual([whole.length, crc32(whole)]);
      return { data: concat(await Promise.all(part.packed)), pieces };
    };
    const pool = new ChunkPool();
    let reused = 0;
    const take = pool.take.bind(pool);
    pool.take = (n: number) => {
      const chunk = take(n);
      if (chunk) reused++;
      return chunk;
    };
    const pooled = await write(pool);
    const plain = await write(undefined);
    expect(pooled.pieces.length).toBeGreaterThan(10);
    expect(reused).toBeGreaterThan(5);
    expect(pooled.pieces).toEqual(plain.pieces);
    expect(pooled.data.equals(plain.data)).toBe(true);
    expect(inflateRawSync(pooled.data).equals(Buffer.from(whole))).toBe(true);
  });

  it('a pool gives back only chunks of the very size asked for', () => {
    const pool = new ChunkPool();
    pool.give(new Uint8Array(8).subarray(0, 3));
    pool.give(new Uint8Array(16));
    expect(pool.take(4)).toBeNull();
    expect(pool.take(8)?.length).toBe(8);
    expect(pool.take(8)).toBeNull();
    expect(pool.take(16)?.length).toBe(16);
  });
});
