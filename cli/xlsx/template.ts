/**
 * «Создать шаблон» in an .xlsx workbook: the core's template sheets (core/template.ts) written
 * by writeWorkbook — header row in the header tone, frozen, the columns' widths, text cells as
 * text (a period such as 2023-2024 stays text) — with each column's drop-down list or value check
 * as the sheet's <dataValidations> over the data rows 2…TEMPLATE_DATA_ROWS. Host-neutral: the
 * offline page and the command line write the same parts.
 */
import { columnLetter, TEMPLATE_DATA_ROWS, type OutputSheet, type TemplateSheet, type Validation } from '../../core/index';
import { TEMPLATE_TEXT } from '../../core/texts/ru/template';
import type { ZipCodec } from './codec';
import { writeWorkbook, type WriteOptions } from './write';
import { escapeAttr, escapeText } from './xml-write';

const TEXT_FORMAT = '@';
const GENERAL = 'General';
/** Width of a column the template gives none, px. */
const DEFAULT_WIDTH = 120;

/** `input` (null: a new workbook) with the template's sheets added after its last sheet. */
export function writeTemplate(input: Uint8Array | null, sheets: readonly TemplateSheet[], codec: ZipCodec, options: WriteOptions = {}): Promise<Uint8Array> {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return writeWorkbook(
    input,
    {
      sheets: sheets.map(templateOutputSheet),
      extras: (sheet) => {
        const validations = byName.get(sheet.name)?.validations ?? [];
        return validations.length > 0 ? { afterData: dataValidationsXml(validations) } : {};
      },
    },
    codec,
    options,
  );
}

export function templateOutputSheet(sheet: TemplateSheet): OutputSheet {
  const width = Math.max(sheet.columnWidths.length, ...sheet.rows.map((r) => r.length));
  const values = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    name: sheet.name,
    values,
    formats: values.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? TEXT_FORMAT : GENERAL))),
    tones: values.map((r, i) => r.map(() => (i === 0 ? 'header' : null))),
    columnWidths: Array.from({ length: width }, (_, c) => sheet.columnWidths[c] ?? DEFAULT_WIDTH),
    wrapColumns: [],
    frozenRows: 1,
    frozenColumns: 0,
  };
}

/** `<dataValidations>` for these columns' checks, over rows 2…TEMPLATE_DATA_ROWS. */
export function dataValidationsXml(validations: readonly Validation[]): string {
  const items = validations.map((v) => {
    const col = columnLetter(v.column);
    const sqref = `${col}2:${col}${TEMPLATE_DATA_ROWS}`;
    const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escapeAttr(TEMPLATE_TEXT.checkTitle)}"`;
    switch (v.kind) {
      case 'list':
        // A list typed into the rule: quoted, comma-separated (no value holds a comma or a quote).
        return `<dataValidation type="list" errorStyle="warning" ${common} error="${escapeAttr(TEMPLATE_TEXT.list(v.values))}" sqref="${sqref}"><formula1>${escapeText(`"${v.values.join(',')}"`)}</formula1></dataValidation>`;
      case 'number':
        return `<dataValidation type="decimal" operator="between" ${common} error="${escapeAttr(TEMPLATE_TEXT.number(v.min, v.max))}" sqref="${sqref}"><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
      case 'date':
        // 1 = 1900-01-01: any real date passes, text and numbers that are not dates do not.
        return `<dataValidation type="date" operator="greaterThanOrEqual" ${common} error="${escapeAttr(TEMPLATE_TEXT.date)}" sqref="${sqref}"><formula1>1</formula1></dataValidation>`;
    }
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}
