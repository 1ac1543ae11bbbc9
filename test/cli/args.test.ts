/**
 * The command-line parser decides between exit code 2 and a run: these tests pin what it accepts
 * (both option spellings, "-" as a value, "--") and what it refuses, and the strict ISO dates.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs, parseIsoDate } from '../../cli/args';

const SPEC = { out: 'value', json: 'value', force: 'flag' } as const;

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('parseArgs', () => {
  it('reads values in both spellings, flags, "-" as a value and positionals after "--"', () => {
    const a = parseArgs(['book.xlsx', '--out', 'o.xlsx', '--json=-', '--force', '--', '--not-an-option'], SPEC);
    expect(a.positionals).toEqual(['book.xlsx', '--not-an-option']);
    expect(a.values.get('out')).toBe('o.xlsx');
    expect(a.values.get('json')).toBe('-');
    expect(a.flags.has('force')).toBe(true);
    expect(a.help).toBe(false);
    expect(parseArgs(['--json', '-'], SPEC).values.get('json')).toBe('-');
    expect(parseArgs(['-h'], SPEC).help).toBe(true);
  });

  it('refuses unknown, repeated, valueless and empty options as bad usage', () => {
    expect(codeOf(() => parseArgs(['--bogus'], SPEC))).toBe('bad-usage');
    expect(codeOf(() => parseArgs(['-x'], SPEC))).toBe('bad-usage');
    expect(codeOf(() => parseArgs(['--out', 'a', '--out', 'b'], SPEC))).toBe('bad-usage');
    expect(codeOf(() => parseArgs(['--out'], SPEC))).toBe('bad-usage');
    expect(codeOf(() => parseArgs(['--out', '--force'], SPEC))).toBe('bad-usage');
    expect(codeOf(() => parseArgs(['--out='], SPEC))).toBe('bad-usage');
    expect(codeOf(() => parseArgs(['--force=yes'], SPEC))).toBe('bad-usage');
  });
});

describe('parseIsoDate', () => {
  it('accepts real calendar dates as UTC midnight', () => {
    expect(parseIsoDate('2024-06-01')?.toISOString()).toBe('2024-06-01T00:00:00.000Z');
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses impossible dates and other forms', () => {
    for (const text of ['2023-02-29', '2024-13-01', '2024-06-31', '01.06.2024', '2024-6-1', '20240601', 'завтра', '']) {
      expect(parseIsoDate(text), text).toBeNull();
    }
  });
});
