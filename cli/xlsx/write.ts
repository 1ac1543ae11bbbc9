/**
 * writeWorkbook: the input package with the output sheets added or replaced, and nothing else
 * changed. Every part the run does not own is copied byte for byte (its compressed record reused),
 * so charts, pivot tables, images, comments, drop-downs, macros and formatting survive. What
 * changes: [Content_Types].xml (overrides of added and dropped parts), xl/workbook.xml (the new
 * sheets' entries), xl/_rels/workbook.xml.rels (their relationships), xl/styles.xml (the outputs'
 * cell formats appended), and the output sheets' own parts. A replaced output sheet keeps its
 * place, part name and relationship; its old relationships part is dropped, with every part only
 * it referred to (an old drawing and its charts). A calculation chain that names a replaced sheet
 * is dropped too (Excel rebuilds it). New sheets go after the last sheet, the registry last.
 */
import { OPENING_SHEETS, REGISTRY_SHEET, type OutputSheet } from '../../core/index';
import type { ZipCodec } from './codec';
import { XlsxFault } from './fault';
import { readRelationships, relsPartOf, relType, resolveTarget, type Relationship } from './package';
import { findWorkbookPart } from './read';
import { selectedIn, unselected, withActiveTab } from './opening-sheet';
import { updatedAppProps } from './app-props';
import { allocatorOf, outputSheetExtras } from './sheet-extras';
import { ByteSink, ChunkPool } from './byte-sink';
import { registrySheet, sheetXmlSteps, type SheetExtras } from './sheet-xml';
import { splice, StyleBook } from './styles-write';
import { escapeAttr } from './xml-write';
import { CLOSE, EOF, nameBytes, OPEN, XmlReader } from './xml';
import { ZipArchive, type ZipEntry } from './zip-read';
import { PartPacker, writeZip, type OutEntry, type PackedPart } from './zip-write';

export interface WriteRequest {
  /** Sheets to write: replaced in place when the workbook has a sheet of that name (case-insensitive), else appended. */
  readonly sheets: readonly OutputSheet[];
  /** The registry's content: written as the very hidden `_pedmonitor` sheet. */
  readonly registry?: readonly (readonly string[])[];
  /** What a sheet brings besides its cells (print setup, charts); see sheet-xml.ts. */
  readonly extras?: (sheet: OutputSheet, place: SheetPlace) => SheetExtras;
}

/** Where a sheet is written, for extras that name parts and ranges. */
export interface SheetPlace {
  /** Its part: xl/worksheets/sheet7.xml. */
  readonly part: string;
  /** 0-based position among the workbook's sheets (localSheetId). */
  readonly index: number;
  /** A fresh part name in the package for `prefix` + n + `suffix` (xl/drawings/drawing, .xml). */
  freshPart(prefix: string, suffix: string): string;
}

export interface WriteOptions {
  /** The timestamp of new parts (the same parts give the same bytes); default 1980-01-01. */
  readonly modified?: Date;
  /**
   * Whether an input sheet's part (its name in lower case) is saved selected, as the reader found
   * it (read.ts); a part not listed is looked into here.
   */
  readonly selectedParts?: ReadonlyMap<string, boolean>;
}

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
};
const REL_TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  officeDocument: `${NS.rel}/officeDocument`,
};
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};

const enc = new TextEncoder();
/** The most of a part's head inflated to look for tabSelected (more than opening-sheet.ts searches). */
const HEAD_LIMIT = 512 * 1024;
/** Compressed bytes inflated for a sheet's head, in turn. */
const HEAD_INPUTS = [1024, 16 * 1024];
const dec = new TextDecoder();
/**
 * Bytes of an output sheet's XML compressed as one piece (PartPacker): large enough that a piece's
 * fixed costs do not count (starting a zlib task costs the main thread ~1 ms on a cold process —
 * 1 MB pieces cost it 190 ms at 100,000 rows, 4 MB pieces 40 ms), small enough that the last piece
 * of the last sheet is compressed soon after it is written.
 */
const PIECE_BYTES = 4 << 20;

/** Parts of the package being written: copied records or new bytes, in order. */
class PartStore {
  private readonly order: string[] = [];
  private readonly parts = new Map<string, { name: string; entry?: ZipEntry; data?: Uint8Array; packed?: PackedPart }>();

  constructor(readonly zip: ZipArchive | null) {
    if (zip) for (const e of zip.entries) this.addEntry(e);
  }

  private addEntry(e: ZipEntry): void {
    const key = e.name.toLowerCase();
    if (this.parts.has(key)) return;
    this.order.push(key);
    this.parts.set(key, { name: e.name, entry: e });
  }

  has(name: string): boolean {
    return this.parts.has(name.toLowerCase());
  }

  /** The stored name of a part (its case as in the package). */
  nameOf(name: string): string {
    return this.parts.get(name.toLowerCase())?.name ?? name;
  }

  names(): string[] {
    return this.order.map((k) => this.parts.get(k)!.name);
  }

  async read(name: string): Promise<Uint8Array | null> {
    const p = this.parts.get(name.toLowerCase());
    if (!p) return null;
    if (p.data) return p.data;
    if (p.packed) throw new Error(`${name}: a part written by this run is not read back`);
    return this.zip!.read(p.entry!, 1024 * 1024 * 1024);
  }

  /**
   * Whether a part (an input sheet) has tabSelected="1" on its views, from its first bytes when the
   * codec can inflate just those; null when it cannot tell without the whole part.
   */
  selected(name: string, codec: ZipCodec): boolean | null {
    const p = this.parts.get(name.toLowerCase());
    const e = p?.entry;
    if (!e || !this.zip || !codec.inflateRawHead || e.method !== 8 || e.flags & 1) return null;
    const data = this.zip.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    // 1 KB of deflate holds the top of a sheet (a few KB of XML); more only when it does not.
    for (const n of HEAD_INPUTS) {
      const whole = n >= data.length;
      const head = codec.inflateRawHead(whole ? data : data.subarray(0, n), HEAD_LIMIT);
      if (!head || head.length > e.size) return null;
      const verdict = selectedIn(head, head.length === e.size);
      if (verdict !== null || whole) return verdict;
    }
    return null;
  }

  set(name: string, data: Uint8Array): void {
    this.put(name, { data });
  }

  /**
   * A part too large to keep (an output sheet), written by `write` into a sink whose chunks are
   * compressed as they fill (zip-write.ts's PartPacker); its bytes are not kept. At each step of
   * `write` (a chunk handed over) the codec may pause, so that compressed chunks come back to
   * `pool` and are written into again.
   */
  async pack(name: string, codec: ZipCodec, pool: ChunkPool, write: (out: ByteSink) => Iterable<void>): Promise<void> {
    const packer = new PartPacker(codec, pool);
    const out = new ByteSink((chunk) => packer.add(chunk), PIECE_BYTES, pool);
    for (const _ of write(out)) if (codec.pause) await codec.pause();
    out.end();
    this.put(name, { packed: packer.finish() });
  }

  private put(name: string, content: { data: Uint8Array } | { packed: PackedPart }): void {
    const key = name.toLowerCase();
    const p = this.parts.get(key);
    if (p) {
      delete p.entry;
      delete p.data;
      delete p.packed;
      Object.assign(p, content);
    } else {
      this.order.push(key);
      this.parts.set(key, { name, ...content });
    }
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    if (!this.parts.delete(key)) return;
    this.order.splice(this.order.indexOf(key), 1);
  }

  entries(): OutEntry[] {
    return this.order.map((k) => {
      const p = this.parts.get(k)!;
      return p.data ? { name: p.name, data: p.data } : p.packed ? { name: p.name, part: p.packed } : { copy: p.entry! };
    });
  }
}

/** The parts of a new, empty workbook (when there is no input to copy). */
function emptyPackage(store: PartStore): void {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  store.set(
    '[Content_Types].xml',
    enc.encode(
      `${xml}<Types xmlns="${NS.types}"><Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/></Types>`,
    ),
  );
  store.set('_rels/.rels', enc.encode(`${xml}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`));
  store.set('xl/workbook.xml', enc.encode(`${xml}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`));
  store.set('xl/_rels/workbook.xml.rels', enc.encode(`${xml}<Relationships xmlns="${NS.pkgRel}"></Relationships>`));
}

interface Edit {
  at: number;
  remove: number;
  text: string;
}

/** An element's byte range and reader state at its opening tag. */
interface Found {
  readonly start: number;
  /** Just after the element (its closing tag, or the self-closing tag). */
  end: number;
  /** Just after its opening tag. */
  readonly openEnd: number;
  readonly selfClosing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  readonly prefix: string;
  /** Start of its closing tag (end for a self-closing element). */
  closeStart: number;
}

/** Every element whose local name is one of `names`, with its range and attributes. */
function findElements(bytes: Uint8Array, part: string, names: readonly string[]): Map<string, Found[]> {
  const wanted = names.map((n) => ({ n, b: nameBytes(n) }));
  const out = new Map<string, Found[]>(names.map((n) => [n, []]));
  const x = new XmlReader(bytes, part);
  const openStack: { found: Found; depth: number }[] = [];
  for (let t = x.next(); t !== EOF; t = x.next()) {
    if (t === OPEN) {
      const hit = wanted.find((w) => x.is(w.b));
      if (!hit) continue;
      const attrs = new Map<string, string>();
      for (const a of ['name', 'sheetId', 'state', 'Id', 'Type', 'Target', 'PartName', 'Extension', 'ContentType', 'localSheetId', 'i']) {
        const v = x.attr(a);
        if (v !== null) attrs.set(a, v);
      }
      const rid = x.attr('id', true);
      if (rid !== null) attrs.set('r:id', rid);
      const found: Found = { start: x.start, end: x.pos, openEnd: x.pos, selfClosing: x.selfClosing, attrs, prefix: x.prefix(), closeStart: x.pos };
      out.get(hit.n)!.push(found);
      if (!x.selfClosing) openStack.push({ found, depth: x.depth });
    } else if (t === CLOSE) {
      const top = openStack[openStack.length - 1];
      if (top && x.depth === top.depth - 1) {
        top.found.end = x.pos;
        top.found.closeStart = x.start;
        openStack.pop();
      }
    }
  }
  return out;
}

/** The prefix bound to the relationships namespace on the root element, or null. */
function relPrefix(bytes: Uint8Array): string | null {
  const x = new XmlReader(bytes, 'workbook');
  x.next();
  const head = dec.decode(bytes.subarray(x.start, x.pos));
  const m = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*["'](http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/.exec(head);
  return m ? m[1]! : null;
}

function apply(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  return edits.length === 0 ? bytes : splice(bytes, edits);
}

export async function writeWorkbook(input: Uint8Array | null, req: WriteRequest, codec: ZipCodec, options: WriteOptions = {}): Promise<Uint8Array> {
  const zip = input ? new ZipArchive(input, codec) : null;
  const store = new PartStore(zip);
  if (!zip) emptyPackage(store);
  const must = async (name: string): Promise<Uint8Array> => {
    const b = await store.read(name);
    if (!b) throw new XlsxFault('not-workbook', name);
    return b;
  };

  const workbookPart = zip ? await findWorkbookPart(zip, (e) => zip.read(e, 1024 * 1024 * 1024)) : 'xl/workbook.xml';
  const wbRelsPart = relsPartOf(workbookPart);
  const workbookBytes = await must(workbookPart);
  const wbRelsBytes = (await store.read(wbRelsPart)) ?? enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`);
  const typesBytes = await must('[Content_Types].xml');
  const rels = readRelationships(wbRelsBytes, wbRelsPart, workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));

  const wb = findElements(workbookBytes, workbookPart, ['sheets', 'sheet', 'definedNames', 'definedName', 'workbookView']);
  const sheetEls = wb.get('sheet')!;
  const sheetsEl = wb.get('sheets')![0];
  if (!sheetsEl) throw new XlsxFault('not-workbook', workbookPart);
  const wbPrefix = sheetsEl.prefix;
  const rPrefix = relPrefix(workbookBytes);

  // Every rels part of the package, to know which parts are still referred to.
  const allRels = new Map<string, Relationship[]>();
  for (const name of store.names()) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/i.test(name)) continue;
    const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, '$1$2');
    try {
      allRels.set(name.toLowerCase(), readRelationships((await store.read(name))!, name, source));
    } catch {
      // An unreadable rels part of a part we do not touch stays as it is.
    }
  }

  const styleRel = rels.find((r) => relType(r, 'styles'));
  const stylesPart = styleRel ? styleRel.part : 'xl/styles.xml';
  const stylesBytes = await store.read(stylesPart);
  const styles = new StyleBook(stylesBytes, stylesPart);

  const wbEdits: Edit[] = [];
  const relEdits: Edit[] = [];
  const typeAdds: string[] = [];
  const removed = new Set<string>();
  let nextRel = 1 + Math.max(0, ...rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)));
  let nextSheetId = 1 + Math.max(0, ...sheetEls.map((s) => Number(s.attrs.get('sheetId') ?? 0)).filter(Number.isFinite));
  const replacedSheetIds = new Set<string>();
  const definedNameAdds: string[] = [];
  const definedNameDrops: Found[] = [];

  // A name handed out is taken even before its part is stored (a sheet's charts ask for several).
  const handedOut = new Set<string>();
  const freshPart = (prefix: string, suffix: string): string => {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!store.has(name) && !handedOut.has(name.toLowerCase())) {
        handedOut.add(name.toLowerCase());
        return name;
      }
    }
  };
  const addOverride = (part: string, type: string): void => {
    typeAdds.push(`<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`);
  };
  const addRel = (type: string, target: string): string => {
    const id = `rId${nextRel++}`;
    relEdits.push({ at: -1, remove: 0, text: `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>` });
    return id;
  };
  const dropPart = (part: string): void => {
    const key = part.toLowerCase();
    if (removed.has(key) || !store.has(part)) return;
    removed.add(key);
    const relsName = relsPartOf(store.nameOf(part));
    const own = allRels.get(relsName.toLowerCase()) ?? [];
    store.remove(part);
    if (store.has(relsName)) {
      removed.add(relsName.toLowerCase());
      store.remove(relsName);
      allRels.delete(relsName.toLowerCase());
    }
    // Parts only this one referred to go with it.
    for (const r of own) {
      if (r.external || !r.part) continue;
      const stillUsed = [...allRels.values()].some((list) => list.some((o) => !o.external && o.part.toLowerCase() === r.part.toLowerCase()));
      if (!stillUsed) dropPart(r.part);
    }
  };

  const outputs: { sheet: OutputSheet; state: 'visible' | 'veryHidden' }[] = req.sheets.map((sheet) => ({ sheet, state: 'visible' as const }));
  if (req.registry) outputs.push({ sheet: registrySheet(REGISTRY_SHEET, req.registry), state: 'veryHidden' });

  let appended = 0;
  const positions = new Map<string, number>();
  /** The output sheets' chunks, written into again once compressed. */
  const chunks = new ChunkPool();
  for (const { sheet, state } of outputs) {
    const lower = sheet.name.toLowerCase();
    const index = sheetEls.findIndex((s) => (s.attrs.get('name') ?? '').toLowerCase() === lower);
    const existing = index >= 0 ? sheetEls[index]! : null;
    const rel = existing ? relById.get(existing.attrs.get('r:id') ?? '') : undefined;
    let part: string;
    let position: number;
    if (existing && rel && !rel.external && relType(rel, 'worksheet')) {
      // In place: the same part name and relationship; the old part's own rels and what only they referred to are dropped.
      part = store.has(rel.part) ? store.nameOf(rel.part) : rel.part;
      const oldRels = relsPartOf(part);
      const own = allRels.get(oldRels.toLowerCase()) ?? [];
      if (store.has(oldRels)) {
        store.remove(oldRels);
        removed.add(oldRels.toLowerCase());
        allRels.delete(oldRels.toLowerCase());
      }
      for (const r of own) {
        if (r.external || !r.part) continue;
        const stillUsed = [...allRels.values()].some((list) => list.some((o) => !o.external && o.part.toLowerCase() === r.part.toLowerCase()));
        if (!stillUsed) dropPart(r.part);
      }
      if (!store.has(part)) addOverride(part, CONTENT_TYPE.worksheet);
      position = index;
      replacedSheetIds.add(existing.attrs.get('sheetId') ?? '');
      for (const d of wb.get('definedName')!) if (d.attrs.get('localSheetId') === String(index) && (d.attrs.get('name') ?? '').startsWith('_xlnm.')) definedNameDrops.push(d);
      if (state === 'veryHidden' && existing.attrs.get('state') !== 'veryHidden') {
        wbEdits.push({ at: existing.start, remove: existing.end - existing.start, text: sheetElement(wbPrefix, rPrefix, sheet.name, existing.attrs.get('sheetId') ?? String(nextSheetId++), state, rel.id) });
      }
    } else {
      if (existing) throw new XlsxFault('not-workbook', sheet.name);
      part = freshPart('xl/worksheets/sheet', '.xml');
      const id = addRel(REL_TYPE.worksheet, relativeTarget(workbookPart, part));
      addOverride(part, CONTENT_TYPE.worksheet);
      wbEdits.push({ at: sheetsEl.closeStart, remove: 0, text: sheetElement(wbPrefix, rPrefix, sheet.name, String(nextSheetId++), state, id) });
      position = sheetEls.length + appended++;
    }
    positions.set(sheet.name, position);
    const place: SheetPlace = { part, index: position, freshPart };
    // Output sheets carry their print setup, row heights, filter and charts (sheet-extras.ts).
    const extras = state === 'veryHidden' ? {} : req.extras ? req.extras(sheet, place) : outputSheetExtras(sheet, allocatorOf(place));
    await store.pack(part, codec, chunks, (out) => sheetXmlSteps(out, sheet, styles, extras));
    for (const p of extras.parts ?? []) {
      store.set(p.path, p.data);
      addOverride(p.path, p.contentType);
      if (p.rels) store.set(relsPartOf(p.path), p.rels);
    }
    if (extras.relationships && extras.relationships.length > 0) {
      const body = extras.relationships.map((r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`).join('');
      store.set(relsPartOf(part), enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${body}</Relationships>`));
    }
    for (const d of extras.definedNames ?? []) {
      definedNameAdds.push(`<${wbPrefix}definedName name="${escapeAttr(d.name)}" localSheetId="${position}">${escapeAttr(d.value)}</${wbPrefix}definedName>`);
    }
  }

  // The workbook opens on «Сводка» (else «Показатели»): activeTab, and no other sheet selected.
  const opening = OPENING_SHEETS.find((n) => positions.has(n));
  if (opening !== undefined) {
    const at = positions.get(opening)!;
    const view = wb.get('workbookView')![0];
    const tag = (v: Found) => new TextDecoder().decode(workbookBytes.subarray(v.start, v.openEnd));
    if (view) wbEdits.push({ at: view.start, remove: view.openEnd - view.start, text: withActiveTab(tag(view), at) });
    else wbEdits.push({ at: sheetsEl.start, remove: 0, text: `<${wbPrefix}bookViews><${wbPrefix}workbookView activeTab="${at}"/></${wbPrefix}bookViews>` });
    const outputNames = new Set(outputs.map((o) => o.sheet.name.toLowerCase()));
    for (const el of sheetEls) {
      if (outputNames.has((el.attrs.get('name') ?? '').toLowerCase())) continue;
      const rel = relById.get(el.attrs.get('r:id') ?? '');
      if (!rel || rel.external || !store.has(rel.part)) continue;
      if ((options.selectedParts?.get(rel.part.toLowerCase()) ?? store.selected(rel.part, codec)) === false) continue;
      const bytes = await store.read(rel.part);
      const fixed = bytes ? unselected(bytes) : null;
      if (fixed) store.set(store.nameOf(rel.part), fixed);
    }
  }

  // docProps/app.xml's list of sheets: rewritten to the output's sheets, or dropped when it cannot be.
  const appRel = (allRels.get('_rels/.rels') ?? []).find((r) => !r.external && relType(r, 'extended-properties'));
  if (appRel && store.has(appRel.part) && !removed.has(appRel.part.toLowerCase())) {
    const app = await store.read(appRel.part);
    const before = sheetEls.map((el) => el.attrs.get('name') ?? '');
    const after = [...before, ...outputs.filter(({ sheet }) => !sheetEls.some((el) => (el.attrs.get('name') ?? '').toLowerCase() === sheet.name.toLowerCase())).map(({ sheet }) => sheet.name)];
    const fixed = app ? updatedAppProps(app, before, after) : null;
    if (fixed) store.set(store.nameOf(appRel.part), fixed);
  }

  // A calculation chain naming a replaced sheet's cells would point at cells without formulas.
  const calcRel = rels.find((r) => relType(r, 'calcChain'));
  if (calcRel && replacedSheetIds.size > 0 && store.has(calcRel.part)) {
    const calc = await store.read(calcRel.part);
    if (calc && chainNames(calc, calcRel.part, replacedSheetIds)) {
      dropPart(calcRel.part);
      const el = findElements(wbRelsBytes, wbRelsPart, ['Relationship']).get('Relationship')!.find((r) => r.attrs.get('Id') === calcRel.id);
      if (el) relEdits.push({ at: el.start, remove: el.end - el.start, text: '' });
    }
  }

  // Styles: appended formats, or a new part when the package had none.
  if (styles.changed || !stylesBytes) {
    store.set(stylesPart, styles.bytesOut());
    if (!stylesBytes) {
      addRel(REL_TYPE.styles, relativeTarget(workbookPart, stylesPart));
      addOverride(stylesPart, CONTENT_TYPE.styles);
    }
  }

  // Defined names: ours for replaced sheets out, the new ones in.
  for (const d of definedNameDrops) wbEdits.push({ at: d.start, remove: d.end - d.start, text: '' });
  if (definedNameAdds.length > 0) {
    const dn = wb.get('definedNames')![0];
    if (dn && !dn.selfClosing) wbEdits.push({ at: dn.closeStart, remove: 0, text: definedNameAdds.join('') });
    else if (dn) wbEdits.push({ at: dn.start, remove: dn.end - dn.start, text: `<${wbPrefix}definedNames>${definedNameAdds.join('')}</${wbPrefix}definedNames>` });
    else wbEdits.push({ at: sheetsEl.end, remove: 0, text: `<${wbPrefix}definedNames>${definedNameAdds.join('')}</${wbPrefix}definedNames>` });
  }
  if (wbEdits.length > 0) store.set(workbookPart, apply(workbookBytes, wbEdits));

  if (relEdits.length > 0) {
    const relsEl = findElements(wbRelsBytes, wbRelsPart, ['Relationships']).get('Relationships')![0];
    if (!relsEl) throw new XlsxFault('not-workbook', wbRelsPart);
    const p = relsEl.prefix;
    const edits = relEdits.map((e) => (e.at < 0 ? { ...e, at: relsEl.closeStart, text: p ? e.text.replace(/^<Relationship /, `<${p}Relationship `) : e.text } : e));
    if (relsEl.selfClosing) throw new XlsxFault('not-workbook', wbRelsPart);
    store.set(wbRelsPart, apply(wbRelsBytes, edits));
  }

  // Content types: overrides of dropped parts out, of new parts in.
  const types = findElements(typesBytes, '[Content_Types].xml', ['Types', 'Override', 'Default']);
  const typesEl = types.get('Types')![0];
  if (!typesEl || typesEl.selfClosing) throw new XlsxFault('not-workbook', '[Content_Types].xml');
  const typeEdits: Edit[] = [];
  const overridden = new Set<string>();
  for (const o of types.get('Override')!) {
    const name = (o.attrs.get('PartName') ?? '').replace(/^\/+/, '').toLowerCase();
    if (removed.has(name) && !store.has(name)) typeEdits.push({ at: o.start, remove: o.end - o.start, text: '' });
    else overridden.add(name);
  }
  const tp = typesEl.prefix;
  const adds = typeAdds.filter((t) => !overridden.has(/PartName="\/([^"]*)"/.exec(t)![1]!.toLowerCase()));
  const hasRelsDefault = types.get('Default')!.some((d) => (d.attrs.get('Extension') ?? '').toLowerCase() === 'rels');
  if (!hasRelsDefault && [...store.names()].some((n) => n.endsWith('.rels'))) adds.push(`<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/>`);
  if (adds.length > 0) typeEdits.push({ at: typesEl.closeStart, remove: 0, text: adds.map((t) => (tp ? t.replace(/^<(\w+)/, `<${tp}$1`) : t)).join('') });
  if (typeEdits.length > 0) store.set('[Content_Types].xml', apply(typesBytes, typeEdits));

  return writeZip(zip, store.entries(), codec, options.modified ?? new Date(Date.UTC(1980, 0, 1)));
}

function sheetElement(prefix: string, rPrefix: string | null, name: string, sheetId: string, state: string, relId: string): string {
  const rid = rPrefix ? `${rPrefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${NS.rel}"`;
  return `<${prefix}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state !== 'visible' ? ` state="${state}"` : ''} ${rid}/>`;
}

/** A part's name as a target relative to the source part's folder. */
function relativeTarget(source: string, part: string): string {
  const folder = source.split('/').slice(0, -1);
  const target = part.split('/');
  let common = 0;
  while (common < folder.length && common < target.length - 1 && folder[common]!.toLowerCase() === target[common]!.toLowerCase()) common++;
  const up = folder.length - common;
  if (up > 0) return `/${part}`;
  return target.slice(common).join('/');
}

/** Whether a calcChain part has a cell on one of the sheets (by sheetId; `i` carries over). */
function chainNames(bytes: Uint8Array, part: string, sheetIds: ReadonlySet<string>): boolean {
  const cells = findElements(bytes, part, ['c']).get('c')!;
  let current = '';
  for (const c of cells) {
    current = c.attrs.get('i') ?? current;
    if (sheetIds.has(current)) return true;
  }
  return false;
}

export { resolveTarget };
