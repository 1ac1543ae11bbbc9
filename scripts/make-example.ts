/**
 * Command line entry that (re)creates the example workbook a new user can try the program on:
 * `node scripts/run-ts.mjs scripts/make-example.ts [out.xlsx]` (default
 * examples/pedmonitor-example.xlsx). Always seed 2024, so the example is the same on every machine;
 * prints one Russian line with what was written.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { generateExampleWorkbook, type ExampleSheet } from '../core/example/generate';
import { writeExampleXlsx } from '../cli/example/write-xlsx';

const SEED = 2024;
const RESERVED = new Set(['Настройки', 'Организации', 'Муниципалитет']);

/** Russian plural: plural(5, 'строка', 'строки', 'строк') → 'строк'. */
function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** Non-empty rows below the header row (the first row holding ФИО). */
function dataRows(sheet: ExampleSheet): number {
  const header = sheet.rows.findIndex((r) => r.some((v) => typeof v === 'string' && v.trim() === 'ФИО'));
  return sheet.rows.slice(header + 1).filter((r) => r.some((v) => v !== null && v !== '')).length;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join('examples', 'pedmonitor-example.xlsx');
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const wb = generateExampleWorkbook(SEED);
  await writeExampleXlsx(wb, out);
  const orgs = wb.sheets.filter((s) => !RESERVED.has(s.name));
  const rows = orgs.reduce((s, sheet) => s + dataRows(sheet), 0);
  console.log(
    `Пример записан в ${out}: ${orgs.length} ${plural(orgs.length, 'организация', 'организации', 'организаций')}, ` +
      `${rows} ${plural(rows, 'строка', 'строки', 'строк')} в листах организаций.`,
  );
}

main().catch((error: unknown) => {
  console.error(`Не удалось создать пример: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
