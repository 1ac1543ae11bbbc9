/**
 * Inline SVG charts for the HTML report: no script, no external file, readable on screen and in
 * print at any width (viewBox, width 100 %). Two kinds are enough for the monitoring: horizontal
 * bars of municipal values with a target mark, and grouped columns comparing organisations.
 * Every text goes through el(), so labels from tab names are escaped like the rest of the page.
 */
import { CHART_PALETTE } from '../output/charts';
import { TONE_STYLES } from '../output/table';
import { el, pct, raw, type Content, type Html } from './html';
import { R } from '../texts/ru/report';

const W = 720;
const FONT = 11;

export type BarTone = 'met' | 'below' | 'none';

export const BAR_COLORS: Readonly<Record<BarTone, string>> = { met: '#59A14F', below: '#E15759', none: CHART_PALETTE[0] };
export const TARGET_MARK = '#1F1F1F';

export interface BarRow {
  readonly label: string;
  readonly value: number;
  readonly target: number | null;
  readonly tone: BarTone;
}

/** Horizontal bars 0–100 %, one row per criterion, with a dark mark at the target. */
export function barChart(title: string, rows: readonly BarRow[]): Html {
  const labelW = 300;
  const x0 = labelW + 10;
  const plotW = 330;
  const rowH = 22;
  const top = 22;
  const height = top + rows.length * rowH + 8;
  const x = (v: number) => x0 + (Math.max(0, Math.min(100, v)) / 100) * plotW;
  const parts: Content[] = [el('title', null, title)];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(line(x(tick), top - 4, x(tick), height - 6, '#D9D9D9'));
    parts.push(text(x(tick), top - 8, `${tick}`, { anchor: 'middle', size: 10, fill: '#595959' }));
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(el('g', null, el('title', null, R.barTitle(r.label, pct(r.value), r.target === null ? null : pct(r.target))),
      text(labelW, y + 15, truncate(r.label, 48), { anchor: 'end' }),
      el('rect', { x: x0, y: y + 4, width: round(x(r.value) - x0), height: rowH - 8, fill: BAR_COLORS[r.tone] }),
      text(Math.max(x(r.value), r.target === null ? 0 : x(r.target) + 2) + 4, y + 15, pct(r.value), { size: 10 }),
      r.target === null ? null : line(x(r.target), y + 1, x(r.target), y + rowH - 1, TARGET_MARK, 2.5)));
  });
  return svg(title, height, parts);
}

export interface ColumnSeries {
  readonly name: string;
  /** One value per group; null draws nothing (no data). */
  readonly values: readonly (number | null)[];
}

/** Grouped columns 0–100 %: one group per organisation (and the municipality), one colour per series. */
export function columnChart(title: string, groups: readonly string[], series: readonly ColumnSeries[]): Html {
  const left = 36;
  const top = 10;
  const plotH = 200;
  const plotW = W - left - 8;
  const labelH = 118;
  const height = top + plotH + labelH;
  const groupW = plotW / Math.max(1, groups.length);
  const barW = Math.min(16, (groupW - 6) / Math.max(1, series.length));
  const y = (v: number) => top + plotH - (Math.max(0, Math.min(100, v)) / 100) * plotH;
  const parts: Content[] = [el('title', null, title)];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(line(left, y(tick), W - 8, y(tick), tick === 0 ? '#7F7F7F' : '#D9D9D9'));
    parts.push(text(left - 4, y(tick) + 4, `${tick}`, { anchor: 'end', size: 10, fill: '#595959' }));
  }
  groups.forEach((g, gi) => {
    const gx = left + gi * groupW + (groupW - barW * series.length) / 2;
    series.forEach((s, si) => {
      const v = s.values[gi];
      if (v === null || v === undefined) return;
      const bx = gx + si * barW;
      parts.push(el('rect', { x: round(bx), y: round(y(v)), width: round(Math.max(1, barW - 1)), height: round(top + plotH - y(v)), fill: CHART_PALETTE[si % CHART_PALETTE.length] },
        el('title', null, `${g} — ${s.name}: ${pct(v)}`)));
    });
    const cx = round(left + gi * groupW + groupW / 2);
    const ly = top + plotH + 10;
    parts.push(el('text', { x: cx, y: ly, 'font-size': 10, 'text-anchor': 'end', transform: `rotate(-40 ${cx} ${ly})` }, truncate(g, 26)));
  });
  return svg(title, height, parts);
}

function svg(title: string, height: number, parts: readonly Content[]): Html {
  return el('svg', { viewBox: `0 0 ${W} ${round(height)}`, width: '100%', role: 'img', 'aria-label': title, 'font-size': FONT }, ...parts);
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): Html {
  return raw(`<line x1="${round(x1)}" y1="${round(y1)}" x2="${round(x2)}" y2="${round(y2)}" stroke="${stroke}" stroke-width="${width}"/>`);
}

function text(x: number, y: number, content: string, o: { anchor?: 'start' | 'middle' | 'end'; size?: number; fill?: string } = {}): Html {
  return el('text', { x: round(x), y: round(y), 'text-anchor': o.anchor ?? 'start', 'font-size': o.size ?? null, fill: o.fill ?? TONE_STYLES.info.font }, content);
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
