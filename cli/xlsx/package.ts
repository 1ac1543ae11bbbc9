/**
 * The package structure of an .xlsx (Open Packaging Conventions): relationships parts, and the
 * workbook part's list of sheets (name, order, visibility, the part holding each) and its date
 * system. Relationship targets are resolved the way producers write them: relative to the source
 * part's folder, absolute from the package root, with `..` segments.
 */
import { XlsxFault } from './fault';
import { EOF, nameBytes, OPEN, XmlReader } from './xml';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  /** The target part's name in the package (no leading slash); '' for external targets. */
  readonly part: string;
  readonly external: boolean;
}

const RELATIONSHIP = nameBytes('Relationship');
const SHEET = nameBytes('sheet');
const WORKBOOK_PR = nameBytes('workbookPr');
const SHEETS = nameBytes('sheets');

/** The rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of `source` ('' for the package root). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

export function readRelationships(bytes: Uint8Array, relsPart: string, sourcePart: string): Relationship[] {
  const x = new XmlReader(bytes, relsPart);
  const out: Relationship[] = [];
  for (let t = x.next(); t !== EOF; t = x.next()) {
    if (t !== OPEN || !x.is(RELATIONSHIP)) continue;
    const id = x.attr('Id') ?? '';
    const type = x.attr('Type') ?? '';
    const target = x.attr('Target') ?? '';
    const external = (x.attr('TargetMode') ?? '').toLowerCase() === 'external';
    out.push({ id, type, target, external, part: external ? '' : resolveTarget(sourcePart, decodeUriPath(target)) });
  }
  return out;
}

function decodeUriPath(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** True when a relationship type ends with `/name` (transitional and strict OOXML alike). */
export function relType(rel: Relationship, name: string): boolean {
  return rel.type.endsWith(`/${name}`);
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly state: SheetState;
  readonly relId: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

export function readWorkbookPart(bytes: Uint8Array, part: string): WorkbookInfo {
  const x = new XmlReader(bytes, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  for (let t = x.next(); t !== EOF; t = x.next()) {
    if (t !== OPEN) {
      if (inSheets && x.is(SHEETS)) inSheets = false;
      continue;
    }
    if (x.is(WORKBOOK_PR)) {
      const v = (x.attr('date1904') ?? '').toLowerCase();
      date1904 = v === '1' || v === 'true';
    } else if (x.is(SHEETS)) inSheets = !x.selfClosing;
    else if (inSheets && x.is(SHEET)) {
      const name = x.attr('name');
      if (name === null) throw new XlsxFault('bad-xml', part, 'sheet without a name');
      const state = x.attr('state');
      sheets.push({
        name,
        sheetId: x.attr('sheetId') ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        relId: x.attr('id', true) ?? '',
      });
    }
  }
  return { sheets, date1904 };
}
