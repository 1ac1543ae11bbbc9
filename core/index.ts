/**
 * The core's public surface: hosts import from here only. Pure TypeScript, no host API: plain
 * 2-D arrays in, a result and host-neutral output tables out.
 */
export * from './cells';
export { normalizeText } from './text';
export * from './criteria';
export * from './errors';
export * from './issues';
export * from './result';
export { computeWorkbook, defaultPeriod, defaultReferenceDate, usedFields, type ComputeOptions } from './compute-workbook';
export { PRESETS, DEFAULT_PRESET_ID, findPreset } from './presets/index';
export { ROSTER_FIELDS, matchHeader, customFieldKey, type CustomFieldDef, type CustomFieldKey, type FieldKey, type RosterFieldKey } from './fields';
export {
  canonical,
  catalogueOrigin,
  catalogueSheet,
  exportCatalogue,
  findCatalogueSheetName,
  parseCondition,
  printCondition,
  readCatalogue,
  CATALOGUE_TEXT,
  type CatalogueRead,
} from './catalogue/index';
export { SHEET, classifySheets, isReservedSheetName } from './read/workbook';
export * from './output/index';
export { planRun, summarize, type RunPlan, type RunSummary } from './run-plan';
export * from './port';
export * from './port-rules';
export { memoryPort, memoryWorkbook, type MemorySheet, type MemoryPortOptions } from './memory-port';
export { templateSheets, EXAMPLE_ORGANIZATION_TAB, TEMPLATE_DATA_ROWS, type TemplateSheet, type Validation } from './template';
export { analyze, type Analysis, type Recommendation, type RecommendationKind, type ManagementDecision } from './recommend/index';
export { MUNICIPALITY_LABEL, HISTORY_HEADER } from './history/history';
export { renderReport } from './report/index';
export { reportFileName } from './report/file-name';
export { templateContext, defaultTemplateContext, measuresHeader, type TemplateContext } from './measures/template';
export { summarizeMeasures, type JudgedMeasure, type MeasuresSummary } from './measures/judge';
export type { Measure } from './measures/read';
export { MEASURE_TEXT } from './texts/ru/measures';
export { readSettings } from './read/settings';
export { counted, plural } from './texts/ru/plural';
export { MSG, UNKNOWN_ERROR } from './texts/ru/messages';
export { formatRowRanges } from './read/row-ranges';
export * from './merge/index';
export { generateExampleWorkbook, type ExampleCell, type ExampleSheet, type ExampleWorkbook } from './example/generate';
