/**
 * The two rules every byte of the HTML report follows: all text is escaped where it is put into
 * markup (tab names may hold < & " '), and reads the Russian way — decimal commas, a non-breaking
 * space before %, п.п. and чел., «ёлочки». Markup is built only from these helpers, so no caller can
 * forget either rule.
 */
import { formatNumber } from '../output/present';
import { UNIT_AFTER_NUMBER } from '../texts/ru/report';

const NBSP = '\u00a0';
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A piece of markup that is already safe. Plain strings are always escaped. */
export interface Html {
  readonly html: string;
}

export type Content = Html | string | number | null | undefined | false | readonly Content[];

export function raw(html: string): Html {
  return { html };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/**
 * Russian typography: a non-breaking space before %, п.п. and чел. and after №; paired straight
 * quotes become «ёлочки»; a hyphen between two years becomes an en dash.
 */
export function typo(text: string): string {
  return text
    .replace(UNIT_AFTER_NUMBER, `$1${NBSP}$2`)
    .replace(/№ (?=\d)/g, `№${NBSP}`)
    .replace(/"([^"\n]+)"/g, '«$1»')
    .replace(/\b(\d{4})-(\d{4})\b/g, '$1–$2');
}

/** Text as markup: typography, then escaping. */
export function t(text: string): Html {
  return raw(escapeHtml(typo(text)));
}

/** Joins content into markup, escaping every plain string and number. */
export function render(content: Content): string {
  if (content === null || content === undefined || content === false) return '';
  if (typeof content === 'string') return escapeHtml(typo(content));
  if (typeof content === 'number') return escapeHtml(num(content));
  if (Array.isArray(content)) return content.map(render).join('');
  return (content as Html).html;
}

export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** An element: attribute values and children are escaped. */
export function el(tag: string, attrs: Attrs | null, ...children: Content[]): Html {
  const a = Object.entries(attrs ?? {})
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
  if (VOID.has(tag)) return raw(`<${tag}${a}>`);
  return raw(`<${tag}${a}>${children.map(render).join('')}</${tag}>`);
}

const VOID = new Set(['col', 'br', 'meta', 'hr']);

/** "1 234,5" with a decimal comma (one decimal unless whole). */
export function num(value: number, decimals = 1): string {
  return formatNumber(value, decimals);
}

/** "85,3 %" with a non-breaking space. */
export function pct(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/** "2023–2024" for a period written with a hyphen. */
export function period(text: string): string {
  return typo(text);
}

/** "01.06.2024" from an ISO date. */
export function ruDate(iso: string): string {
  return iso.split('-').reverse().join('.');
}
