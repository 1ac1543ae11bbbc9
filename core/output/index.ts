/**
 * All output sheets of a run, in the order they are written.
 */
import type { ComputeResult } from '../result';
import { buildIndicatorsSheet } from './indicators-sheet';
import { buildProblemsSheet } from './problems-sheet';
import type { OutputSheet } from './table';

export function buildOutputSheets(result: ComputeResult): OutputSheet[] {
  return [buildIndicatorsSheet(result), buildProblemsSheet(result)];
}

export * from './table';
export * from './ownership';
export * from './result-json';
export * from './present';
export { buildIndicatorsSheet } from './indicators-sheet';
export { buildProblemsSheet, SEVERITY_LABELS, summaryLine } from './problems-sheet';
