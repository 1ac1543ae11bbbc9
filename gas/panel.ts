/**
 * The server side of the sidebar: every google.script.run target, each returning plain JSON
 * (shared/api.ts). Failures come back as `{ ok: false, message }` in Russian rather than as
 * exceptions, so the page never has to show an Apps Script error text or a stack trace.
 */
import { DEFAULT_PRESET_ID, defaultPeriod, findPreset, MEASURE_TEXT, PRESETS, readSettings, SHEET, type Issue } from '../core/index';
import { now } from './budget';
import { TEXT } from './messages';
import { CacheProgress, readProgress, RUN_ID_PATTERN } from './progress';
import { describeFailure, runMonitoring, type RunDone } from './run';
import { createCatalogueSheet } from './catalogue';
import { openReportFromPanel } from './report';
import type { CatalogueReport, Outcome, PanelState, PanelSummary, RunProgress, RunRequest, ServerApi, TemplateReport } from './shared/api';
import { sheetRoles } from './tabs';
import { createTemplateSheets } from './template';

export function getPanelState(): Outcome<PanelState> {
  return attempt(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheets, classified, organizationTabs } = sheetRoles(ss);
    const settingsSheet = classified.settings ? sheets.find((s) => s.name === classified.settings?.name) : undefined;
    const today = new Date(now());
    let presetId = DEFAULT_PRESET_ID;
    let period = defaultPeriod(today);
    let settingsNote: string | null = TEXT.settingsMissing;
    if (settingsSheet) {
      settingsNote = null;
      const issues: Issue[] = [];
      const settings = readSettings({ name: settingsSheet.name, values: settingsSheet.sheet.getDataRange().getValues() }, issues);
      if (settings.presetId) {
        const preset = findPreset(settings.presetId);
        if (preset) presetId = preset.id;
        else settingsNote = TEXT.settingsBadPreset(settings.presetId);
      }
      if (settings.period) period = settings.period;
    }
    return {
      presets: PRESETS.map((p) => ({ id: p.id, title: p.title })),
      presetId,
      period,
      settingsNote,
      hasOrganizationTabs: organizationTabs.length > 0,
    };
  });
}

export function runFromPanel(request: RunRequest): Outcome<PanelSummary> {
  if (!request || typeof request.runId !== 'string' || !RUN_ID_PATTERN.test(request.runId)) {
    return { ok: false, code: 'bad-usage', message: TEXT.badRunId };
  }
  const progress = new CacheProgress(request.runId);
  progress.report({ phase: 'waiting' });
  const outcome = attempt(() =>
    toPanelSummary(runMonitoring({ presetId: String(request.presetId ?? '').trim(), period: String(request.period ?? '').trim() }, progress)),
  );
  if (!outcome.ok) progress.report({ phase: 'failed' });
  return outcome;
}

export function getRunProgress(runId: string): RunProgress | null {
  return typeof runId === 'string' ? readProgress(runId) : null;
}

export function openProblemsSheet(): Outcome<string> {
  return attempt(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName(SHEET.problems);
    if (!sheet) throw new PanelMessage('no-problems-sheet', TEXT.noProblemsSheet);
    ss.setActiveSheet(sheet);
    return SHEET.problems;
  });
}

export function createTemplateFromPanel(): Outcome<TemplateReport> {
  return attempt(createTemplateSheets);
}

/** «Создать настройку показателей» from the sidebar, with the preset chosen there. */
export function createCatalogueFromPanel(presetId: string): Outcome<CatalogueReport> {
  return attempt(() => createCatalogueSheet(typeof presetId === 'string' ? presetId : ''));
}

/** Compile-time check that this file implements exactly what the page calls. */
export const PANEL_API: ServerApi = { getPanelState, runFromPanel, getRunProgress, openProblemsSheet, createTemplateFromPanel, createCatalogueFromPanel, openReportFromPanel };

class PanelMessage extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function attempt<T>(action: () => T): Outcome<T> {
  try {
    return { ok: true, value: action() };
  } catch (e) {
    if (e instanceof PanelMessage) return { ok: false, code: e.code, message: e.message };
    const f = describeFailure(e);
    return { ok: false, code: f.code, message: f.message };
  }
}

function toPanelSummary(done: RunDone): PanelSummary {
  const s = done.summary;
  const r = done.plan.result;
  return {
    presetId: s.preset,
    presetTitle: r.preset.title,
    period: s.period,
    referenceDate: r.referenceDate,
    organizations: s.organizations,
    rows: s.rows,
    criteria: s.criteria,
    met: s.met,
    below: s.below,
    noData: s.noData,
    noTarget: s.noTarget,
    recommendations: s.recommendations,
    problems: s.errors + s.warnings,
    infos: s.infos,
    sheetsWritten: [...done.written],
    catalogueErrors: s.catalogueErrors,
    measures: s.measures,
    measuresWorked: s.measuresWorked,
    measuresText: s.measures > 0 ? MEASURE_TEXT.summaryLine(s.measures, s.measuresWorked, s.measuresOverdue) : null,
    finishedAt: new Date(now()).toISOString(),
    seconds: done.seconds,
  };
}
