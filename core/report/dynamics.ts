/**
 * The dynamics part of the report (file 001 §9): each criterion against the previous period in
 * `История`, the change in its own unit with an arrow, and last period's recommendations that
 * are now done. Also gives the change text the track tables show in their «Изменение» column.
 */
import type { Criterion } from '../criteria';
import type { RunPlan } from '../run-plan';
import { changeRows, type ChangeRow } from '../output/summary-figures';
import { organizationLabel } from '../recommend/rules';
import { organizationTitle } from '../texts/ru/org-reports';
import { el, num, period, type Html } from './html';
import { table, type Row } from './table';
import { R } from '../texts/ru/report';
import { NO, YES } from '../texts/ru/workbook';

export interface ChangeText {
  readonly text: string;
  readonly className: string | null;
}

/** "▲ +3,2 п.п.", "▼ −5 чел.", "= 0", "было «нет»", "без изменений". */
export function changeText(row: ChangeRow): ChangeText {
  const className = row.direction === 'better' ? 'better' : row.direction === 'worse' ? 'worse' : null;
  if (row.delta === null) return { text: row.direction === 'same' ? R.unchanged : R.wasValue(row.before.value ? YES : NO), className };
  const unit = unitOfChange(row.result.criterion);
  const decimals = row.result.criterion.kind === 'count' ? 0 : 1;
  if (row.delta === 0) return { text: `= 0${unit}`, className };
  const arrow = row.delta > 0 ? '▲ +' : '▼ ';
  return { text: `${arrow}${num(row.delta, decimals)}${unit}`, className };
}

function unitOfChange(c: Criterion): string {
  return c.kind === 'share' || c.kind === 'orgShare' ? R.changeUnit.points : c.kind === 'count' ? R.changeUnit.people : '';
}

/** A value of either period as text: "85,3 %", "12", "да". */
function valueText(c: Criterion, value: number | boolean | null): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? YES : NO;
  if (c.kind === 'share' || c.kind === 'orgShare') return `${num(value)} %`;
  return num(value, c.kind === 'count' ? 0 : 1);
}

export function dynamicsSection(plan: RunPlan, heading: string, id: string): Html {
  const previous = plan.analysis.previous;
  if (!previous) return el('section', { id }, el('h2', null, heading), el('p', null, R.noPrevious));
  const rows = changeRows(plan.result, previous);
  const count = (d: ChangeRow['direction']) => rows.filter((r) => r.direction === d).length;
  const body: Row[] = rows.map((r) => {
    const c = r.result.criterion;
    const change = changeText(r);
    return { cells: [c.id, c.shortName, valueText(c, r.before.value), valueText(c, r.result.total.value), { content: change.text, className: change.className ?? undefined }] };
  });
  const [n, name, before, now, change] = R.dynamicsHeader(R.periodColumn(period(previous.period)), R.periodColumn(period(plan.result.period)));
  const follow = plan.analysis.followUp;
  return el('section', { id },
    el('h2', null, heading),
    el('p', null, R.dynamicsText(period(previous.period), count('better'), count('worse'), count('same'))),
    table([{ header: n, width: 8 }, { header: name, width: 44 }, { header: before, width: 15, numeric: true }, { header: now, width: 15, numeric: true }, { header: change, width: 18, numeric: true }], body),
    follow
      ? [
          el('h3', null, R.followUpTitle(period(follow.previousPeriod))),
          follow.done.length === 0
            ? el('p', null, R.followUpNone)
            : el('ul', null, follow.done.map((d) => el('li', null, el('b', null, titleOf(plan, d.organization)), ': ', d.text))),
        ]
      : null);
}

/** The municipality, or an organisation marked «по сведениям ОО» when it has no roster. */
function titleOf(plan: RunPlan, organization: string | null): string {
  const o = organization === null ? undefined : plan.result.organizations.find((x) => x.name === organization);
  return o ? organizationTitle(o) : organizationLabel(organization);
}
