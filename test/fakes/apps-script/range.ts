/**
 * A rectangular Range of a FakeSheet. Faithful where the project depends on it: getValues returns
 * fresh copies ('' for empty cells, Date objects of the script's realm), every 2-D setter throws
 * on a dimension mismatch with Apps Script's message, setValues interprets text per the cell's
 * number format at that moment, and setters record what they were given.
 */
import type { CellData, FakeSheet } from './sheet';
import type { ValidationRule } from './validation';
import { readStored, storeWritten } from './values';

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private log(method: string, kind: 'read' | 'write' | 'handle', args: readonly unknown[] = []): void {
    this.sheet.logCall('Range', method, kind, args);
  }

  getRow(): number {
    this.log('getRow', 'handle');
    return this.row;
  }

  getColumn(): number {
    this.log('getColumn', 'handle');
    return this.column;
  }

  getNumRows(): number {
    this.log('getNumRows', 'handle');
    return this.numRows;
  }

  getNumColumns(): number {
    this.log('getNumColumns', 'handle');
    return this.numColumns;
  }

  getValues(): unknown[][] {
    this.log('getValues', 'read');
    return this.grid((cell) => readStored(cell?.v, this.sheet.spreadsheet.timeZone, this.sheet.spreadsheet.DateCtor));
  }

  getNumberFormats(): string[][] {
    this.log('getNumberFormats', 'read');
    return this.grid((cell) => cell?.nf ?? 'General');
  }

  setValues(values: unknown[][]): this {
    this.log('setValues', 'write', [values]);
    this.checkDimensions(values, 'data');
    const tz = this.sheet.spreadsheet.timeZone;
    this.each((cell, r, c) => {
      cell.v = storeWritten(values[r]![c], cell.nf ?? 'General', tz);
    });
    return this;
  }

  setNumberFormats(formats: string[][]): this {
    this.log('setNumberFormats', 'write', [formats]);
    this.checkDimensions(formats, 'number formats');
    this.each((cell, r, c) => {
      cell.nf = String(formats[r]![c]);
    });
    return this;
  }

  setNumberFormat(format: string): this {
    this.log('setNumberFormat', 'write', [format]);
    this.each((cell) => {
      cell.nf = format;
    });
    return this;
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this.log('setBackgrounds', 'write', [colors]);
    this.checkDimensions(colors, 'colors');
    this.each((cell, r, c) => {
      cell.bg = colors[r]![c] ?? null;
    });
    return this;
  }

  setBackground(color: string | null): this {
    this.log('setBackground', 'write', [color]);
    this.each((cell) => {
      cell.bg = color;
    });
    return this;
  }

  setFontColors(colors: (string | null)[][]): this {
    this.log('setFontColors', 'write', [colors]);
    this.checkDimensions(colors, 'colors');
    this.each((cell, r, c) => {
      cell.fc = colors[r]![c] ?? null;
    });
    return this;
  }

  setFontWeights(weights: (string | null)[][]): this {
    this.log('setFontWeights', 'write', [weights]);
    this.checkDimensions(weights, 'font weights');
    this.each((cell, r, c) => {
      const w = weights[r]![c] ?? 'normal';
      if (w !== 'bold' && w !== 'normal') throw new Error(`Invalid font weight: ${w}`);
      cell.fw = w;
    });
    return this;
  }

  setFontWeight(weight: string | null): this {
    this.log('setFontWeight', 'write', [weight]);
    this.each((cell) => {
      cell.fw = weight ?? 'normal';
    });
    return this;
  }

  /** Range.createFilter(): Apps Script refuses a second filter on the same sheet. */
  createFilter(): { getRange(): FakeRange } {
    this.log('createFilter', 'write');
    if (this.sheet.filter !== null) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = `R${this.row}C${this.column}:R${this.row + this.numRows - 1}C${this.column + this.numColumns - 1}`;
    return { getRange: () => this };
  }

  setWrap(wrap: boolean): this {
    this.log('setWrap', 'write', [wrap]);
    this.each((cell) => {
      cell.wrap = wrap;
    });
    return this;
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): this {
    this.log('setVerticalAlignment', 'write', [alignment]);
    this.each((cell) => {
      cell.va = alignment;
    });
    return this;
  }

  setDataValidation(rule: ValidationRule | null): this {
    this.log('setDataValidation', 'write', [rule]);
    this.each((cell) => {
      cell.dv = rule;
    });
    return this;
  }

  private grid<T>(f: (cell: CellData | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.numColumns; c++) row.push(f(this.sheet.peek(this.row + r, this.column + c)));
      out.push(row);
    }
    return out;
  }

  private each(f: (cell: CellData, r: number, c: number) => void): void {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) f(this.sheet.cell(this.row + r, this.column + c), r, c);
    }
  }

  /** Apps Script's own wording, so a test sees what a real run would report. */
  private checkDimensions(data: readonly (readonly unknown[])[], what: string): void {
    if (!Array.isArray(data) || data.length !== this.numRows) {
      throw new Error(`The number of rows in the ${what} does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.numRows}.`);
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        throw new Error(`The number of columns in the ${what} does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.numColumns}.`);
      }
    }
  }
}
