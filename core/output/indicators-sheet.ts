/**
 * `Показатели`: one row per criterion, grouped by track and indicator; the target, the municipal
 * value with its numerator and denominator, the status, then one column per organisation, each
 * coloured met / below / no data. Subject breakdowns follow their criterion as sub-rows.
 */
import type { Criterion } from '../criteria';
import type { ComputeResult, CriterionResult, Figure } from '../result';
import { roundDisplayed } from '../result';
import { lowerIsBetter } from '../recommend/rules';
import type { Snapshot, SnapshotFigure } from '../recommend/snapshot';
import { SHEET } from '../read/workbook';
import { countFormatOf, describeBands, formatTarget, NO_DATA, NOT_APPLICABLE, STATUS_LABELS, valueFormatOf } from './present';
import { organizationTitle, SUBJECTS_ROSTER_ONLY } from '../texts/ru/org-reports';
import { partialSubjects } from '../recommend/subjects';
import { FORMAT, SheetBuilder, type Cell, type OutputSheet, type Tone } from './table';

const FIXED_COLUMNS = ['№', 'Критерий', 'Целевое значение', 'Муниципалитет', 'Числитель', 'Знаменатель', 'Изменение к прошлому периоду', 'Статус'];
export const INDICATORS_HEADER_ROW = 2;

export function buildIndicatorsSheet(result: ComputeResult, previous: Snapshot | null = null): OutputSheet {
  const orgs = result.organizations.map((o) => o.name);
  const widths = [48, 360, 90, 104, 80, 96, 110, 164, ...orgs.map(() => 96)];
  const b = new SheetBuilder(SHEET.indicators, widths);
  const staff = result.organizations.reduce((n, o) => n + o.rows, 0);
  b.row([`Показатели мониторинга: ${result.preset.title}`], 'title');
  b.row([
    `Отчётный период: ${result.period} · дата отсчёта: ${isoToRu(result.referenceDate)} · организаций: ${orgs.length} · работников: ${staff} · набор показателей: ${result.preset.id}` +
      (previous ? ` · изменение — к периоду ${previous.period}` : ' · прошлого периода в листе «История» нет') +
      (partialSubjects(result).size > 0 ? ` · ${SUBJECTS_ROSTER_ONLY}` : ''),
  ], 'muted');
  b.row([...FIXED_COLUMNS, ...result.organizations.map(organizationTitle)], 'header');

  let track = '';
  let indicator = '';
  for (const r of result.criteria) {
    const c = r.criterion;
    if (c.track !== track) {
      track = c.track;
      b.row([c.track], 'track');
    }
    if (c.indicator !== indicator) {
      indicator = c.indicator;
      b.row([c.indicator], 'indicator');
    }
    b.row([c.id, c.name, formatTarget(c), valueCell(c, r.total), ...countCells(c, r.total), changeCell(c, r.total, previous?.total.get(c.id)), statusCell(r), ...orgs.map((o) => valueCell(c, r.byOrganization[o]))]);
    for (const s of r.bySubject ?? []) {
      b.row(['', `в т.ч. ${s.subject}`, formatTarget(c), valueCell(c, s.total), ...countCells(c, s.total), '', statusCell({ total: s.total }), ...orgs.map((o) => valueCell(c, s.byOrganization[o], true))], null);
    }
  }
  return b.build({ frozenRows: INDICATORS_HEADER_ROW + 1, frozenColumns: 2, wrapColumns: [1, 2, 3, 6, 7, ...orgs.map((_, i) => FIXED_COLUMNS.length + i)], filterHeaderRow: INDICATORS_HEADER_ROW });
}

function toneOf(f: Figure): Tone | null {
  switch (f.status) {
    case 'met':
      return 'met';
    case 'below':
      return 'below';
    case 'no-data':
      return f.reason === 'not-applicable' ? 'muted' : 'no-data';
    default:
      return null;
  }
}

/** One value cell: a number with its format, yes/no, bands, or "нет данных". */
export function valueCell(c: Criterion, f: Figure | undefined, absentIsNotApplicable = false): Cell {
  if (!f) return { value: absentIsNotApplicable ? NOT_APPLICABLE : NO_DATA, tone: absentIsNotApplicable ? 'muted' : 'no-data' };
  const tone = toneOf(f);
  if (f.bands) return { value: describeBands(f), tone: f.denominator === 0 ? 'no-data' : tone };
  if (f.value === null) return { value: f.reason === 'not-applicable' ? NOT_APPLICABLE : NO_DATA, tone };
  if (typeof f.value === 'boolean') return { value: f.value ? 'да' : 'нет', tone };
  if (f.flag !== undefined) return { value: f.flag ? 'да' : 'нет', tone };
  return { value: f.value, format: valueFormatOf(c), tone };
}

function countCells(c: Criterion, f: Figure): Cell[] {
  if (c.kind === 'presence' || f.value === null && f.denominator === null) return [null, null];
  const count = (n: number | null): Cell => (n === null ? null : { value: n, format: countFormatOf(c) });
  if (c.kind === 'mean') return [null, count(f.denominator)];
  if (c.kind === 'distribution') return [null, count(f.denominator)];
  return [count(f.numerator), count(f.denominator)];
}

/** Arrow formats with units: "▲ +3,2 п.п.", "▼ −1 чел.", "= 0,0 п.п." (three-section number formats both hosts know). */
export const CHANGE_FORMAT = '"▲ +"0.0" п.п.";"▼ −"0.0" п.п.";"= "0.0" п.п."';
export const CHANGE_FORMAT_INTEGER = '"▲ +"0" чел.";"▼ −"0" чел.";"= "0" чел."';
/** Means (scores): points without a unit word. */
export const CHANGE_FORMAT_POINTS = '"▲ +"0.0;"▼ −"0.0;"= "0.0';

/** Change of the municipal value since the previous period: p.p. for shares, points for means, people for counts. */
export function changeCell(c: Criterion, now: Figure, before: SnapshotFigure | undefined): Cell {
  if (!before || before.value === null || now.value === null) return { value: '—', tone: 'muted' };
  if (typeof now.value === 'boolean' || typeof before.value === 'boolean') {
    return now.value === before.value ? { value: 'без изменений', tone: null } : { value: `было «${before.value ? 'да' : 'нет'}»`, tone: now.value === true ? 'met' : 'below' };
  }
  const diff = c.kind === 'count' ? now.value - before.value : roundDisplayed(now.value) - roundDisplayed(before.value);
  const delta = c.kind === 'count' ? diff : roundDisplayed(diff);
  const better = lowerIsBetter(c) ? delta < 0 : delta > 0;
  const tone: Tone | null = delta === 0 ? null : better ? 'met' : 'below';
  return { value: delta, format: c.kind === 'count' ? CHANGE_FORMAT_INTEGER : c.kind === 'mean' ? CHANGE_FORMAT_POINTS : CHANGE_FORMAT, tone };
}

function statusCell(r: Pick<CriterionResult, 'total'>): Cell {
  return { value: STATUS_LABELS[r.total.status], tone: toneOf(r.total) };
}

function isoToRu(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
