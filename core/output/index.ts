/**
 * All output sheets of a run, in the order they are written.
 */
import type { Analysis } from '../recommend/index';
import type { ComputeResult } from '../result';
import { buildHistorySheet } from './history-sheet';
import { buildIndicatorsSheet } from './indicators-sheet';
import { buildProblemsSheet } from './problems-sheet';
import { buildRecommendationsSheet } from './recommendations-sheet';
import { buildSummarySheet } from './summary-sheet';
import type { OutputSheet } from './table';
import { buildDeficitsSheet } from '../deficits/sheet';
import { SHEET } from '../read/workbook';

/** Output sheets a workbook opens on after a run: the first one present. */
export const OPENING_SHEETS: readonly string[] = [SHEET.summary, SHEET.indicators];

/** The output a host leaves the user on after a run: «Сводка», else «Показатели», else the first. */
export function openingSheet(outputNames: readonly string[]): string | null {
  return OPENING_SHEETS.find((n) => outputNames.includes(n)) ?? outputNames[0] ?? null;
}

/**
 * The names of the sheets buildOutputSheets gives for `result`, in the same order, without building
 * them (a run checks what it may write before, or without, building the sheets).
 */
export function outputSheetNames(result: ComputeResult): string[] {
  return [SHEET.indicators, SHEET.summary, SHEET.recommendations, SHEET.problems, SHEET.history, ...(result.deficits ? [SHEET.deficits] : [])];
}

/** `Показатели`, `Сводка`, `Рекомендации`, `Проверка данных`, `История` — in the order they are written. */
export function buildOutputSheets(result: ComputeResult, analysis: Analysis): OutputSheet[] {
  // «Дефициты» only when some roster has a «Дефицит: …» column (workbook.md §4).
  const deficits = buildDeficitsSheet(result, analysis);
  return [
    buildIndicatorsSheet(result, analysis.previous),
    buildSummarySheet(result, analysis),
    buildRecommendationsSheet(result, analysis),
    buildProblemsSheet(result),
    buildHistorySheet(analysis.history),
    ...(deficits ? [deficits] : []),
  ];
}

export * from './table';
export * from './charts';
export * from './ownership';
export * from './result-json';
export * from './present';
export { buildIndicatorsSheet } from './indicators-sheet';
export { buildProblemsSheet, SEVERITY_LABELS, summaryLine } from './problems-sheet';
export { buildRecommendationsSheet, KIND_LABELS } from './recommendations-sheet';
export { buildHistorySheet } from './history-sheet';
export { buildSummarySheet, PERCENT_FORMAT } from './summary-sheet';
export { keyFigures, targetRows, trackComparisons, changeRows, MAX_COMPARED, type KeyFigures, type TargetRow, type TrackComparison, type ChangeRow } from './summary-figures';
