/**
 * What the task pane shows before a run: the presets to choose from and the preset and period
 * the run would use, taken from `Настройки` as the core reads it (the defaults otherwise).
 */
import { DEFAULT_PRESET_ID, defaultPeriod, findPreset, PRESETS, SHEET } from '../../core/index';
import { readSettings } from '../../core/index';
import type { Issue } from '../../core/index';
import type { ExcelHost } from './excel/office-api';
import { placeAt } from './excel/read-workbook';

export interface PaneDefaults {
  readonly presets: readonly { readonly id: string; readonly title: string }[];
  readonly presetId: string;
  readonly period: string;
}

export function readPaneDefaults(excel: ExcelHost, today: Date): Promise<PaneDefaults> {
  return excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(SHEET.settings);
    await context.sync();
    let values: unknown[][] = [];
    if (!ws.isNullObject) {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load('values,rowIndex,columnIndex');
      await context.sync();
      if (!range.isNullObject) values = placeAt(range.values, range.rowIndex, range.columnIndex);
    }
    return paneDefaultsFrom(values as never, today);
  });
}

/** The defaults for a `Настройки` sheet's values (empty when there is no such sheet). */
export function paneDefaultsFrom(values: Parameters<typeof readSettings>[0]['values'], today: Date): PaneDefaults {
  const issues: Issue[] = [];
  const settings = readSettings({ name: SHEET.settings, values }, issues);
  const preset = (settings.presetId && findPreset(settings.presetId)) || findPreset(DEFAULT_PRESET_ID)!;
  return {
    presets: PRESETS.map((p) => ({ id: p.id, title: p.title })),
    presetId: preset.id,
    period: settings.period ?? defaultPeriod(settings.referenceDate ?? today),
  };
}
