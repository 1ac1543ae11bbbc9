/**
 * Which cell styles show a number as a date (workbook.md §1.2: a date is a date value). A style
 * (cellXfs entry) points at a number format: the built-in date formats are ids 14–22 and 45–47
 * (27–36 and 50–58 are the East Asian built-in dates); a custom format is a date when, with its
 * quoted text, bracketed parts ([Red], [$-419]) and escaped characters removed, it has a day, a
 * month or a year (m next to h or s is minutes: `h:mm` is a time, not a date).
 */
import { CLOSE, EOF, nameBytes, OPEN, XmlReader } from './xml';

const NUM_FMT = nameBytes('numFmt');
const CELL_XFS = nameBytes('cellXfs');
const XF = nameBytes('xf');

function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .split(';')[0]!;
  if (/[dy]/i.test(bare)) return true;
  if (!/m/i.test(bare)) return false;
  return !/[hs]/i.test(bare);
}

/** For each cellXfs index, whether it formats numbers as dates. */
export function readDateStyles(bytes: Uint8Array | null, part: string): boolean[] {
  if (!bytes) return [];
  const x = new XmlReader(bytes, part);
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inXfs = false;
  for (let t = x.next(); t !== EOF; t = x.next()) {
    if (t === CLOSE) {
      if (x.is(CELL_XFS)) inXfs = false;
      continue;
    }
    if (t !== OPEN) continue;
    if (x.is(NUM_FMT)) {
      const id = Number(x.attr('numFmtId'));
      const code = x.attr('formatCode');
      if (Number.isInteger(id) && code !== null) custom.set(id, code);
    } else if (x.is(CELL_XFS)) inXfs = !x.selfClosing;
    else if (inXfs && x.is(XF)) {
      const id = Number(x.attr('numFmtId') ?? '0');
      const code = custom.get(id);
      out.push(code !== undefined ? isDateFormat(code) : isBuiltInDate(id));
      x.skipElement();
    }
  }
  return out;
}
