/**
 * The fake `Excel.run` is only worth its tests if it is as strict as Excel: these check that it
 * refuses reads before load + sync, refuses a request over 5 MB without applying any of it, keeps
 * the commands before a failing one, counts syncs, keeps names unique and one sheet visible, and
 * turns formula-looking text into a formula unless the cell is formatted as text.
 */
import { describe, expect, it } from 'vitest';
import { FakeDocument } from '../fakes/excel/document';
import { fakeExcel, PAYLOAD_LIMIT_BYTES } from '../fakes/excel/fake-excel';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'no error';
}

describe('fake Excel', () => {
  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const doc = new FakeDocument();
    doc.addGrid('Лист1', [['a', 1]]);
    const excel = fakeExcel(doc);
    expect(
      await codeOf(
        excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem('Лист1');
          ws.load('name');
          return ws.name; // not synced yet
        }),
      ),
    ).toBe('PropertyNotLoaded');
    const values = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Лист1').getUsedRangeOrNullObject(true);
      range.load('values');
      await context.sync();
      expect(() => range.rowIndex).toThrow(/not available/);
      return range.values;
    });
    expect(values).toEqual([['a', 1]]);
    expect(excel.stats.syncs).toBe(1); // the first batch threw before syncing
  });

  it('refuses a request over 5 MB and applies none of it', async () => {
    const doc = new FakeDocument();
    doc.addSheet('Лист1');
    const excel = fakeExcel(doc);
    const big = Array.from({ length: 6000 }, () => ['я'.repeat(500)]);
    const code = await codeOf(
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Лист1');
        ws.getRange('B1').values = [['маленькое']];
        ws.getRangeByIndexes(0, 0, big.length, 1).values = big;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.stats.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(doc.byName('Лист1')!.grid()).toEqual([]);
  });

  it('keeps the commands before a failing one, like Excel', async () => {
    const doc = new FakeDocument();
    doc.addSheet('Лист1');
    const excel = fakeExcel(doc);
    const code = await codeOf(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.add('Новый');
        sheets.add('новый'); // names are unique regardless of case
        await context.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
    expect(doc.sheets.map((s) => s.name)).toEqual(['Лист1', 'Новый']);
  });

  it('keeps one sheet visible and refuses values of the wrong size', async () => {
    const doc = new FakeDocument();
    doc.addSheet('Лист1');
    const excel = fakeExcel(doc);
    expect(await codeOf(excel.run(async (c) => void (c.workbook.worksheets.getItem('Лист1').visibility = 'Hidden')))).toBe('InvalidOperation');
    expect(await codeOf(excel.run(async (c) => void c.workbook.worksheets.getItem('Лист1').delete()))).toBe('InvalidOperation');
    expect(await codeOf(excel.run(async (c) => void (c.workbook.worksheets.getItem('Лист1').getRange('A1:B2').values = [[1, 2]])))).toBe('InvalidArgument');
  });

  it('stores formula-looking text as a formula unless the cell is formatted "@"', async () => {
    const doc = new FakeDocument();
    doc.addSheet('Лист1');
    const excel = fakeExcel(doc);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Лист1');
      ws.getRange('A1:D1').values = [['=1+1', '+абв', '2024-06-01', '12']];
      const text = ws.getRange('A2:D2');
      text.numberFormat = [['@', '@', '@', '@']];
      text.values = [['=1+1', '+абв', '2024-06-01', '12']];
      await context.sync();
    });
    const sheet = doc.byName('Лист1')!;
    expect([0, 1, 2, 3].map((c) => sheet.cell(0, c)!.kind)).toEqual(['formula', 'formula', 'number', 'number']);
    expect([0, 1, 2, 3].map((c) => sheet.cell(1, c)!.kind)).toEqual(['text', 'text', 'text', 'text']);
    expect(sheet.grid()[1]).toEqual(['=1+1', '+абв', '2024-06-01', '12']);
  });

  it('supports null objects, hidden sheets, positions, frozen panes and data validation', async () => {
    const doc = new FakeDocument();
    doc.addSheet('А');
    doc.addSheet('Б');
    const excel = fakeExcel(doc);
    const missing = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject('нет такого');
      const used = context.workbook.worksheets.getItem('А').getUsedRangeOrNullObject(true);
      await context.sync();
      return [ws.isNullObject, used.isNullObject];
    });
    expect(missing).toEqual([true, true]);
    await excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem('Б');
      b.position = 0;
      b.freezePanes.freezeAt('A1:B3');
      b.getRange('C2:C10').dataValidation.rule = { list: { inCellDropDown: true, source: 'да,нет' } };
      context.workbook.worksheets.getItem('А').visibility = 'VeryHidden';
      await context.sync();
    });
    expect(doc.sheets.map((s) => `${s.name}:${s.visibility}`)).toEqual(['Б:Visible', 'А:VeryHidden']);
    expect(doc.byName('Б')!.frozen).toEqual({ rows: 3, columns: 2 });
    expect(doc.byName('Б')!.validations).toEqual([{ row: 1, column: 2, rows: 9, columns: 1, rule: { list: { inCellDropDown: true, source: 'да,нет' } }, errorAlert: null }]);
    expect(doc.active?.name).toBe('Б');
  });
});
