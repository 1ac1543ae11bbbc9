/**
 * Shared set-up of the Google Sheets host tests: build dist/gas once per file, put the example
 * workbook (or a synthetic one of a chosen size) into a fake spreadsheet, and compute what the
 * core itself plans for the same input, to compare the written sheets with.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRun, ROSTER_FIELDS, TONE_STYLES, type OutputSheet, type RunPlan } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { createGasEnvironment, type EnvironmentOptions, type FakeSheet, type GasEnvironment, type SheetSetup } from '../fakes/apps-script';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function buildGas(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-gas.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export const START = Date.UTC(2024, 5, 10, 7, 0, 0);

export function exampleSheets(): SheetSetup[] {
  return generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, rows: s.rows }));
}

export function exampleEnv(options: EnvironmentOptions = {}): GasEnvironment {
  return createGasEnvironment({ sheets: exampleSheets(), now: START, ...options });
}

/** What the core plans for these sheets, computed directly (no Apps Script in between). */
export function corePlan(sheets: readonly SheetSetup[], options: { presetId?: string; period?: string } = {}, now = START): RunPlan {
  return planRun(sheets.map((s) => ({ name: s.name, values: s.rows as never })), { today: new Date(now), ...options });
}

/** An output sheet as the fake should hold it after rendering. */
export function expectedCells(out: OutputSheet) {
  return {
    values: out.values.map((r) => r.map((v) => (v === null ? '' : v))),
    formats: out.formats.map((r) => [...r]),
    backgrounds: out.tones.map((r) => r.map((t) => (t ? TONE_STYLES[t].background : null))),
    fontColors: out.tones.map((r) => r.map((t) => (t ? TONE_STYLES[t].font : '#000000'))),
    fontWeights: out.tones.map((r) => r.map((t) => (t && TONE_STYLES[t].bold ? 'bold' : 'normal'))),
  };
}

export function actualCells(sheet: FakeSheet, out: OutputSheet) {
  const cells = sheet.inspect(out.values.length, out.columnWidths.length);
  return { values: cells.values, formats: cells.formats, backgrounds: cells.backgrounds, fontColors: cells.fontColors, fontWeights: cells.fontWeights };
}

/** A workbook of `tabs` organisation tabs with `rows` staff rows each, every roster column filled. */
export function syntheticSheets(tabs: number, rows: number): SheetSetup[] {
  const header = ROSTER_FIELDS.map((f) => f.header);
  const sheets: SheetSetup[] = [
    { name: 'Настройки', rows: [['Параметр', 'Значение'], ['Набор показателей', 'alapaevsk-2024'], ['Отчётный период', '2023-2024']] },
  ];
  for (let t = 0; t < tabs; t++) {
    const data = Array.from({ length: rows }, (_, i) =>
      ROSTER_FIELDS.map((f, c) => {
        switch (f.type) {
          case 'yesno':
            return (i + c + t) % 3 === 0 ? 'да' : 'нет';
          case 'date':
            return new Date(Date.UTC(1960 + ((i + t) % 40), (i * 7) % 12, 1 + (i % 28)));
          case 'number': {
            const range = (f as { range?: { min: number; max: number } }).range ?? { min: 0, max: 100 };
            return range.min + ((i * 3 + c) % Math.max(1, Math.min(30, range.max - range.min)));
          }
          case 'staffCategory':
            return i % 10 === 0 ? 'управленческий' : 'педагогический';
          case 'qualification':
            return ['высшая', 'первая', 'СЗД', 'нет'][i % 4]!;
          case 'contestLevel':
            return ['нет', 'муниципальный', 'региональный'][i % 3]!;
          default:
            return f.key === 'fio' ? `Сотрудник ${t}-${i}` : f.key === 'position' ? (i % 10 === 0 ? 'директор' : 'учитель') : 'математика';
        }
      }),
    );
    sheets.push({ name: `Школа ${t + 1}`, rows: [header, ...data] });
  }
  return sheets;
}

/** Text of the last alert the script showed. */
export function lastAlert(env: GasEnvironment): string {
  return env.ui.alerts[env.ui.alerts.length - 1]?.prompt ?? '';
}
