/**
 * The shared strings part: the texts cells of type `s` point at by index. A string is its text
 * runs joined (rich text loses only its formatting); phonetic runs (`rPh`, East Asian readings) are
 * not part of the text; OOXML's `_xHHHH_` escapes are decoded.
 */
import { CLOSE, EOF, nameBytes, OPEN, XmlReader } from './xml';
import { decodeText, unescapeOoxml } from './xml';

const SI = nameBytes('si');
const T = nameBytes('t');
const R_PH = nameBytes('rPh');

/** `<si><t>`, and `<si><t xml:space="preserve">`: how nearly every producer starts a plain string. */
const PLAIN = nameBytes('<si><t>');
const PRESERVED = nameBytes('<si><t xml:space="preserve">');
/** What ends a plain string. */
const PLAIN_END = nameBytes('</t></si>');

export function readSharedStrings(bytes: Uint8Array | null, part: string, generalOnly = false): string[] {
  if (!bytes) return [];
  const x = new XmlReader(bytes, part);
  const b = x.b;
  const out: string[] = [];
  let current: string | null = null;
  for (;;) {
    // A plain string (one text run, no CDATA or comment in it) read in one step; anything else,
    // and white space between strings, goes through the general reader (the fast step's oracle).
    if (current === null && !generalOnly && b[x.pos] === 60 && b[x.pos + 1] === 115 && x.depth > 0) {
      const start = x.pos;
      const s = at(b, start, PLAIN) ? start + PLAIN.length : at(b, start, PRESERVED) ? start + PRESERVED.length : -1;
      if (s > 0) {
        const e = b.indexOf(60, s);
        if (e > 0 && at(b, e, PLAIN_END)) {
          out.push(unescapeOoxml(decodeText(b, s, e, part)));
          x.pos = e + PLAIN_END.length;
          continue;
        }
      }
    }
    const t = x.next();
    if (t === EOF) break;
    if (t === OPEN) {
      if (x.is(SI)) {
        if (x.selfClosing) out.push('');
        else current = '';
      } else if (current !== null) {
        if (x.is(T)) current += x.elementText();
        else if (x.is(R_PH)) x.skipElement();
      }
    } else if (t === CLOSE && current !== null && x.is(SI)) {
      out.push(unescapeOoxml(current));
      current = null;
    }
  }
  return out;
}

function at(b: Uint8Array, p: number, text: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) if (b[p + i] !== text[i]) return false;
  return true;
}
