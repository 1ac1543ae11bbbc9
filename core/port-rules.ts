/**
 * Rules of writing that belong to no host, kept once so the Apps Script, Excel and .xlsx ports
 * cannot drift apart: the one check of the registry sheet, the names of temporary and backup
 * sheets (and which left-overs a run may delete), which previous sheet an output replaces, how a
 * chart's target series is drawn, and which template sheets «Создать шаблон» adds.
 */
import type { SheetData } from './cells';
import { pedmonitorError, type PedmonitorError } from './errors';
import type { ChartSpec } from './output/charts';
import { checkOutputOwnership, isRegistryGrid, REGISTRY_SHEET } from './output/ownership';
import type { OutputPlan, WorkbookSnapshot } from './port';
import { classifySheets } from './read/workbook';
import { OWNERSHIP } from './texts/ru/output';
import { EXAMPLE_ORGANIZATION_TAB, SHEET } from './texts/ru/workbook';
import { templateSheets, type TemplateSheet } from './template';
import { templateContext, type TemplateContext } from './measures/template';

/** Temporary sheets of a run in progress, and previous outputs between the swap and their deletion. */
export const TEMP_PREFIX = '_pedmonitor_new_';
export const BACKUP_PREFIX = '_pedmonitor_old_';
/** Temporaries of earlier versions of the Google Sheets host, still recognised as left-overs. */
const LEGACY_TEMP_PREFIX = '_pedmonitor_tmp_';
/** A run id: short, lower-case letters and digits. */
export const RUN_ID = /^[a-z0-9]{1,16}$/;
const LEFTOVER = /^_pedmonitor_(new|old|tmp)_([a-z0-9]{1,16})_\d+$/;

export function temporaryName(runId: string, index: number): string {
  return `${TEMP_PREFIX}${runId}_${index}`;
}

export function backupName(runId: string, index: number): string {
  return `${BACKUP_PREFIX}${runId}_${index}`;
}

/** Whether a name is one of the program's temporary or backup sheets (of any run). */
export function isTemporaryName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX) || name.startsWith(BACKUP_PREFIX) || name.startsWith(LEGACY_TEMP_PREFIX);
}

/** A temporary (`new`, or `tmp` of earlier versions) or backup (`old`) sheet of a run, with that run's id. */
export function parseLeftover(name: string): { readonly kind: 'new' | 'old'; readonly runId: string } | null {
  const m = LEFTOVER.exec(name);
  if (!m) return null;
  return { kind: m[1] === 'old' ? 'old' : 'new', runId: m[2]! };
}

/**
 * The one check of the registry sheet, made before anything is written: a sheet named like the
 * registry (in any case) that is not the program's registry is a user's sheet, and the run stops.
 * An empty sheet of that name is not a registry either.
 */
export function checkRegistrySheet(sheets: readonly SheetData[]): PedmonitorError | null {
  const sheet = sheets.find((s) => s.name.toLowerCase() === REGISTRY_SHEET);
  if (!sheet) return null;
  if (sheet.name === REGISTRY_SHEET && isRegistryGrid(sheet.values)) return null;
  return pedmonitorError('output-sheet-taken', OWNERSHIP.registryTaken(sheet.name));
}

/**
 * Why a port must not write this plan into the workbook it read (a user's own registry or output
 * sheet), or null. planRun refuses the same before computing; a port checks again on its own.
 */
export function writeRefusal(snapshot: WorkbookSnapshot, plan: OutputPlan): PedmonitorError | null {
  return checkRegistrySheet(snapshot.sheets) ?? checkOutputOwnership(snapshot.names, plan.outputs.map((o) => o.name), snapshot.owned);
}

/** The sheet an output replaces: the owned sheet of the same name (hosts compare names case-insensitively). */
export function previousOutput(names: readonly string[], output: string, owned: ReadonlySet<string>): string | null {
  const key = output.toLowerCase();
  return names.find((n) => n.toLowerCase() === key && owned.has(n)) ?? null;
}

/** How a chart's target series is drawn: as a line, as a bar/column, or not at all. */
export function targetDrawing(spec: ChartSpec): 'line' | 'bar' | null {
  const target = spec.data.target;
  if (!target) return null;
  if (spec.kind === 'bar') return 'bar'; // no host combines horizontal bars with a line
  return target.style;
}

export interface TemplatePlan {
  /** Sheets to add, in order. */
  readonly add: readonly TemplateSheet[];
  /** Template sheets the workbook already has (left untouched). */
  readonly kept: readonly string[];
}

/**
 * Which template sheets «Создать шаблон» adds: those the workbook does not have yet (by name in
 * any case, or recognised as the same reserved sheet); the example organisation tab only when
 * there is no organisation tab with content yet (an empty «Лист1» is not one); with organisation tabs present, `Организации` lists them.
 * An existing sheet is never touched.
 */
export function templatePlan(sheets: readonly { readonly name: string; readonly empty: boolean }[], today: Date, context?: TemplateContext): TemplatePlan {
  const classified = classifySheets(sheets.map((s) => ({ name: s.name, values: [] })));
  const empty = new Set(sheets.filter((s) => s.empty).map((s) => s.name));
  const orgTabs = classified.organizationTabs.filter((s) => !empty.has(s.name)).map((s) => s.name);
  const existing = new Set(sheets.map((s) => s.name.toLowerCase()));
  const present = (name: string): boolean =>
    existing.has(name.toLowerCase()) ||
    (name === SHEET.settings && Boolean(classified.settings)) ||
    (name === SHEET.organizations && Boolean(classified.organizations)) ||
    (name === SHEET.municipality && Boolean(classified.municipality));
  const add: TemplateSheet[] = [];
  const kept: string[] = [];
  // The drop-downs of «Мероприятия» and «Сведения ОО»: the workbook's preset and organisations
  // (templateContext over the sheets' values, when the host read them), else its tabs by name.
  const ctx = context ?? templateContext(orgTabs.map((name) => ({ name, values: [] })), today);
  for (const t of templateSheets(today, ctx)) {
    if (t.name === EXAMPLE_ORGANIZATION_TAB && orgTabs.length > 0) continue;
    if (present(t.name)) kept.push(t.name);
    else add.push(t.name === SHEET.organizations && orgTabs.length > 0 ? listing(t, orgTabs) : t);
  }
  return { add, kept };
}

/** `Организации` listing the organisation tabs (types left for the user to choose). */
function listing(t: TemplateSheet, orgTabs: readonly string[]): TemplateSheet {
  const width = t.rows[0]?.length ?? 1;
  return { ...t, rows: [t.rows[0] ?? [], ...orgTabs.map((name) => [name, ...new Array<null>(width - 1).fill(null)])] };
}
