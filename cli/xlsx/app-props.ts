/**
 * docProps/app.xml (the extended properties) may list the workbook's sheets: HeadingPairs names
 * groups with their sizes («Worksheets» 15, or «Листы» from a Russian Excel, «Named Ranges» 2 …)
 * and TitlesOfParts lists the titles of all groups, in order. Excel writes them and never reads
 * them back; file managers and document indexers show them. After a run adds sheets the copied
 * list would be stale, so: when the list has exactly one group and its titles are the input's
 * sheets in order, that group is rewritten to the output's sheets; any other list (named ranges,
 * charts, titles that do not match) is dropped whole — both elements are optional, and a list
 * half right is worse than none. Everything else of the part keeps its bytes. Pure; no Node API.
 */

/** Strict UTF-8 that keeps a byte-order mark, so what is not edited keeps its bytes. */
const dec = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const enc = new TextEncoder();

/** The element `name` (any prefix) with its byte-free text range, or null. */
function element(xml: string, name: string): { start: number; end: number; prefix: string; body: string } | null {
  const open = new RegExp(`<([A-Za-z_][\\w.-]*:)?${name}(\\s[^>]*)?(/?)>`).exec(xml);
  if (!open) return null;
  const prefix = open[1] ?? '';
  if (open[3] === '/') return { start: open.index, end: open.index + open[0].length, prefix, body: '' };
  const close = `</${prefix}${name}>`;
  const at = xml.indexOf(close, open.index + open[0].length);
  if (at < 0) return null;
  return { start: open.index, end: at + close.length, prefix, body: xml.slice(open.index + open[0].length, at) };
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Texts of the `<vt:tag>` elements in a piece of XML, in order. */
function values(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${tag}>([^<]*)</(?:[A-Za-z_][\\w.-]*:)?${tag}>`, 'g'))].map((m) => unescapeXml(m[1]!));
}

/**
 * app.xml's bytes with its sheet list made right for `after` (the output's sheets in tab order),
 * given `before` (the input's); null when the part needs no change (no list, or already right).
 */
export function updatedAppProps(bytes: Uint8Array, before: readonly string[], after: readonly string[]): Uint8Array | null {
  let xml: string;
  try {
    xml = dec.decode(bytes);
  } catch {
    return null; // Not UTF-8: left as it is.
  }
  const pairs = element(xml, 'HeadingPairs');
  const titles = element(xml, 'TitlesOfParts');
  if (!pairs && !titles) return null;
  const groupNames = pairs ? values(pairs.body, 'lpstr') : [];
  const counts = pairs ? values(pairs.body, 'i4').map(Number) : [];
  const listed = titles ? values(titles.body, 'lpstr') : [];
  const vt = /<([A-Za-z_][\w.-]*:)?vector/.exec(titles?.body ?? pairs?.body ?? '')?.[1] ?? 'vt:';
  const oneGroup = pairs && titles && groupNames.length === 1 && counts.length === 1 && counts[0] === listed.length;
  const matches = oneGroup && listed.length === before.length && listed.every((t, i) => t === before[i]);

  let out: string;
  if (matches) {
    if (after.length === before.length && after.every((t, i) => t === before[i])) return null;
    const newPairs =
      `<${pairs.prefix}HeadingPairs><${vt}vector size="2" baseType="variant"><${vt}variant><${vt}lpstr>${escapeXml(groupNames[0]!)}</${vt}lpstr></${vt}variant>` +
      `<${vt}variant><${vt}i4>${after.length}</${vt}i4></${vt}variant></${vt}vector></${pairs.prefix}HeadingPairs>`;
    const newTitles =
      `<${titles.prefix}TitlesOfParts><${vt}vector size="${after.length}" baseType="lpstr">` +
      after.map((t) => `<${vt}lpstr>${escapeXml(t)}</${vt}lpstr>`).join('') +
      `</${vt}vector></${titles.prefix}TitlesOfParts>`;
    out = replaceRanges(xml, [
      { ...pairs, text: newPairs },
      { ...titles, text: newTitles },
    ]);
  } else {
    out = replaceRanges(xml, [pairs, titles].filter((e): e is NonNullable<typeof e> => e !== null).map((e) => ({ ...e, text: '' })));
  }
  return enc.encode(out);
}

function replaceRanges(xml: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = xml;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
