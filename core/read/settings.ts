/**
 * The `Настройки` sheet (workbook.md §5): preset, period, reference date and the attention
 * threshold. Unreadable values are reported and replaced by the defaults, never guessed.
 */
import { cellText, isBlank, type SheetData } from '../cells';
import type { Issue } from '../issues';
import { MSG } from '../texts/ru/messages';
import { SETTING, SETTING_SHORT, SETTINGS_COLUMN } from '../texts/ru/workbook';
import type { Settings } from '../records';
import { normalizeText } from '../text';
import { parseDate, parseNumber } from '../values';
import { findTableHeader } from './header';

/** A Map, not an object: a parameter called «constructor» must not find Object's own members. */
const KEYS: ReadonlyMap<string, keyof Settings> = new Map([
  [normalizeText(SETTING.presetId), 'presetId'],
  [normalizeText(SETTING.period), 'period'],
  [normalizeText(SETTING_SHORT.period), 'period'],
  [normalizeText(SETTING.referenceDate), 'referenceDate'],
  [normalizeText(SETTING.attentionThreshold), 'attentionThreshold'],
  [normalizeText(SETTING_SHORT.attentionThreshold), 'attentionThreshold'],
  [normalizeText(SETTING.minPeople), 'minPeople'],
]);

export const EMPTY_SETTINGS: Settings = { presetId: null, period: null, referenceDate: null, attentionThreshold: null, minPeople: null };

export function readSettings(sheet: SheetData, issues: Issue[]): Settings {
  const header = findTableHeader(sheet.values, [SETTINGS_COLUMN.name, SETTINGS_COLUMN.value]);
  const nameCol = header?.indexOf(SETTINGS_COLUMN.name) ?? 0;
  const valueCol = header?.indexOf(SETTINGS_COLUMN.value) ?? 1;
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...EMPTY_SETTINGS };
  for (let r = header ? header.rowIndex + 1 : 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const name = cellText(cells[nameCol]);
    if (name === '') continue;
    const cell = cells[valueCol];
    const report = (message: string) =>
      issues.push({ severity: 'warning', sheet: sheet.name, row: r + 1, column: SETTINGS_COLUMN.value, value: cellText(cell), message, code: 'setting' });
    const key = KEYS.get(normalizeText(name));
    if (!key) {
      issues.push({ severity: 'info', sheet: sheet.name, row: r + 1, column: SETTINGS_COLUMN.name, value: name, message: MSG.settingUnknown, code: 'setting' });
      continue;
    }
    if (isBlank(cell)) continue;
    if (key === 'presetId' || key === 'period') out[key] = cellText(cell);
    else if (key === 'referenceDate') {
      const d = parseDate(cell);
      if (d instanceof Date) out.referenceDate = d;
      else report(MSG.settingBadDate);
    } else {
      const n = parseNumber(cell);
      if (typeof n === 'number' && n >= 0 && (key === 'attentionThreshold' || Number.isInteger(n))) out[key] = n;
      else report(MSG.settingBadNumber);
    }
  }
  return out;
}
