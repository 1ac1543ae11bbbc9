/**
 * The contract suite against the Excel port (office-addin/src/excel/port.ts) over the Office.js
 * fake. A failure is injected as the GeneralException Excel gives, on the command doing a step's
 * work: values of the second temporary sheet, the rename of a previous output during the swap,
 * the registry's values written with the swap.
 */
import { describe, expect, it } from 'vitest';
import { REGISTRY_SHEET, TEMP_PREFIX, type SheetData, type WriteStep } from '../../core/index';
import { excelHostPort } from '../../office-addin/src/excel/port';
import { FakeDocument } from '../fakes/excel/document';
import { fakeExcel, type CommandInfo } from '../fakes/excel/fake-excel';
import { testWorkbookPort, textGrid, type PortFixture } from './contract';

const STEP_COMMAND: Record<WriteStep, { match: (c: CommandInfo) => boolean; nth: number }> = {
  temporary: { match: (c) => c.kind === 'setValues' && (c.sheet ?? '').startsWith(TEMP_PREFIX), nth: 2 },
  swap: { match: (c) => c.kind === 'rename' && !(c.detail ?? '').startsWith('_'), nth: 2 },
  // The first registry write records the run's id before the temporaries; the second comes with the swap.
  registry: { match: (c) => c.kind === 'setValues' && c.sheet === REGISTRY_SHEET, nth: 2 },
};

function fixture(sheets: readonly SheetData[]): PortFixture {
  const doc = new FakeDocument();
  for (const s of sheets) doc.addGrid(s.name, s.values);
  return {
    port: () => excelHostPort(fakeExcel(doc)),
    failingPort: (step) => {
      const { match, nth } = STEP_COMMAND[step];
      let seen = 0;
      return excelHostPort(fakeExcel(doc, { failWhen: (c) => match(c) && ++seen === nth }));
    },
    view: () =>
      doc.sheets.map((s) => {
        const cells = [...s.cells.values()].flatMap((line) => [...line.values()]);
        return {
          name: s.name,
          hidden: s.visibility !== 'Visible',
          values: textGrid(s.grid()),
          formulas: cells.filter((c) => c.kind === 'formula').length,
          charts: s.charts.map((c) => c.title.text).sort(),
          chartData: s.charts.map((c) => ({ ...c, id: '' })),
        };
      }),
  };
}

testWorkbookPort('Excel (Office.js fake)', { make: fixture, charts: true });

describe('the Office.js fake the contract relies on', () => {
  it('turns "=…" written without the text format into a formula (so "text stays text" can fail)', () => {
    const doc = new FakeDocument();
    const sheet = doc.addSheet('проверка');
    sheet.setValue(0, 0, '=СУММ(A1:A3)');
    expect(sheet.cell(0, 0)!.kind).toBe('formula');
  });
});
