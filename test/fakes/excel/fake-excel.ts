/**
 * A fake `Excel.run` for the adapter's tests, because office-addin-mock has no worksheet
 * collection, no request queue and no payload limit. Like Office.js it hands out proxies that
 * queue commands; `context.sync()` applies them in order against a FakeDocument. It enforces what
 * real Excel enforces and the adapter must respect:
 *  - load before read: reading a property that was not loaded and synced throws PropertyNotLoaded;
 *  - Excel on the web's 5 MB request (and response) payload per sync: the whole request is refused
 *    with RequestPayloadSizeLimitExceeded, nothing applied;
 *  - a failing command stops the batch; the commands before it stay applied;
 *  - five million cells per get operation on a range, on every platform: values (or number
 *    formats) of a larger range come back as null, as recent Excel builds do, or — with
 *    `overCellLimit: 'error'` — the request fails, as Excel documents it;
 *  - names unique (case-insensitive), at most 31 characters; the last visible sheet cannot be
 *    hidden or deleted; range values must match the range's size;
 *  - charts (charts.ts): Excel's chart types only, series from the range's columns, positions on
 *    the chart's own sheet, colours '#RRGGBB';
 *  - requirement sets (requirements.ts): a member newer than the ExcelApi set the manifest declares
 *    fails its request with ApiNotFound, as on an Excel build without that set;
 *  - a VeryHidden sheet cannot be deleted: InvalidOperation, as Worksheet.delete documents
 *    (office-js issue 365, "by design": set it Hidden first);
 *  - with `viewCommandsOnHiddenSheets: 'error'`, freeze panes on a hidden sheet fail with
 *    GeneralException, as on the Excel 2019/LTSC builds of office-js issues 2196 and 1463;
 *  - freezing panes makes their sheet the active one (office-js issue 3148: freezeAt on a sheet
 *    that is not active fires WorksheetActivated for it and the API reports it active), so only
 *    an activate() after the last freeze decides which sheet the user is left on;
 *  - print setup, AutoFilter and page breaks (page-layout.ts, ExcelApi 1.9), and
 *    `isSetSupported` answering as `Office.context.requirements` would on this Excel.
 * It counts syncs and records each request's size; `failWhen` injects a failure into any command.
 */
import type { ExcelHost, XlRequestContext } from '../../../office-addin/src/excel/office-api';
import { FakeChartCollection } from './charts';
import { FakeDocument, FakeSheet, MAX_COLUMNS, MAX_ROWS, type Rect } from './document';
import { FakeAutoFilter, FakePageBreakCollection, FakePageLayout } from './page-layout';
import { compareVersions, DECLARED_EXCEL_API, refusal } from './requirements';

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
const COMMAND_OVERHEAD = 100;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** A command as the failure injector sees it. */
export interface CommandInfo {
  readonly kind: string;
  readonly sheet: string | null;
  readonly detail?: string;
}

export interface FakeExcelOptions {
  readonly requestLimit?: number;
  readonly responseLimit?: number;
  /** Cells one get of values or number formats may cover (default Excel's 5,000,000). */
  readonly cellReadLimit?: number;
  /** What a get over that limit does: give null (default) or fail the request. */
  readonly overCellLimit?: 'null' | 'error';
  /** Return true to make this command fail with GeneralException. */
  readonly failWhen?: (c: CommandInfo) => boolean;
  /** Delay of each sync, to let tests observe a run in progress. */
  readonly syncDelayMs?: number;
  /** Awaited at the start of every sync: a test holds a run in progress until it lets go. */
  readonly syncGate?: () => Promise<void>;
  /** The ExcelApi version this Excel supports; default: what the manifest declares. */
  readonly excelApi?: string;
  /** 'error': freezing panes of a hidden sheet fails, as on some Excel 2019/LTSC builds. */
  readonly viewCommandsOnHiddenSheets?: 'ok' | 'error';
}

export interface FakeStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
}

interface Command {
  readonly info: () => CommandInfo;
  readonly bytes: number;
  /** API members (requirements.ts) this command uses beyond ExcelApi 1.1. */
  readonly apis: readonly string[];
  /** Applies the command; returns the bytes of data it sends back (loads). */
  apply(): number;
  /** Makes loaded data readable; called only when the whole response is delivered. */
  deliver?(): void;
}

const encoder = new TextEncoder();
const utf8 = (s: string) => encoder.encode(s).length;

export function officeError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

export class FakeContext implements XlRequestContext {
  readonly workbook: FakeWorkbook;
  queue: Command[] = [];
  /** Members used since the last queued command; they travel with the next one. */
  private pendingApis: string[] = [];
  readonly excelApi: string;

  constructor(
    readonly doc: FakeDocument,
    readonly options: FakeExcelOptions,
    readonly stats: FakeStats,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.excelApi = options.excelApi ?? DECLARED_EXCEL_API;
  }

  /** Records the use of an API member newer than ExcelApi 1.1; checked when its request runs. */
  use(member: string): void {
    this.pendingApis.push(member);
  }

  push(info: () => CommandInfo, payload: unknown, apply: () => number | void, deliver?: () => void): void {
    const bytes = COMMAND_OVERHEAD + (payload === undefined ? 0 : utf8(JSON.stringify(payload)));
    const apis = this.pendingApis;
    this.pendingApis = [];
    this.queue.push({ info, bytes, apis, apply: () => apply() ?? 0, ...(deliver ? { deliver } : {}) });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.stats.syncs++;
    const requestBytes = queue.reduce((n, c) => n + c.bytes, 0);
    this.stats.requestBytes.push(requestBytes);
    if (this.options.syncGate) await this.options.syncGate();
    if (this.options.syncDelayMs) await new Promise((r) => setTimeout(r, this.options.syncDelayMs));
    else await Promise.resolve();
    if (requestBytes > (this.options.requestLimit ?? PAYLOAD_LIMIT_BYTES)) {
      throw officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }
    let responseBytes = 0;
    const unbound = this.pendingApis;
    this.pendingApis = [];
    for (const command of [...queue, { apis: unbound, info: () => ({ kind: 'none', sheet: null }), bytes: 0, apply: () => 0 }]) {
      for (const member of command.apis) {
        const why = refusal(member, this.excelApi);
        if (why) throw officeError('ApiNotFound', `The requested API is not supported on this version of Excel (${why}).`);
      }
      if (command.info().kind === 'none') break;
      if (this.options.failWhen?.(command.info())) throw officeError('GeneralException', 'An internal error has occurred.');
      responseBytes += command.apply();
    }
    this.stats.responseBytes.push(responseBytes);
    if (responseBytes > (this.options.responseLimit ?? PAYLOAD_LIMIT_BYTES)) {
      throw officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".');
    }
    for (const command of queue) command.deliver?.();
  }
}

/** Properties readable only after load + sync. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw officeError(
        'PropertyNotLoaded',
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(property) as T;
  }
}

function splitProps(names: string): string[] {
  return names.split(',').map((s) => s.trim()).filter(Boolean);
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

const SHEET_PROPS = ['id', 'name', 'visibility', 'position'];

class FakeWorksheetCollection extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }

  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>('items');
  }

  load(names: string): this {
    const props = splitProps(names).map((p) => p.replace(/^items\//, '')).flatMap((p) => (p === 'items' ? SHEET_PROPS : [p]));
    let snapshot: FakeWorksheet[] = [];
    this.ctx.push(
      () => ({ kind: 'loadWorksheets', sheet: null }),
      names,
      () => {
        snapshot = this.ctx.doc.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s);
          ws.bind(s);
          ws.snapshot(props, s);
          return ws;
        });
        return snapshot.length * 40 * props.length;
      },
      () => this.loaded.set('items', snapshot),
    );
    return this;
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const ws = new FakeWorksheet(this.ctx, () => {
      if (!created) throw officeError('InvalidOperation', 'The worksheet was not created.');
      return created;
    });
    this.ctx.push(
      () => ({ kind: 'addWorksheet', sheet: name ?? null }),
      name,
      () => {
        const doc = this.ctx.doc;
        const actual = name ?? `Лист${doc.sheets.length + 1}`;
        checkName(doc, actual, null);
        created = doc.addSheet(actual);
        ws.bind(created);
      },
    );
    return ws;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.doc.byKey(key);
      if (!sheet) throw officeError('ItemNotFound', 'The requested resource doesn\'t exist.');
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.ctx.use('WorksheetCollection.getItemOrNullObject');
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.doc.byKey(key) ?? null);
    ws.resolveNow();
    return ws;
  }
}

function checkName(doc: FakeDocument, name: string, self: FakeSheet | null): void {
  if (name.length === 0 || name.length > 31 || /[\[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  }
  const other = doc.byName(name);
  if (other && other !== self) throw officeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
}

export class FakeWorksheet extends Loadable {
  private target: FakeSheet | null | undefined;
  private readonly panes: FakeFreezePanes;
  /** charts.add and the chart proxies: charts.ts. */
  readonly charts: FakeChartCollection;
  private readonly layout: FakePageLayout;
  private readonly filter: FakeAutoFilter;
  private readonly breaks: FakePageBreakCollection;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolver: () => FakeSheet | null,
  ) {
    super();
    this.panes = new FakeFreezePanes(ctx, this);
    this.charts = new FakeChartCollection(ctx, this);
    this.layout = new FakePageLayout(ctx, this);
    this.filter = new FakeAutoFilter(ctx, this);
    this.breaks = new FakePageBreakCollection(ctx, this);
  }

  /** worksheet.pageLayout (ExcelApi 1.9). */
  get pageLayout(): FakePageLayout {
    this.ctx.use('Worksheet.pageLayout');
    return this.layout;
  }

  /** worksheet.autoFilter (ExcelApi 1.9). */
  get autoFilter(): FakeAutoFilter {
    this.ctx.use('Worksheet.autoFilter');
    return this.filter;
  }

  /** worksheet.horizontalPageBreaks (ExcelApi 1.9): the manual breaks between rows. */
  get horizontalPageBreaks(): FakePageBreakCollection {
    this.ctx.use('Worksheet.horizontalPageBreaks');
    return this.breaks;
  }

  bind(sheet: FakeSheet): void {
    this.target = sheet;
  }

  get freezePanes(): FakeFreezePanes {
    this.ctx.use('Worksheet.freezePanes');
    return this.panes;
  }

  /** The sheet this proxy stands for; resolved once, at the first command that needs it. */
  sheet(): FakeSheet {
    if (this.target === undefined) this.target = this.resolver();
    if (this.target === null) throw officeError('InvalidOperation', 'The object is a null object.');
    if (!this.ctx.doc.sheets.includes(this.target)) throw officeError('ItemNotFound', 'The requested resource doesn\'t exist.');
    return this.target;
  }

  /** The sheet, if it can be resolved now (for the failure injector's view of a command). */
  peek(): FakeSheet | null {
    try {
      return this.sheet();
    } catch {
      return null;
    }
  }

  resolveNow(): void {
    this.ctx.push(
      () => ({ kind: 'resolveWorksheet', sheet: null }),
      undefined,
      () => {
        this.target = this.resolver();
      },
      () => this.loaded.set('isNullObject', this.target === null),
    );
  }

  snapshot(props: readonly string[], s: FakeSheet): void {
    for (const p of props) {
      if (p === 'id') this.loaded.set('id', s.id);
      else if (p === 'name') this.loaded.set('name', s.name);
      else if (p === 'visibility') this.loaded.set('visibility', s.visibility);
      else if (p === 'position') this.loaded.set('position', this.ctx.doc.sheets.indexOf(s));
      else throw officeError('InvalidArgument', `Unknown worksheet property ${p}`);
    }
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
  get id(): string {
    return this.read<string>('id');
  }
  get name(): string {
    return this.read<string>('name');
  }
  set name(value: string) {
    this.command('rename', value, () => {
      const s = this.sheet();
      checkName(this.ctx.doc, value, s);
      s.name = value;
    });
  }
  get visibility(): string {
    return this.read<string>('visibility');
  }
  set visibility(value: string) {
    this.ctx.use('Worksheet.visibility');
    this.command('visibility', value, () => {
      const s = this.sheet();
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw officeError('InvalidArgument', 'Bad visibility.');
      const doc = this.ctx.doc;
      if (value !== 'Visible' && s.visibility === 'Visible' && doc.visible().length === 1) {
        throw officeError('InvalidOperation', 'This operation is not allowed: a workbook must contain at least one visible worksheet.');
      }
      s.visibility = value;
      if (value !== 'Visible' && doc.active === s) doc.active = doc.visible()[0] ?? null;
    });
  }
  get position(): number {
    return this.read<number>('position');
  }
  set position(value: number) {
    this.command('position', value, () => {
      const s = this.sheet();
      const sheets = this.ctx.doc.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(Math.max(0, value), sheets.length), 0, s);
    });
  }

  load(names: string): this {
    const props = splitProps(names);
    let s: FakeSheet;
    this.ctx.push(
      () => ({ kind: 'loadWorksheet', sheet: null }),
      names,
      () => {
        s = this.sheet();
        return 40 * props.length;
      },
      () => this.snapshot(props, s),
    );
    return this;
  }

  delete(): void {
    this.command('deleteWorksheet', undefined, () => {
      const s = this.sheet();
      const doc = this.ctx.doc;
      if (s.visibility === 'VeryHidden') {
        throw officeError('InvalidOperation', 'This operation is not permitted for the current object: a very hidden worksheet cannot be deleted; make it hidden or visible first.');
      }
      if (s.visibility === 'Visible' && doc.visible().length === 1) {
        throw officeError('InvalidOperation', 'This operation is not allowed: a workbook must contain at least one visible worksheet.');
      }
      doc.sheets.splice(doc.sheets.indexOf(s), 1);
      if (doc.active === s) doc.active = doc.visible()[0] ?? null;
    });
  }

  activate(): void {
    this.command('activate', undefined, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', 'Cannot activate a hidden worksheet.');
      this.ctx.doc.active = s;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect: address === undefined ? { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } : parseAddress(address) }));
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    this.ctx.use('Worksheet.getRangeByIndexes');
    return new FakeRange(this.ctx, () => {
      if (row < 0 || column < 0 || rows < 1 || columns < 1 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS) {
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      return { sheet: this.sheet(), rect: { row, column, rows, columns } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.use('Worksheet.getUsedRangeOrNullObject');
    const range = new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      const rect = sheet.usedRect(valuesOnly === true);
      return rect ? { sheet, rect } : null;
    });
    range.resolveNow();
    return range;
  }

  private command(kind: string, payload: unknown, apply: () => void): void {
    this.ctx.push(() => ({ kind, sheet: this.peek()?.name ?? null, detail: String(payload ?? '') }), payload, apply);
  }
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  /** The sheet, unless this Excel refuses view commands on a hidden one. */
  private visibleSheet(): FakeSheet {
    const sheet = this.ws.sheet();
    if (sheet.visibility !== 'Visible' && this.ctx.options.viewCommandsOnHiddenSheets === 'error') {
      throw officeError('GeneralException', 'There was an internal error while processing the request.');
    }
    return sheet;
  }
  private freeze(member: string, payload: unknown, apply: (sheet: FakeSheet) => void): void {
    this.ctx.use(member);
    this.ctx.push(() => ({ kind: 'freeze', sheet: this.ws.peek()?.name ?? null }), payload, () => {
      const sheet = this.visibleSheet();
      apply(sheet);
      // office-js issue 3148: the frozen sheet becomes the active one as far as the API knows.
      if (sheet.visibility === 'Visible') this.ctx.doc.active = sheet;
    });
  }
  freezeRows(count = 1): void {
    this.freeze('WorksheetFreezePanes.freezeRows', count, (s) => {
      s.frozen = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.freeze('WorksheetFreezePanes.freezeColumns', count, (s) => {
      s.frozen = { rows: 0, columns: count };
    });
  }
  freezeAt(address: string): void {
    this.freeze('WorksheetFreezePanes.freezeAt', address, (s) => {
      const rect = parseAddress(address);
      if (rect.row !== 0 || rect.column !== 0) throw officeError('InvalidArgument', 'Frozen range must start at A1.');
      s.frozen = { rows: rect.rows, columns: rect.columns };
    });
  }
  unfreeze(): void {
    this.freeze('WorksheetFreezePanes.unfreeze', undefined, (s) => {
      s.frozen = { rows: 0, columns: 0 };
    });
  }
}

interface Resolved {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

const RANGE_PROPS = ['values', 'numberFormat', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];

export class FakeRange extends Loadable {
  private target: Resolved | null | undefined;
  readonly format: FakeRangeFormat;
  private readonly validation: FakeDataValidation;

  constructor(
    private readonly ctx: FakeContext,
    private readonly resolver: () => Resolved | null,
  ) {
    super();
    this.format = new FakeRangeFormat(ctx, this);
    this.validation = new FakeDataValidation(ctx, this);
  }

  get dataValidation(): FakeDataValidation {
    this.ctx.use('Range.dataValidation');
    return this.validation;
  }

  resolved(): Resolved {
    if (this.target === undefined) this.target = this.resolver();
    if (this.target === null) throw officeError('InvalidOperation', 'The object is a null object.');
    return this.target;
  }

  peek(): Resolved | null {
    try {
      return this.resolved();
    } catch {
      return null;
    }
  }

  resolveNow(): void {
    this.ctx.push(
      () => ({ kind: 'resolveRange', sheet: null }),
      undefined,
      () => {
        this.target = this.resolver();
      },
      () => this.loaded.set('isNullObject', this.target === null),
    );
  }

  /** Queues a command on every cell of the range. */
  each(kind: string, payload: unknown, apply: (sheet: FakeSheet, row: number, column: number, r: number, c: number) => void, check?: (rect: Rect) => void): void {
    this.ctx.push(
      () => ({ kind, sheet: this.peek()?.sheet.name ?? null }),
      payload,
      () => {
        const { sheet, rect } = this.resolved();
        check?.(rect);
        for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.columns; c++) apply(sheet, rect.row + r, rect.column + c, r, c);
      },
    );
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
  get values(): unknown[][] {
    return this.read<unknown[][]>('values');
  }
  set values(grid: unknown[][]) {
    this.each('setValues', grid, (sheet, row, column, r, c) => sheet.setValue(row, column, grid[r]![c]), (rect) => checkGrid(grid, rect));
  }
  get numberFormat(): unknown[][] {
    return this.read<unknown[][]>('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.each('setNumberFormat', grid, (sheet, row, column, r, c) => {
      sheet.ensure(row, column).numberFormat = String(grid[r]![c]);
    }, (rect) => checkGrid(grid, rect));
  }
  get address(): string {
    return this.read<string>('address');
  }
  get rowIndex(): number {
    return this.read<number>('rowIndex');
  }
  get columnIndex(): number {
    return this.read<number>('columnIndex');
  }
  get rowCount(): number {
    return this.read<number>('rowCount');
  }
  get columnCount(): number {
    return this.read<number>('columnCount');
  }

  load(names: string): this {
    const props = splitProps(names);
    for (const p of props) if (!RANGE_PROPS.includes(p)) throw officeError('InvalidArgument', `Unknown range property ${p}`);
    const data = new Map<string, unknown>();
    this.ctx.push(
      () => ({ kind: 'loadRange', sheet: this.peek()?.sheet.name ?? null }),
      names,
      () => {
        if (this.target === undefined) this.target = this.resolver();
        if (this.target === null) return 0; // a null object loads nothing
        const { sheet, rect } = this.target;
        let bytes = 0;
        const overLimit = rect.rows * rect.columns > (this.ctx.options.cellReadLimit ?? CELL_READ_LIMIT);
        if (overLimit && this.ctx.options.overCellLimit === 'error' && (props.includes('values') || props.includes('numberFormat'))) {
          throw officeError('GeneralException', 'An internal error has occurred.');
        }
        for (const p of props) {
          let v: unknown;
          if ((p === 'values' || p === 'numberFormat') && overLimit) v = null;
          else if (p === 'values') v = cellGrid(rect, (r, c) => sheet.valueAt(r, c));
          else if (p === 'numberFormat') v = cellGrid(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
          else if (p === 'address') v = `${quoteSheet(sheet.name)}!${a1Rect(rect)}`;
          else if (p === 'rowIndex') v = rect.row;
          else if (p === 'columnIndex') v = rect.column;
          else if (p === 'rowCount') v = rect.rows;
          else v = rect.columns;
          data.set(p, v);
          bytes += utf8(JSON.stringify(v));
        }
        return bytes;
      },
      () => {
        for (const [k, v] of data) this.loaded.set(k, v);
      },
    );
    return this;
  }

  clear(): void {
    this.ctx.push(() => ({ kind: 'clear', sheet: this.peek()?.sheet.name ?? null }), undefined, () => {
      const { sheet, rect } = this.resolved();
      sheet.clear(rect);
      sheet.validations = sheet.validations.filter((v) => !overlaps(v, rect));
    });
  }
}

class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean };

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    const r = range;
    this.fill = {
      get color(): string {
        throw officeError('PropertyNotLoaded', "The property 'color' is not available.");
      },
      set color(v: string) {
        r.each('fill', v, (s, row, col) => {
          s.ensure(row, col).fill = v;
        });
      },
    };
    this.font = {
      get color(): string {
        throw officeError('PropertyNotLoaded', "The property 'color' is not available.");
      },
      set color(v: string) {
        r.each('fontColor', v, (s, row, col) => {
          s.ensure(row, col).fontColor = v;
        });
      },
      get bold(): boolean {
        throw officeError('PropertyNotLoaded', "The property 'bold' is not available.");
      },
      set bold(v: boolean) {
        r.each('bold', v, (s, row, col) => {
          s.ensure(row, col).bold = v;
        });
      },
    };
  }

  get columnWidth(): number {
    throw officeError('PropertyNotLoaded', "The property 'columnWidth' is not available.");
  }
  set columnWidth(points: number) {
    this.ctx.use('RangeFormat.columnWidth');
    this.ctx.push(() => ({ kind: 'columnWidth', sheet: null }), points, () => {
      const { sheet, rect } = this.range.resolved();
      for (let c = rect.column; c < rect.column + rect.columns; c++) sheet.columnWidths.set(c, points);
    });
  }
  /** format.autofitRows() (ExcelApi 1.2): Excel fits each row's height to its wrapped text. */
  autofitRows(): void {
    this.ctx.push(() => ({ kind: 'autofitRows', sheet: null }), undefined, () => {
      const { sheet, rect } = this.range.resolved();
      sheet.autofitRows.push({ ...rect });
    });
  }
  get wrapText(): boolean {
    throw officeError('PropertyNotLoaded', "The property 'wrapText' is not available.");
  }
  set wrapText(v: boolean) {
    this.range.each('wrap', v, (s, row, col) => {
      s.ensure(row, col).wrap = v;
    });
  }
}

class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}

  private upsert(apply: (v: { rule: unknown; errorAlert: unknown }) => void, payload: unknown): void {
    this.ctx.push(() => ({ kind: 'dataValidation', sheet: null }), payload, () => {
      const { sheet, rect } = this.range.resolved();
      let v = sheet.validations.find((x) => x.row === rect.row && x.column === rect.column && x.rows === rect.rows && x.columns === rect.columns);
      if (!v) {
        v = { ...rect, rule: null, errorAlert: null };
        sheet.validations.push(v);
      }
      apply(v);
    });
  }
  get rule(): unknown {
    throw officeError('PropertyNotLoaded', "The property 'rule' is not available.");
  }
  set rule(rule: unknown) {
    const kinds = rule && typeof rule === 'object' ? Object.keys(rule) : [];
    if (kinds.length !== 1) throw officeError('InvalidArgument', 'A data validation rule needs exactly one kind.');
    // Excel: an inline list (not a reference such as ='Sheet'!$A$1:$A$9) holds at most 255 characters.
    const source = (rule as { list?: { source?: unknown } }).list?.source;
    if (typeof source === 'string' && !source.startsWith('=') && source.length > 255) throw officeError('InvalidArgument', 'The list source is longer than 255 characters.');
    this.upsert((v) => {
      v.rule = rule;
    }, rule);
  }
  get errorAlert(): unknown {
    throw officeError('PropertyNotLoaded', "The property 'errorAlert' is not available.");
  }
  set errorAlert(alert: unknown) {
    // Excel: an error alert's message holds at most 225 characters.
    const message = (alert as { message?: unknown } | null)?.message;
    if (typeof message === 'string' && message.length > 225) throw officeError('InvalidArgument', 'The error alert message is longer than 225 characters.');
    this.upsert((v) => {
      v.errorAlert = alert;
    }, alert);
  }
  clear(): void {
    this.ctx.push(() => ({ kind: 'dataValidation', sheet: null }), undefined, () => {
      const { sheet, rect } = this.range.resolved();
      sheet.validations = sheet.validations.filter((v) => !overlaps(v, rect));
    });
  }
}

function checkGrid(grid: unknown, rect: Rect): void {
  if (!Array.isArray(grid) || grid.length !== rect.rows || grid.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
    throw officeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
  }
}

function cellGrid<T>(rect: Rect, at: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const line: T[] = [];
    for (let c = 0; c < rect.columns; c++) line.push(at(rect.row + r, rect.column + c));
    out.push(line);
  }
  return out;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses A1, A1:C3, B:D and 2:5 (an optional sheet prefix is ignored). */
export function parseAddress(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [from, to = from] = bare.replace(/\$/g, '').split(':') as [string, string?];
  const cell = (s: string) => /^([A-Z]*)(\d*)$/i.exec(s);
  const a = cell(from);
  const b = cell(to);
  if (!a || !b || (a[1] === '' && a[2] === '') || (b[1] === '' && b[2] === '')) throw officeError('InvalidArgument', `Bad address ${address}`);
  const c0 = a[1] ? columnIndex(a[1]) : 0;
  const c1 = b[1] ? columnIndex(b[1]) : MAX_COLUMNS - 1;
  const r0 = a[2] ? Number(a[2]) - 1 : 0;
  const r1 = b[2] ? Number(b[2]) - 1 : MAX_ROWS - 1;
  return { row: Math.min(r0, r1), column: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, columns: Math.abs(c1 - c0) + 1 };
}

function a1Rect(rect: Rect): string {
  const tl = `${columnLetters(rect.column)}${rect.row + 1}`;
  const br = `${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
  return tl === br ? tl : `${tl}:${br}`;
}

function quoteSheet(name: string): string {
  return /^[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Excel` as the adapter sees it, over a FakeDocument; `stats` counts syncs and payloads. */
export function fakeExcel(doc: FakeDocument, options: FakeExcelOptions = {}): ExcelHost & { stats: FakeStats; options: FakeExcelOptions } {
  const stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [] };
  const excelApi = options.excelApi ?? DECLARED_EXCEL_API;
  return {
    stats,
    options,
    /** Office.context.requirements.isSetSupported, as this Excel answers it. */
    isSetSupported: (name: string, version = '1.1') => name === 'ExcelApi' && compareVersions(String(version), excelApi) <= 0,
    async run<T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(doc, options, stats);
      const result = await batch(context);
      if (context.queue.length > 0) await context.sync();
      return result;
    },
  };
}
