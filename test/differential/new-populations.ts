/**
 * The engine's side of the shares over the populations added for deficits and pupils' results
 * (generalEd, iomDone, withDeficit) that no shipped criterion reads: the same reader and engine a
 * run uses, over criteria declared here from spec/workbook.md §2, so the differential test can put
 * COUNTIFS next to them.
 */
import { classifySheets, type SheetData } from '../../core/index';
import type { Criterion } from '../../core/criteria';
import { computeCriteria } from '../../core/engine/compute';
import { pop, yes } from '../../core/expr';
import { readDataset } from '../../core/read/workbook';
import type { CriterionResult } from '../../core/result';

const base = { track: 'т', indicator: 'и' } as const;

const CRITERIA: readonly Criterion[] = [
  { ...base, id: 'withDeficit→iomCenter', name: '', shortName: '', kind: 'share', population: pop('withDeficit'), condition: yes('iomCenter') },
  { ...base, id: 'withDeficit→ippr', name: '', shortName: '', kind: 'share', population: pop('withDeficit'), condition: yes('ippr') },
  { ...base, id: 'diagnosed→deficitSubject', name: '', shortName: '', kind: 'share', population: pop('diagnosed'), condition: yes('deficitSubject') },
  { ...base, id: 'diagnosed→deficitDigital', name: '', shortName: '', kind: 'share', population: pop('diagnosed'), condition: yes('deficitDigital') },
  { ...base, id: 'generalEd→pk', name: '', shortName: '', kind: 'share', population: pop('generalEd'), condition: yes('pk') },
  { ...base, id: 'iomDone→pupilGrowth', name: '', shortName: '', kind: 'count', population: pop('iomDone'), condition: yes('pupilGrowth') },
];

export function newPopulationResults(sheets: readonly SheetData[], referenceDate: Date): Map<string, CriterionResult> {
  const dataset = readDataset(classifySheets(sheets), { referenceDate, usedFields: new Set() }, []);
  return new Map(computeCriteria(dataset, CRITERIA, []).map((r) => [r.criterion.id, r]));
}
