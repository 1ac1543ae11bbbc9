/**
 * The result file is written in pieces (cli/json-text.ts); the pieces joined must be exactly what
 * the engine's own JSON.stringify(value, null, 2) gives — the oracle — for any JSON value, for
 * objects with members JSON leaves out or turns (undefined, functions, dates, prototype-less
 * records, holes), for big nested containers that are walked, and for a real result file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonText } from '../../cli/json-text';
import { writeFilesTogether } from '../../cli/files';
import { planRun } from '../../core/index';
import { loadWorkbook } from '../../cli/workbook-file';

function pieces(value: unknown, chunk?: number): { text: string | undefined; count: number } {
  const parts: string[] = [];
  writeJsonText(value, (p) => parts.push(p), chunk);
  return { text: parts.length === 0 ? undefined : parts.join(''), count: parts.length };
}

/** Any value JSON.stringify meets in practice, big containers included. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, undefined, true, false, 0, -0, 1.5, -2e-7, 1e21, Number.NaN, Infinity, '', 'ё\u2028"\\\n\t', '\ud800', '\udc00x'),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.date({ noInvalidDate: true }),
    fc.constant(() => 1),
    fc.array(tie('value'), { maxLength: 40 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('0', '10', '2', '__proto__', 'toString')), tie('value'), { maxKeys: 40 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 20 }).map((d) => Object.assign(Object.create(null) as object, d)),
  ),
})).value;

describe('writeJsonText', () => {
  it('joins to JSON.stringify(value, null, 2) for any value (fast-check), in pieces of any size', () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 1, max: 4096 }), (value, chunk) => {
        expect(pieces(value, chunk).text).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 2000 },
    );
  });

  it('big nested containers, holes and left-out members (by hand)', () => {
    const orgs = Object.create(null) as Record<string, unknown>;
    for (let i = 0; i < 50; i++) orgs[i % 7 === 0 ? `${i}` : `ОО №${i}`] = { value: i / 3, status: 'met', reason: undefined, at: new Date(Date.UTC(2024, 0, i + 1)) };
    const sparse: unknown[] = [];
    sparse[40] = 1;
    const value = {
      schemaVersion: 1,
      skipped: undefined,
      fn: () => 0,
      criteria: Array.from({ length: 30 }, (_, i) => ({ id: `${i}`, byOrganization: orgs, empty: {}, list: [] })),
      sparse,
      issues: Array.from({ length: 100 }, (_, i) => ({ row: i, value: i % 2 ? null : undefined, message: 'Строка «А»\n' })),
    };
    const { text, count } = pieces(value, 1000);
    expect(text).toBe(JSON.stringify(value, null, 2));
    expect(count).toBeGreaterThan(10);
    expect(pieces(undefined).text).toBeUndefined();
    expect(pieces(() => 1).text).toBeUndefined();
    expect(pieces('x').text).toBe('"x"');
  });

  it('a real result file: the example workbook computed', async () => {
    const { sheets } = await loadWorkbook(new Uint8Array(readFileSync('examples/pedmonitor-example.xlsx')), 'пример');
    const plan = planRun(sheets, { today: new Date(Date.UTC(2025, 0, 15)) });
    const { text, count } = pieces(plan.json, 4096);
    expect(text).toBe(JSON.stringify(plan.json, null, 2));
    expect(count).toBeGreaterThan(5);
  });
});

describe('the result file on disk', () => {
  it('is the UTF-8 of JSON.stringify(value, null, 2) and a line break, whatever the pieces and blocks', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pedmonitor-json-'));
    try {
      // End to end through the file: many small pieces (issues), members of several megabytes (a
      // long text, a big record stringified whole), characters of one to four bytes. Every block
      // boundary is tried by test/cli/utf8-blocks.test.ts.
      const orgs = Object.create(null) as Record<string, unknown>;
      for (let i = 0; i < 30_000; i++) orgs[`ОО №${i} «Ёлочка» 😀`] = { value: i / 7, status: i % 2 ? 'met' : 'below' };
      const value = {
        schemaVersion: 1,
        long: 'ж'.repeat(700_000) + '😀'.repeat(200_000) + 'z'.repeat(1_100_000),
        criteria: [{ id: '1.1', byOrganization: orgs }],
        // Small pieces of varying length, mostly two- and four-byte characters: block ends fall everywhere.
        issues: Array.from({ length: 60_000 }, (_, i) => ({ row: i, message: i % 3 ? `${'Ж'.repeat(i % 97)}${'😀'.repeat(i % 5)}` : 'x\u2028\ud800' })),
      };
      for (const target of ['small.json', 'big.json']) {
        const file = path.join(dir, target);
        writeFilesTogether([[file, { json: target === 'small.json' ? { a: 'ё', b: [1, 2] } : value }]]);
        const expected = Buffer.from(`${JSON.stringify(target === 'small.json' ? { a: 'ё', b: [1, 2] } : value, null, 2)}\n`, 'utf8');
        expect(readFileSync(file).equals(expected), target).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
