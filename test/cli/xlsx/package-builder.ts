/**
 * Hand-assembled .xlsx packages for tests: parts given as text, laid out by a ZIP writer of the
 * test's own (node:zlib's deflate, classic local headers), so a test can write exactly the XML a
 * report generator would — `x:` prefixes, inline strings, absolute targets — or a broken one.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type Parts = Readonly<Record<string, string | Uint8Array>>;

/** A ZIP of the parts, in the given order; `stored` parts are not compressed. */
export function zipOf(parts: Parts, options: { stored?: readonly string[]; declaredSize?: Readonly<Record<string, number>> } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const stored = options.stored?.includes(name) ?? false;
    const packed = stored ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const size = options.declaredSize?.[name] ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(data) >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(crc32(data) >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A workbook as a report generator (1С among them) writes it: every element with the `x:` prefix,
 * inline strings instead of shared ones, no styles part, absolute relationship targets. `sheets`
 * maps a sheet name to its <x:sheetData> content.
 */
export function prefixedWorkbook(sheets: Readonly<Record<string, string>>, extra: { sheetXml?: (name: string, data: string) => string } = {}): Parts {
  const names = Object.keys(sheets);
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets>` +
      names.map((n, i) => `<x:sheet name="${n.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" sheetId="${i + 1}" rel:id="R${i + 1}"/>`).join('') +
      '</x:sheets></x:workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      names.map((_, i) => `<Relationship Id="R${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`).join('') +
      '</Relationships>',
  };
  names.forEach((n, i) => {
    const data = sheets[n]!;
    parts[`xl/worksheets/sheet${i + 1}.xml`] = extra.sheetXml ? extra.sheetXml(n, data) : `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${data}</x:sheetData></x:worksheet>`;
  });
  return parts;
}

/** An inline-string cell as generators write it. */
export const inline = (ref: string, text: string): string => `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
