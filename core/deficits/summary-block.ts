/**
 * The deficits block of «Сводка»: the municipal share of each kind of deficit and of the zone of
 * risk, as a small table with a bar chart over its own cells, and one line with the diagnosed and
 * the people with a deficit and no route. Written only when the run has deficits.
 */
import type { ComputeResult } from '../result';
import { roundDisplayed } from '../result';
import { chartSpec, rowsFor, type ChartSpec } from '../output/charts';
import { FORMAT, type SheetBuilder } from '../output/table';
import { hasData, unrouted } from './compute';
import { seriesFigure, seriesLabel, type DeficitSeriesKey } from './figures';
import { DEFICIT_KEYS } from './kinds';
import { D } from '../texts/ru/deficits';

const PERCENT = '0.0" %"';
const KEYS: readonly DeficitSeriesKey[] = [...DEFICIT_KEYS, 'risk'];

export function deficitSummaryBlock(b: SheetBuilder, result: ComputeResult, charts: ChartSpec[]): void {
  const d = result.deficits;
  if (!d) return;
  b.row([D.summaryTitle], 'track');
  const diagnosed = d.total.diagnosed.denominator ?? 0;
  if (diagnosed === 0) {
    // Deficit columns but nobody diagnosed yet (a fresh template): one line, no empty chart.
    b.row(['', D.summaryNobody], 'info');
    b.row([]);
    return;
  }
  b.row(['', D.summaryNote(diagnosed, unrouted(d.total))], 'muted');
  const headerRow = b.rowCount;
  b.row([...D.summaryHeader], 'header');
  for (const k of KEYS) {
    const f = seriesFigure(d.total, k);
    // An empty cell, never text, where there is no data: a chart would plot text as 0.
    b.row(['', seriesLabel(k), { value: hasData(f) ? roundDisplayed(f.value) : null, format: PERCENT, tone: hasData(f) ? null : 'no-data' }, { value: f.numerator, format: FORMAT.integer }]);
  }
  b.row([]);
  const height = 300;
  charts.push(
    chartSpec({
      id: 'summary-deficits',
      kind: 'bar',
      title: D.summaryChart,
      headerRow,
      rowCount: KEYS.length,
      labelColumn: 1,
      series: [D.summaryHeader[2]],
      anchor: { row: b.rowCount, column: 0 },
      size: { width: 760, height },
      axes: { category: { title: D.kindAxis }, value: { title: D.percentAxis, min: 0, max: 100 } },
      valueFormat: FORMAT.integer,
    }),
  );
  for (let i = rowsFor(height); i > 0; i--) b.row([]);
}
