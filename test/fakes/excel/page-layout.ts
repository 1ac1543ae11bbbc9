/**
 * Print setup and the AutoFilter for the fake `Excel.run` — `worksheet.pageLayout`,
 * `worksheet.autoFilter` and `worksheet.horizontalPageBreaks`, all ExcelApi 1.9 (so an Excel
 * with only 1.8 refuses them with ApiNotFound, via requirements.ts). Faithful to Microsoft's
 * reference pages where the adapter depends on it:
 *  - orientation is an Excel.PageOrientation ('Portrait' | 'Landscape'), paperSize an
 *    Excel.PaperType name; anything else is InvalidArgument;
 *  - zoom is an Excel.PageLayoutZoomOptions set as one object («use x.zoom = {...} instead of
 *    x.zoom.scale = ...»): scale 10–400, or horizontalFitToPages / verticalFitToPages, whole
 *    numbers ≥ 0 (0: as many pages as it takes, Excel's «автоматически»); unknown keys refused;
 *  - setPrintTitleRows(range | address) takes whole rows («The range must span the entire row to
 *    be valid»): '$1:$3' or a range of entire rows, on this sheet;
 *  - headersFooters.defaultForAllPages: the six header and footer strings (Excel's & codes),
 *    255 characters at most each, as Excel's page setup dialog allows;
 *  - autoFilter.apply(range | address): one AutoFilter per sheet, on a range of this sheet with a
 *    header row and at least one row under it; applying again moves it;
 *  - horizontalPageBreaks.add(range | address): a manual break above the range's top row; not
 *    above row 1;
 *  - properties are write-only here: reading one throws PropertyNotLoaded, as before a load.
 * Each command is a CommandInfo for failWhen: kinds pageLayout, printTitles, headerFooter,
 * autoFilter, pageBreak.
 */
import { MAX_COLUMNS, type HeaderFooterKey, type FakePageSetup, type FakeSheet, type Rect } from './document';
import { officeError, parseAddress, type FakeContext, type FakeRange, type FakeWorksheet } from './fake-excel';

/** Excel.PaperType, as @types/office-js lists it. */
export const PAPER_TYPES = new Set([
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5', 'Folio', 'Quatro',
  'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14', 'Csheet', 'Dsheet', 'Esheet',
  'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65', 'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6',
  'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS', 'FanfoldStdGerman', 'FanfoldLegalGerman',
]);
const ORIENTATIONS = new Set(['Portrait', 'Landscape']);
const ZOOM_KEYS = new Set(['scale', 'horizontalFitToPages', 'verticalFitToPages']);

function notLoaded(property: string): never {
  throw officeError('PropertyNotLoaded', `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

function invalid(why: string): never {
  throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${why})`);
}

/** A range argument (a Range proxy or an address on `sheet`) as a rectangle of `sheet`. */
function rectOn(sheet: FakeSheet, target: FakeRange | string): Rect {
  if (typeof target === 'string') return parseAddress(target);
  const { sheet: other, rect } = target.resolved();
  if (other !== sheet) invalid('the range is on another worksheet');
  return rect;
}

export class FakePageLayout {
  private readonly group: FakeHeaderFooterGroup;

  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    this.group = new FakeHeaderFooterGroup(ctx, ws);
  }

  get headersFooters(): FakeHeaderFooterGroup {
    this.ctx.use('PageLayout.headersFooters');
    return this.group;
  }

  private set(kind: string, member: string, payload: unknown, apply: (setup: FakePageSetup, sheet: FakeSheet) => void): void {
    this.ctx.use(member);
    this.ctx.push(() => ({ kind, sheet: this.ws.peek()?.name ?? null, detail: JSON.stringify(payload) }), payload, () => {
      const sheet = this.ws.sheet();
      apply(sheet.pageSetup, sheet);
    });
  }

  get orientation(): string {
    return notLoaded('orientation');
  }
  set orientation(value: string) {
    this.set('pageLayout', 'PageLayout.orientation', value, (setup) => {
      if (!ORIENTATIONS.has(value)) invalid(`orientation ${value}`);
      setup.orientation = value;
    });
  }

  get paperSize(): string {
    return notLoaded('paperSize');
  }
  set paperSize(value: string) {
    this.set('pageLayout', 'PageLayout.paperSize', value, (setup) => {
      if (!PAPER_TYPES.has(value)) invalid(`paperSize ${value}`);
      setup.paperSize = value;
    });
  }

  get zoom(): never {
    // The object must be set whole; reading it (to set one of its members) needs a load first.
    return notLoaded('zoom');
  }
  set zoom(value: FakePageSetup['zoom']) {
    this.set('pageLayout', 'PageLayout.zoom', value, (setup) => {
      if (value === null || typeof value !== 'object' || Object.keys(value).length === 0) invalid('zoom must be a PageLayoutZoomOptions object');
      for (const [key, v] of Object.entries(value)) {
        if (!ZOOM_KEYS.has(key)) invalid(`zoom.${key}`);
        if (v === null || v === undefined) continue;
        if (typeof v !== 'number' || !Number.isInteger(v)) invalid(`zoom.${key} ${String(v)}`);
        if (key === 'scale' ? v < 10 || v > 400 : v < 0) invalid(`zoom.${key} ${v}`);
      }
      setup.zoom = { ...value };
    });
  }

  setPrintTitleRows(rows: FakeRange | string): void {
    this.set('printTitles', 'PageLayout.setPrintTitleRows', typeof rows === 'string' ? rows : '(range)', (setup, sheet) => {
      const rect = rectOn(sheet, rows);
      if (rect.column !== 0 || rect.columns !== MAX_COLUMNS) invalid('print title rows must span entire rows');
      setup.printTitleRows = { first: rect.row, last: rect.row + rect.rows - 1 };
    });
  }
}

export class FakeHeaderFooterGroup {
  private readonly all: FakeHeaderFooter;
  constructor(
    private readonly ctx: FakeContext,
    ws: FakeWorksheet,
  ) {
    this.all = new FakeHeaderFooter(ctx, ws);
  }
  get defaultForAllPages(): FakeHeaderFooter {
    this.ctx.use('HeaderFooterGroup.defaultForAllPages');
    return this.all;
  }
}

/** HeaderFooter: leftHeader … rightFooter (ExcelApi 1.9), write-only here. */
export class FakeHeaderFooter {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  private put(key: HeaderFooterKey, text: string): void {
    this.ctx.use(`HeaderFooter.${key}`);
    this.ctx.push(() => ({ kind: 'headerFooter', sheet: this.ws.peek()?.name ?? null, detail: key }), text, () => {
      const sheet = this.ws.sheet();
      if (typeof text !== 'string') invalid(`${key} must be text`);
      if (text.length > 255) invalid(`${key} longer than 255 characters`);
      sheet.pageSetup.headerFooter[key] = text;
    });
  }
  get leftHeader(): string {
    return notLoaded('leftHeader');
  }
  set leftHeader(text: string) {
    this.put('leftHeader', text);
  }
  get centerHeader(): string {
    return notLoaded('centerHeader');
  }
  set centerHeader(text: string) {
    this.put('centerHeader', text);
  }
  get rightHeader(): string {
    return notLoaded('rightHeader');
  }
  set rightHeader(text: string) {
    this.put('rightHeader', text);
  }
  get leftFooter(): string {
    return notLoaded('leftFooter');
  }
  set leftFooter(text: string) {
    this.put('leftFooter', text);
  }
  get centerFooter(): string {
    return notLoaded('centerFooter');
  }
  set centerFooter(text: string) {
    this.put('centerFooter', text);
  }
  get rightFooter(): string {
    return notLoaded('rightFooter');
  }
  set rightFooter(text: string) {
    this.put('rightFooter', text);
  }
}

export class FakeAutoFilter {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  get enabled(): never {
    return notLoaded('enabled');
  }

  apply(range: FakeRange | string, columnIndex?: number, criteria?: unknown): void {
    this.ctx.use('AutoFilter.apply');
    if (columnIndex !== undefined || criteria !== undefined) invalid('the fake applies no criteria');
    this.ctx.push(() => ({ kind: 'autoFilter', sheet: this.ws.peek()?.name ?? null }), typeof range === 'string' ? range : '(range)', () => {
      const sheet = this.ws.sheet();
      const rect = rectOn(sheet, range);
      if (rect.rows < 2) invalid('an AutoFilter needs a header row and rows under it');
      sheet.autoFilter = rect;
    });
  }
}

export class FakePageBreakCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  get items(): never {
    return notLoaded('items');
  }

  add(range: FakeRange | string): void {
    this.ctx.use('PageBreakCollection.add');
    this.ctx.push(() => ({ kind: 'pageBreak', sheet: this.ws.peek()?.name ?? null }), typeof range === 'string' ? range : '(range)', () => {
      const sheet = this.ws.sheet();
      const rect = rectOn(sheet, range);
      if (rect.row === 0) invalid('no page break above row 1');
      if (!sheet.rowBreaks.includes(rect.row)) sheet.rowBreaks = [...sheet.rowBreaks, rect.row].sort((a, b) => a - b);
    });
  }
}
