/**
 * A pull reader of XML bytes for the parts of an .xlsx, built for speed and for what real
 * producers write: element names are compared by their local part, so `<x:c>` is `<c>`; text is
 * decoded only when asked for; the five XML entities and character references are understood;
 * comments and processing instructions are skipped; CDATA is text. It refuses, as malformed: a
 * DTD or an entity declaration (no entity is ever expanded), an unknown entity, an unterminated
 * tag, a closing tag that does not match, and a document that ends inside an element. It reads
 * bytes, not a decoded string, so a part of hundreds of megabytes costs no second copy.
 */
import { XlsxFault } from './fault';

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const EOF = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof EOF;

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const COLON = 58;
const AMP = 38;
const EQ = 61;
const DQ = 34;
const SQ = 39;

const UTF8 = new TextDecoder('utf-8');

/** The bytes of an ASCII name, for comparisons with XmlReader.is. */
export function nameBytes(name: string): Uint8Array {
  const out = new Uint8Array(name.length);
  for (let i = 0; i < name.length; i++) out[i] = name.charCodeAt(i);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class XmlReader {
  pos = 0;
  /** Where the current token starts. */
  start = 0;
  kind: Token = EOF;
  /** Open/Close: the local name (after any prefix). */
  nameStart = 0;
  nameEnd = 0;
  /** Open: where the qualified name starts (for matching the closing tag). */
  private qnameStart = 0;
  /** Open: the attribute bytes, between the name and `>` or `/>`. */
  attrsStart = 0;
  attrsEnd = 0;
  selfClosing = false;
  /** Text: raw bytes; `cdata` when they are a CDATA section (no entities). */
  textStart = 0;
  textEnd = 0;
  cdata = false;
  /** Open elements' qualified names, as [start, end) pairs; `top` entries used. */
  private stack = new Int32Array(64);
  private top = 0;
  private started = false;
  readonly b: Uint8Array;

  constructor(
    bytes: Uint8Array,
    /** The part's name, for faults. */
    readonly part: string,
  ) {
    // A plain view: a Node Buffer's own indexOf costs a native call each time.
    const b = (this.b = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    // A UTF-8 byte order mark.
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
  }

  get depth(): number {
    return this.top / 2;
  }

  fail(detail: string): never {
    throw new XlsxFault('bad-xml', this.part, detail);
  }

  next(): Token {
    const b = this.b;
    const n = b.length;
    for (;;) {
      const at = (this.start = this.pos);
      if (at >= n) {
        if (this.top > 0) this.fail('unexpected end');
        if (!this.started) this.fail('no root element');
        return (this.kind = EOF);
      }
      if (b[at] !== LT) {
        let lt = b.indexOf(LT, at);
        if (lt < 0) lt = n;
        this.pos = lt;
        if (this.top === 0) {
          // Outside the root only white space is allowed.
          for (let i = at; i < lt; i++) if (!isSpace(b[i]!)) this.fail('text outside the root element');
          continue;
        }
        this.textStart = at;
        this.textEnd = lt;
        this.cdata = false;
        return (this.kind = TEXT);
      }
      const c = b[at + 1];
      if (c === QUESTION) {
        const end = this.find('?>', at + 2);
        this.pos = end + 2;
        continue;
      }
      if (c === BANG) {
        if (b[at + 2] === 45 && b[at + 3] === 45) {
          this.pos = this.find('-->', at + 4) + 3;
          continue;
        }
        if (this.startsWith(at + 2, '[CDATA[')) {
          if (this.top === 0) this.fail('CDATA outside the root element');
          const end = this.find(']]>', at + 9);
          this.textStart = at + 9;
          this.textEnd = end;
          this.cdata = true;
          this.pos = end + 3;
          return (this.kind = TEXT);
        }
        // <!DOCTYPE, <!ENTITY, <!ELEMENT…: a DTD is never read (no entity expansion).
        throw new XlsxFault('dtd', this.part);
      }
      if (c === SLASH) {
        const s = at + 2;
        let e = s;
        while (e < n && b[e] !== GT && !isSpace(b[e]!)) e++;
        const gt = b.indexOf(GT, e);
        if (gt < 0) this.fail('unterminated closing tag');
        for (let i = e; i < gt; i++) if (!isSpace(b[i]!)) this.fail('bad closing tag');
        const top = this.top;
        if (top === 0) this.fail('closing tag without an opening one');
        const os = this.stack[top - 2]!;
        const oe = this.stack[top - 1]!;
        if (oe - os !== e - s) this.fail('mismatched closing tag');
        for (let i = 0; i < e - s; i++) if (b[os + i] !== b[s + i]) this.fail('mismatched closing tag');
        this.top = top - 2;
        this.setName(s, e);
        this.pos = gt + 1;
        return (this.kind = CLOSE);
      }
      // An opening tag.
      const s = at + 1;
      let e = s;
      while (e < n) {
        const ch = b[e]!;
        if (ch === GT || ch === SLASH || isSpace(ch)) break;
        e++;
      }
      if (e === s || e >= n) this.fail('bad tag');
      if (this.top === 0 && this.started) this.fail('second root element');
      // Attributes run to the first `>` outside quotes.
      let p = e;
      let quote = 0;
      for (;;) {
        if (p >= n) this.fail('unterminated tag');
        const ch = b[p]!;
        if (quote !== 0) {
          if (ch === quote) quote = 0;
          else if (ch === LT) this.fail('< in an attribute value');
        } else if (ch === DQ || ch === SQ) quote = ch;
        else if (ch === GT) break;
        p++;
      }
      this.selfClosing = b[p - 1] === SLASH && p - 1 >= e;
      this.attrsStart = e;
      this.attrsEnd = this.selfClosing ? p - 1 : p;
      this.qnameStart = s;
      this.setName(s, e);
      this.started = true;
      if (!this.selfClosing) {
        if (this.top + 2 > this.stack.length) {
          const grown = new Int32Array(this.stack.length * 2);
          grown.set(this.stack);
          this.stack = grown;
        }
        this.stack[this.top++] = s;
        this.stack[this.top++] = e;
      }
      this.pos = p + 1;
      return (this.kind = OPEN);
    }
  }

  /**
   * For the element just opened (not self-closing): when what follows is exactly
   * `<v>text</v></name>` — a cell's value as nearly every producer writes it — marks the text
   * (textStart/textEnd), moves past the element's closing tag, closes it and returns true; else
   * returns false and moves nothing. The sheet reader's fast path: one step instead of five.
   */
  simpleValue(): boolean {
    const b = this.b;
    const p = this.pos;
    if (b[p] !== LT || b[p + 1] !== 118 || b[p + 2] !== GT) return false;
    const s = p + 3;
    const e = b.indexOf(LT, s);
    if (e < 0 || b[e + 1] !== SLASH || b[e + 2] !== 118 || b[e + 3] !== GT) return false;
    const qs = this.stack[this.top - 2]!;
    const len = this.stack[this.top - 1]! - qs;
    const q = e + 4;
    if (b[q] !== LT || b[q + 1] !== SLASH || b[q + 2 + len] !== GT) return false;
    for (let i = 0; i < len; i++) if (b[q + 2 + i] !== b[qs + i]) return false;
    this.textStart = s;
    this.textEnd = e;
    this.cdata = false;
    this.top -= 2;
    this.pos = q + 3 + len;
    return true;
  }

  private setName(s: number, e: number): void {
    let local = s;
    const b = this.b;
    for (let i = s; i < e; i++) if (b[i] === COLON) local = i + 1;
    this.nameStart = local;
    this.nameEnd = e;
  }

  /** The element's prefix with its colon ('x:'), or '' (to write new elements alike). */
  prefix(): string {
    return this.nameStart > this.qnameStart ? latin(this.b, this.qnameStart, this.nameStart) : '';
  }

  private startsWith(at: number, text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.b[at + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  private find(text: string, from: number): number {
    const b = this.b;
    const first = text.charCodeAt(0);
    let i = from;
    for (;;) {
      i = b.indexOf(first, i);
      if (i < 0 || i + text.length > b.length) this.fail(`unterminated ${text}`);
      if (this.startsWith(i, text)) return i;
      i++;
    }
  }

  /** Whether the current Open/Close local name is `name`. */
  is(name: Uint8Array): boolean {
    const s = this.nameStart;
    if (this.nameEnd - s !== name.length) return false;
    const b = this.b;
    for (let i = 0; i < name.length; i++) if (b[s + i] !== name[i]) return false;
    return true;
  }

  localName(): string {
    return latin(this.b, this.nameStart, this.nameEnd);
  }

  /**
   * The decoded value of the current element's attribute whose local name is `name` (any prefix
   * when `prefixed`, none otherwise), or null.
   */
  attr(name: string, prefixed = false): string | null {
    const range = this.attrRange(name, prefixed);
    return range < 0 ? null : decodeText(this.b, range, this.valueEnd, this.part);
  }

  /** After attrRange: where the value found ends (its closing quote). */
  valueEnd = 0;

  /** Start of the attribute's value bytes (valueEnd set), or -1. */
  attrRange(name: string, prefixed = false): number {
    const b = this.b;
    let p = this.attrsStart;
    const end = this.attrsEnd;
    while (p < end) {
      while (p < end && isSpace(b[p]!)) p++;
      if (p >= end) break;
      const ns = p;
      while (p < end && b[p] !== EQ && !isSpace(b[p]!)) p++;
      const ne = p;
      while (p < end && isSpace(b[p]!)) p++;
      if (b[p] !== EQ) this.fail('attribute without a value');
      p++;
      while (p < end && isSpace(b[p]!)) p++;
      const q = b[p];
      if (q !== DQ && q !== SQ) this.fail('unquoted attribute');
      const vs = p + 1;
      const ve = b.indexOf(q, vs);
      if (ve < 0 || ve > end) this.fail('unterminated attribute');
      p = ve + 1;
      let ls = ns;
      for (let i = ns; i < ne; i++) if (b[i] === COLON) ls = i + 1;
      if (ls > ns !== prefixed) continue;
      if (ne - ls !== name.length) continue;
      let same = true;
      for (let i = 0; i < name.length; i++) {
        if (b[ls + i] !== name.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) {
        this.valueEnd = ve;
        return vs;
      }
    }
    return -1;
  }

  /** The current Text token, decoded. */
  text(): string {
    return this.cdata ? utf8(this.b, this.textStart, this.textEnd) : decodeText(this.b, this.textStart, this.textEnd, this.part);
  }

  /**
   * Skips the rest of the element just opened (nothing for a self-closing one), leaving the reader
   * after its closing tag.
   */
  skipElement(): void {
    if (this.selfClosing) return;
    const depth = this.top;
    while (this.top >= depth) {
      if (this.next() === EOF) return;
    }
  }

  /** The text content of the element just opened (CDATA included, child elements' text too). */
  elementText(): string {
    if (this.selfClosing) return '';
    const depth = this.top;
    let out = '';
    for (;;) {
      const t = this.next();
      if (t === TEXT) out += this.text();
      else if (t === EOF || this.top < depth) return out;
    }
  }
}

/** Bytes as Latin-1 (names and ASCII values). */
export function latin(b: Uint8Array, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += String.fromCharCode(b[i]!);
  return out;
}

/** UTF-8 bytes as text; short ASCII runs without the decoder. */
export function utf8(b: Uint8Array, s: number, e: number): string {
  if (e - s <= 24) {
    let out = '';
    for (let i = s; i < e; i++) {
      const c = b[i]!;
      if (c >= 0x80) return UTF8.decode(b.subarray(s, e));
      out += String.fromCharCode(c);
    }
    return out;
  }
  return UTF8.decode(b.subarray(s, e));
}

/** Text with entities, decoded. */
export function decodeText(b: Uint8Array, s: number, e: number, part: string): string {
  let amp = false;
  for (let i = s; i < e; i++) {
    if (b[i] === AMP) {
      amp = true;
      break;
    }
  }
  const text = utf8(b, s, e);
  if (!amp) return text;
  return text.replace(/&([^;&]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XlsxFault('bad-xml', part, 'bad entity');
    switch (name) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const m = /^#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})$/.exec(name);
    if (!m) throw new XlsxFault('bad-xml', part, `unknown entity &${name.slice(0, 20)};`);
    const code = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XlsxFault('bad-xml', part, 'bad character reference');
    return String.fromCodePoint(code);
  });
}

/** OOXML's escapes of characters XML cannot hold: `_x000D_` is a carriage return. */
export function unescapeOoxml(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
