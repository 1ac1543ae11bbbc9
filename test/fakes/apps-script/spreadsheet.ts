/**
 * The fake Spreadsheet and SpreadsheetApp. Sheet names are unique ignoring case (Google Sheets
 * refuses "показатели" next to "Показатели"), a new sheet is inserted at the given index and
 * becomes active, the last visible sheet cannot be deleted or hidden, toasts are recorded.
 */
import { CallLog, FakeClock } from './call-log';
import { FakeSheet } from './sheet';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';
import { storeRaw } from './values';

export interface SheetSetup {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
  readonly hidden?: boolean;
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  readonly toasts: { message: string; title: string; seconds: number | null }[] = [];
  private ids = 1000;

  constructor(
    readonly log: CallLog,
    readonly clock: FakeClock,
    readonly timeZone: string,
    /** The script realm's Date, so dates read are `instanceof Date` inside the script. */
    readonly DateCtor: DateConstructor,
  ) {}

  nextId(): number {
    return ++this.ids;
  }

  private logCall(method: string, kind: 'read' | 'write' | 'ui' | 'handle', sheet: FakeSheet | null = null, args: readonly unknown[] = []): void {
    this.log.record('Spreadsheet', method, kind, sheet ? { id: sheet.id, name: sheet.name } : null, args);
  }

  checkNewName(name: string, self: FakeSheet | null): void {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Sheet name must not be empty.');
    if (name.length > 100) throw new Error('Sheet name is too long.');
    const taken = this.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  // ---- test set-up and inspection (not logged) ----

  /** Adds a sheet holding these values as a user or an import left them. */
  addSheet(setup: SheetSetup): FakeSheet {
    this.checkNewName(setup.name, null);
    const sheet = new FakeSheet(this, this.nextId(), setup.name);
    const width = setup.rows.reduce((w, r) => Math.max(w, r.length), 0);
    sheet.maxRows = Math.max(sheet.maxRows, setup.rows.length + 1);
    sheet.maxColumns = Math.max(sheet.maxColumns, width);
    setup.rows.forEach((row, r) => row.forEach((v, c) => {
      const stored = storeRaw(v);
      if (stored !== '') sheet.cell(r + 1, c + 1).v = stored;
    }));
    sheet.hidden = setup.hidden ?? false;
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  snapshot() {
    return { sheets: this.sheets.map((s) => s.snapshot()), active: this.active?.name ?? null };
  }

  // ---- Apps Script API ----

  getSheets(): FakeSheet[] {
    this.logCall('getSheets', 'read');
    return [...this.sheets];
  }

  getNumSheets(): number {
    this.logCall('getNumSheets', 'read');
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.logCall('getSheetByName', 'read', null, [name]);
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  getActiveSheet(): FakeSheet {
    this.logCall('getActiveSheet', 'read');
    if (!this.active) throw new Error('No active sheet.');
    return this.active;
  }

  getSpreadsheetTimeZone(): string {
    this.logCall('getSpreadsheetTimeZone', 'read');
    return this.timeZone;
  }

  insertSheet(name?: string | number, index?: number): FakeSheet {
    this.logCall('insertSheet', 'write', null, [name, index]);
    if (typeof name !== 'string') throw new Error('fake insertSheet needs a name');
    this.checkNewName(name, null);
    const at = index ?? this.sheets.length;
    if (!Number.isInteger(at) || at < 0 || at > this.sheets.length) throw new Error(`Invalid sheet index ${String(index)}.`);
    const sheet = new FakeSheet(this, this.nextId(), name);
    this.sheets.splice(at, 0, sheet);
    this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.logCall('deleteSheet', 'write', sheet);
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error('Sheet not found (already deleted).');
    if (this.sheets.filter((s) => s !== sheet && !s.hidden).length === 0) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets.find((s) => !s.hidden) ?? null;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.logCall('setActiveSheet', 'write', sheet);
    if (!this.sheets.includes(sheet)) throw new Error('Sheet not found.');
    sheet.hidden = false;
    this.active = sheet;
    return sheet;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.logCall('moveActiveSheet', 'write', this.active, [pos]);
    if (!this.active) throw new Error('No active sheet.');
    if (!Number.isInteger(pos) || pos < 1 || pos > this.sheets.length) throw new Error(`Invalid position ${pos}.`);
    this.sheets.splice(this.sheets.indexOf(this.active), 1);
    this.sheets.splice(pos - 1, 0, this.active);
  }

  toast(message: string, title = '', seconds: number | null = 5): void {
    this.logCall('toast', 'ui', null, [message, title, seconds]);
    this.toasts.push({ message, title, seconds });
  }
}

export class FakeSpreadsheetApp {
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;

  constructor(
    private readonly log: CallLog,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.log.record('SpreadsheetApp', 'getActiveSpreadsheet', 'handle');
    return this.spreadsheet;
  }

  getActive(): FakeSpreadsheet {
    this.log.record('SpreadsheetApp', 'getActive', 'handle');
    return this.spreadsheet;
  }

  getUi(): FakeUi {
    this.log.record('SpreadsheetApp', 'getUi', 'ui');
    return this.ui;
  }

  flush(): void {
    this.log.record('SpreadsheetApp', 'flush', 'service');
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.log.record('SpreadsheetApp', 'newDataValidation', 'handle');
    return new FakeDataValidationBuilder(this.log);
  }
}
