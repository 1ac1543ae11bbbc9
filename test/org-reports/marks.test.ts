/**
 * Organisations of «Сведения ОО» (count-only, no roster) are marked wherever a methodologist
 * meets them (issue 17): the report's pages and lists, the recommendations' texts, the result
 * file; and wherever a breakdown by subject is shown, the outputs say that it covers the
 * organisations with a roster only (a count-only organisation sends no subjects).
 *
 * The municipality: the district of test/helpers/district.ts with «Региональная диагностика» for
 * s3, s4 (school) and k2 (kindergarten), plus МБОУ СОШ №5 reporting 1.2 as 12 of 30 and МБДОУ
 * Детский сад №3 as 5 of 10. 1.2 total: (2 + 1 + 0 + 12 + 5) / (8 + 5 + 5 + 30 + 10) = 20 / 58.
 * Its subject rows take the school's teachers only, so they sum to less than 58.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import { planRun, renderReport } from '../../core/index';
import { analyze } from '../../core/recommend/index';
import { resultToJson } from '../../core/output/result-json';
import type { ComputeResult } from '../../core/result';
import { BASE_LISTINGS, district, merge, yesFor } from '../helpers/district';
import { orgsSheet, TODAY } from '../helpers/workbook';

const SCHOOL5 = 'МБОУ СОШ №5';
const KG3 = 'МБДОУ Детский сад №3';
const HEADER = ['Организация', 'Критерий', 'Числитель', 'Знаменатель', 'Значение', 'Примечание'];

function sheets(): SheetData[] {
  const rows: (readonly CellValue[])[] = [
    [SCHOOL5, '1.2', 12, 30, null, null],
    [KG3, '1.2', 5, 10, null, null],
  ];
  return [
    ...district(merge(yesFor('diagRegional', 's3', 's4', 'k2'), yesFor('addressSupport', 's5', 'd4')), { listings: null }),
    orgsSheet([...BASE_LISTINGS, { name: SCHOOL5, type: 'ОО' }, { name: KG3, type: 'ДОО' }]),
    { name: 'Сведения ОО', values: [HEADER, ...rows.map((r) => [...r])] },
  ];
}

/** The report as a reader sees its text: no tags, entities decoded, every run of spaces one space. */
const textOf = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/[\s\u00a0\u202f]+/g, ' ');

describe('count-only organisations are marked «по сведениям ОО»', () => {
  const plan = planRun(sheets(), { today: TODAY });

  it('the 1.2 total takes them in; its subject rows do not (they sum to less than 58)', () => {
    const r = plan.result.criteria.find((c) => c.criterion.id === '1.2')!;
    expect([r.total.numerator, r.total.denominator]).toEqual([20, 58]);
    const subjectDenominators = (r.bySubject ?? []).map((s) => s.total.denominator ?? 0);
    expect(subjectDenominators.length).toBeGreaterThan(0);
    for (const s of r.bySubject ?? []) {
      expect(Object.keys(s.byOrganization)).not.toContain(SCHOOL5);
      expect(Object.keys(s.byOrganization)).not.toContain(KG3);
    }
  });

  it('the result file: bySubjectExcludes names them for 1.2 only; their recommendations carry source "reported"', () => {
    const json = plan.json;
    expect(json.criteria.find((c) => c.id === '1.2')!.bySubjectExcludes).toEqual([SCHOOL5, KG3]);
    // 1.1 is broken down by subject too, but neither organisation reported it.
    expect(json.criteria.find((c) => c.id === '1.1')!.bySubjectExcludes).toBeUndefined();
    expect(json.criteria.find((c) => c.id === '1.3')!.bySubjectExcludes).toBeUndefined();
    const recs = json.recommendations.filter((r) => r.organization === SCHOOL5 || r.organization === KG3);
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) expect(r.source).toBe('reported');
    for (const r of json.recommendations.filter((x) => x.organization !== SCHOOL5 && x.organization !== KG3)) expect(r.source).toBeUndefined();
  });

  it('«Показатели» and the report say the subject rows cover the organisations with a roster only', () => {
    const indicators = plan.outputs.find((o) => o.name === 'Показатели')!;
    expect(String(indicators.values[1]![0])).toContain('строки «в т.ч. <предмет>» — только по организациям со списками работников');
    const html = textOf(renderReport(plan));
    expect(html).toContain('Критерий 1.2: строки «в т.ч. <предмет>» — только по организациям со списками работников');
  });

  it('the report’s page of a count-only organisation is headed with the mark', () => {
    const pages = renderReport(plan).split('<section class="org-page">').slice(1).map(textOf);
    expect(pages.map((p) => p.trim().split(' (')[0])).toContain(SCHOOL5);
    const page = pages.find((p) => p.trim().startsWith(SCHOOL5))!;
    expect(page.trim().startsWith(`${SCHOOL5} (по сведениям ОО) (ОО)`)).toBe(true);
  });

  it('a municipal recommendation lists them marked among those below target, and its subject sentence says whom it covers', () => {
    // 1.2 has no target in the preset; give it «не менее 90 %» to get a municipal shortfall.
    const base = plan.result;
    const withTarget: ComputeResult = {
      ...base,
      criteria: base.criteria.map((r) => {
        if (r.criterion.id !== '1.2') return r;
        const below = (f: typeof r.total) => ({ ...f, status: f.value === null ? f.status : ('below' as const) });
        return { ...r, criterion: { ...r.criterion, target: { op: '>=' as const, value: 90 } }, total: below(r.total), byOrganization: Object.fromEntries(Object.entries(r.byOrganization).map(([k, f]) => [k, below(f)])) };
      }),
    };
    const a = analyze(withTarget, []);
    const municipal = a.recommendations.find((r) => r.criterion.id === '1.2' && r.organization === null)!;
    expect(municipal.text).toContain(`${SCHOOL5} (по сведениям ОО), ${KG3} (по сведениям ОО).`);
    expect(municipal.text).toContain('Отстают предметы (по организациям со списками работников): ');
    // An organisation's own recommendation has its own subjects and no such note.
    const school = a.recommendations.find((r) => r.criterion.id === '1.2' && r.organization === 'МАОУ СОШ №1')!;
    expect(school.text).not.toContain('по организациям со списками работников');
    // Without count-only organisations the municipal sentence has no note.
    const rosterOnly = analyze({ ...withTarget, organizations: withTarget.organizations.map((o) => ({ ...o, reported: false })) }, []);
    expect(rosterOnly.recommendations.find((r) => r.criterion.id === '1.2' && r.organization === null)!.text).toMatch(/ Отстают предметы: /);
    expect(resultToJson(withTarget, a).recommendations.filter((r) => r.organization === SCHOOL5).every((r) => r.source === 'reported')).toBe(true);
  });
});
