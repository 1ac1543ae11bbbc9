/**
 * The add-in's state, shared by the task pane and the ribbon command in the one shared runtime:
 * the current run's progress, its last report or error, and the preset/period the user chose.
 * Both entry points act through it, so the pane shows a run the ribbon started, and a second
 * click anywhere is refused with a message while the first run goes on. No DOM, no Office
 * globals: the host is injected, so tests drive it with the fake Excel.
 */
import { isPedmonitorError, SHEET } from '../../core/index';
import { userMessage } from './excel/errors';
import type { ExcelHost } from './excel/office-api';
import { createCatalogue } from './excel/catalogue';
import { createTemplate } from './excel/template';
import { TEXT } from './messages';
import { exclusive, isRunning } from './run-lock';
import { makeReport, type ReportFile } from './report';
import { progressText, runMonitoring, showSheet, type RunProgress, type RunReport } from './run';

export type Notice = { readonly kind: 'error' | 'warning' | 'success' | 'info'; readonly text: string };

export interface PaneState {
  readonly running: boolean;
  /** The last analytical report made («Аналитическая справка»), to save from the pane. */
  readonly reportFile: ReportFile | null;
  /** Progress lines of the current (or last) run, newest last. */
  readonly steps: readonly { readonly phase: RunProgress['phase']; readonly text: string }[];
  readonly report: RunReport | null;
  readonly notice: Notice | null;
}

export interface Overrides {
  readonly presetId?: string;
  readonly period?: string;
}

export type Outcome = 'done' | 'refused' | 'failed';

export class Controller {
  private state: PaneState = { running: false, steps: [], report: null, notice: null, reportFile: null };
  private readonly listeners = new Set<(s: PaneState) => void>();
  private overrides: Overrides = {};

  constructor(
    private readonly excel: ExcelHost,
    private readonly today: () => Date = () => new Date(),
  ) {}

  get current(): PaneState {
    return this.state;
  }

  subscribe(listener: (s: PaneState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Preset and period chosen in the pane; used by the ribbon command too. */
  setOverrides(overrides: Overrides): void {
    this.overrides = overrides;
  }

  /** «Рассчитать показатели», from the pane or the ribbon. */
  async run(): Promise<Outcome> {
    if (isRunning()) {
      this.update({ notice: { kind: 'warning', text: TEXT.busy } });
      return 'refused';
    }
    this.update({ running: true, steps: [], report: null, notice: null });
    try {
      const report = await runMonitoring(this.excel, { today: this.today(), ...this.overrides }, (p) => this.progress(p));
      this.update({ running: false, report, notice: report.warnings.length > 0 ? { kind: 'warning', text: report.warnings.join('\n') } : null });
      return 'done';
    } catch (e) {
      const busy = isPedmonitorError(e) && e.code === 'busy';
      this.update({ running: busy ? this.state.running : false, notice: { kind: busy ? 'warning' : 'error', text: userMessage(e) } });
      return busy ? 'refused' : 'failed';
    }
  }

  /** «Аналитическая справка», from the pane or the ribbon: the file to save appears in the pane. */
  async makeReport(): Promise<Outcome> {
    if (isRunning()) {
      this.update({ notice: { kind: 'warning', text: TEXT.busy } });
      return 'refused';
    }
    this.update({ notice: { kind: 'info', text: TEXT.reportBuilding } });
    try {
      const file = await makeReport(this.excel, { today: this.today(), ...this.overrides });
      this.update({ reportFile: file, notice: { kind: 'success', text: TEXT.reportReady(file.fileName, Math.max(1, Math.round(file.bytes / 1024))) } });
      return 'done';
    } catch (e) {
      this.update({ notice: { kind: 'error', text: userMessage(e) } });
      return 'failed';
    }
  }

  /** «Создать шаблон». */
  async createTemplate(): Promise<Outcome> {
    if (isRunning()) {
      this.update({ notice: { kind: 'warning', text: TEXT.busy } });
      return 'refused';
    }
    try {
      const created = await exclusive(() => this.excel.run((context) => createTemplate(context, this.today())));
      this.update({ notice: created.length > 0 ? { kind: 'success', text: TEXT.templateDone(created) } : { kind: 'info', text: TEXT.templateNothing } });
      return 'done';
    } catch (e) {
      this.update({ notice: { kind: 'error', text: userMessage(e) } });
      return 'failed';
    }
  }

  /** «Создать настройку показателей», from the preset chosen in the pane (else `Настройки`). */
  async createCatalogue(): Promise<Outcome> {
    if (isRunning()) {
      this.update({ notice: { kind: 'warning', text: TEXT.busy } });
      return 'refused';
    }
    try {
      const done = await exclusive(() => this.excel.run((context) => createCatalogue(context, this.overrides.presetId)));
      this.update({
        notice: done.created
          ? { kind: 'success', text: TEXT.catalogueDone(done.preset.id, done.preset.criteria.length) }
          : { kind: 'info', text: TEXT.catalogueExists(done.existing) },
      });
      return 'done';
    } catch (e) {
      this.update({ notice: { kind: 'error', text: userMessage(e) } });
      return 'failed';
    }
  }

  /** The summary's link: activates `Проверка данных`. */
  async openProblems(): Promise<void> {
    const name = this.state.report?.problemsSheet ?? SHEET.problems;
    try {
      if (!(await showSheet(this.excel, name))) this.update({ notice: { kind: 'info', text: TEXT.noProblemsSheet } });
    } catch (e) {
      this.update({ notice: { kind: 'error', text: userMessage(e) } });
    }
  }

  private progress(p: RunProgress): void {
    const text = progressText(p);
    // A phase's newer line replaces its previous one (writing part 2 of 3 replaces part 1 of 3).
    const steps = this.state.steps.filter((s) => s.phase !== p.phase && !(p.phase === 'read' && s.phase === 'reading'));
    this.update({ steps: [...steps, { phase: p.phase, text }] });
  }

  private update(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
