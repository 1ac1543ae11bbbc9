/**
 * Recommendations in the report (file 001 §8): the management decisions first, as the few
 * things the municipality should do, then every targeted recommendation grouped by priority, and
 * the successful practices to spread. Organisations and figures only, never a person.
 */
import type { RunPlan } from '../run-plan';
import { organizationLabel, type Recommendation } from '../recommend/rules';
import { el, type Html } from './html';
import { table, type Row } from './table';
import { R } from '../texts/ru/report';

export function recommendationsSection(plan: RunPlan, heading: string, id: string): Html {
  const { decisions, recommendations } = plan.analysis;
  const open = recommendations.filter((r) => r.kind !== 'success');
  const practices = recommendations.filter((r) => r.kind === 'success');
  return el('section', { id },
    el('h2', null, heading),
    el('h3', null, R.decisions),
    decisions.length === 0
      ? el('p', null, R.noDecisions)
      : el('ol', { class: 'decisions' }, decisions.map((d) => el('li', null, el('b', null, d.title), '. ', d.text, el('br', null), el('span', { class: 'note' }, R.basis, d.basis)))),
    recommendations.length === 0 ? el('p', null, R.noRecommendations) : null,
    [1, 2, 3].map((p) => {
      const group = open.filter((r) => r.priority === p);
      return group.length === 0 ? null : [el('h3', null, R.priority(p, group.length)), recTable(group)];
    }),
    practices.length === 0 ? null : [el('h3', null, R.practices(practices.length)), recTable(practices)]);
}

function recTable(recs: readonly Recommendation[]): Html {
  const [org, criterion, value, text] = R.recHeader;
  const rows: Row[] = recs.map((r) => ({
    cells: [
      [el('b', null, organizationLabel(r.organization)), el('br', null), el('span', { class: 'note' }, R.addressee, r.addressee)],
      `${r.criterion.id} ${r.criterion.shortName}`,
      r.valueText,
      r.text,
    ],
  }));
  return table([{ header: org, width: 22 }, { header: criterion, width: 20 }, { header: value, width: 14 }, { header: text, width: 44 }], rows);
}
