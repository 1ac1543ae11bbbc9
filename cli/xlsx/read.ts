/**
 * readWorkbook: .xlsx bytes in, every sheet's values out, as the core's SheetData plus what a
 * host also knows (visibility, merged ranges, whether it is saved selected). The package is opened
 * from its central directory; then, each part dropped once read: the workbook (sheet list, date
 * system), its relationships, the styles (which cell styles are dates), the shared strings, and
 * each worksheet in tab order (the next one unpacked while this one is parsed, so at most two
 * sheets' XML at once). Memory is bounded by the grids, not by the XML. Anything that is
 * not a readable .xlsx becomes one PedmonitorError ('not-xlsx') with a Russian message naming
 * the file and the part or sheet (texts.ts); no other exception escapes.
 */
import { pedmonitorError, type CellValue, type SheetData } from '../../core/index';
import type { ZipCodec } from './codec';
import { isXlsxFault, XlsxFault } from './fault';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { readRelationships, readWorkbookPart, relsPartOf, relType, type Relationship, type SheetState } from './package';
import { readSharedStrings } from './shared-strings';
import { readSheet, type MergedRange } from './sheet-read';
import { selectedIn } from './opening-sheet';
import { isOpenDocument, sniffContainer } from './sniff';
import { readDateStyles } from './styles-read';
import { XLSX_TEXT } from '../../core/texts/ru/xlsx';
import { ZipArchive, type ZipEntry } from './zip-read';

export interface SheetSnapshot extends SheetData {
  readonly values: CellValue[][];
  readonly state: SheetState;
  readonly merges: readonly MergedRange[];
  /** The sheet's part; '' for a sheet whose part is missing. */
  readonly part: string;
  /** Not a worksheet (a chart sheet, a dialog or macro sheet): listed with no cells. */
  readonly kind: 'worksheet' | 'other';
  /**
   * A worksheet saved selected (tabSelected="1" on its view, as opening-sheet.ts finds it): the
   * writer takes that mark out so the workbook opens on one sheet, and need not unpack the part
   * again to know. Undefined for a sheet whose part was not read.
   */
  readonly selected?: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly date1904: boolean;
}

export interface ReadOptions {
  /** The file's name in messages. */
  readonly label?: string;
  readonly limits?: Partial<ReadLimits>;
}

export async function readWorkbook(bytes: Uint8Array, codec: ZipCodec, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const label = options.label ?? XLSX_TEXT.defaultLabel;
  try {
    return await readPackage(bytes, codec, { ...DEFAULT_LIMITS, ...options.limits });
  } catch (e) {
    throw asPedmonitorError(e, label);
  }
}

/** A fault (or anything unexpected while reading) as the user's message about `label`. */
export function asPedmonitorError(e: unknown, label: string): Error {
  if (isXlsxFault(e)) return pedmonitorError('not-xlsx', XLSX_TEXT.read(label, e), e);
  if (e instanceof Error && e.name === 'PedmonitorError') return e;
  // Anything else is a damaged file we failed to name more precisely (a RangeError from a
  // hostile structure): the user still gets a plain message, never a stack trace.
  return pedmonitorError('not-xlsx', XLSX_TEXT.read(label, new XlsxFault('bad-part', null, e instanceof Error ? e.message : String(e))), e);
}

/** The package's workbook part: the office document the root relationships name. */
export async function findWorkbookPart(zip: ZipArchive, readPart: (e: ZipEntry) => Promise<Uint8Array>): Promise<string> {
  const root = zip.entry('_rels/.rels');
  if (root) {
    const rels = readRelationships(await readPart(root), '_rels/.rels', '');
    const doc = rels.find((r) => !r.external && relType(r, 'officeDocument') && zip.has(r.part));
    if (doc) return zip.entry(doc.part)!.name;
  }
  const fallback = zip.entry('xl/workbook.xml');
  if (fallback) return fallback.name;
  throw new XlsxFault('not-workbook');
}

async function readPackage(bytes: Uint8Array, codec: ZipCodec, limits: ReadLimits): Promise<WorkbookSnapshot> {
  sniffContainer(bytes);
  if (isOpenDocument(bytes)) throw new XlsxFault('ods');
  const zip = new ZipArchive(bytes, codec);
  if (zip.entry('mimetype') && zip.entry('content.xml')) throw new XlsxFault('ods');
  let total = 0;
  const readPart = async (e: ZipEntry): Promise<Uint8Array> => {
    if (e.size > limits.partBytes) throw new XlsxFault('too-big', e.name, String(e.size));
    total += e.size;
    if (total > limits.totalBytes) throw new XlsxFault('too-big', e.name, String(total));
    return zip.read(e, limits.partBytes);
  };
  const optional = async (part: string): Promise<Uint8Array | null> => {
    const e = zip.entry(part);
    return e ? readPart(e) : null;
  };

  const workbookPart = await findWorkbookPart(zip, readPart);
  const info = readWorkbookPart(await readPart(zip.entry(workbookPart)!), workbookPart);
  const relsPart = relsPartOf(workbookPart);
  const relsBytes = await optional(relsPart);
  const rels: Relationship[] = relsBytes ? readRelationships(relsBytes, relsPart, workbookPart) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));
  const styles = rels.find((r) => relType(r, 'styles'));
  const stylesPart = styles?.part ?? 'xl/styles.xml';
  const dateStyles = readDateStyles(await optional(stylesPart), stylesPart);
  const strings = rels.find((r) => relType(r, 'sharedStrings'));
  const stringsPart = strings?.part ?? 'xl/sharedStrings.xml';
  const ctx = { strings: readSharedStrings(await optional(stringsPart), stringsPart), dateStyles, date1904: info.date1904, budget: limits.cells };

  // Each worksheet's part, or why it has none.
  const parts = info.sheets.map((entry) => {
    const rel = byId.get(entry.relId);
    const part = rel && !rel.external ? zip.entry(rel.part) : undefined;
    return { entry, rel, part, e: rel && relType(rel, 'worksheet') ? part : undefined };
  });
  // The next worksheet is unpacked (on the codec's own thread, where it has one) while this one is
  // parsed. One ahead is enough (unpacking is several times faster than parsing) and more in
  // flight costs memory: every unpacking holds its own zlib state and output. A prefetched part's
  // failure is met in sheet order, when its turn comes; until then it is held, not unhandled.
  const unpacking = new Map<number, Promise<Uint8Array>>();
  const unpackAhead = (i: number): void => {
    const e = parts[i]?.e;
    if (e === undefined || unpacking.has(i)) return;
    const p = readPart(e);
    p.catch(() => undefined);
    unpacking.set(i, p);
  };
  const sheets: SheetSnapshot[] = [];
  for (let i = 0; i < parts.length; i++) {
    const { entry, rel, part, e } = parts[i]!;
    const base = { name: entry.name, state: entry.state, part: part?.name ?? '' };
    if (!rel || !e) {
      sheets.push({ ...base, values: [], merges: [], kind: rel && !relType(rel, 'worksheet') ? 'other' : 'worksheet' });
      continue;
    }
    try {
      unpackAhead(i);
      const xml = await unpacking.get(i)!;
      unpacking.delete(i);
      let next = i + 1;
      while (next < parts.length && parts[next]!.e === undefined) next++;
      unpackAhead(next);
      const grid = readSheet(xml, e.name, entry.name, ctx);
      sheets.push({ ...base, values: grid.values, merges: grid.merges, kind: 'worksheet', selected: selectedIn(xml, true) === true });
    } catch (err) {
      if (isXlsxFault(err) && err.sheet === null) err.sheet = entry.name;
      throw err;
    }
  }
  if (info.sheets.length === 0) throw new XlsxFault('not-workbook');
  return { sheets, date1904: info.date1904 };
}
