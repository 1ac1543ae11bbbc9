/**
 * The cell formats of the output sheets, added to the workbook's own styles part without
 * renumbering anything the user's cells use: new number formats, fonts, fills and cell formats
 * (cellXfs) are appended at the end of their lists, each count attribute updated, and every other
 * byte of styles.xml kept. A look (number format × tone × wrapping) is added once and shared by all
 * its cells. A package without a styles part gets a minimal one. New elements take the prefix the
 * part already uses (`<x:font>` in a part written with `x:`).
 */
import { TONE_STYLES, type Tone } from '../../core/index';
import { CLOSE, EOF, nameBytes, OPEN, XmlReader } from './xml';
import { escapeAttr } from './xml-write';

const NUM_FMTS = nameBytes('numFmts');
const NUM_FMT = nameBytes('numFmt');
const FONTS = nameBytes('fonts');
const FILLS = nameBytes('fills');
const BORDERS = nameBytes('borders');
const CELL_STYLE_XFS = nameBytes('cellStyleXfs');
const CELL_XFS = nameBytes('cellXfs');
const STYLE_SHEET = nameBytes('styleSheet');
const SECTIONS = [NUM_FMTS, FONTS, FILLS, BORDERS, CELL_STYLE_XFS, CELL_XFS].map((bytes) => ({ bytes, name: new TextDecoder().decode(bytes) }));

/** Built-in number formats the outputs use (ECMA-376 §18.8.30). */
const BUILT_IN: ReadonlyMap<string, number> = new Map([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['#,##0', 3],
  ['0%', 9],
  ['@', 49],
]);

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

interface Section {
  /** Byte offset of the opening tag's start, of its `>` and of the closing tag's start (-1 when self-closing). */
  readonly open: number;
  readonly openEnd: number;
  readonly close: number;
  readonly children: number;
  /** Where the count attribute's value sits, or -1. */
  readonly countStart: number;
  readonly countEnd: number;
}

export class StyleBook {
  private readonly bytes: Uint8Array;
  private readonly prefix: string;
  private readonly sections = new Map<string, Section>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly newFormats: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly looks = new Map<string, number>();
  private readonly fontOf = new Map<string, number>();
  private readonly fillOf = new Map<string, number>();

  constructor(input: Uint8Array | null, part = 'xl/styles.xml') {
    this.bytes = input ?? new TextEncoder().encode(MINIMAL_STYLES);
    const x = new XmlReader(this.bytes, part);
    let prefix = '';
    let current: { name: string; open: number; openEnd: number; countStart: number; countEnd: number; children: number } | null = null;
    for (let t = x.next(); t !== EOF; t = x.next()) {
      if (t === OPEN) {
        const depth = x.depth + (x.selfClosing ? 1 : 0);
        if (depth === 1 && x.is(STYLE_SHEET)) prefix = x.prefix();
        if (current && depth === 3) {
          current.children++;
          if (current.name === 'numFmts' && x.is(NUM_FMT)) {
            const id = Number(x.attr('numFmtId'));
            const code = x.attr('formatCode');
            if (Number.isInteger(id)) {
              if (code !== null && !this.formatIds.has(code)) this.formatIds.set(code, id);
              this.nextFormatId = Math.max(this.nextFormatId, id + 1);
            }
          }
        }
        if (depth === 2) {
          const name = SECTIONS.find((n) => x.is(n.bytes))?.name;
          if (name) {
            const countStart = x.attrRange('count');
            const section = { name, open: x.start, openEnd: x.pos - 1, countStart, countEnd: countStart >= 0 ? x.valueEnd : -1, children: 0 };
            if (x.selfClosing) this.sections.set(name, { ...section, close: -1 });
            else current = section;
          }
        }
      } else if (t === CLOSE && current && x.depth === 1) {
        this.sections.set(current.name, { ...current, close: x.start });
        current = null;
      }
    }
    this.prefix = prefix;
  }

  private count(name: string): number {
    return this.sections.get(name)?.children ?? 0;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.newFormats.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private font(color: string | null, bold: boolean): number {
    const key = `${color ?? ''}|${bold ? 1 : 0}`;
    let id = this.fontOf.get(key);
    if (id === undefined) {
      id = this.count('fonts') + this.newFonts.length;
      const p = this.prefix;
      this.newFonts.push(`<${p}font>${bold ? `<${p}b/>` : ''}<${p}sz val="11"/>${color ? `<${p}color rgb="${argb(color)}"/>` : ''}<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`);
      this.fontOf.set(key, id);
    }
    return id;
  }

  private fill(background: string): number {
    let id = this.fillOf.get(background);
    if (id === undefined) {
      id = this.count('fills') + this.newFills.length;
      const p = this.prefix;
      this.newFills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(background)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
      this.fillOf.set(background, id);
    }
    return id;
  }

  /** The cellXfs index of a look; 0 (the default) for a cell with no format, tone or wrapping. */
  xf(format: string | undefined, tone: Tone | null, wrap: boolean): number {
    const key = `${format ?? ''}\u0000${tone ?? ''}\u0000${wrap ? 1 : 0}`;
    let id = this.looks.get(key);
    if (id !== undefined) return id;
    const numFmtId = format && format !== 'General' ? this.formatId(format) : 0;
    const look = tone ? TONE_STYLES[tone] : null;
    const fontId = look && (look.font || look.bold) ? this.font(look.font, look.bold) : 0;
    const fillId = look?.background ? this.fill(look.background) : 0;
    const aligned = wrap || tone === 'header';
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && !aligned) {
      this.looks.set(key, 0);
      return 0;
    }
    id = this.count('cellXfs') + this.newXfs.length;
    const p = this.prefix;
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (aligned ? ' applyAlignment="1"' : '');
    this.newXfs.push(aligned ? `<${p}xf ${attrs}><${p}alignment vertical="top" wrapText="1"/></${p}xf>` : `<${p}xf ${attrs}/>`);
    this.looks.set(key, id);
    return id;
  }

  /** Whether anything was added (otherwise the part is kept as it was). */
  get changed(): boolean {
    return this.newFormats.length + this.newFonts.length + this.newFills.length + this.newXfs.length > 0;
  }

  /** The styles part with the additions. */
  bytesOut(): Uint8Array {
    if (!this.changed) return this.bytes;
    const edits: { at: number; remove: number; text: string }[] = [];
    const p = this.prefix;
    const add = (name: string, items: readonly string[], before: string): void => {
      if (items.length === 0) return;
      const s = this.sections.get(name);
      const total = this.count(name) + items.length;
      if (!s) {
        // A list the part does not have: inserted before the next one in schema order.
        const next = this.sections.get(before);
        const at = next ? next.open : this.rootContentStart();
        edits.push({ at, remove: 0, text: `<${p}${name} count="${total}">${items.join('')}</${p}${name}>` });
        return;
      }
      if (s.close < 0) {
        // <fonts/> → <fonts count="n">…</fonts>
        const selfClose = this.bytes.lastIndexOf(47, s.openEnd);
        edits.push({ at: selfClose, remove: s.openEnd + 1 - selfClose, text: `>${items.join('')}</${p}${name}>` });
      } else edits.push({ at: s.close, remove: 0, text: items.join('') });
      if (s.countStart >= 0) edits.push({ at: s.countStart, remove: s.countEnd - s.countStart, text: String(total) });
    };
    add('numFmts', this.newFormats, 'fonts');
    add('fonts', this.newFonts, 'fills');
    add('fills', this.newFills, 'borders');
    add('cellXfs', this.newXfs, 'cellStyles');
    return splice(this.bytes, edits);
  }

  /** Just after the root element's opening tag. */
  private rootContentStart(): number {
    const x = new XmlReader(this.bytes, 'styles');
    x.next();
    return x.pos;
  }
}

/** '#1F3864' → 'FF1F3864'. */
function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Bytes with text edits applied (positions in the original; no two edits overlap). */
export function splice(bytes: Uint8Array, edits: readonly { at: number; remove: number; text: string }[]): Uint8Array {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const enc = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const e of sorted) {
    pieces.push(bytes.subarray(from, e.at), enc.encode(e.text));
    from = e.at + e.remove;
  }
  pieces.push(bytes.subarray(from));
  const out = new Uint8Array(pieces.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of pieces) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
