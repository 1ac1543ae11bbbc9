/**
 * A whole run as one pure step, shared by every host: the sheets as read (values only) in, the
 * output sheets and the registry to write out. Hosts do only the I/O around it: read every sheet
 * in one batch, call planRun, then write the outputs safely (temporary sheets, then swap).
 * The computation happens once, in planRun; what only some callers use — the output sheets (a
 * `--json`-only run or a report never writes them; at 100,000 rows they cost a second) and the
 * result JSON (a run that writes no JSON) — is built on first use and kept. Which sheets the run
 * will write is known without building them (outputSheetNames), so every refusal still happens in
 * planRun, before anything is written.
 */
import type { SheetData } from './cells';
import { computeWorkbook, type ComputeOptions } from './compute-workbook';
import { staleDeficitsSheet } from './deficits/sheet';
import { buildOutputSheets, outputSheetNames } from './output/index';
import { checkOutputOwnership, readRegistry, registryGrid, REGISTRY_SHEET } from './output/ownership';
import { checkRegistrySheet } from './port-rules';
import { resultToJson, type ResultJson } from './output/result-json';
import type { OutputSheet } from './output/table';
import type { ComputeResult, Status } from './result';
import { readHistoryRows } from './history/history';
import { analyze, type Analysis } from './recommend/index';
import { SHEET } from './read/workbook';
import { summarizeMeasures, type MeasuresSummary } from './measures/judge';

export interface RunPlan {
  readonly result: ComputeResult;
  /** The output sheets in the order they are written; built on first read (then the same array). */
  readonly outputs: readonly OutputSheet[];
  /** Content of the hidden `_pedmonitor` registry after the run. */
  readonly registry: string[][];
  /** The result JSON (workbook.md §7); built on first read (then the same object). */
  readonly json: ResultJson;
  readonly analysis: Analysis;
  readonly summary: RunSummary;
}

export interface RunSummary {
  readonly preset: string;
  readonly period: string;
  readonly organizations: number;
  readonly rows: number;
  readonly criteria: number;
  readonly met: number;
  readonly below: number;
  readonly noTarget: number;
  readonly noData: number;
  readonly warnings: number;
  readonly errors: number;
  readonly infos: number;
  readonly recommendations: number;
  /** Rows and declarations of «Настройка показателей» that could not be read (their criteria are not computed). */
  readonly catalogueErrors: number;
  /** Measures of «Мероприятия» judged (not cancelled), those that worked, those overdue. */
  readonly measures: number;
  readonly measuresWorked: number;
  readonly measuresOverdue: number;
}

/**
 * Plans a run. Throws a PedmonitorError (Russian message) when nothing can be computed or when a
 * sheet the run would write is the user's own; in both cases nothing has been written.
 */
export function planRun(sheets: readonly SheetData[], options: ComputeOptions): RunPlan {
  const refused = checkRegistrySheet(sheets);
  if (refused) throw refused;
  const created = readRegistry(sheets.find((s) => s.name === REGISTRY_SHEET)?.values);
  const result = computeWorkbook(sheets, options);
  // Only a `История` the program wrote itself is read; a user's own sheet of that name stops the run below.
  const historySheet = sheets.find((s) => s.name === SHEET.history && created.has(s.name));
  const analysis = analyze(result, readHistoryRows(historySheet?.values));
  const stale = staleDeficitsSheet(result, sheets.map((s) => s.name), created);
  const names = [...outputSheetNames(result), ...(stale ? [stale.name] : [])];
  const conflict = checkOutputOwnership(
    sheets.map((s) => s.name),
    names,
    created,
  );
  if (conflict) throw conflict;
  let outputs: readonly OutputSheet[] | undefined;
  let json: ResultJson | undefined;
  return {
    result,
    get outputs(): readonly OutputSheet[] {
      outputs ??= [...buildOutputSheets(result, analysis), ...(stale ? [stale] : [])];
      return outputs;
    },
    registry: registryGrid([...created, ...names]),
    get json(): ResultJson {
      json ??= resultToJson(result, analysis);
      return json;
    },
    analysis,
    summary: summarize(result, analysis.recommendations.length, summarizeMeasures(analysis.measures)),
  };
}

export function summarize(result: ComputeResult, recommendations = 0, measures: MeasuresSummary = { measures: 0, worked: 0, overdue: 0 }): RunSummary {
  const count = (s: Status) => result.criteria.filter((c) => c.total.status === s).length;
  const sev = (s: string) => result.issues.filter((i) => i.severity === s).length;
  return {
    preset: result.preset.id,
    period: result.period,
    organizations: result.organizations.length,
    rows: result.organizations.reduce((n, o) => n + o.rows, 0),
    criteria: result.criteria.length,
    met: count('met'),
    below: count('below'),
    noTarget: count('no-target'),
    noData: count('no-data'),
    warnings: sev('warning'),
    errors: sev('error'),
    infos: sev('info'),
    recommendations,
    catalogueErrors: result.issues.filter((i) => i.code === 'catalogue' && i.severity === 'error').length,
    measures: measures.measures,
    measuresWorked: measures.worked,
    measuresOverdue: measures.overdue,
  };
}
