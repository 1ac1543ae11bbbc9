/**
 * «Создать настройку показателей» in Excel: adds the sheet «Настройка показателей» made from a
 * preset (the one chosen in the pane, else `Настройки`, else the default), right after `Настройки`
 * when there is one. The sheet is the user's from then on — no run ever rewrites it — and when the
 * workbook already has it nothing is changed. The layout is the core's catalogueSheet.
 */
import { catalogueSheet, DEFAULT_PRESET_ID, findCatalogueSheetName, findPreset, readSettings, SHEET, TONE_STYLES, type Preset } from '../../../core/index';
import type { XlRequestContext } from './office-api';
import { placeAt } from './read-workbook';
import { pixelsToPoints, toneRects } from './write-plan';

export type CatalogueOutcome = { readonly created: true; readonly preset: Preset } | { readonly created: false; readonly existing: string };

export async function createCatalogue(context: XlRequestContext, presetId: string | undefined): Promise<CatalogueOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const names = worksheets.items.map((ws) => ws.name);
  const existing = findCatalogueSheetName(names);
  if (existing !== undefined) {
    worksheets.getItem(existing).activate();
    await context.sync();
    return { created: false, existing };
  }
  const preset = (presetId ? findPreset(presetId) : undefined) ?? (await settingsPreset(context, names)) ?? (findPreset(DEFAULT_PRESET_ID) as Preset);
  const sheet = catalogueSheet(preset);
  const ws = worksheets.add(SHEET.catalogue);
  const settingsAt = names.findIndex((n) => n === SHEET.settings);
  if (settingsAt >= 0) ws.position = settingsAt + 1;
  const width = sheet.columnWidths.length;
  const range = ws.getRangeByIndexes(0, 0, sheet.values.length, width);
  range.numberFormat = sheet.formats.map((r) => [...r]); // '@' first: «9.10» stays text
  range.values = sheet.values.map((r) => r.map((v) => (v === null ? '' : v)));
  for (const rect of toneRects(sheet)) {
    const style = TONE_STYLES[rect.tone];
    const cells = ws.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns);
    if (style.background) cells.format.fill.color = style.background;
    if (style.font) cells.format.font.color = style.font;
    if (style.bold) cells.format.font.bold = true;
  }
  sheet.columnWidths.forEach((px, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pixelsToPoints(px);
  });
  for (const c of sheet.wrapColumns) ws.getRangeByIndexes(0, c, sheet.values.length, 1).format.wrapText = true;
  // The table's header rows and the Код column stay in view (the layout freezes one column).
  if (sheet.frozenColumns === 1) ws.freezePanes.freezeAt(`A1:A${sheet.frozenRows}`);
  else ws.freezePanes.freezeRows(sheet.frozenRows);
  ws.activate();
  await context.sync();
  return { created: true, preset };
}

/** The preset `Настройки` names, if the sheet exists and names a known one. */
async function settingsPreset(context: XlRequestContext, names: readonly string[]): Promise<Preset | undefined> {
  if (!names.includes(SHEET.settings)) return undefined;
  const range = context.workbook.worksheets.getItem(SHEET.settings).getUsedRangeOrNullObject(true);
  range.load('values,rowIndex,columnIndex');
  await context.sync();
  if (range.isNullObject) return undefined;
  const id = readSettings({ name: SHEET.settings, values: placeAt(range.values, range.rowIndex, range.columnIndex) }, []).presetId;
  return id ? findPreset(id) : undefined;
}
