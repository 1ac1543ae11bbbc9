/**
 * The ChartSpecs of `Сводка` on data the hand-made test does not cover: the example workbook
 * (12 organisations, every kind of mess) and every shipped preset (means, distributions, orgShare,
 * presets without any target). Whatever the data, every chart must stay on the cells it names,
 * read only numbers, sit below its table and travel as plain JSON (Apps Script serialises what
 * crosses google.script.run).
 */
import { describe, expect, it } from 'vitest';
import { planRun, PRESETS, type SheetData } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { district, yesFor } from '../helpers/district';
import { TODAY } from '../helpers/workbook';
import { chartById, chartCells, expectChartsWellFormed, summaryOf } from './helpers';

const example: SheetData[] = generateExampleWorkbook(2024).sheets.map((s) => ({ name: s.name, values: s.rows }));

describe('Сводка charts on the example workbook', () => {
  const plan = planRun(example, { today: TODAY });
  const sheet = summaryOf(plan);

  it('has the target chart and one comparison chart per track, all well formed', () => {
    expect(sheet.charts!.map((c) => c.id)).toEqual(['summary-targets', 'summary-track-1', 'summary-track-2', 'summary-track-3']);
    expectChartsWellFormed(sheet);
  });

  it('compares all 12 organisations and the municipality', () => {
    const chart = chartById(sheet, 'summary-track-2');
    expect(chart.data.rowCount).toBe(plan.result.organizations.length + 1);
    expect(chartCells(sheet, chart).labels.slice(0, -1)).toEqual(plan.result.organizations.map((o) => o.name));
    expect(chart.size.width).toBeLessThanOrEqual(1100);
  });

  it('charts the municipal values the result holds, rounded as shown', () => {
    const chart = chartById(sheet, 'summary-targets');
    const cells = chartCells(sheet, chart);
    const byName = new Map(plan.result.criteria.map((r) => [r.criterion.shortName, r.total.value]));
    cells.labels.forEach((label, i) => {
      const v = byName.get(label as string);
      // П14 has no data in the example (no «ИОМ завершён» column): an empty cell, never 0.
      if (v === null) {
        expect(cells.series[0]![i]).toBeNull();
        return;
      }
      expect(typeof v).toBe('number');
      expect(cells.series[0]![i]).toBeCloseTo(v as number, 1);
    });
  });

  it('is plain JSON, so it crosses google.script.run and Office.js unchanged', () => {
    expect(JSON.parse(JSON.stringify(sheet.charts))).toEqual(sheet.charts);
  });

  it('leaves the other output sheets without charts', () => {
    for (const o of plan.outputs) if (o !== sheet) expect(o.charts).toBeUndefined();
  });
});

describe.each(PRESETS.map((p) => p.id))('Сводка charts with preset %s', (presetId) => {
  const plan = planRun(district(yesFor('pk', 's3', 'k2', 'd2')), { today: TODAY, presetId });
  const sheet = summaryOf(plan);

  it('are well formed and exist only where a chart has something to show', () => {
    expectChartsWellFormed(sheet);
    const hasPercentTarget = plan.result.criteria.some((r) => typeof r.criterion.target?.value === 'number' && (r.criterion.kind === 'share' || r.criterion.kind === 'orgShare'));
    expect(sheet.charts!.some((c) => c.id === 'summary-targets')).toBe(hasPercentTarget);
    for (const c of sheet.charts!) expect(c.data.series.length).toBeGreaterThan(0);
  });
});
