/**
 * How the measures' dates and changes are written for a Russian reader: ДД.ММ.ГГГГ, a decimal
 * comma, and the unit of the criterion's kind (п.п. for shares, people for counts).
 */
import type { Criterion } from '../criteria';
import { formatNumber } from '../output/present';
import { UNIT } from '../texts/ru/measures';

/** "2024-03-01" → "01.03.2024". */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** A value as the sheets show it: «45,7 %», «12», «да». */
export function formatValue(c: Criterion, v: number | boolean | null): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? UNIT.yes : UNIT.no;
  return c.kind === 'share' || c.kind === 'orgShare' ? `${formatNumber(v)} %` : formatNumber(v);
}

/** A change with its sign and unit: «+4,5 п.п.», «−2 чел.». */
export function formatChange(c: Criterion, change: number): string {
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '';
  const unit = c.kind === 'share' || c.kind === 'orgShare' ? UNIT.pp : c.kind === 'count' ? UNIT.people : '';
  return `${sign}${formatNumber(Math.abs(change))}${unit}`;
}
