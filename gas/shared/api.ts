/**
 * What crosses google.script.run between the sidebar and the server. google.script.run serialises
 * arguments and results as JSON, so every type here is plain data: strings, numbers, booleans,
 * null, arrays and objects — dates as ISO strings, no optional fields, no undefined. The client
 * wrapper and the server both compile against ServerApi, so a name or a shape cannot drift.
 */

export interface PresetChoice {
  readonly id: string;
  readonly title: string;
}

/** The sidebar's initial state: the presets and the defaults taken from `Настройки`. */
export interface PanelState {
  readonly presets: readonly PresetChoice[];
  readonly presetId: string;
  readonly period: string;
  /** A remark on `Настройки` (missing sheet, unknown preset), or null. */
  readonly settingsNote: string | null;
  /** Whether the workbook has at least one organisation tab; if not, the panel suggests the template. */
  readonly hasOrganizationTabs: boolean;
}

export interface RunRequest {
  /** Chosen by the page; progress is published under it. */
  readonly runId: string;
  readonly presetId: string;
  /** '' = take it from `Настройки`. */
  readonly period: string;
}

export type RunPhase = 'waiting' | 'reading' | 'computing' | 'writing' | 'done' | 'failed';

/** A progress report the server publishes while a run is going; the page polls for it. */
export interface RunProgress {
  readonly phase: RunPhase;
  readonly tabsDone: number;
  readonly tabsTotal: number;
  readonly rowsRead: number;
  /** Organisations and counted staff rows, known once computing has finished. */
  readonly organizations: number;
  readonly staffRows: number;
  readonly sheetsDone: number;
  readonly sheetsTotal: number;
  /** The output sheet being written, '' otherwise. */
  readonly currentSheet: string;
  /** ISO time of the report. */
  readonly updatedAt: string;
}

export interface PanelSummary {
  readonly presetId: string;
  readonly presetTitle: string;
  readonly period: string;
  /** ISO date ages were counted at. */
  readonly referenceDate: string;
  readonly organizations: number;
  readonly rows: number;
  readonly criteria: number;
  readonly met: number;
  readonly below: number;
  readonly noData: number;
  readonly noTarget: number;
  /** Lines of `Рекомендации`. */
  readonly recommendations: number;
  /** Errors and warnings in `Проверка данных` (rows or values left out). */
  readonly problems: number;
  /** Information lines in `Проверка данных`. */
  readonly infos: number;
  readonly sheetsWritten: readonly string[];
  /** Rows of «Настройка показателей» that could not be read (their criteria were skipped). */
  readonly catalogueErrors: number;
  /** Measures of «Мероприятия» judged and those that worked; the line the sidebar shows, null without measures. */
  readonly measures: number;
  readonly measuresWorked: number;
  readonly measuresText: string | null;
  /** ISO time the run finished. */
  readonly finishedAt: string;
  readonly seconds: number;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string; readonly message: string };

export interface TemplateReport {
  readonly created: readonly string[];
  readonly kept: readonly string[];
  readonly message: string;
}

export interface CatalogueReport {
  /** False when the workbook already had the sheet (nothing changed). */
  readonly created: boolean;
  readonly presetId: string;
  readonly criteria: number;
  readonly message: string;
}

export interface ReportRequest {
  readonly presetId: string;
  readonly period: string;
}

/** The report dialog the sidebar asked for is open. */
export interface ReportOpened {
  readonly fileName: string;
  readonly message: string;
}

/** Every server function the sidebar calls. The build turns each into a top-level function. */
export interface ServerApi {
  getPanelState(): Outcome<PanelState>;
  runFromPanel(request: RunRequest): Outcome<PanelSummary>;
  getRunProgress(runId: string): RunProgress | null;
  openProblemsSheet(): Outcome<string>;
  createTemplateFromPanel(): Outcome<TemplateReport>;
  createCatalogueFromPanel(presetId: string): Outcome<CatalogueReport>;
  /** The preset and period chosen in the panel ('' = from `Настройки`), as for a run. */
  openReportFromPanel(request: ReportRequest): Outcome<ReportOpened>;
}

export const SERVER_FUNCTIONS: readonly (keyof ServerApi)[] = [
  'getPanelState',
  'runFromPanel',
  'getRunProgress',
  'openProblemsSheet',
  'createTemplateFromPanel',
  'createCatalogueFromPanel',
  'openReportFromPanel',
];

/** True when a value survives JSON unchanged at the type level: used to assert ServerApi is plain JSON. */
type JsonSafe<T> = T extends string | number | boolean | null
  ? T
  : T extends readonly (infer U)[]
    ? readonly JsonSafe<U>[]
    : T extends Date | ((...args: never[]) => unknown) | undefined | symbol | bigint
      ? never
      : { readonly [K in keyof T]: JsonSafe<T[K]> };
type Check<T> = [T] extends [JsonSafe<T>] ? true : false;
type AllJson = {
  [K in keyof ServerApi]: Check<ReturnType<ServerApi[K]>> extends true ? (Check<Parameters<ServerApi[K]>> extends true ? true : false) : false;
};
/** Fails to compile if a ServerApi argument or result is not plain JSON. */
export const API_IS_PLAIN_JSON: AllJson[keyof ServerApi] = true;
