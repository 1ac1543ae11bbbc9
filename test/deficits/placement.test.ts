/**
 * Where the deficits' recommendations go (issue 17): a director finds the one addressed to them
 * on their organisation's own page of «Рекомендации» and of the report; the municipal service's,
 * ЦНППМ's and the associations' stay in the municipal part. And «Минимум человек для вывода»
 * governs the highlights of «Дефициты» as it does every recommendation.
 *
 * From the fixture (counted by hand in deficits.test.ts): МАОУ СОШ №1 has 5 people with a
 * deficit, 4 of them with a known route answer, 2 with a route (Белов ИОМ, Дмитриева ИППР) →
 * «2 из 4 (50 %)», 2 without; 2 in the zone of risk. The kindergarten's routes are unknown (no
 * «Дефицит: цифровые»), the ДДТ has no deficit column: no director line for either.
 */
import { describe, expect, it } from 'vitest';
import { planRun, renderReport, type OutputSheet } from '../../core/index';
import { deficitsFixture, DDT, KINDERGARTEN, SCHOOL } from './fixture';

const TODAY = new Date(Date.UTC(2025, 5, 15));
const DIRECTOR_TEXT = '2 педагога с выявленным по итогам диагностики дефицитом не имеют маршрута (ни ИОМ ЦНППМ, ни ИППР); маршрут есть у 2 из 4 (50 %) имеющих дефицит';

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[\s\u00a0\u202f]+/g, ' ');

describe('deficit recommendations where their addressee reads', () => {
  const plan = planRun(deficitsFixture(), { today: TODAY });
  const sheet = plan.outputs.find((o) => o.name === 'Рекомендации') as OutputSheet;
  const pageStart = (org: string, type: string) => sheet.values.findIndex((r) => r[0] === `${org} (${type}): адресные рекомендации`);
  const pageEnd = (start: number) => (sheet.pageBreaks ?? []).find((b) => b > start) ?? sheet.values.length;
  const deficitRows = sheet.values.map((r, i) => [r, i] as const).filter(([r]) => typeof r[3] === 'string' && r[3].startsWith('ПД.'));

  it('«Рекомендации»: the director’s line on the school’s page, the municipal ones before the first organisation', () => {
    const school = pageStart(SCHOOL, 'ОО');
    const firstOrg = Math.min(...[pageStart(SCHOOL, 'ОО'), pageStart(KINDERGARTEN, 'ДОО'), pageStart(DDT, 'УДО')]);
    expect(school).toBeGreaterThan(0);
    const director = deficitRows.filter(([r]) => r[2] === 'Руководитель ОО');
    expect(director.map(([r]) => [r[1], r[3], r[6]])).toEqual([[SCHOOL, 'ПД.7', '2 из 4 (50 %)']]);
    const [row, at] = director[0]!;
    expect(String(row[9]).startsWith(DIRECTOR_TEXT)).toBe(true);
    expect(at).toBeGreaterThan(school);
    expect(at).toBeLessThan(pageEnd(school));
    // The page's counts line says it has one; the kindergarten's, with none, says nothing of them.
    expect(String(sheet.values[school + 1]![0])).toContain('Рекомендаций по профессиональным дефицитам педагогов: 1.');
    expect(String(sheet.values[pageStart(KINDERGARTEN, 'ДОО') + 1]![0])).not.toContain('дефицитам');
    // The rest (4 to the municipal service, 4 to the associations) are on the municipal page.
    const rest = deficitRows.filter(([r]) => r[2] !== 'Руководитель ОО');
    expect(rest).toHaveLength(8);
    for (const [r, i] of rest) {
      expect(r[1]).toBe('Муниципалитет (итог)');
      expect(i).toBeLessThan(firstOrg);
    }
    // No page of its own at the end any more: the last page is the last organisation's or the measures'.
    expect(sheet.values.some((r) => r[0] === 'Профессиональные дефициты по результатам диагностики: кому и что сделать')).toBe(false);
  });

  it('the report: the director’s line on the school’s page only, the municipal ones before the organisations’ pages', () => {
    const html = renderReport(plan);
    const pages = html.split('<section class="org-page">').slice(1).map(textOf);
    const page = (name: string) => pages.find((p) => p.trimStart().startsWith(name))!;
    expect(page(SCHOOL)).toContain('Профессиональные дефициты педагогов по результатам диагностики: руководителю организации');
    expect(page(SCHOOL)).toContain(DIRECTOR_TEXT.replace(/ %/g, ' %'));
    expect(page(SCHOOL)).toContain('Рекомендаций по профессиональным дефицитам педагогов: 1.');
    expect(page(KINDERGARTEN)).not.toContain('не имеют маршрута');
    expect(page(DDT)).not.toContain('не имеют маршрута');
    const recStart = html.indexOf('id="rekomendacii"');
    const before = textOf(html.slice(recStart, html.indexOf('<section class="org-page">')));
    expect(before).toContain('Преобладающий дефицит методических компетенций: 4 из 9 (44,4 %) прошедших региональную диагностику.');
    expect(before).not.toContain('не имеют маршрута');
    // The deficits section says where they are instead of listing them again.
    const deficits = textOf(html.slice(html.indexOf('id="deficity"'), recStart));
    expect(deficits).not.toContain('Преобладающий дефицит методических компетенций');
    expect(deficits).toContain('руководителям — на страницах своих организаций');
  });

  it('the report: a page whose only recommendation is about deficits does not say «Рекомендаций нет»', () => {
    // The school's own recommendations taken away, and the criteria the fixture cannot compute left
    // out (so the page may conclude instead of saying most criteria have no data).
    const onlyDeficits = {
      ...plan,
      result: { ...plan.result, criteria: plan.result.criteria.filter((r) => r.total.status !== 'no-data') },
      analysis: { ...plan.analysis, recommendations: plan.analysis.recommendations.filter((r) => r.organization !== SCHOOL) },
    };
    const html = textOf(renderReport(onlyDeficits));
    const page = html.slice(html.indexOf(`${SCHOOL} (ОО)`), html.indexOf(`${KINDERGARTEN} (ДОО)`, html.indexOf(`${SCHOOL} (ОО)`)));
    expect(page).toContain('По показателям мониторинга рекомендаций нет: целевые значения достигнуты. Рекомендации по профессиональным дефицитам педагогов — ниже.');
    expect(page).not.toContain('зон внимания не выявлено');
    expect(page).toContain(DIRECTOR_TEXT);
  });
});

describe('«Дефициты» takes «Минимум человек для вывода» from «Настройки»', () => {
  it('with 10, the school’s 6 diagnosed are too few: its предметные gap (33,3 vs 22,2 = 11,1 ≥ 10) is grey, not red', () => {
    const tone = (minPeople: number | null) => {
      const sheets = deficitsFixture().map((s) => (s.name === 'Настройки' && minPeople !== null ? { ...s, values: [...s.values, ['Минимум человек для вывода', minPeople]] } : s));
      const d = planRun(sheets, { today: TODAY }).outputs.find((o) => o.name === 'Дефициты')!;
      const row = d.values.findIndex((r) => r[0] === SCHOOL);
      // Columns: name, type, diagnosed, then (count, share) per kind: предметные share is column 4.
      const note = d.values.some((r) => typeof r[0] === 'string' && r[0].includes(`серым — меньше ${minPeople ?? 5} прошедших диагностику`));
      return [d.values[row]![4], d.tones[row]![4], note];
    };
    expect(tone(null)).toEqual([33.3, 'below', true]);
    expect(tone(10)).toEqual([33.3, 'muted', true]);
  });
});
