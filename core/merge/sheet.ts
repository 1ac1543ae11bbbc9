/**
 * `Показатели региона`, the sheet of `pedmonitor merge --xlsx`: one row per criterion with the
 * target, the region's value, numerator and denominator and status, then one column per merged
 * file (municipality or region) with its own value, coloured met / below / no data like
 * `Показатели`. A presence criterion reads «да» / «нет» per municipality and, for the region, the
 * share of municipalities with «да».
 */
import type { Target } from '../criteria';
import type { FigureJson } from '../output/result-json';
import { formatNumber, NO_DATA, NOT_APPLICABLE, STATUS_LABELS } from '../output/present';
import { FORMAT, SheetBuilder, type Cell, type OutputSheet, type Tone } from '../output/table';
import { REGION, REGION_SHEET } from '../texts/ru/merge';
import { NO, YES } from '../texts/ru/workbook';
import type { RegionJson } from './merge';

export { REGION_SHEET };

const OPS: Readonly<Record<Target['op'], string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

function targetText(kind: string, t: Target | null): string {
  if (!t) return '';
  if (typeof t.value === 'boolean') return t.value ? YES : NO;
  return `${OPS[t.op]} ${formatNumber(t.value)}${kind === 'share' || kind === 'orgShare' ? ' %' : ''}`;
}

function toneOf(f: FigureJson): Tone | null {
  return f.status === 'met' ? 'met' : f.status === 'below' ? 'below' : f.status === 'no-data' ? 'no-data' : null;
}

function valueCell(kind: string, f: FigureJson | undefined): Cell {
  if (!f) return { value: NOT_APPLICABLE, tone: 'no-data' };
  const tone = toneOf(f);
  if (f.value === null) return { value: f.bands ? bandsText(f) : f.reason === 'not-applicable' ? NOT_APPLICABLE : NO_DATA, tone };
  if (typeof f.value === 'boolean') return { value: f.value ? YES : NO, tone };
  const format = kind === 'count' ? FORMAT.integer : FORMAT.decimal1;
  return { value: f.value, format, tone };
}

function bandsText(f: FigureJson): string {
  if (!f.bands || f.denominator === 0) return NO_DATA;
  return f.bands.map((b) => `${b.label} ${b.value === null ? '—' : formatNumber(b.value)} % (${b.count})`).join(' · ');
}

export function buildRegionSheet(region: RegionJson): OutputSheet {
  const parts = region.parts.map((p) => p.name);
  const widths = [56, 420, 100, 120, 90, 100, 130, ...parts.map(() => 120)];
  const b = new SheetBuilder(REGION_SHEET, widths);
  b.row([REGION.title(region.preset)], 'title');
  b.row(
    [REGION.lead(region.period, region.municipalities, region.organizations, region.rows)],
    'muted',
  );
  b.row([...REGION.header, ...parts], 'header');
  for (const c of region.criteria) {
    const f = c.total;
    const count = (v: number | null): Cell => (v === null ? '' : { value: v, format: Number.isInteger(v) ? FORMAT.integer : FORMAT.decimal1 });
    b.row([
      c.id,
      c.name,
      targetText(c.kind, c.target),
      valueCell(c.kind === 'presence' ? 'share' : c.kind, f),
      count(c.kind === 'count' ? null : f.numerator),
      count(f.denominator),
      { value: STATUS_LABELS[f.status], tone: toneOf(f) },
      ...parts.map((p) => valueCell(c.kind, c.byPart[p])),
    ]);
    for (const s of c.bySubject ?? []) {
      b.row(['', REGION.subject(s.subject), targetText(c.kind, c.target), valueCell(c.kind, s.total), count(s.total.numerator), count(s.total.denominator), { value: STATUS_LABELS[s.total.status], tone: toneOf(s.total) }, ...parts.map((p) => valueCell(c.kind, s.byPart[p]))]);
    }
  }
  return b.build({ frozenRows: 3, frozenColumns: 2, wrapColumns: [1] });
}
