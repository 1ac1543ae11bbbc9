/**
 * «Создать настройку показателей» in Google Sheets: adds the sheet «Настройка показателей» made
 * from a preset (the one chosen in the sidebar, else `Настройки`, else the default), right after
 * `Настройки` when there is one. The sheet is the user's from then on: it gets no marker and is
 * not in the registry, so no run ever rewrites it; when it exists already nothing is changed.
 */
import { catalogueSheet, DEFAULT_PRESET_ID, findCatalogueSheetName, findPreset, readSettings, SHEET, type Preset } from '../core/index';
import { withDocumentLock } from './lock';
import { TEXT } from './messages';
import { renderOutput } from './render';
import type { CatalogueReport } from './shared/api';
import { sheetRoles } from './tabs';

export function createCatalogueSheet(presetId: string): CatalogueReport {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheets, classified } = sheetRoles(ss);
    const existing = findCatalogueSheetName(sheets.map((s) => s.name));
    if (existing !== undefined) {
      const sheet = sheets.find((s) => s.name === existing);
      if (sheet) ss.setActiveSheet(sheet.sheet);
      return { created: false, presetId: '', criteria: 0, message: TEXT.catalogueExists(existing) };
    }
    let preset: Preset | undefined = presetId.trim() === '' ? undefined : findPreset(presetId);
    if (!preset && classified.settings) {
      const entry = sheets.find((s) => s.name === classified.settings?.name);
      const values = entry ? entry.sheet.getDataRange().getValues() : [];
      const id = readSettings({ name: SHEET.settings, values }, []).presetId;
      preset = id ? findPreset(id) : undefined;
    }
    preset ??= findPreset(DEFAULT_PRESET_ID) as Preset;
    const settingsAt = sheets.findIndex((s) => s.name === classified.settings?.name);
    const sheet = ss.insertSheet(SHEET.catalogue, settingsAt >= 0 ? settingsAt + 1 : sheets.length);
    renderOutput(sheet, catalogueSheet(preset));
    ss.setActiveSheet(sheet);
    return { created: true, presetId: preset.id, criteria: preset.criteria.length, message: TEXT.catalogueCreated(preset.id, preset.criteria.length) };
  });
}
