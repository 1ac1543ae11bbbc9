/**
 * EmbeddedChartBuilder and EmbeddedChart of the fake sheet. As in Apps Script, a builder is a
 * local object (its calls are logged as 'handle', off the spreadsheet service): the chart exists
 * only once `sheet.insertChart(builder.build())` — the one write per chart. Faithful where the
 * project depends on it: asBarChart()/asColumnChart()/asComboChart()/asLineChart() (and
 * setChartType) set the type, ranges are kept as the Range objects' rectangles, setPosition is
 * 1-based with pixel offsets and must lie inside the sheet's grid when the chart is inserted,
 * options are stored as given (copied out of the script's realm), and getOptions().get() reads
 * them back, dotted paths included. describe() gives a chart as plain data for assertions.
 */
import type { CallLog } from './call-log';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

/** Charts.ChartType names the builder's as…Chart() methods stand for. */
export type FakeChartType = 'AREA' | 'BAR' | 'COLUMN' | 'COMBO' | 'HISTOGRAM' | 'LINE' | 'PIE' | 'SCATTER' | 'TABLE';

export interface ChartRangeData {
  readonly sheetId: number;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
  /** e.g. 'B12:D20', for readable assertions. */
  readonly a1: string;
}

export interface ChartData {
  readonly chartId: number;
  readonly type: FakeChartType | null;
  readonly ranges: readonly ChartRangeData[];
  readonly numHeaders: number;
  /** 1-based anchor cell and pixel offsets, as setPosition took them. */
  readonly position: { readonly row: number; readonly column: number; readonly offsetX: number; readonly offsetY: number };
  readonly options: Readonly<Record<string, unknown>>;
}

function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function rangeData(range: FakeRange): ChartRangeData {
  const tl = `${columnLetters(range.column)}${range.row}`;
  const br = `${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
  return { sheetId: range.sheet.id, row: range.row, column: range.column, numRows: range.numRows, numColumns: range.numColumns, a1: tl === br ? tl : `${tl}:${br}` };
}

/** A value from the script's realm as plain data of the test's realm. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class FakeEmbeddedChartBuilder {
  private type: FakeChartType | null = null;
  private ranges: ChartRangeData[] = [];
  private numHeaders = -1;
  private position = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};

  constructor(
    private readonly sheet: FakeSheet,
    private readonly log: CallLog,
  ) {}

  private call(method: string, args: readonly unknown[] = []): void {
    this.log.record('EmbeddedChartBuilder', method, 'handle', { id: this.sheet.id, name: this.sheet.name }, args);
  }

  private as(method: string, type: FakeChartType): this {
    this.call(method);
    this.type = type;
    return this;
  }

  asAreaChart(): this {
    return this.as('asAreaChart', 'AREA');
  }
  asBarChart(): this {
    return this.as('asBarChart', 'BAR');
  }
  asColumnChart(): this {
    return this.as('asColumnChart', 'COLUMN');
  }
  asComboChart(): this {
    return this.as('asComboChart', 'COMBO');
  }
  asLineChart(): this {
    return this.as('asLineChart', 'LINE');
  }
  asPieChart(): this {
    return this.as('asPieChart', 'PIE');
  }
  asScatterChart(): this {
    return this.as('asScatterChart', 'SCATTER');
  }

  setChartType(type: FakeChartType): this {
    this.call('setChartType', [type]);
    if (typeof type !== 'string') throw new Error('Invalid argument: type');
    this.type = type;
    return this;
  }

  getChartType(): FakeChartType | null {
    this.call('getChartType');
    return this.type;
  }

  addRange(range: FakeRange): this {
    this.call('addRange', [range]);
    if (!range || typeof range !== 'object' || !('numRows' in range)) throw new Error('Invalid argument: range');
    this.ranges.push(rangeData(range));
    return this;
  }

  clearRanges(): this {
    this.call('clearRanges');
    this.ranges = [];
    return this;
  }

  setNumHeaders(headers: number): this {
    this.call('setNumHeaders', [headers]);
    if (!Number.isInteger(headers) || headers < -1) throw new Error(`Invalid argument: headers (${headers})`);
    this.numHeaders = headers;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.call('setPosition', [anchorRowPos, anchorColPos, offsetX, offsetY]);
    for (const n of [anchorRowPos, anchorColPos, offsetX, offsetY]) if (!Number.isInteger(n)) throw new Error('Invalid argument: position');
    if (anchorRowPos < 1 || anchorColPos < 1 || offsetX < 0 || offsetY < 0) throw new Error('Invalid argument: position');
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.call('setOption', [option, value]);
    if (typeof option !== 'string' || option === '') throw new Error('Invalid argument: option');
    this.options[option] = plain(value);
    return this;
  }

  build(): FakeEmbeddedChart {
    this.call('build');
    return new FakeEmbeddedChart(this.sheet, this.log, {
      chartId: this.sheet.spreadsheet.nextId(),
      type: this.type,
      ranges: [...this.ranges],
      numHeaders: this.numHeaders,
      position: { ...this.position },
      options: { ...this.options },
    });
  }
}

export class FakeContainerInfo {
  constructor(private readonly position: ChartData['position']) {}
  getAnchorRow(): number {
    return this.position.row;
  }
  getAnchorColumn(): number {
    return this.position.column;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class FakeChartOptions {
  constructor(private readonly options: Readonly<Record<string, unknown>>) {}

  /** An option by name or dotted path ('hAxis.title' finds { hAxis: { title } } too). */
  get(option: string): unknown {
    if (option in this.options) return this.options[option];
    let value: unknown = this.options;
    for (const part of option.split('.')) {
      if (value === null || typeof value !== 'object') return null;
      value = (value as Record<string, unknown>)[part];
    }
    return value ?? null;
  }
}

export class FakeEmbeddedChart {
  constructor(
    readonly sheet: FakeSheet,
    private readonly log: CallLog,
    readonly data: ChartData,
  ) {}

  private call(method: string): void {
    this.log.record('EmbeddedChart', method, 'read', { id: this.sheet.id, name: this.sheet.name });
  }

  getChartId(): number {
    this.call('getChartId');
    return this.data.chartId;
  }

  getNumHeaders(): number {
    this.call('getNumHeaders');
    return this.data.numHeaders;
  }

  getContainerInfo(): FakeContainerInfo {
    this.call('getContainerInfo');
    return new FakeContainerInfo(this.data.position);
  }

  getOptions(): FakeChartOptions {
    this.call('getOptions');
    return new FakeChartOptions(this.data.options);
  }

  /** The chart as plain data (not logged). */
  describe(): ChartData {
    return plain(this.data) as ChartData;
  }
}
