/**
 * P1 is an orgShare with the target «every organisation» (presets.md): the organisation that
 * misses it gets a recommendation quoting its own share of managers, worked out by hand:
 *  - ДДТ of the district: 1 manager (d1) without «ПК по ФР ДПП» → 0 из 1 руководителя (0 %), 50 %
 *    needs 1 of 1: не хватает 1 человека; gap 50 − 0 = 50 п.п.
 *  - a school of 4 managers, 1 trained → 1 из 4 руководителей (25 %): 50 % of 4 is 2, one more.
 *  - the district school, 1 of 2 = 50 % exactly: meets it, no recommendation.
 */
import { describe, expect, it } from 'vitest';
import { DDT, district, SCHOOL, yesFor } from '../helpers/district';
import { compute, orgTab, person } from '../helpers/workbook';
import { planRun } from '../../core/index';
import { TODAY } from '../helpers/workbook';

describe('P1: the organisation’s own share in its recommendation', () => {
  it('the district', () => {
    const plan = planRun(district(yesFor('pkRegistry', 's1', 'k1', 's3')), { today: TODAY });
    const recs = plan.analysis.recommendations.filter((r) => r.criterion.id === 'P1' && r.organization !== null);
    expect(recs.map((r) => r.organization)).toEqual([DDT]);
    const r = recs[0]!;
    expect([r.valueText, r.gap, r.people, r.kind]).toEqual(['0 из 1 руководителя (0 %)', 50, 1, 'below-target']);
    expect(r.text).toContain('в организации 0 из 1 руководителя (0 %) при целевом значении не менее 50 % в каждой организации; отставание — 50 п.п.');
    expect(r.text).toContain('не хватает 1 человека');
    expect(recs.some((x) => x.organization === SCHOOL)).toBe(false);
  });

  it('a team of four with one trained', () => {
    const mgmt = (pkRegistry: string) => person({ position: 'Заместитель директора', staffCategory: 'управленческий', pkRegistry });
    const tab = orgTab('Школа №9', [mgmt('да'), mgmt('нет'), mgmt('нет'), mgmt('нет'), person()]);
    expect(compute([tab]).criteria.find((c) => c.criterion.id === 'P1')!.byOrganization['Школа №9']!.inner).toEqual({ numerator: 1, denominator: 4, value: 25 });
    const r = planRun([tab], { today: TODAY }).analysis.recommendations.find((x) => x.criterion.id === 'P1' && x.organization === 'Школа №9')!;
    expect([r.valueText, r.gap, r.people]).toEqual(['1 из 4 руководителей (25 %)', 25, 1]);
  });
});
