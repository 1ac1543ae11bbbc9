/**
 * «Рекомендации» is built from lists grouped by organisation once (recommendations, last period's
 * done ones, the directors' deficit recommendations) instead of filtering every list for each of
 * the organisations' pages. Its rows must be exactly what the sheet gave before: that version
 * (every list filtered per page) is kept below as the oracle, and the whole sheet — values,
 * formats, tones, row heights, page breaks, filter — must equal it on multi-organisation cases
 * that reach every block: a district over two periods with done recommendations and measures,
 * the deficits fixture (a director's deficit line on one page, the municipal ones on the first),
 * the example workbook (12 organisations), and the pages' order and count lines checked by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import { deficitMunicipalRows, directorDeficitRows, organizationDeficitRecommendations } from '../../core/deficits/recommendation-rows';
import { addMeasuresSection } from '../../core/measures/sheet';
import { measuresHeader } from '../../core/measures/template';
import { allClearOr, coverageOf, coverageSentence } from '../../core/output/coverage';
import { REGISTRY_SHEET } from '../../core/output/ownership';
import { formatNumber } from '../../core/output/present';
import { DECISION_KIND, KIND_LABELS, MUNICIPAL_DECISION_ADDRESSEE, RECOMMENDATIONS_HEADER, RECOMMENDATIONS_WIDTHS, THIN_MARK, buildRecommendationsSheet } from '../../core/output/recommendations-sheet';
import { SheetBuilder, type OutputSheet, type Tone } from '../../core/output/table';
import type { Analysis } from '../../core/recommend/index';
import { gapWithUnit, organizationLabel, recommendationKey, type Recommendation } from '../../core/recommend/rules';
import type { ComputeResult } from '../../core/result';
import { planRun, type RunPlan } from '../../core/run-plan';
import { SHEET } from '../../core/read/workbook';
import { DR } from '../../core/texts/ru/deficits';
import { MEASURE_TEXT } from '../../core/texts/ru/measures';
import { organizationTitle } from '../../core/texts/ru/org-reports';
import { plural } from '../../core/texts/ru/plural';
import { readWorkbook } from '../../cli/xlsx/index';
import { nodeCodec } from '../../cli/xlsx/node-codec';
import { deficitsFixture } from '../deficits/fixture';
import { DDT, district, KINDERGARTEN, merge, SCHOOL, setFor, yesFor } from '../helpers/district';
import { settingsSheet, TODAY } from '../helpers/workbook';

// ---- The oracle: buildRecommendationsSheet as it was, every list filtered per organisation. ----
function referenceSheet(result: ComputeResult, analysis: Analysis): OutputSheet {
  const b = new SheetBuilder(SHEET.recommendations, RECOMMENDATIONS_WIDTHS);
  const recs = analysis.recommendations;
  const count = (p: number) => recs.filter((r) => r.priority === p && r.kind !== 'success').length;
  const minPeople = result.minPeople ?? 5;
  b.row([`Адресные рекомендации и управленческие решения: ${result.preset.title}, период ${result.period}`], 'title');
  b.note(
    `Рекомендаций: ${recs.length} (приоритет 1 — ${count(1)}, приоритет 2 — ${count(2)}, приоритет 3 — ${count(3)}; успешных практик — ${recs.filter((r) => r.kind === 'success').length}). ` +
      `Зона внимания и успешная практика — отклонение от среднего по муниципалитету не менее чем на ${formatNumber(result.attentionThreshold)} п.п. ` +
      `«${THIN_MARK}» — в расчёте меньше ${minPeople} ${plural(minPeople, 'человека', 'человек', 'человек')}: такой вывод предварительный и не бывает приоритетом 1. ` +
      'Каждая организация — на отдельной странице при печати.',
    'muted',
  );
  const coverage = coverageOf(result);
  if (coverage.mostMissing) b.note(coverageSentence(coverage), 'warning');
  const headerRow = b.rowCount;
  b.row([...RECOMMENDATIONS_HEADER], 'header');
  b.row([`Муниципальный уровень: управленческие решения и рекомендации (${MUNICIPAL_DECISION_ADDRESSEE})`], 'track');
  b.row(['Управленческие решения (первоочередные)'], 'indicator');
  if (analysis.decisions.length === 0) b.row(['', '', '', '', '', '', '', '', '', allClearOr(coverage, 'Первоочередных управленческих решений не требуется: целевые значения достигнуты, зон внимания нет.'), ''], 'info');
  analysis.decisions.forEach((d, i) => {
    b.row([i + 1, organizationLabel(null), MUNICIPAL_DECISION_ADDRESSEE, d.criterionIds.join(', '), d.title, DECISION_KIND, '', '', '', `${d.text} Основание: ${d.basis}`, '']);
  });
  b.row(['Рекомендации муниципальной методической службе и Управлению образования'], 'indicator');
  const municipal = recs.filter((r) => r.organization === null);
  if (municipal.length === 0) b.row(['', '', '', '', '', '', '', '', '', allClearOr(coverage, 'По муниципалитету в целом целевые значения достигнуты.'), ''], 'info');
  const titles = new Map(result.organizations.map((o) => [o.name, organizationTitle(o)]));
  for (const r of municipal) recRow(b, r, analysis, titles);
  doneRows(b, analysis, null);
  deficitMunicipalRows(b, analysis.deficitRecommendations, result.deficits !== undefined);
  for (const o of result.organizations) {
    b.pageBreak();
    const own = recs.filter((r) => r.organization === o.name);
    const open = own.filter((r) => r.kind !== 'success');
    const practices = own.filter((r) => r.kind === 'success');
    b.row([`${organizationTitle(o)} (${o.type}): адресные рекомендации`], 'track');
    const deficits = organizationDeficitRecommendations(analysis.deficitRecommendations, o.name).length;
    b.row([
      `Работников в мониторинге: ${o.rows}. Рекомендаций: ${open.length}` +
        (open.length > 0 ? ` (приоритет 1 — ${open.filter((r) => r.priority === 1).length}, 2 — ${open.filter((r) => r.priority === 2).length}, 3 — ${open.filter((r) => r.priority === 3).length})` : '') +
        `; успешных практик: ${practices.length}.` +
        (deficits > 0 ? DR.pageCount(deficits) : ''),
    ], 'muted');
    if (own.length === 0) b.row(['', o.name, '', '', '', '', '', '', '', allClearOr(coverage, 'Рекомендаций нет: целевые значения достигнуты, зон внимания не выявлено.'), ''], 'info');
    for (const r of open) recRow(b, r, analysis, titles);
    for (const r of practices) recRow(b, r, analysis, titles);
    doneRows(b, analysis, o.name);
    const first = result.organizations.find((x) => x.name === o.name);
    directorDeficitRows(b, organizationDeficitRecommendations(analysis.deficitRecommendations, o.name), first ? organizationTitle(first) : o.name);
  }
  const start = b.rowCount;
  addMeasuresSection(b, result, analysis);
  if (b.rowCount > start) b.pageBreakAt(start);
  return b.build({ frozenRows: headerRow + 1, frozenColumns: 0, wrapColumns: [1, 2, 4, 5, 6, 7, 9], filterHeaderRow: headerRow });
}

function toneOf(r: Recommendation): Tone | null {
  if (r.kind === 'success') return 'met';
  return r.priority === 1 ? 'below' : r.priority === 2 ? 'warning' : null;
}

function recRow(b: SheetBuilder, r: Recommendation, analysis: Analysis, titles: ReadonlyMap<string, string>): void {
  const repeated = analysis.followUp?.repeated ?? new Set<string>();
  const key = recommendationKey({ kind: r.kind, organization: r.organization, criterionId: r.criterion.id });
  b.row([
    { value: r.priority, tone: toneOf(r) },
    (r.organization !== null && titles.get(r.organization)) || organizationLabel(r.organization),
    r.addressee,
    r.criterion.id,
    r.criterion.shortName,
    r.thin ? `${KIND_LABELS[r.kind]} (${THIN_MARK})` : KIND_LABELS[r.kind],
    r.valueText,
    r.targetText,
    r.gap === null ? '' : gapWithUnit(r.criterion, r.gap),
    r.text,
    r.measure ? MEASURE_TEXT.coveredMark : repeated.has(key) ? 'повторно' : 'новая',
  ]);
}

function doneRows(b: SheetBuilder, analysis: Analysis, org: string | null): void {
  const f = analysis.followUp;
  if (!f) return;
  const done = f.done.filter((d) => d.organization === org);
  if (done.length === 0) return;
  b.row([`Результативность мер: выполнено из рекомендаций периода ${f.previousPeriod}`], 'indicator');
  for (const d of done) {
    b.row(['', organizationLabel(d.organization), '', d.criterion.id, d.criterion.shortName, KIND_LABELS[d.kind], d.currentText, '', '', d.text, { value: 'выполнено', tone: 'met' }]);
  }
}

// ---- The cases. ----
const P1 = '2022-2023';
const P2 = '2023-2024';

function measures(rows: readonly Record<string, CellValue>[]): SheetData {
  const header = measuresHeader();
  return { name: 'Мероприятия', values: [header, ...rows.map((r) => header.map((h) => r[h] ?? null))] };
}

/** A district computed for 2022-2023, then for 2023-2024 on what the first run wrote, with measures. */
function twoPeriods(): RunPlan {
  const plan1 = planRun([...district(merge(yesFor('diagRegional', 's3'), yesFor('selfDiag', 'k2'), yesFor('ippr', 'd2', 'd3'))), settingsSheet({ 'Отчётный период': P1 })], { today: TODAY });
  const outputs = new Set(plan1.outputs.map((o) => o.name));
  const written: SheetData[] = [
    ...plan1.outputs.map((o) => ({ name: o.name, values: o.values.map((r) => [...r]) as CellValue[][] })),
    { name: REGISTRY_SHEET, values: plan1.registry },
  ].filter((s) => s.name !== 'Настройки' && (outputs.has(s.name) || s.name === REGISTRY_SHEET));
  const period2 = district(merge(yesFor('diagRegional', 's3', 's4', 's5'), yesFor('selfDiag', 'k3'), yesFor('ippr', 'd2'), setFor('contestLevel', 'муниципальный', 's7', 's10')));
  const register = measures([
    { Мероприятие: 'Муниципальный конкурс «Педагогический дебют»', Критерий: '8.16', Организация: 'Муниципалитет', Ответственный: 'МКУ ИМЦ', Срок: '01.04.2024', Статус: 'выполнено' },
    { Мероприятие: 'Организовать прохождение региональной диагностики', Критерий: 1.2, Организация: SCHOOL, Ответственный: 'Заместитель директора по УВР', Статус: 'выполняется' },
    { Мероприятие: 'План-график ПК', Критерий: '9.1', Организация: DDT, Ответственный: 'Директор', Срок: '01.03.2024', Статус: 'запланировано' },
    { Мероприятие: 'Курсы ПК для воспитателей', Критерий: '9.1', Организация: KINDERGARTEN, Ответственный: 'Заведующий', Срок: '01.03.2024', Статус: 'выполнено' },
  ]);
  return planRun([...written, ...period2, settingsSheet({ 'Отчётный период': P2 }), register], { today: TODAY });
}

const sheetOf = (plan: RunPlan): OutputSheet => plan.outputs.find((o) => o.name === SHEET.recommendations)!;

describe('«Рекомендации» grouped by organisation once: the same sheet as filtering per page', () => {
  it('two periods: done recommendations, repeated ones and measures, on three organisations’ pages', () => {
    const plan = twoPeriods();
    const a = plan.analysis;
    // The case reaches every block the grouping touches.
    expect(a.followUp?.done.length).toBeGreaterThan(0);
    expect(a.followUp?.done.some((d) => d.organization === null)).toBe(true);
    expect(a.followUp?.done.some((d) => d.organization !== null)).toBe(true);
    expect(a.followUp?.repeated.size).toBeGreaterThan(0);
    expect(a.measures.length).toBeGreaterThan(0);
    expect(new Set(a.recommendations.map((r) => r.organization)).size).toBe(4);
    expect(buildRecommendationsSheet(plan.result, a)).toEqual(referenceSheet(plan.result, a));
    expect(sheetOf(plan)).toEqual(referenceSheet(plan.result, a));
  });

  it('deficits: the director’s line on its organisation’s page, counted in its line', () => {
    const plan = planRun(deficitsFixture(), { today: new Date(Date.UTC(2025, 5, 15)) });
    const a = plan.analysis;
    expect(a.deficitRecommendations.some((r) => r.organization !== null)).toBe(true);
    expect(sheetOf(plan)).toEqual(referenceSheet(plan.result, a));
  });

  it('the example workbook: 12 organisations’ pages in tab order, each with its counts', async () => {
    const input = new Uint8Array(readFileSync(path.resolve(__dirname, '../../examples/pedmonitor-example.xlsx')));
    const plan = planRun((await readWorkbook(input, nodeCodec)).sheets, { today: new Date(Date.UTC(2026, 5, 15)) });
    const sheet = sheetOf(plan);
    expect(sheet).toEqual(referenceSheet(plan.result, plan.analysis));
    // Worked out independently: each page opens at a break with its heading, then its counts.
    const orgs = plan.result.organizations;
    expect(orgs).toHaveLength(12);
    const breaks = sheet.pageBreaks ?? [];
    orgs.forEach((o, i) => {
      const at = breaks[i]!;
      expect(sheet.values[at]![0]).toBe(`${organizationTitle(o)} (${o.type}): адресные рекомендации`);
      const own = plan.analysis.recommendations.filter((r) => r.organization === o.name);
      const open = own.filter((r) => r.kind !== 'success').length;
      expect(String(sheet.values[at + 1]![0])).toMatch(new RegExp(`^Работников в мониторинге: ${o.rows}\\. Рекомендаций: ${open}[ ;]`));
      const end = breaks[i + 1] ?? sheet.values.length;
      const rows = sheet.values.slice(at + 2, end).filter((r) => typeof r[0] === 'number');
      expect(rows).toHaveLength(own.length);
    });
  });
});
