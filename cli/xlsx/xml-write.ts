/**
 * Text as XML the way Excel itself writes it: the markup characters escaped; characters XML 1.0
 * cannot hold (control characters other than tab and line breaks, lone surrogates, U+FFFE/FFFF)
 * written with OOXML's `_xHHHH_` escape, and a literal `_xHHHH_` in the text protected by
 * escaping its underscore, so a reader gives back exactly the text that was written.
 */

const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

export function escapeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
