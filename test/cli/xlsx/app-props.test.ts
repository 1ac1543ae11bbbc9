/**
 * docProps/app.xml's list of sheets after a run: one group whose titles are the input's sheets is
 * rewritten to the output's sheets (the group's own name kept, «Листы» as well as «Worksheets»);
 * any other list is dropped whole; a part without a list, or whose list is already right, keeps
 * its bytes; what is outside the list keeps its bytes (a byte-order mark included). End to end,
 * the example workbook (saved by Excel, 15 sheets listed) comes out listing exactly the sheets the
 * workbook has, in tab order, as an independent reading (ExcelJS) of workbook.xml gives them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planRun } from '../../../core/index';
import { updatedAppProps } from '../../../cli/xlsx/app-props';
import { partsOf, readWorkbook, writeWorkbook } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { ignoreBOM: true });
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>';
const TAIL = '<Company></Company><AppVersion>16.0300</AppVersion></Properties>';

function app(groups: readonly [string, readonly string[]][]): string {
  const pairs = groups.map(([g, t]) => `<vt:variant><vt:lpstr>${g}</vt:lpstr></vt:variant><vt:variant><vt:i4>${t.length}</vt:i4></vt:variant>`).join('');
  const titles = groups.flatMap(([, t]) => t).map((t) => `<vt:lpstr>${t}</vt:lpstr>`);
  return `${HEAD}<HeadingPairs><vt:vector size="${groups.length * 2}" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.join('')}</vt:vector></TitlesOfParts>${TAIL}`;
}

const list = (xml: string): string[] => [...xml.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]!);

describe('updatedAppProps', () => {
  it('rewrites one group of the input sheets to the output sheets, keeping the group name and the rest', () => {
    for (const group of ['Worksheets', 'Листы']) {
      const input = app([[group, ['Настройки', 'МАОУ СОШ №1', 'A &amp; B']]]);
      const out = dec.decode(updatedAppProps(enc.encode(input), ['Настройки', 'МАОУ СОШ №1', 'A & B'], ['Настройки', 'МАОУ СОШ №1', 'A & B', 'Показатели', '_pedmonitor'])!);
      expect(out).toBe(app([[group, ['Настройки', 'МАОУ СОШ №1', 'A &amp; B', 'Показатели', '_pedmonitor']]]));
    }
  });

  it('drops a list it cannot make right: named ranges besides the sheets, or titles that are not the sheets', () => {
    const withNames = app([['Worksheets', ['Лист1']], ['Named Ranges', ['Лист1!Print_Titles']]]);
    expect(dec.decode(updatedAppProps(enc.encode(withNames), ['Лист1'], ['Лист1', 'Показатели'])!)).toBe(`${HEAD}${TAIL}`);
    const stale = app([['Worksheets', ['Старое имя']]]);
    expect(dec.decode(updatedAppProps(enc.encode(stale), ['Лист1'], ['Лист1', 'Показатели'])!)).toBe(`${HEAD}${TAIL}`);
  });

  it('leaves a part without a list, with a list already right, or not UTF-8, as it is', () => {
    expect(updatedAppProps(enc.encode(`${HEAD}${TAIL}`), ['Лист1'], ['Лист1', 'Показатели'])).toBeNull();
    expect(updatedAppProps(enc.encode(app([['Worksheets', ['Лист1', 'Показатели']]])), ['Лист1', 'Показатели'], ['Лист1', 'Показатели'])).toBeNull();
    expect(updatedAppProps(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), ['Лист1'], ['Лист1', 'Показатели'])).toBeNull();
  });

  it('keeps a byte-order mark', () => {
    const bytes = enc.encode(`\ufeff${app([['Worksheets', ['Лист1']]])}`);
    const out = updatedAppProps(bytes, ['Лист1'], ['Лист1', 'Показатели'])!;
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(list(dec.decode(out))).toEqual(['Worksheets', 'Лист1', 'Показатели']);
  });
});

describe('a run on the example workbook', () => {
  it('lists in app.xml exactly the sheets of the written workbook, in tab order', async () => {
    const input = new Uint8Array(readFileSync(path.resolve(__dirname, '../../../examples/pedmonitor-example.xlsx')));
    const inputApp = dec.decode((await partsOf(input, nodeCodec)).find((p) => p.name === 'docProps/app.xml')!.data);
    expect(list(inputApp)).toHaveLength(16);
    const plan = planRun((await readWorkbook(input, nodeCodec)).sheets, { today: new Date(Date.UTC(2026, 5, 15)) });
    const written = await writeWorkbook(input, { sheets: plan.outputs, registry: plan.registry }, nodeCodec);
    const outApp = dec.decode((await partsOf(written, nodeCodec)).find((p) => p.name === 'docProps/app.xml')!.data);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(written) as unknown as ArrayBuffer);
    const names = book.worksheets.map((w) => w.name);
    expect(names.length).toBe(15 + plan.outputs.length + 1);
    const [group, ...titles] = list(outApp);
    expect(group).toBe('Worksheets');
    expect(titles).toEqual(names);
    expect(outApp).toContain(`<vt:i4>${names.length}</vt:i4>`);
    expect(outApp).toContain(`<vt:vector size="${names.length}" baseType="lpstr">`);
    // Outside the list, the part is as it was.
    expect(outApp.replace(/<HeadingPairs>.*<\/TitlesOfParts>/s, '')).toBe(inputApp.replace(/<HeadingPairs>.*<\/TitlesOfParts>/s, ''));
  });
});
