/**
 * A package as report generators (1С among them) assemble it by hand: `x:` prefixes everywhere,
 * inline strings, no styles or shared strings part, absolute relationship targets, cells and rows
 * without `r`, rows out of order, entities, CDATA, OOXML escapes, rich inline runs with phonetic
 * runs, formula results of 0, FALSE and "", saved errors, a hidden row and merged cells. The grid
 * the reader gives is written out here by hand.
 */
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../cli/xlsx/index';
import { nodeCodec } from '../../../cli/xlsx/node-codec';
import { inline, prefixedWorkbook, zipOf } from './package-builder';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const sheetData =
  `<x:row r="3">${inline('A3', 'Белова В.В.')}<x:c r="B3" t="b"><x:f>1=2</x:f><x:v>0</x:v></x:c><x:c r="C3"><x:f>B2-B2</x:f><x:v>0</x:v></x:c><x:c r="D3" t="str"><x:f>""</x:f><x:v></x:v></x:c></x:row>` +
  `<x:row r="1">${inline('A1', 'ФИО')}<x:c t="inlineStr"><x:is><x:t>Должность</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Стаж</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Примечание</x:t></x:is></x:c></x:row>` +
  `<x:row r="2" hidden="1">${inline('A2', 'Абрамова А.А.')}<x:c r="B2"><x:v>12.5</x:v></x:c><x:c r="C2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>` +
  `<x:c r="D2" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>учитель </x:t></x:r><x:r><x:t xml:space="preserve">&amp; &lt;завуч&gt; &#1060;&#x424;</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ヨミ</x:t></x:rPh></x:is></x:c></x:row>` +
  `<x:row>${inline('A4', '<![CDATA[Волков <Г.Г.>]]>')}${inline('B4', 'строка_x000D_вторая _x005F_x0041_')}<x:c r="C4" t="e"><x:v>#N/A</x:v></x:c><x:c r="D4" t="b"><x:v>1</x:v></x:c></x:row>` +
  `<x:row r="6"><x:c r="B6"><x:f>SUM(B2:B5)</x:f></x:c><x:c r="E6" t="n"><x:v>-3.25E2</x:v></x:c></x:row>`;

const extra = `<x:mergeCells count="1"><x:mergeCell ref="A7:B8"/></x:mergeCells>`;

describe('a hand-assembled package with x: prefixes and inline strings', () => {
  it('reads the grid a host would give', async () => {
    const parts = prefixedWorkbook(
      { 'ДОУ «Ромашка» & Ко': sheetData, Пустой: '' },
      { sheetXml: (_, data) => `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${data}</x:sheetData>${extra}</x:worksheet>` },
    );
    const book = await readWorkbook(zipOf(parts), nodeCodec);
    expect(book.sheets.map((s) => s.name)).toEqual(['ДОУ «Ромашка» & Ко', 'Пустой']);
    expect(book.sheets[0]!.values).toEqual([
      ['ФИО', 'Должность', 'Стаж', 'Примечание'],
      ['Абрамова А.А.', 12.5, '#DIV/0!', 'учитель & <завуч> ФФ'],
      ['Белова В.В.', false, 0, ''],
      ['Волков <Г.Г.>', 'строка\rвторая _x0041_', '#N/A', true],
      [],
      [null, null, null, null, -325],
    ]);
    expect(book.sheets[0]!.merges).toEqual([{ top: 6, left: 0, bottom: 7, right: 1 }]);
    expect(book.sheets[1]!.values).toEqual([]);
    expect(book.date1904).toBe(false);
  });
});
