/**
 * Reads the sheet «Настройка показателей» into a preset: the criteria in the sheet's order, the
 * declared extra columns, and one Issue for every row that cannot be read — naming the row, the
 * column and, inside a condition, the position. Such a row is skipped, never guessed. The base
 * preset gives the result its identity and fills an empty Наименование / Краткое наименование of a
 * code it knows; an empty Трек / Показатель continues the row above.
 */
import { type CellValue, type SheetGrid } from '../cells';
import { cellString as cellText, expressionString } from './cells';
import type { Criterion, Preset } from '../criteria';
import type { CustomFieldDef } from '../fields';
import type { Issue } from '../issues';
import { SHEET } from '../read/workbook';
import { normalizeText } from '../text';
import { findCustomSection, readCustomFields } from './custom-fields';
import { buildCriterion, type RowCells } from './row';
import { CATALOGUE_ERROR, CATALOGUE_TEXT, cellMessage, COLUMN_ORDER, COLUMNS, CUSTOM_SECTION, ORIGIN_LABEL, type ColumnId } from '../texts/ru/catalogue';
import { vocabulary } from './vocabulary';

export interface CatalogueRead {
  readonly preset: Preset;
  readonly customFields: readonly CustomFieldDef[];
  readonly issues: readonly Issue[];
  /** False when the sheet has no criteria table: the base preset is returned unchanged. */
  readonly found: boolean;
}



/** Where the criteria table is: its header row and the columns found (Код, Вид, Условие required). */
function findHeader(grid: SheetGrid): { row: number; columns: Partial<Record<ColumnId, number>> } | null {
  for (let r = 0; r < grid.length; r++) {
    const columns: Partial<Record<ColumnId, number>> = {};
    (grid[r] ?? []).forEach((cell, c) => {
      const n = normalizeText(cellText(cell));
      const id = COLUMN_ORDER.find((k) => normalizeText(COLUMNS[k]) === n);
      if (id && columns[id] === undefined) columns[id] = c;
    });
    if (columns.id !== undefined && columns.kind !== undefined && columns.condition !== undefined) return { row: r, columns };
  }
  return null;
}

/** The preset id of the row «Создано из набора», or null. */
export function catalogueOrigin(grid: SheetGrid): string | null {
  const header = findHeader(grid);
  const end = header ? header.row : Math.min(grid.length, 10);
  for (let r = 0; r < end; r++) {
    const row = grid[r] ?? [];
    const at = row.findIndex((cell) => normalizeText(cellText(cell)) === normalizeText(ORIGIN_LABEL));
    if (at < 0) continue;
    const id = row.slice(at + 1).map(cellText).find((t) => t !== '');
    return id ?? null;
  }
  return null;
}

const isSectionStart = (row: readonly CellValue[]): boolean => row.some((cell) => normalizeText(cellText(cell)).startsWith(normalizeText(CUSTOM_SECTION)));

export function readCatalogue(grid: SheetGrid, basePreset: Preset, sheet: string = SHEET.catalogue): CatalogueRead {
  const issues: Issue[] = [];
  const header = findHeader(grid);
  if (!header) {
    issues.push({ severity: 'error', sheet, row: null, column: null, value: null, message: `${CATALOGUE_TEXT.noHeader} «${basePreset.id}»`, code: 'catalogue' });
    return { preset: basePreset, customFields: [], issues, found: false };
  }
  let end = grid.length;
  for (let r = header.row + 1; r < grid.length; r++) {
    if (isSectionStart(grid[r] ?? [])) {
      end = r;
      break;
    }
  }
  const section = findCustomSection(grid, end);
  const customFields = section ? readCustomFields(grid, section, sheet, issues) : [];
  const vocab = vocabulary(customFields);
  const base = new Map(basePreset.criteria.map((c) => [c.id, c]));

  const criteria: Criterion[] = [];
  const seen = new Map<string, number>();
  let track = '';
  let indicator = '';
  for (let r = header.row + 1; r < end; r++) {
    const row = grid[r] ?? [];
    const cells = {} as Record<ColumnId, string>;
    for (const id of COLUMN_ORDER) {
      const c = header.columns[id];
      const expression = id === 'group' || id === 'condition' || id === 'extra';
      cells[id] = c === undefined ? '' : expression ? expressionString(row[c]) : cellText(row[c]);
    }
    if (COLUMN_ORDER.every((id) => cells[id] === '')) continue;
    track = cells.track || track;
    indicator = cells.indicator || indicator;
    const report = (column: ColumnId, message: string, position?: number) =>
      issues.push({
        severity: 'error',
        sheet,
        row: r + 1,
        column: COLUMNS[column],
        value: cells[column] === '' ? null : cells[column],
        message: `${cellMessage(COLUMNS[column], message, position)}. ${CATALOGUE_TEXT.skipped(cells.id)}`,
        code: 'catalogue',
      });
    const first = seen.get(cells.id);
    if (cells.id !== '' && first !== undefined) {
      report('id', CATALOGUE_ERROR.duplicateId(cells.id, first));
      continue;
    }
    const known = base.get(cells.id);
    const rowCells: RowCells = {
      ...cells,
      track,
      indicator,
      name: cells.name || known?.name || cells.shortName,
      shortName: cells.shortName || known?.shortName || cells.name,
    };
    const built = buildCriterion(rowCells, vocab);
    if (!built.ok) {
      report(built.column, built.message, built.position);
      continue;
    }
    seen.set(cells.id, r + 1);
    criteria.push(built.criterion);
  }
  return { preset: { ...basePreset, criteria }, customFields, issues, found: true };
}
