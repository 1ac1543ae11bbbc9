/**
 * formatNumber («1 234,5», «−0,3», «12») is on every sheet, message and the report, so it is
 * written to skip the grouping of thousands below 1000 and to cut its text without split. It must
 * give exactly what it gave before: that version is kept below as the oracle, compared on
 * arbitrary numbers (halves, huge, tiny, negative, −0, non-finite) and decimals, with a few values
 * worked out by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../core/output/present';
import { roundDisplayed } from '../../core/result';

function referenceFormatNumber(value: number, decimals = 1): string {
  const r = decimals === 1 ? roundDisplayed(value) : Math.round(value * 10 ** decimals) / 10 ** decimals;
  const [int, frac] = Math.abs(r).toFixed(decimals).split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const sign = r < 0 ? '−' : '';
  return frac && Number(frac) !== 0 ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

describe('formatNumber', () => {
  it('gives what it gave before, for any number and number of decimals', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 20),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000),
      fc.constantFrom(0, -0, 0.05, -0.05, 0.95, 999.95, 1000, 9999.95, 1e21, -1e21, 1e-7, 123456789.25, NaN, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 0, 1, 2, 3), (v, d) => {
        expect(formatNumber(v, d)).toBe(referenceFormatNumber(v, d));
      }),
      { numRuns: 20_000 },
    );
  });

  it('by hand', () => {
    expect(formatNumber(1234.56)).toBe('1\u00a0234,6');
    expect(formatNumber(-0.04)).toBe('0');
    expect(formatNumber(-0.05)).toBe('−0,1');
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(999.96)).toBe('1\u00a0000');
    expect(formatNumber(1234567, 0)).toBe('1\u00a0234\u00a0567');
    expect(formatNumber(2.5, 2)).toBe('2,50');
  });
});
