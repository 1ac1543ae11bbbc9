/**
 * The contract suite against the command line's .xlsx port (cli/port.ts). The workbook is a real
 * .xlsx file's bytes, written for the test by ExcelJS and read back by ExcelJS as an independent
 * reader (hidden state, formulas, values). A failure is injected before each write step; the file
 * changes only once a write has succeeded.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetData, WriteStep } from '../../core/index';
import { xlsxPort, type XlsxFile } from '../../cli/port';
import { testWorkbookPort, textGrid, type PortFixture, type SheetView } from './contract';

async function xlsxOf(sheets: readonly SheetData[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') ws.getCell(r + 1, c + 1).value = v;
    }));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A cell as ExcelJS reads it: a formula keeps its result (or nothing), rich text its plain text. */
function plain(value: ExcelJS.CellValue): { value: unknown; formula: boolean } {
  if (value === null || typeof value !== 'object' || value instanceof Date) return { value, formula: false };
  if ('formula' in value || 'sharedFormula' in value) return { value: (value as { result?: unknown }).result ?? null, formula: true };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join(''), formula: false };
  return { value: String(value), formula: false };
}

async function viewOf(bytes: Uint8Array): Promise<SheetView[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const grid: unknown[][] = [];
    let formulas = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const p = plain(cell.value);
        if (p.formula) formulas++;
        (grid[r - 1] ??= [])[c - 1] = p.value;
      });
    });
    return { name: ws.name, hidden: ws.state !== 'visible', values: textGrid(Array.from(grid, (row) => Array.from(row ?? []))), formulas, charts: [], chartData: [] };
  });
}

async function fixture(sheets: readonly SheetData[]): Promise<PortFixture> {
  const file: XlsxFile = { bytes: await xlsxOf(sheets), label: 'книга.xlsx' };
  return {
    port: () => xlsxPort(file),
    failingPort: (step: WriteStep) => {
      let seen = 0;
      return xlsxPort(file, {
        onStep: (s) => {
          if (s === step && ++seen === (step === 'registry' ? 1 : 2)) throw new Error(`сбой на шаге ${step} (тест)`);
        },
      });
    },
    view: () => viewOf(file.bytes!),
  };
}

testWorkbookPort('.xlsx (command line)', { make: fixture, charts: false });

describe('the .xlsx view the contract relies on', () => {
  it('sees a formula written carelessly (so "text stays text" can fail)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('проверка').getCell(1, 1).value = { formula: 'SUM(A2:A3)' } as ExcelJS.CellFormulaValue;
    const views = await viewOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(views[0]!.formulas).toBe(1);
  });
});
