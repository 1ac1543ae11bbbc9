/**
 * The reader never lets an exception escape but its own: real files (the committed example
 * workbook ExcelJS wrote, the same workbook after our writer added the outputs, and a
 * hand-assembled `x:`-prefixed package) are mutated — bytes of the archive flipped, the file cut,
 * and the XML of one part mangled and re-packed — and every read must either give sheets or
 * refuse with the 'not-xlsx' PedmonitorError and a Russian message naming the file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPedmonitorError, registryGrid } from '../../../core/index';
import { partsOf, readWorkbook, writeWorkbook } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { inline, prefixedWorkbook, zipOf } from './package-builder';

const LABEL = 'проверка.xlsx';

async function readsOrRefuses(bytes: Uint8Array): Promise<void> {
  try {
    const book = await readWorkbook(bytes, nodeCodec, { label: LABEL, limits: { partBytes: 64 * 1024 * 1024, cells: 2_000_000 } });
    for (const s of book.sheets) expect(Array.isArray(s.values)).toBe(true);
  } catch (e) {
    expect(isPedmonitorError(e), `escaped: ${String(e)}\n${e instanceof Error ? e.stack : ''}`).toBe(true);
    expect((e as { code: string }).code).toBe('not-xlsx');
    expect((e as Error).message).toContain(`«${LABEL}»`);
    expect((e as Error).message).toMatch(/[а-я]/);
  }
}

const seeds: { name: string; bytes: Uint8Array; parts: { name: string; data: Uint8Array }[] }[] = [];

beforeAll(async () => {
  const example = new Uint8Array(readFileSync('examples/pedmonitor-example.xlsx'));
  const written = await writeWorkbook(example, { sheets: [], registry: registryGrid([]) }, nodeCodec);
  const rows = `<x:row r="1">${inline('A1', 'ФИО')}${inline('B1', 'Должность')}</x:row><x:row><x:c><x:v>1</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>`;
  const prefixed = zipOf(prefixedWorkbook({ Школа: rows, 'Д/С': rows }));
  for (const [name, bytes] of [
    ['example', example],
    ['written', written],
    ['prefixed', prefixed],
  ] as const) {
    seeds.push({ name, bytes, parts: await partsOf(bytes, nodeCodec) });
  }
});

/** A mutation of text: delete, duplicate or insert a piece of markup-ish characters. */
const textMutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.stringMatching(/^[<>/&;"'=!\[\]?a-zA-Z0-9 #:x-]{0,12}$/),
});

function mutateText(text: string, m: { kind: string; at: number; length: number; text: string }): string {
  const at = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    default:
      return text.slice(0, at) + m.text + text.slice(at + m.length);
  }
}

describe('fuzzing the reader with mutated real files', () => {
  it('bytes of the archive flipped or the file cut: read or refused, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
        async (seed, flips, cut) => {
          const bytes = new Uint8Array(seeds[seed]!.bytes);
          for (const f of flips) bytes[Math.floor(f.at * (bytes.length - 1))] = f.byte;
          await readsOrRefuses(cut === null ? bytes : bytes.subarray(0, Math.floor(cut * bytes.length)));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('the XML of one part mangled and re-packed: read or refused, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.nat(), fc.array(textMutation, { minLength: 1, maxLength: 4 }), async (seed, pick, mutations) => {
        const { parts } = seeds[seed]!;
        const xml = parts.filter((p) => /\.(xml|rels)$/.test(p.name));
        const target = xml[pick % xml.length]!;
        let text = new TextDecoder().decode(target.data);
        for (const m of mutations) text = mutateText(text, m);
        const repacked: Record<string, string | Uint8Array> = {};
        for (const p of parts) repacked[p.name] = p.name === target.name ? text : p.data;
        await readsOrRefuses(zipOf(repacked, { stored: Object.keys(repacked) }));
      }),
      { numRuns: 120 },
    );
  });
});
