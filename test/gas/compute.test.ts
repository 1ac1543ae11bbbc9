/**
 * The built Code.js computes what the core computes: «Рассчитать показатели» on the example
 * workbook writes `Показатели` and `Проверка данных` cell for cell as planRun plans them (values,
 * number formats, colours, weights, widths, frozen panes), in any spreadsheet time zone, keeps
 * text as text, records its sheets in the registry, and a rerun changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_SHEET, SHEET } from '../../core/index';
import { createGasEnvironment } from '../fakes/apps-script';
import { actualCells, buildGas, corePlan, exampleEnv, exampleSheets, expectedCells, lastAlert, START } from './helpers';

// The script runs in Europe/Moscow (manifest); date cells come from the spreadsheet's own zone.
process.env.TZ = 'Europe/Moscow';

beforeAll(buildGas);

describe('computeIndicators on the example workbook', () => {
  const plan = corePlan(exampleSheets());

  it('writes every output sheet exactly as the core plans it', () => {
    const env = exampleEnv({ spreadsheetTimeZone: 'Asia/Yekaterinburg' });
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('Расчёт завершён');
    for (const out of plan.outputs) {
      const sheet = env.spreadsheet.sheet(out.name);
      expect(sheet, out.name).toBeDefined();
      expect(actualCells(sheet!, out)).toEqual(expectedCells(out));
      const cells = sheet!.inspect(out.values.length, out.columnWidths.length);
      expect(cells.formulas.flat().every((f) => f === ''), 'no text became a formula').toBe(true);
      for (const c of out.wrapColumns) expect(cells.wraps.every((r) => r[c] === true)).toBe(true);
      expect(sheet!.frozenRows).toBe(out.frozenRows);
      expect(sheet!.frozenColumns).toBe(out.frozenColumns);
      expect(out.columnWidths.map((_, c) => sheet!.columnWidths.get(c + 1))).toEqual([...out.columnWidths]);
      expect(sheet!.hidden).toBe(false);
      expect(sheet!.metadata.map((m) => m.key)).toEqual(['pedmonitor']);
      // Rows fitted to their wrapped text in one call; the long tables filtered from their header.
      expect(sheet!.autoResized).toEqual([[1, out.values.length]]);
      const f = out.filter;
      expect(sheet!.filter, out.name).toBe(f ? `R${f.row + 1}C${f.column + 1}:R${f.row + f.rowCount}C${f.column + f.columnCount}` : null);
    }
    expect(plan.outputs.filter((o) => o.filter).map((o) => o.name)).toEqual([SHEET.indicators, SHEET.recommendations, SHEET.problems, SHEET.history]);
    expect(env.spreadsheet.names()).toEqual([...exampleSheets().map((s) => s.name), ...plan.outputs.map((o) => o.name), REGISTRY_SHEET]);
    // The run ends on «Сводка».
    expect(env.spreadsheet.active?.name).toBe(SHEET.summary);
  });

  it('keeps ids such as "1.1" and texts such as "=SUM(A1)" as text', () => {
    // A tab whose name looks like a formula: its name is a header cell of `Показатели` and a
    // `Лист` cell of `Проверка данных`; both are '@' text and must not become formulas.
    const sheets = exampleSheets().map((s) => (s.name === 'МАОУ СОШ №3' ? { ...s, name: '=SUM(A1)' } : s));
    const env = createGasEnvironment({ sheets, now: START });
    env.call('computeIndicators');
    const own = corePlan(sheets);
    for (const out of own.outputs) {
      const cells = env.spreadsheet.sheet(out.name)!.inspect(out.values.length, out.columnWidths.length);
      expect(cells.values).toEqual(expectedCells(out).values);
      expect(cells.formulas.flat().filter((f) => f !== '')).toEqual([]);
    }
    const values = env.spreadsheet.sheet(SHEET.indicators)!.inspect().values.flat();
    expect(values).toContain('=SUM(A1)');
    const ids = own.outputs[0]!.values.map((r) => r[0]).filter((v): v is string => typeof v === 'string' && /^\d+\.\d+$/.test(v));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(values).toContain(id);
  });

  it('records its sheets in the hidden, marked registry', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    const registry = env.spreadsheet.sheet(REGISTRY_SHEET)!;
    expect(registry.hidden).toBe(true);
    expect(registry.metadata.map((m) => m.key)).toEqual(['pedmonitor']);
    expect(registry.inspect().values).toEqual(plan.registry);
  });

  it.each(['Europe/Kaliningrad', 'Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Vladivostok', 'Asia/Kamchatka'])(
    'reads date cells as the days they show in a %s spreadsheet',
    (zone) => {
      const env = exampleEnv({ spreadsheetTimeZone: zone });
      env.call('computeIndicators');
      // Birthdays of the example cluster right after the reference date (1 June): a day off changes ages.
      for (const out of plan.outputs) expect(actualCells(env.spreadsheet.sheet(out.name)!, out).values).toEqual(expectedCells(out).values);
    },
  );

  it('shows progress as toasts and a Russian summary at the end', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    const toasts = env.spreadsheet.toasts.map((t) => t.message);
    expect(toasts[0]).toMatch(/^Чтение листов/);
    expect(toasts.some((t) => t.startsWith('Расчёт показателей'))).toBe(true);
    expect(toasts).toContain('Запись листа «Показатели»…');
    expect(toasts[toasts.length - 1]).toBe('Расчёт завершён');
    const alert = lastAlert(env);
    expect(alert).toContain(`Организаций: ${plan.summary.organizations}, учтено работников: ${plan.summary.rows}`);
    expect(alert).toContain(`достигнуто: ${plan.summary.met}, не достигнуто: ${plan.summary.below}`);
    expect(alert).toContain(`Проблем в данных: ${plan.summary.errors + plan.summary.warnings}`);
  });

  it('is idempotent: a rerun leaves an identical spreadsheet', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    const first = env.spreadsheet.snapshot();
    env.call('computeIndicators');
    expect(env.spreadsheet.snapshot()).toEqual(first);
    expect(env.spreadsheet.names().filter((n) => n.startsWith('_pedmonitor_'))).toEqual([]);
  });

  it('puts a rerun output where the user moved the previous one', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    const sheets = env.spreadsheet.sheets;
    sheets.unshift(...sheets.splice(sheets.indexOf(env.spreadsheet.sheet(SHEET.indicators)!), 1));
    env.call('computeIndicators');
    expect(env.spreadsheet.names()[0]).toBe(SHEET.indicators);
    expect(env.spreadsheet.names().filter((n) => n === SHEET.indicators)).toHaveLength(1);
  });
});

describe("the sidebar's server functions", () => {
  it('getPanelState offers the presets with the defaults of `Настройки`', () => {
    const env = exampleEnv();
    const state = env.callJson('getPanelState') as { ok: boolean; value: { presetId: string; period: string; presets: { id: string }[]; hasOrganizationTabs: boolean } };
    expect(state.ok).toBe(true);
    expect(state.value.presetId).toBe('alapaevsk-2024');
    expect(state.value.period).toBe('2023-2024');
    expect(state.value.presets.map((p) => p.id)).toContain('surgut-2021');
    expect(state.value.hasOrganizationTabs).toBe(true);
  });

  it('runFromPanel computes with the chosen preset and period, publishes progress, returns plain JSON', () => {
    const env = exampleEnv();
    const plan = corePlan(exampleSheets(), { presetId: 'surgut-2021', period: '2022-2023' });
    const outcome = env.callJson('runFromPanel', { runId: 'test-run-0001', presetId: 'surgut-2021', period: '2022-2023' }) as {
      ok: boolean;
      value: Record<string, unknown>;
    };
    expect(outcome.ok).toBe(true);
    expect(outcome.value).toMatchObject({
      presetId: 'surgut-2021',
      period: '2022-2023',
      organizations: plan.summary.organizations,
      rows: plan.summary.rows,
      met: plan.summary.met,
      below: plan.summary.below,
      noData: plan.summary.noData,
      problems: plan.summary.errors + plan.summary.warnings,
      sheetsWritten: plan.outputs.map((o) => o.name),
    });
    for (const out of plan.outputs) expect(actualCells(env.spreadsheet.sheet(out.name)!, out)).toEqual(expectedCells(out));
    const phases = env.userCache.puts.map((p) => (JSON.parse(p.value) as { phase: string }).phase);
    expect([...new Set(phases)]).toEqual(['waiting', 'reading', 'computing', 'writing', 'done']);
    const progress = env.callJson('getRunProgress', 'test-run-0001') as { phase: string; organizations: number; tabsTotal: number };
    expect(progress).toMatchObject({ phase: 'done', organizations: plan.summary.organizations });
    expect(env.callJson('getRunProgress', 'someone-elses-run')).toBeNull();
  });

  it('openProblemsSheet activates `Проверка данных`, or says to compute first', () => {
    const env = exampleEnv();
    expect(env.callJson('openProblemsSheet')).toMatchObject({ ok: false, message: expect.stringContaining('сначала выполните расчёт') });
    env.call('computeIndicators');
    env.spreadsheet.active = env.spreadsheet.sheet('Настройки')!;
    expect(env.callJson('openProblemsSheet')).toEqual({ ok: true, value: SHEET.problems });
    expect(env.spreadsheet.active?.name).toBe(SHEET.problems);
  });
});
