/**
 * The shared strings part: the texts cells of type `s` point at by index. A string is its text
 * runs joined (rich text loses only its formatting); phonetic runs (`rPh`, East Asian readings) are
 * not part of the text; OOXML's `_xHHHH_` escapes are decoded.
 */
import { CLOSE, EOF, nameBytes, OPEN, XmlReader } from './xml';
import { unescapeOoxml } from './xml';

const SI = nameBytes('si');
const T = nameBytes('t');
const R_PH = nameBytes('rPh');

export function readSharedStrings(bytes: Uint8Array | null, part: string): string[] {
  if (!bytes) return [];
  const x = new XmlReader(bytes, part);
  const out: string[] = [];
  let current: string | null = null;
  for (let t = x.next(); t !== EOF; t = x.next()) {
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
