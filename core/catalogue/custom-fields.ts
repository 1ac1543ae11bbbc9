/**
 * The section «Дополнительные столбцы» of «Настройка показателей»: a methodologist declares a
 * column the program does not know (its header in the organisation tabs, a key, a type) and can
 * then use it in conditions. A declaration that clashes with a known column, repeats another or
 * has no readable type is reported and left out, so nothing is read from a column by guesswork.
 */
import type { CellValue } from '../cells';
import { cellString as cellText } from './cells';
import { customFieldKey, type CustomFieldDef, type CustomFieldType } from '../fields';
import type { Issue } from '../issues';
import { compactText, normalizeText } from '../text';
import { parseFieldName } from './condition';
import { CATALOGUE_TEXT, cellMessage, CUSTOM_COLUMNS, CUSTOM_TYPE_NAMES } from '../texts/ru/catalogue';
import { vocabulary } from './vocabulary';

export interface CustomSection {
  /** 0-based row of the section's header and its column indexes. */
  readonly headerRow: number;
  readonly columns: { readonly key?: number; readonly header: number; readonly type: number };
}

const TYPE_BY_NAME: ReadonlyMap<string, CustomFieldType> = new Map([
  ...(Object.entries(CUSTOM_TYPE_NAMES) as [CustomFieldType, string][]).map(([t, n]) => [normalizeText(n), t] as const),
  [normalizeText('да нет'), 'yesno'],
  [normalizeText('логический'), 'yesno'],
  [normalizeText('числовой'), 'number'],
  [normalizeText('текстовый'), 'text'],
  [normalizeText('yesno'), 'yesno'],
  [normalizeText('number'), 'number'],
  [normalizeText('date'), 'date'],
  [normalizeText('text'), 'text'],
]);

const KEY_PATTERN = /^[\p{L}][\p{L}\p{N}_]*$/u;
const KEYWORDS = new Set(['и', 'или', 'не', 'в', 'содержит', 'начинается', 'заполнено', 'группа', 'с', 'со']);

/** The section's header row (Ключ, Заголовок столбца, Тип) at or after `from`, or null. */
export function findCustomSection(grid: readonly (readonly CellValue[])[], from: number): CustomSection | null {
  for (let r = from; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const index = new Map<string, number>();
    row.forEach((cell, c) => {
      const n = normalizeText(cellText(cell));
      if (n && !index.has(n)) index.set(n, c);
    });
    const header = index.get(normalizeText(CUSTOM_COLUMNS.header));
    const type = index.get(normalizeText(CUSTOM_COLUMNS.type));
    const key = index.get(normalizeText(CUSTOM_COLUMNS.key));
    if (header !== undefined && type !== undefined) return { headerRow: r, columns: { header, type, ...(key !== undefined ? { key } : {}) } };
  }
  return null;
}

export function readCustomFields(grid: readonly (readonly CellValue[])[], section: CustomSection, sheet: string, issues: Issue[]): CustomFieldDef[] {
  const builtIn = vocabulary();
  const out: CustomFieldDef[] = [];
  /** Every name a declared column answers to (header, its compact form, key) → its row. */
  const seen = new Map<string, number>();
  for (let r = section.headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const header = cellText(row[section.columns.header]);
    const typeText = cellText(row[section.columns.type]);
    const keyText = section.columns.key === undefined ? '' : cellText(row[section.columns.key]);
    if (header === '' && typeText === '' && keyText === '') continue;
    const report = (column: string, value: string, message: string) =>
      issues.push({ severity: 'error', sheet, row: r + 1, column, value, message: `${cellMessage(column, message)}. ${CATALOGUE_TEXT.customSkipped}`, code: 'catalogue' });
    if (header === '') {
      report(CUSTOM_COLUMNS.header, header, 'не указан заголовок столбца');
      continue;
    }
    const type = TYPE_BY_NAME.get(normalizeText(typeText));
    if (!type) {
      report(CUSTOM_COLUMNS.type, typeText, `тип ${typeText ? `«${typeText}» не распознан` : 'не указан'}; возможны: ${Object.values(CUSTOM_TYPE_NAMES).join(', ')}`);
      continue;
    }
    const known = parseFieldName(header, builtIn);
    if (known.ok) {
      report(CUSTOM_COLUMNS.header, header, `столбец «${known.field.header}» программа уже знает: используйте его в условиях без объявления`);
      continue;
    }
    const headerKey = compactText(header);
    if (headerKey === '') {
      report(CUSTOM_COLUMNS.header, header, 'в заголовке нет ни одной буквы или цифры');
      continue;
    }
    const key = keyText === '' ? headerKey : keyText;
    if (keyText !== '') {
      if (!KEY_PATTERN.test(keyText) || KEYWORDS.has(normalizeText(keyText))) {
        report(CUSTOM_COLUMNS.key, keyText, 'ключ — одно слово из букв, цифр и «_», начинается с буквы и не совпадает со служебным словом');
        continue;
      }
      const clash = parseFieldName(keyText, builtIn);
      if (clash.ok) {
        report(CUSTOM_COLUMNS.key, keyText, `ключ совпадает с названием известного столбца «${clash.field.header}»`);
        continue;
      }
    }
    const names = [normalizeText(header), headerKey, normalizeText(key), compactText(key)];
    const repeated = names.map((n) => seen.get(n)).find((row) => row !== undefined);
    if (repeated !== undefined) {
      report(CUSTOM_COLUMNS.header, header, `столбец с таким заголовком или ключом уже объявлен в строке ${repeated}`);
      continue;
    }
    for (const n of names) seen.set(n, r + 1);
    out.push({ key: customFieldKey(key), header: header.replace(/\s+/g, ' ').trim(), type });
  }
  return out;
}
