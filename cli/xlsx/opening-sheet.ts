/**
 * The workbook opens on «Сводка» after a run (issue 17): the workbook view's activeTab names it,
 * and no other sheet stays selected — a sheet the user had selected when saving keeps
 * tabSelected="1" in its own part, and Excel would open with both selected as a group (typing
 * into one would change the other). Only that attribute is taken out of that part; everything
 * else of it keeps its bytes. Pure; no node: imports.
 */

const ENC = new TextEncoder();
const TAB_SELECTED = ENC.encode(' tabSelected="1"');
const SHEET_DATA = ENC.encode('<sheetData');
/** sheetViews come before sheetData, near the top of a sheet part: only this much is searched. */
const HEAD_BYTES = 256 * 1024;

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0, to = bytes.length): number {
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A sheet part without tabSelected="1" on its views (before sheetData), or null when it has none. */
export function unselected(sheetPart: Uint8Array): Uint8Array | null {
  const data = indexOf(sheetPart, SHEET_DATA, 0, HEAD_BYTES);
  const end = data >= 0 ? data : Math.min(sheetPart.length, HEAD_BYTES);
  const at = indexOf(sheetPart, TAB_SELECTED, 0, end);
  if (at < 0) return null;
  const out = new Uint8Array(sheetPart.length - TAB_SELECTED.length);
  out.set(sheetPart.subarray(0, at), 0);
  out.set(sheetPart.subarray(at + TAB_SELECTED.length), at);
  return unselected(out) ?? out;
}

/**
 * Whether a sheet part has tabSelected="1" where unselected looks (before sheetData, in its first
 * 256 KB), judged from `head`, the part's first bytes (`whole`: all of it); null when those bytes
 * do not settle it. Saves inflating every input sheet whole to find the one that is selected.
 */
export function selectedIn(head: Uint8Array, whole: boolean): boolean | null {
  const data = indexOf(head, SHEET_DATA, 0, HEAD_BYTES);
  if (data < 0 && !whole && head.length < HEAD_BYTES) return null;
  const end = data >= 0 ? data : Math.min(head.length, HEAD_BYTES);
  return indexOf(head, TAB_SELECTED, 0, end) >= 0;
}

/** The opening tag of a workbookView (`<workbookView …>` or `<x:workbookView …/>`) with activeTab set. */
export function withActiveTab(openingTag: string, index: number): string {
  const cleaned = openingTag.replace(/\sactiveTab="[^"]*"/, '');
  return cleaned.replace(/(\s*\/?>)$/, ` activeTab="${index}"$1`);
}
