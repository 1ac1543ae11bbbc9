/**
 * The opening of the report: the title and period, the key figures at a glance (the same figures
 * as the `Сводка` sheet), and the organisations that took part with their type and staff.
 */
import { organizationTitle } from '../texts/ru/org-reports';
import type { RunPlan } from '../run-plan';
import { coverageOf, coverageSentence } from '../output/coverage';
import { keyFigures, ORG_TYPES } from '../output/summary-figures';
import { el, num, period, ruDate, type Html } from './html';
import { table, type Row } from './table';
import { R } from '../texts/ru/report';

export function titleBlock(plan: RunPlan): Html {
  const r = plan.result;
  return el('header', null,
    el('h1', null, R.title),
    el('p', { class: 'lead' }, R.lead(r.preset.title, period(r.period))),
    el('p', { class: 'meta' }, R.meta(ruDate(r.referenceDate), r.preset.id, r.preset.source)));
}

export function overviewSection(plan: RunPlan, heading: string, id: string): Html {
  const r = plan.result;
  const k = keyFigures(r, plan.analysis);
  const coverage = coverageOf(r);
  const types = ORG_TYPES.filter((t) => k.byType[t] > 0).map((t) => `${k.byType[t]} ${t}`).join(', ');
  const withTarget = r.criteria.filter((c) => c.criterion.target !== undefined).length;
  const card = (value: number, label: string, className: string | null = null) => el('div', { class: className ? `card ${className}` : 'card' }, el('b', null, num(value, 0)), el('span', null, label));
  return el('section', { id },
    el('h2', null, heading),
    el('div', { class: 'cards' },
      card(k.organizations, R.cards.organizations),
      card(k.staff, R.cards.staff),
      card(k.statuses.met, R.cards.met, 'met'),
      card(k.statuses.below, R.cards.below, k.statuses.below > 0 ? 'below' : null),
      card(k.statuses['no-target'], R.cards.noTarget),
      card(k.statuses['no-data'], R.cards.noData),
      card(k.priorities[0], R.cards.priority1, k.priorities[0] > 0 ? 'below' : null),
      card(k.issues.error + k.issues.warning, R.cards.warnings, k.issues.error + k.issues.warning > 0 ? 'warn' : null)),
    el('p', null, R.overviewText(R.organizationsCount(k.organizations), types, R.staffCount(k.staff))),
    el('p', null, R.criteriaText(R.criteriaCount(k.criteria), withTarget, k.statuses.met, k.statuses.below), ' ', R.noDataText(k.statuses['no-data'])),
    coverage.noData > 0 ? el('p', { class: coverage.mostMissing ? 'warn-box' : 'note' }, coverageSentence(coverage)) : null);
}

export function organizationsSection(plan: RunPlan, heading: string, id: string): Html {
  const orgs = plan.result.organizations;
  const rows: Row[] = orgs.map((o, i) => ({
    cells: [num(i + 1, 0), organizationTitle(o), o.typeInferred ? [o.type, el('br', null), el('span', { class: 'note' }, R.typeInferred)] : o.type, num(o.rows, 0)],
  }));
  rows.push({ cells: ['', R.orgTotal, '', num(orgs.reduce((n, o) => n + o.rows, 0), 0)], className: 'total' });
  const [n, name, type, staff] = R.orgHeader;
  return el('section', { id },
    el('h2', null, heading),
    table([{ header: n, width: 8 }, { header: name, width: 52 }, { header: type, width: 22 }, { header: staff, width: 18, numeric: true }], rows),
    el('p', { class: 'note' }, ORG_TYPES.map((t) => `${t} — ${R.typeNames[t]}`).join('; ') + '.'));
}
