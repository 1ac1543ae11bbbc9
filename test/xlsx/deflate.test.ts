/**
 * The host-neutral DEFLATE: Node's zlib (an independent decoder) must give back every input
 * exactly — empty, one byte, long runs, incompressible bytes, real XML, arbitrary bytes — the
 * output must not depend on anything but the input, and on XML it must stay close to zlib's size.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateRaw } from '../../cli/xlsx/deflate';

const root = path.resolve(__dirname, '../..');
/** Whether zlib inflates our output back to exactly `data`. */
const roundTrips = (data: Uint8Array): boolean => Buffer.from(inflateRawSync(deflateRaw(data))).equals(Buffer.from(data));

/** A worksheet's XML of `rows` rows, as the writer produces it (inline strings, numbers, styles). */
function sheetXml(rows: number): Uint8Array {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>МАОУ СОШ №${r % 41}</t></is></c><c r="B${r}" s="${r % 4}"><v>${((r * 7.31) % 100).toFixed(2)}</v></c></row>`);
  }
  parts.push('</sheetData></worksheet>');
  return new TextEncoder().encode(parts.join(''));
}

describe('deflateRaw', () => {
  it('round-trips edge cases through zlib', () => {
    const random = new Uint8Array(70_000);
    let seed = 12345;
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      random[i] = seed >>> 24;
    }
    const cases = [new Uint8Array(0), new Uint8Array([0]), new Uint8Array([255, 255]), new Uint8Array(300_000).fill(97), random, new Uint8Array(65_536 * 3 + 7).map((_, i) => i % 7)];
    for (const data of cases) expect(roundTrips(data)).toBe(true);
  });

  it('round-trips real source text and a long worksheet (several blocks)', () => {
    const text = readFileSync(path.join(root, 'core', 'engine', 'compute.ts'));
    expect(roundTrips(text)).toBe(true);
    const xml = sheetXml(40_000);
    expect(roundTrips(xml)).toBe(true);
  });

  it('round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.nat(300), (bytes, repeat) => {
        const data = new Uint8Array(bytes.length * (1 + (repeat % 4)));
        for (let i = 0; i < data.length; i++) data[i] = bytes[i % bytes.length]!;
        expect(roundTrips(data)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same bytes every time and stays within 10 % of zlib level 6 on XML', () => {
    const xml = sheetXml(20_000);
    const a = deflateRaw(xml);
    const b = deflateRaw(xml.slice());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zlib = deflateRawSync(xml).length;
    expect(a.length).toBeLessThan(zlib * 1.1);
    expect(a.length).toBeLessThan(xml.length / 5);
  });
});
