/**
 * The sheet reader reads the usual cell (`<c r="B2" t="s"><v>12</v></c>`) in one pass of its own
 * and leaves every other form to the general XML reader. Its oracle is that general reader: the
 * same sheet read both ways must give the same grid and merged ranges, or the same fault — on the
 * sheets of real files, on cells written in every form the fast pass takes or refuses, and on
 * sheet XML mutated at random around the cells. The shared strings part likewise: a plain
 * `<si><t>…</t></si>` read in one step against the general reader's reading of the same part.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { partsOf } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { readSharedStrings } from '../../../cli/xlsx/shared-strings';
import { readSheet } from '../../../cli/xlsx/sheet-read';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRINGS = ['ФИО', 'Должность', 'учитель', 'да', 'нет', ''];
/** Style 1 is a date, 0 and 2 are not. */
const DATE_STYLES = [false, true, false];

type Outcome = { values: unknown; merges: unknown } | { fault: string };

function readBoth(xml: Uint8Array | string, strings: readonly string[] = STRINGS, dateStyles: readonly boolean[] = DATE_STYLES): [Outcome, Outcome] {
  const bytes = typeof xml === 'string' ? new TextEncoder().encode(xml) : xml;
  const read = (generalOnly: boolean): Outcome => {
    try {
      const g = readSheet(bytes, 'xl/worksheets/sheet1.xml', 'Лист1', { strings, dateStyles, date1904: false, budget: 1_000_000, generalOnly });
      return { values: g.values, merges: g.merges };
    } catch (e) {
      return { fault: e instanceof Error ? `${e.name}: ${e.message} ${JSON.stringify(e)}` : String(e) };
    }
  };
  return [read(false), read(true)];
}

const sheet = (data: string, after = ''): string => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData>${after}</worksheet>`;

/** Cells in the forms producers write, each a piece the fuzzer combines. */
const CELLS = [
  '<c r="A1" t="s"><v>0</v></c>',
  '<c r="B1" s="1"><v>45444</v></c>',
  '<c r="C1" s="2" t="n"><v>-3.25E2</v></c>',
  '<c r="D1" t="b"><v>1</v></c>',
  '<c r="E1" t="e"><v>#N/A</v></c>',
  '<c r="F1" t="str"><f>A1&amp;B1</f><v>a &amp; b</v></c>',
  '<c r="G1"><f>SUM(A1:B1)</f><v>0</v></c>',
  '<c r="H1" t="b"><f t="shared" ref="H1:H3" si="0">1=2</f><v>0</v></c>',
  '<c r="I1"><f t="shared" si="0"/><v>12.5</v></c>',
  '<c r="J1" t="str"><f>""</f><v></v></c>',
  '<c r="K1"><f>NOW()</f></c>',
  '<c r="L1" s="1"/>',
  '<c r="M1" s="2"></c>',
  '<c t="s"><v>2</v></c>',
  "<c r='N1' t='s'><v>3</v></c>",
  '<c r="O1" t="inlineStr"><is><t>Иванова</t></is></c>',
  '<c r="P1" t="d"><v>2024-06-01T00:00:00</v></c>',
  '<c r="Q1"><v><![CDATA[7]]></v></c>',
  '<c r="R1"><!-- note --><v>8</v></c>',
  '<c r="S1" cm="1" vm="2" ph="1"><v>9</v></c>',
  '<c\n r="T1"\n t="s"><v>4</v></c>',
  '<c r="U1"><v>1</v><extLst/></c>',
  '<c r="$V$1"><v>10</v></c>',
  '<c r="A2"><v>11</v></c>',
  '<c r="XFD1"><v>12</v></c>',
  '<c r="B1"><v>13</v></c>',
  '<x:c r="W1" xmlns:x="urn:x"><x:v>14</x:v></x:c>',
  '<c r="X1" s="1"><v>15.25</v></c>',
  '<c r="Y1" t="s"><v>1&#48;</v></c>',
  '<c r="Z1"><v> 16 </v></c>',
  '<c r="AA1"><v>abc</v></c>',
  // References the fast pass reads as it scans the attribute, and those it leaves to the general
  // reader (which names the fault): lower case, no row, a quote of the other kind inside, past
  // the grid's last column or row, row 0, a stray character.
  '<c r="ab3"><v>17</v></c>',
  '<c r="AC"><v>18</v></c>',
  '<c r="$AD4"><v>19</v></c>',
  '<c r="AE$5"><v>20</v></c>',
  `<c r='AF6"x'><v>21</v></c>`,
  '<c r="XFE1"><v>22</v></c>',
  '<c r="A1048577"><v>23</v></c>',
  '<c r="A1048576"><v>24</v></c>',
  '<c r="A0"><v>25</v></c>',
  '<c r="A1B"><v>26</v></c>',
  '<c r="1"><v>27</v></c>',
  '<c r=""><v>28</v></c>',
  '<c r="AAAAAAAAAAAAAAAAAAAAAA1"><v>29</v></c>',
  '<c r="A99999999999999999999"><v>30</v></c>',
  // Quotes where a name should be: the general reader pairs them wherever they stand (found by
  // this file's fuzzing), so the fast pass leaves such a cell to it.
  '<c "r="AG1" t="s"><v>0</v></c>',
  `<c r'="AH1"><v>31</v></c>`,
  '<c "="x" r="AI1"><v>32</v></c>',
];

const ROWS = ['<row r="1">', '<row r="2" spans="1:3">', '<row>', '<row r="5" hidden="1">'];

describe('the sheet reader: the fast pass gives what the general reader gives', () => {
  let realSheets: { name: string; data: Uint8Array; strings: string[] }[] = [];

  beforeAll(async () => {
    for (const file of ['examples/pedmonitor-example.xlsx']) {
      const parts = await partsOf(new Uint8Array(readFileSync(file)), nodeCodec);
      const ss = parts.find((p) => p.name === 'xl/sharedStrings.xml');
      const strings = ss ? readSharedStrings(ss.data, ss.name) : [];
      realSheets = parts.filter((p) => p.name.startsWith('xl/worksheets/sheet')).map((p) => ({ name: p.name, data: p.data, strings }));
    }
  });

  it('on every sheet of the example workbook (not one fault, grids equal)', () => {
    expect(realSheets.length).toBeGreaterThan(10);
    let cells = 0;
    for (const s of realSheets) {
      const [fast, general] = readBoth(s.data, s.strings, []);
      expect('values' in fast, s.name).toBe(true);
      expect(fast, s.name).toEqual(general);
      if ('values' in fast) cells += (fast.values as unknown[][]).reduce((n, r) => n + r.length, 0);
    }
    expect(cells).toBeGreaterThan(1000);
  });

  it('on each cell form alone, in a row and without one', () => {
    for (const c of CELLS) {
      for (const data of [`<row r="1">${c}</row>`, `<row r="3">${c}${c}</row>`, c]) {
        const [fast, general] = readBoth(sheet(data));
        expect(fast, data).toEqual(general);
      }
    }
  });

  it('by hand: the values of the usual forms', () => {
    const [fast] = readBoth(sheet(`<row r="1">${CELLS.slice(0, 14).join('')}</row>`));
    expect(fast).toEqual({
      values: [['ФИО', new Date(Date.UTC(2024, 5, 1)), -325, true, '#N/A', 'a & b', 0, false, 12.5, '', null, null, null, 'учитель']],
      merges: [],
    });
  });

  it('on rows of random cells, out of order and mutated around the markup (fast-check)', () => {
    const mutation = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.integer({ min: 0, max: 6 }),
      text: fc.stringMatching(/^[<>/&;"'=!a-z0-9 cvfrst:\n-]{0,6}$/),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ROWS), fc.array(fc.constantFrom(...CELLS), { maxLength: 8 })), { maxLength: 6 }),
        fc.array(mutation, { maxLength: 3 }),
        (rows, mutations) => {
          let data = rows.map(([open, cells]) => `${open}${cells.join('')}</row>`).join('');
          for (const m of mutations) {
            const at = Math.floor(m.at * data.length);
            data = data.slice(0, at) + m.text + data.slice(at + m.length);
          }
          const [fast, general] = readBoth(sheet(data, '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>'));
          expect(fast).toEqual(general);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the shared strings: the one-step plain string gives what the general reader gives', () => {
  const both = (xml: string): [unknown, unknown] => {
    const bytes = new TextEncoder().encode(xml);
    const read = (generalOnly: boolean): unknown => {
      try {
        return readSharedStrings(bytes, 'xl/sharedStrings.xml', generalOnly);
      } catch (e) {
        return { fault: e instanceof Error ? `${e.message} ${JSON.stringify(e)}` : String(e) };
      }
    };
    return [read(false), read(true)];
  };
  const ITEMS = [
    '<si><t>ФИО</t></si>',
    '<si><t xml:space="preserve"> учитель </t></si>',
    '<si><t>a &amp; b &lt;c&gt; &#1060;&#x424;</t></si>',
    '<si><t>строка_x000D_вторая</t></si>',
    '<si><t></t></si>',
    '<si/>',
    '<si><r><rPr><b/></rPr><t>жир</t></r><r><t>ный</t></r></si>',
    '<si><t>Иванов</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>',
    '<si><t><![CDATA[<x>]]></t></si>',
    '<si><t>a<!-- c -->b</t></si>',
    '<si><t>&bad;</t></si>',
    '<si>\n  <t>отступ</t>\n</si>',
    '\n',
  ];
  it('by hand: the usual strings', () => {
    const [fast] = both(`<sst xmlns="x">${ITEMS.slice(0, 8).join('')}</sst>`);
    expect(fast).toEqual(['ФИО', ' учитель ', 'a & b <c> ФФ', 'строка\rвторая', '', '', 'жирный', 'Иванов']);
  });
  it('on random lists of every form, mutated (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ITEMS), { maxLength: 12 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 5 }), text: fc.stringMatching(/^[<>/&;"'=!a-z0-9 sit:\n-]{0,6}$/) }), { maxLength: 3 }),
        fc.boolean(),
        (items, mutations, rooted) => {
          let xml = items.join('');
          for (const m of mutations) {
            const at = Math.floor(m.at * xml.length);
            xml = xml.slice(0, at) + m.text + xml.slice(at + m.length);
          }
          const [fast, general] = both(rooted ? `<?xml version="1.0"?>\n<sst xmlns="x" count="3">${xml}</sst>` : xml);
          expect(fast).toEqual(general);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
