/**
 * The contract suite against the .xlsx layer's WorkbookPort (cli/xlsx/port.ts) as the offline
 * page's Web Worker uses it: an .xlsx file held as bytes, read and written through the layer,
 * with the ZIP codec handed in (here Node's; the page gives the browser's) and no host wrapper.
 * The views are what the layer reads back from the bytes, formula cells counted in the sheets'
 * own XML (test/port/xlsx-port.test.ts runs the suite on the command line's wrapper with an
 * independent reader's views).
 */
import { readWorkbook, writeWorkbook, partsOf } from '../../cli/xlsx/index';
import { nodeCodec } from '../../cli/xlsx/node-codec';
import type { OutputSheet, SheetData, WriteStep } from '../../core/index';
import { xlsxPort, type XlsxFile } from '../../cli/xlsx/port';
import { testWorkbookPort, textGrid, type PortFixture, type SheetView } from './contract';

/** A user's sheet as our writer would lay it out (plain cells, no looks). */
function plainSheet(s: SheetData): OutputSheet {
  const width = Math.max(1, ...s.values.map((r) => r.length));
  const values = s.values.map((r) => Array.from({ length: width }, (_, c) => {
    const v = r[c] ?? null;
    return v instanceof Date ? v.toISOString().slice(0, 10) : v;
  }));
  return { name: s.name, values, formats: values.map((r) => r.map(() => 'General')), tones: values.map((r) => r.map(() => null)), columnWidths: new Array<number>(width).fill(100), wrapColumns: [], frozenRows: 0, frozenColumns: 0 };
}

async function view(file: XlsxFile): Promise<SheetView[]> {
  const book = await readWorkbook(file.bytes!, nodeCodec);
  const parts = new Map((await partsOf(file.bytes!, nodeCodec)).map((p) => [p.name, new TextDecoder().decode(p.data)]));
  return book.sheets.map((s) => ({
    name: s.name,
    hidden: s.state !== 'visible',
    values: textGrid(s.values),
    formulas: (parts.get(s.part)?.match(/<f[\s>]/g) ?? []).length,
    charts: [],
    chartData: [],
  }));
}

async function fixture(sheets: readonly SheetData[]): Promise<PortFixture> {
  const file: XlsxFile = { bytes: await writeWorkbook(null, { sheets: sheets.map(plainSheet) }, nodeCodec), label: 'книга.xlsx' };
  return {
    port: () => xlsxPort(file, nodeCodec),
    failingPort: (step: WriteStep) => {
      let seen = 0;
      return xlsxPort(file, nodeCodec, {
        onStep: (s) => {
          if (s === step && ++seen === (step === 'registry' ? 1 : 2)) throw new Error(`сбой на шаге ${step} (тест)`);
        },
      });
    },
    view: () => view(file),
  };
}

testWorkbookPort('page (.xlsx bytes)', { make: fixture, charts: false });
