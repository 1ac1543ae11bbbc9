/**
 * `Рекомендации`: the management decisions at the top, then every targeted recommendation sorted
 * by priority (organisation or municipality, addressee, criterion, value, target, gap, text),
 * then last period's recommendations that are now done. Figures only, never a name.
 */
import { addMeasuresSection } from '../measures/sheet';
import { MEASURE_TEXT } from '../texts/ru/measures';
import { organizationTitle } from '../texts/ru/org-reports';
import type { Analysis } from '../recommend/index';
import { gapWithUnit, organizationLabel, recommendationKey, type Recommendation, type RecommendationKind } from '../recommend/rules';
import { SHEET } from '../read/workbook';
import type { ComputeResult } from '../result';
import { formatNumber } from './present';
import { SheetBuilder, type OutputSheet, type Tone } from './table';
import { deficitRecommendationRows } from '../deficits/recommendation-rows';

export const KIND_LABELS: Readonly<Record<RecommendationKind, string>> = {
  'below-target': 'ниже цели',
  missing: 'не выполнено',
  attention: 'зона внимания',
  success: 'успешная практика',
};

/** The recommendations table's columns; «Мероприятия» lines up with them (core/measures/template.ts). */
export const RECOMMENDATION_HEADER = ['Приоритет', 'Организация', 'Адресат', 'Критерий', 'Наименование', 'Вид', 'Значение', 'Цель', 'Разрыв', 'Рекомендация', 'Статус'];

function toneOf(r: Recommendation): Tone | null {
  if (r.kind === 'success') return 'met';
  return r.priority === 1 ? 'below' : r.priority === 2 ? 'warning' : null;
}

export function buildRecommendationsSheet(result: ComputeResult, analysis: Analysis): OutputSheet {
  const b = new SheetBuilder(SHEET.recommendations, [80, 200, 220, 70, 240, 120, 150, 110, 90, 620, 100]);
  const recs = analysis.recommendations;
  const count = (p: number) => recs.filter((r) => r.priority === p && r.kind !== 'success').length;
  b.row([`Адресные рекомендации и управленческие решения: ${result.preset.title}, период ${result.period}`], 'title');
  b.row([
    `Рекомендаций: ${recs.length} (приоритет 1 — ${count(1)}, приоритет 2 — ${count(2)}, приоритет 3 — ${count(3)}; успешных практик — ${recs.filter((r) => r.kind === 'success').length}). ` +
      `Зона внимания и успешная практика — отклонение от среднего по муниципалитету не менее чем на ${formatNumber(result.attentionThreshold)} п.п.`,
  ], 'muted');

  b.row(['Управленческие решения (первоочередные)'], 'track');
  if (analysis.decisions.length === 0) b.row(['', 'Первоочередных управленческих решений не требуется: целевые значения достигнуты, зон внимания нет.'], 'info');
  analysis.decisions.forEach((d, i) => {
    b.row([i + 1, d.title, 'Управление образования; МКУ ИМЦ', d.criterionIds.join(', '), '', '', '', '', '', `${d.text} Основание: ${d.basis}`, '']);
  });
  b.row([]);

  b.row(['Адресные рекомендации'], 'track');
  b.row(RECOMMENDATION_HEADER, 'header');
  if (recs.length === 0) b.row(['', '', '', '', '', '', '', '', '', 'Рекомендаций нет: целевые значения достигнуты, зон внимания не выявлено.', ''], 'info');
  const repeated = analysis.followUp?.repeated ?? new Set<string>();
  const titles = new Map(result.organizations.map((o) => [o.name, organizationTitle(o)]));
  for (const r of recs) {
    const key = recommendationKey({ kind: r.kind, organization: r.organization, criterionId: r.criterion.id });
    const gap = r.gap === null ? '' : gapWithUnit(r.criterion, r.gap);
    b.row([
      { value: r.priority, tone: toneOf(r) },
      (r.organization !== null && titles.get(r.organization)) || organizationLabel(r.organization),
      r.addressee,
      r.criterion.id,
      r.criterion.shortName,
      KIND_LABELS[r.kind],
      r.valueText,
      r.targetText,
      gap,
      r.text,
      r.measure ? MEASURE_TEXT.coveredMark : repeated.has(key) ? 'повторно' : 'новая',
    ]);
  }

  deficitRecommendationRows(b, analysis.deficitRecommendations, result.deficits !== undefined);

  if (analysis.followUp) {
    b.row([]);
    b.row([`Результативность мер: рекомендации периода ${analysis.followUp.previousPeriod}`], 'track');
    if (analysis.followUp.done.length === 0) b.row(['', 'Ни одна рекомендация прошлого периода пока не выполнена полностью.'], 'info');
    for (const d of analysis.followUp.done) {
      b.row(['', organizationLabel(d.organization), '', d.criterion.id, d.criterion.shortName, KIND_LABELS[d.kind], d.currentText, '', '', d.text, { value: 'выполнено', tone: 'met' }]);
    }
  }
  addMeasuresSection(b, result, analysis);
  return b.build({ frozenRows: 0, frozenColumns: 0, wrapColumns: [4, 9] });
}
