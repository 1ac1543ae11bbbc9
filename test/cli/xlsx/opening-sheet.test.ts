/**
 * The writer looks for a selected input sheet from the first bytes of each sheet part instead of
 * inflating every part whole. From any prefix of a part, selectedIn must either say "cannot tell"
 * or agree with unselected on the whole part (the oracle), and must always tell once it has the
 * part's first 256 KB; Node's codec must give a true prefix of the inflated part; and the writer
 * must unselect every selected sheet, whether its top is in the first KB of deflate or far later.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectedIn, unselected } from '../../../cli/xlsx/opening-sheet';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { partsOf, readWorkbook, writeWorkbook } from '../../../cli/xlsx/index';
import { xlsxPort } from '../../../cli/xlsx/port';
import { planRun } from '../../../core/index';
import { registrySheet } from '../../../cli/xlsx/sheet-xml';
import { inline, prefixedWorkbook, zipOf } from './package-builder';

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
      { numRuns: 150 },
    );
  });

  it('Node codec: the first bytes of a deflated part inflate to a prefix of it (all of a small part)', () => {
    const big = enc.encode(`<worksheet><sheetViews><sheetView tabSelected="1"/></sheetViews><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50_000)}</sheetData></worksheet>`);
    const small = enc.encode('<worksheet><sheetData/></worksheet>');
    for (const level of [1, 6, 9]) {
      for (const data of [big, small]) {
        const packed = deflateRawSync(data, { level });
        for (const n of [1, 100, 1024, 16 * 1024]) {
          const head = nodeCodec.inflateRawHead!(packed.subarray(0, n), 512 * 1024);
          if (head === null) continue; // past the bound: the writer reads the part whole
          expect(Buffer.from(head).equals(Buffer.from(data.subarray(0, head.length))), `${level} ${n}`).toBe(true);
        }
      }
    }
    expect(nodeCodec.inflateRawHead!(deflateRawSync(small), 512 * 1024)!.length).toBe(small.length);
    expect(selectedIn(nodeCodec.inflateRawHead!(deflateRawSync(big).subarray(0, 1024), 512 * 1024)!, false)).toBe(true);
    // Past the bound, or not deflate at all: no head, the writer reads the part whole.
    expect(nodeCodec.inflateRawHead!(deflateRawSync(big), 512 * 1024)).toBeNull();
    expect(nodeCodec.inflateRawHead!(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1024)).toBeNull();
  });
});

describe('the writer, opening on its output', () => {
  it('takes tabSelected out of every selected input sheet, near the top or after long column lists, and nothing else', async () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    // Column widths that do not repeat: tens of KB of deflate before sheetData.
    let seed = 7;
    const cols = Array.from({ length: 4000 }, (_, i) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return `<x:col min="${i + 1}" max="${i + 1}" width="${(seed % 100000) / 1000}" customWidth="1"/>`;
    }).join('');
    const roster = (name: string) => `<x:row r="1">${inline('A1', 'ФИО')}${inline('B1', 'Должность')}</x:row><x:row r="2">${inline('A2', name)}${inline('B2', 'учитель')}</x:row>`;
    const views = (selected: boolean) => `<x:sheetViews><x:sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"/></x:sheetViews>`;
    const tops: Record<string, string> = { Первый: views(true), Второй: `${views(true)}<x:cols>${cols}</x:cols>`, Третий: `<x:cols>${cols}</x:cols>`, Четвёртый: views(false) };
    const parts = prefixedWorkbook(
      { Первый: roster('Иванова Анна'), Второй: roster('Петрова Ольга'), Третий: roster('Сидорова Мария'), Четвёртый: roster('Орлова Нина') },
      { sheetXml: (name, data) => `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}">${tops[name]}<x:sheetData>${data}</x:sheetData></x:worksheet>` },
    );
    const input = zipOf(parts);
    const req = { sheets: [{ ...registrySheet('Сводка', [['итог']]), frozenRows: 0 }] };
    const expectUnselected = async (out: Uint8Array): Promise<void> => {
      const written = new Map((await partsOf(out, nodeCodec)).map((p) => [p.name, new TextDecoder().decode(p.data)]));
      for (let i = 1; i <= 4; i++) {
        const was = String(parts[`xl/worksheets/sheet${i}.xml`]);
        expect(written.get(`xl/worksheets/sheet${i}.xml`), `sheet${i}`).toBe(was.replace(' tabSelected="1"', ''));
      }
    };
    await expectUnselected(await writeWorkbook(input, req, nodeCodec));

    // The reader notes the same while it reads each sheet, and the writer then trusts it.
    const book = await readWorkbook(input, nodeCodec);
    expect(book.sheets.map((s) => [s.name, s.selected])).toEqual([['Первый', true], ['Второй', true], ['Третий', false], ['Четвёртый', false]]);
    const selectedParts = new Map(book.sheets.map((s) => [s.part.toLowerCase(), s.selected === true]));
    await expectUnselected(await writeWorkbook(input, req, nodeCodec, { selectedParts }));
    // Trusted, not checked again: a part said unselected keeps its mark.
    const wrong = new Map(selectedParts).set('xl/worksheets/sheet1.xml', false);
    const kept = new Map((await partsOf(await writeWorkbook(input, req, nodeCodec, { selectedParts: wrong }), nodeCodec)).map((p) => [p.name, new TextDecoder().decode(p.data)]));
    expect(kept.get('xl/worksheets/sheet1.xml')).toBe(String(parts['xl/worksheets/sheet1.xml']));

    // Through the port (read, then write the same bytes): the same parts as the writer alone.
    const file = { bytes: input, label: 'книга.xlsx' };
    const port = xlsxPort(file, nodeCodec);
    const plan = planRun((await port.read()).sheets, { today: new Date(Date.UTC(2026, 5, 15)) });
    await port.write(plan);
    const viaPort = new Map((await partsOf(file.bytes, nodeCodec)).map((p) => [p.name, new TextDecoder().decode(p.data)]));
    for (let i = 1; i <= 4; i++) {
      expect(viaPort.get(`xl/worksheets/sheet${i}.xml`), `sheet${i}`).toBe(String(parts[`xl/worksheets/sheet${i}.xml`]).replace(' tabSelected="1"', ''));
    }
  });
});
