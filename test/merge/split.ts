/**
 * The example workbook cut into "municipalities": each part gets some of the organisation tabs,
 * the rows of `Организации` for them, and its own copy of `Настройки` and `Муниципалитет` — as
 * three towns of one region would each keep their workbook.
 */
import { planRun, type ResultJson, type SheetData } from '../../core/index';
import { generateExampleWorkbook, type ExampleSheet } from '../../core/example/generate';

export const TODAY = new Date(Date.UTC(2024, 5, 10));
const RESERVED = new Set(['Настройки', 'Организации', 'Муниципалитет']);

export interface Part {
  readonly label: string;
  readonly sheets: ExampleSheet[];
}

export function exampleSheets(): ExampleSheet[] {
  return generateExampleWorkbook(2024).sheets;
}

/** Splits the example's organisation tabs into parts of the given sizes (in tab order). */
export function splitExample(sizes: readonly number[], labels: readonly string[] = sizes.map((_, i) => `Город ${i + 1}`)): Part[] {
  const sheets = exampleSheets();
  const tabs = sheets.filter((s) => !RESERVED.has(s.name));
  const reserved = (name: string) => sheets.find((s) => s.name === name)!;
  let at = 0;
  return sizes.map((n, i) => {
    const own = tabs.slice(at, at + n);
    at += n;
    const names = new Set(own.map((t) => t.name));
    const orgs = reserved('Организации');
    return {
      label: labels[i]!,
      sheets: [
        reserved('Настройки'),
        { name: 'Организации', rows: [orgs.rows[0]!, ...orgs.rows.slice(1).filter((r) => names.has(String(r[0])))] },
        reserved('Муниципалитет'),
        ...own,
      ],
    };
  });
}

export function asSheetData(sheets: readonly ExampleSheet[]): SheetData[] {
  return sheets.map((s) => ({ name: s.name, values: s.rows }));
}

export function resultOf(sheets: readonly SheetData[], presetId?: string): ResultJson {
  // Through JSON, as a result file would be read back.
  return JSON.parse(JSON.stringify(planRun(sheets, { today: TODAY, ...(presetId ? { presetId } : {}) }).json)) as ResultJson;
}
