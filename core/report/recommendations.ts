/**
 * Recommendations in the report (file 001 §7.2–§8, issue 17), laid out like the `Рекомендации`
 * sheet so each part can be printed and handed over as it is: the management decisions and the
 * recommendations to the municipal level first, then «адресные рекомендации» — one page per
 * organisation (a print page break before each) with its own recommendations, its successful
 * practices and what it has done since last period. When most criteria could not be computed,
 * nothing here calls the workbook on target. Organisations and figures only, never a person.
 */
import { allClearOr, coverageOf } from '../output/coverage';
import { KIND_LABELS, THIN_MARK } from '../output/recommendations-sheet';
import type { RunPlan } from '../run-plan';
import { organizationLabel, type Recommendation } from '../recommend/rules';
import { el, type Content, type Html } from './html';
import { table, type Row } from './table';
import { R } from '../texts/ru/report';
import { DR } from '../texts/ru/deficits';
import { organizationTitle } from '../texts/ru/org-reports';
import { municipalDeficitRecommendations, organizationDeficitRecommendations } from '../deficits/recommendation-rows';
import { deficitRecommendationList } from './deficits';

export function recommendationsSection(plan: RunPlan, heading: string, id: string): Html {
  const { decisions, recommendations } = plan.analysis;
  const coverage = coverageOf(plan.result);
  const municipal = recommendations.filter((r) => r.organization === null);
  const deficitRecs = plan.analysis.deficitRecommendations;
  const municipalDeficits = municipalDeficitRecommendations(deficitRecs);
  return el('section', { id },
    el('h2', null, heading),
    el('h3', null, R.decisions),
    decisions.length === 0
      ? el('p', null, allClearOr(coverage, R.noDecisions))
      : el('ol', { class: 'decisions' }, decisions.map((d) => el('li', null, el('b', null, d.title), '. ', d.text, el('br', null), el('span', { class: 'note' }, R.basis, d.basis)))),
    el('h3', null, R.municipalRecommendations),
    municipal.length === 0 ? el('p', null, allClearOr(coverage, R.noMunicipalRecommendations)) : recTable(municipal, false),
    doneList(plan, null),
    municipalDeficits.length > 0 ? [el('h4', null, DR.municipalSectionTitle), deficitRecommendationList(municipalDeficits)] : null,
    el('h3', { class: 'org-pages-title' }, R.orgPages),
    recommendations.length === 0 ? el('p', null, allClearOr(coverage, R.noRecommendations)) : null,
    plan.result.organizations.map((o) => {
      const own = recommendations.filter((r) => r.organization === o.name);
      const open = own.filter((r) => r.kind !== 'success');
      const practices = own.filter((r) => r.kind === 'success');
      const deficits = organizationDeficitRecommendations(deficitRecs, o.name);
      return el('section', { class: 'org-page' },
        el('h3', null, R.orgPage(organizationTitle(o), o.type)),
        el('p', { class: 'note' }, R.orgPageLead(o.rows, open.length, practices.length), deficits.length > 0 ? DR.pageCount(deficits.length) : null),
        open.length === 0 ? el('p', null, allClearOr(coverage, deficits.length > 0 ? R.orgNothingButDeficits : R.orgNothing)) : recTable(open, true),
        practices.length === 0 ? null : [el('h4', null, R.practices(practices.length)), recTable(practices, true)],
        deficits.length === 0 ? null : [el('h4', null, DR.directorSectionTitle), deficitRecommendationList(deficits)],
        doneList(plan, o.name));
    }));
}

function recTable(recs: readonly Recommendation[], byOrganization: boolean): Html {
  const [who, criterion, value, text] = R.recHeader;
  const rows: Row[] = recs.map((r) => ({
    cells: [
      byOrganization
        ? [r.addressee, el('br', null), el('span', { class: 'note' }, R.priorityShort(r.priority), ' · ', r.thin ? `${KIND_LABELS[r.kind]} (${THIN_MARK})` : KIND_LABELS[r.kind])]
        : [el('b', null, organizationLabel(r.organization)), el('br', null), el('span', { class: 'note' }, R.addressee, r.addressee)],
      `${r.criterion.id} ${r.criterion.shortName}`,
      r.valueText,
      r.text,
    ],
    ...(r.kind === 'success' ? { className: 'r-success' } : r.priority === 1 ? { className: 'r-p1' } : {}),
  }));
  return table([{ header: byOrganization ? who : R.recOrgHeader, width: 22 }, { header: criterion, width: 20 }, { header: value, width: 14 }, { header: text, width: 44 }], rows);
}

/** Last period's recommendations to this organisation (null: the municipality) done now. */
function doneList(plan: RunPlan, org: string | null): Content {
  const f = plan.analysis.followUp;
  if (!f) return null;
  const done = f.done.filter((d) => d.organization === org);
  if (done.length === 0) return null;
  return [el('h4', null, R.followUpTitle(f.previousPeriod)), el('ul', null, done.map((d) => el('li', null, d.text)))];
}
