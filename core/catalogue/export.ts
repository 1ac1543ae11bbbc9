/**
 * Writes a preset as the sheet «Настройка показателей» (docs/catalogue.md): a title naming the
 * preset it was made from, the row «Создано из набора», a line on how to edit, the criteria table
 * (one row per criterion) and the section declaring extra columns. Everything is text ('@'), so a
 * code such as «9.10» stays «9.10». readCatalogue reads this back into the same criteria.
 */
import type { Criterion, Preset } from '../criteria';
import type { CustomFieldDef } from '../fields';
import { isCustomFieldKey } from '../fields';
import { SheetBuilder, type OutputSheet } from '../output/table';
import { SHEET } from '../read/workbook';
import { normalizeText } from '../text';
import { printExtras } from './extras';
import { printCondition, printGroup } from './print';
import { printNumberSource, printYesNoSource } from './sources';
import { printTarget } from './targets';
import { CATALOGUE_TEXT, COLUMN_ORDER, COLUMNS, CUSTOM_COLUMNS, CUSTOM_SECTION, CUSTOM_SECTION_HINT, CUSTOM_TYPE_NAMES, KIND_NAMES, ORIGIN_LABEL, type ColumnId } from '../texts/ru/catalogue';
import { vocabulary, type Vocabulary } from './vocabulary';

const WIDTHS: Readonly<Record<ColumnId, number>> = {
  id: 70,
  track: 170,
  indicator: 170,
  name: 320,
  shortName: 200,
  kind: 120,
  group: 200,
  condition: 300,
  target: 130,
  extra: 230,
};

/** Rows above the criteria table: title, origin, help, header. */
export const CATALOGUE_HEADER_ROW = 3;

export function catalogueSheet(preset: Preset, customFields: readonly CustomFieldDef[] = []): OutputSheet {
  const vocab = vocabulary(customFields);
  const b = new SheetBuilder(SHEET.catalogue, COLUMN_ORDER.map((c) => WIDTHS[c]));
  b.row([CATALOGUE_TEXT.title(preset.id, preset.title)], 'title');
  b.row([ORIGIN_LABEL, preset.id], 'muted');
  b.row([CATALOGUE_TEXT.help], 'muted');
  b.row(COLUMN_ORDER.map((c) => COLUMNS[c]), 'header');
  for (const c of preset.criteria) {
    const cells = criterionCells(c, vocab);
    b.row(COLUMN_ORDER.map((col) => cells[col]));
  }
  b.row([]);
  b.row([CUSTOM_SECTION, CUSTOM_SECTION_HINT], 'indicator');
  b.row([CUSTOM_COLUMNS.key, CUSTOM_COLUMNS.header, CUSTOM_COLUMNS.type, CUSTOM_COLUMNS.note], 'header');
  for (const f of customFields) {
    b.row([isCustomFieldKey(f.key) ? f.key.slice('custom:'.length) : f.key, f.header, CUSTOM_TYPE_NAMES[f.type]]);
  }
  const wrap = (['track', 'indicator', 'name', 'shortName', 'group', 'condition', 'extra'] as const).map((c) => COLUMN_ORDER.indexOf(c));
  return b.build({ frozenRows: CATALOGUE_HEADER_ROW + 1, frozenColumns: 1, wrapColumns: wrap });
}

/** The sheet's cells as a plain grid (what a host would read back). */
export function exportCatalogue(preset: Preset, customFields: readonly CustomFieldDef[] = []): string[][] {
  return catalogueSheet(preset, customFields).values.map((row) => row.map((v) => (v === null ? '' : String(v))));
}

export function criterionCells(c: Criterion, vocab: Vocabulary = vocabulary()): Record<ColumnId, string> {
  let group = '';
  let condition = '';
  if ('source' in c) {
    condition = c.kind === 'presence' ? printYesNoSource(c.source) : printNumberSource(c.source);
  } else if (c.kind === 'share' || c.kind === 'count') {
    group = printGroup(c.population, vocab);
    condition = printCondition(c.condition, vocab);
  } else if (c.kind === 'orgShare') {
    group = printGroup(c.population, vocab);
    condition = c.test.kind === 'orgFlag' ? printYesNoSource({ from: 'organizations', flag: c.test.flag }) : printCondition(c.test.condition, vocab);
  } else if (c.kind === 'mean' || c.kind === 'distribution') {
    group = printGroup(c.population, vocab);
    const f = vocab.fieldByKey(c.field);
    condition = f ? (f.printAs ?? f.header) : c.field;
  }
  return {
    id: c.id,
    track: c.track,
    indicator: c.indicator,
    name: c.name,
    shortName: c.shortName,
    kind: KIND_NAMES[c.kind],
    group,
    condition,
    target: printTarget(c.kind, c.target),
    extra: printExtras(c, vocab),
  };
}

/** The name of the workbook's «Настройка показателей» as written (any case), or undefined. */
export function findCatalogueSheetName(names: readonly string[]): string | undefined {
  return names.find((n) => normalizeText(n) === normalizeText(SHEET.catalogue));
}
