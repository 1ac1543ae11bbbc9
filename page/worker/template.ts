/**
 * «Создать шаблон» for the page: the core's template sheets (core/template.ts) as output sheets
 * the .xlsx layer writes into a new workbook — header row in the header tone, frozen, wrapped,
 * the columns' widths; text cells formatted as text so that a period such as 2023-2024 stays
 * text, as the Excel add-in does.
 */
import type { OutputSheet, TemplateSheet } from '../../core/index';

const TEXT_FORMAT = '@';
const GENERAL = 'General';

export function templateOutputSheet(sheet: TemplateSheet): OutputSheet {
  const width = Math.max(sheet.columnWidths.length, ...sheet.rows.map((r) => r.length));
  const values = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    name: sheet.name,
    values,
    formats: values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? TEXT_FORMAT : GENERAL))),
    tones: values.map((r, i) => r.map(() => (i === 0 ? 'header' : null))),
    columnWidths: Array.from({ length: width }, (_, c) => sheet.columnWidths[c] ?? 120),
    wrapColumns: [],
    frozenRows: 1,
    frozenColumns: 0,
  };
}
