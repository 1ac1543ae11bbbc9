/**
 * The `Муниципалитет` sheet (workbook.md §3): two columns, Показатель → Значение. Yes/no facts
 * become booleans and counts numbers; an empty or unreadable value is "нет данных", never "нет".
 */
import { cellText, isBlank, type SheetData } from '../cells';
import type { Issue } from '../issues';
import { MSG } from '../texts/ru/messages';
import { MUNICIPAL_NUMBER_ROWS, MUNICIPAL_YES_NO_ROWS, MUNICIPALITY_COLUMN } from '../texts/ru/workbook';
import { normalizeText } from '../text';
import { parseNumber, parseYesNo, UNKNOWN } from '../values';
import { findTableHeader } from './header';

/** Rows holding numbers (every other row is a yes/no fact), and the yes/no rows of workbook.md §3. */
export { MUNICIPAL_NUMBER_ROWS, MUNICIPAL_YES_NO_ROWS };

export function municipalKey(name: string): string {
  return normalizeText(name);
}

export function readMunicipality(sheet: SheetData, issues: Issue[]): Map<string, boolean | number | null> {
  const header = findTableHeader(sheet.values, [MUNICIPALITY_COLUMN.name, MUNICIPALITY_COLUMN.value]);
  const nameCol = header?.indexOf(MUNICIPALITY_COLUMN.name) ?? 0;
  const valueCol = header?.indexOf(MUNICIPALITY_COLUMN.value) ?? 1;
  const numberRows = new Set(MUNICIPAL_NUMBER_ROWS.map(municipalKey));
  const knownRows = new Set([...MUNICIPAL_YES_NO_ROWS, ...MUNICIPAL_NUMBER_ROWS].map(municipalKey));
  const facts = new Map<string, boolean | number | null>();
  for (let r = header ? header.rowIndex + 1 : 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const name = cellText(cells[nameCol]);
    if (name === '') continue;
    const key = municipalKey(name);
    // A misspelt row would otherwise leave its criterion «нет данных» without a word.
    if (!knownRows.has(key)) {
      issues.push({ severity: 'warning', sheet: sheet.name, row: r + 1, column: MUNICIPALITY_COLUMN.name, value: name, message: MSG.municipalityUnknownRow, code: 'municipality' });
      continue;
    }
    const cell = cells[valueCol];
    const report = (message: string) =>
      issues.push({ severity: 'warning', sheet: sheet.name, row: r + 1, column: MUNICIPALITY_COLUMN.value, value: cellText(cell), message, code: 'municipality' });
    if (isBlank(cell)) {
      report(MSG.municipalityEmpty);
      facts.set(key, null);
      continue;
    }
    const parsed = numberRows.has(key) ? parseNumber(cell) : parseYesNo(cell);
    if (parsed === UNKNOWN || parsed === null || (typeof parsed === 'number' && parsed < 0)) {
      report(MSG.municipalityUnknown);
      facts.set(key, null);
    } else facts.set(key, parsed);
  }
  for (const row of [...MUNICIPAL_YES_NO_ROWS, ...MUNICIPAL_NUMBER_ROWS]) {
    if (!facts.has(municipalKey(row))) {
      issues.push({ severity: 'info', sheet: sheet.name, row: null, column: MUNICIPALITY_COLUMN.name, value: row, message: MSG.municipalityMissingRow(row), code: 'municipality' });
    }
  }
  return facts;
}
