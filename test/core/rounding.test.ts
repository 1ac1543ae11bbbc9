/**
 * The rounding of figures (core/result.ts) has an arithmetic fast path; the definition is the text
 * round trip kept here, independently, as it was written before the fast path: both 15-digit cuts
 * through toPrecision. Every value checked must give the very same number (sign of zero included).
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { round2, roundDisplayed, roundHalfUp } from '../../core/result';

function oracle(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const clean = Number(Math.abs(value).toPrecision(15)) * scale;
  const r = Math.round(Number(clean.toPrecision(15))) / scale;
  return value < 0 ? -r : r;
}

/** Values where the two differ, as `value@decimals` (collected: one expect per test stays fast). */
let mismatches: string[] = [];
const same = (value: number, decimals: number): boolean => {
  const ok = Object.is(roundHalfUp(value, decimals), oracle(value, decimals));
  if (!ok && mismatches.length < 20) mismatches.push(`${value}@${decimals}`);
  return ok;
};

beforeEach(() => {
  mismatches = [];
});
afterEach(() => {
  expect(mismatches).toEqual([]);
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero after cutting binary noise (by hand)', () => {
    expect(roundDisplayed(89.95)).toBe(90);
    expect(roundDisplayed(-89.95)).toBe(-90);
    expect(roundDisplayed(0.05)).toBe(0.1);
    expect(roundDisplayed(83.33333333333333)).toBe(83.3);
    expect(roundDisplayed(66.66666666666667)).toBe(66.7);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(12.345)).toBe(12.35);
    expect(round2(-12.345)).toBe(-12.35);
    expect(round2(1234.5678)).toBe(1234.57);
    expect(Object.is(round2(-0.001), -0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });

  it('equals the text definition on shares of people (every n/d·100 up to 400 people)', () => {
    for (let d = 1; d <= 400; d++) {
      for (let n = 0; n <= d; n++) {
        const v = (n / d) * 100;
        same(v, 1);
        same(v, 2);
        same(-v, 1);
      }
    }
  });

  it('equals the text definition at every .x5 and .xx5 boundary and one ulp either side', () => {
    for (let k = 0; k < 5_000; k++) {
      for (const v of [k / 10 + 0.05, k / 100 + 0.005, (k + 0.5) / 10, (k + 0.5) / 100, k + 0.5]) {
        for (const w of [v, nextUp(v), nextDown(v)]) {
          same(w, 1);
          same(w, 2);
          same(-w, 2);
        }
      }
    }
  });

  it('equals the text definition on any double (fast-check), huge, tiny, negative and non-finite', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 4 }), (v, decimals) => same(v, decimals)),
      { numRuns: 50_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 1, max: 6 }), (m, e) =>
        // Decimal fractions as people type them: 12.345, -0.5, 1999.995.
        same(m / 10 ** e, 1) && same(m / 10 ** e, 2),
      ),
      { numRuns: 50_000 },
    );
    for (const v of [0, -0, Number.NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 1e9 / 10, 1e9 / 100, 99_999_999.95, 9_999_999.995, 1e15 + 0.5, 2 ** 53]) {
      same(v, 1);
      same(v, 2);
    }
  });
});

function nextUp(v: number): number {
  const b = new Float64Array([v]);
  const i = new BigInt64Array(b.buffer);
  i[0] = i[0]! + (v >= 0 ? 1n : -1n);
  return b[0]!;
}

function nextDown(v: number): number {
  if (v === 0) return -Number.MIN_VALUE;
  const b = new Float64Array([v]);
  const i = new BigInt64Array(b.buffer);
  i[0] = i[0]! + (v > 0 ? -1n : 1n);
  return b[0]!;
}
