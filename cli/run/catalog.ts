/**
 * What `pedmonitor catalog export` does, without printing: read the workbook, refuse when it
 * already has «Настройка показателей» (the user's sheet), pick the preset (--preset, else
 * `Настройки`, else the default), and write a copy of the workbook with the sheet added through a
 * temporary file and a rename. The input file is only ever read.
 */
import {
  catalogueSheet,
  classifySheets,
  DEFAULT_PRESET_ID,
  findCatalogueSheetName,
  findPreset,
  pedmonitorError,
  PRESETS,
  readSettings,
  SHEET,
  type Preset,
  type SheetData,
} from '../../core/index';
import { usageError } from '../args';
import { checkTargets, commitFiles, readInputFile, stageFile } from '../files';
import { CLI_MSG } from '../messages';
import { loadWorkbook, workbookWithSheets } from '../workbook-file';

export interface CatalogExportRequest {
  readonly input: string;
  readonly out: string;
  readonly presetId?: string;
  readonly force: boolean;
}

export interface CatalogExportOutcome {
  readonly preset: Preset;
  readonly file: string;
}

export async function runCatalogExport(req: CatalogExportRequest): Promise<CatalogExportOutcome> {
  const data = readInputFile(req.input);
  checkTargets([req.input], [{ file: req.out, option: '--out' }], req.force);
  const loaded = await loadWorkbook(data, req.input);
  const existing = findCatalogueSheetName(loaded.sheets.map((ws) => ws.name));
  if (existing !== undefined) throw pedmonitorError('catalogue-exists', CLI_MSG.catalogueExists(existing));
  const preset = choosePreset(req.presetId, loaded.sheets);

  // The catalogue is appended (findCatalogueSheetName has refused any sheet of that name).
  const bytes = await workbookWithSheets(data, { sheets: [{ ...catalogueSheet(preset), name: SHEET.catalogue }] }, req.input, req.out);
  commitFiles([stageFile(req.out, bytes)]);
  return { preset, file: req.out };
}

/** --preset, else the preset `Настройки` names, else the default. */
function choosePreset(presetId: string | undefined, sheets: readonly SheetData[]): Preset {
  if (presetId !== undefined) {
    const preset = findPreset(presetId);
    if (!preset) throw usageError(CLI_MSG.unknownPreset(presetId, PRESETS.map((p) => p.id)));
    return preset;
  }
  const settings = classifySheets(sheets).settings;
  const id = settings ? readSettings(settings, []).presetId : null;
  return (id && findPreset(id)) || (findPreset(DEFAULT_PRESET_ID) as Preset);
}
