/**
 * How figures read in Russian on a sheet: targets ("≥ 90 %"), statuses, "нет данных", bands,
 * numbers with a decimal comma. Shared by every output table and message.
 */
import type { Criterion, Target } from '../criteria';
import type { Figure, Status } from '../result';
import { roundDisplayed } from '../result';
import { NO_DATA, shareOf, STATUS_TEXT, UNIT, UNIT_FORMAT, type Unit } from '../texts/ru/output';
import { NO, YES } from '../texts/ru/workbook';

export const STATUS_LABELS: Readonly<Record<Status, string>> = STATUS_TEXT;

export { NO_DATA };
export const NOT_APPLICABLE = '—';

/** "1 234,5" — a number the Russian way, one decimal unless whole. */
export function formatNumber(value: number, decimals = 1): string {
  const r = decimals === 1 ? roundDisplayed(value) : Math.round(value * 10 ** decimals) / 10 ** decimals;
  const fixed = Math.abs(r).toFixed(decimals);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? '' : fixed.slice(dot + 1);
  // Groups of three only where there are more than three characters (most figures are below 1000).
  const grouped = int.length > 3 ? int.replace(THOUSANDS, '\u00a0') : int;
  const sign = r < 0 ? '−' : '';
  return frac && Number(frac) !== 0 ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

const OPS: Readonly<Record<Target['op'], string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** "≥ 90 %", "< 10 %", "да", "≥ 5" for counts. */
export function formatTarget(c: Criterion): string {
  const t = c.target;
  if (!t) return '';
  if (typeof t.value === 'boolean') return t.value ? YES : NO;
  const unit = c.kind === 'share' || c.kind === 'orgShare' ? ' %' : '';
  return `${OPS[t.op]} ${formatNumber(t.value)}${unit}`;
}

/** The unit a criterion's value is in, for headers and recommendations. */
export function unitOf(c: Criterion): Unit {
  switch (c.kind) {
    case 'share':
    case 'orgShare':
      return UNIT.percent;
    case 'count':
      return UNIT.people;
    case 'mean':
      return UNIT.points;
    default:
      return '';
  }
}

/** A figure as one line of text: "24,4 % (10 из 41)", "да", "нет данных". */
export function describeFigure(c: Criterion, f: Figure): string {
  if (f.value === null) {
    if (f.bands) return NO_DATA;
    return f.reason === 'not-applicable' ? NOT_APPLICABLE : NO_DATA;
  }
  if (typeof f.value === 'boolean') return f.value ? YES : NO;
  if (c.kind === 'count') return formatNumber(f.value, 0);
  if (c.kind === 'mean') return `${formatNumber(f.value)} (n = ${f.denominator})`;
  return shareOf(formatNumber(f.value), f.numerator, f.denominator);
}

/** "низкий 25 % · средний 50 % · высокий 25 %" */
export function describeBands(f: Figure): string {
  if (!f.bands || f.denominator === 0) return NO_DATA;
  return f.bands.map((b) => `${b.label} ${b.value === null ? '—' : formatNumber(b.value)} % (${b.count})`).join(' · ');
}

export { UNIT_FORMAT };

/** The format of a criterion's value: % for shares, чел. for counts, a decimal for means. */
export function valueFormatOf(c: Criterion): string {
  switch (c.kind) {
    case 'share':
    case 'orgShare':
      return UNIT_FORMAT.percent;
    case 'count':
      return UNIT_FORMAT.people;
    default:
      return UNIT_FORMAT.points;
  }
}

/** The format of a criterion's numerator and denominator: people, or organisations for orgShare. */
export function countFormatOf(c: Criterion): string {
  return c.kind === 'orgShare' ? UNIT_FORMAT.organizations : UNIT_FORMAT.people;
}
