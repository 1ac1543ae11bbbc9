/**
 * Recommendations from what the diagnostics found (issue 18, seed 001 §7.1 and programme items
 * 10–14): who should act on the deficits and how, with the numbers behind it.
 *  - To the municipal methodological service and ЦНППМ: plan further training on the dominant
 *    kinds, saying how many people in which organisations and subjects need it; and the zone of
 *    risk (two deficits or more) as the first candidates for routes with a tutor.
 *  - To the heads of the municipal and school methodological associations, by subject: the
 *    subject's dominant kind, compared with the municipality.
 *  - To the directors: the people with a deficit and no route (neither ИОМ ЦНППМ nor ИППР).
 * Thin data (fewer people behind a share than the setting «Минимум человек для вывода», 5 by default) never gets priority 1 and
 * says «мало данных». Figures only, never a name.
 */
import { NO_SUBJECT } from '../engine/compute';
import { formatNumber } from '../output/present';
import { roundDisplayed, type Figure } from '../result';
import { DR } from '../texts/ru/deficits';
import { hasData, unrouted, type DeficitFigures, type DeficitResult } from './compute';
import { DEFICIT_SERIES_IDS, type DeficitSeriesKey } from './figures';
import type { Snapshot } from '../recommend/snapshot';
import { DEFICIT_KEYS } from './kinds';
import { DEFICIT_MIN_PEOPLE, dominantKind } from './sheet';

export type DeficitAddressee = 'municipal' | 'association' | 'director';

export interface DeficitRecommendation {
  readonly addressee: DeficitAddressee;
  /** The organisation a director's recommendation is for; null for the municipality. */
  readonly organization: string | null;
  /** The subject of a methodological association's recommendation. */
  readonly subject: string | null;
  /** The «История» id of the figure it rests on (ПД.1–ПД.7). */
  readonly figureId: string;
  /** The figure's short name. */
  readonly figureName: string;
  /** The value as shown: «4 из 9 (44,4 %)». */
  readonly valueText: string;
  readonly priority: 1 | 2 | 3;
  /** Whether fewer than DEFICIT_MIN_PEOPLE people stand behind it. */
  readonly thin: boolean;
  readonly text: string;
}

export const ADDRESSEE_LABELS: Readonly<Record<DeficitAddressee, string>> = DR.addressees;

/** How many dominant kinds the municipal plan names at most. */
const MAX_PLANNED_KINDS = 3;
/** How many organisations and subjects a sentence lists at most. */
const MAX_LISTED = 5;

function shareText(f: Figure): string {
  return hasData(f) ? DR.share(f.numerator, f.denominator, formatNumber(f.value)) : DR.noData;
}

/** «МАОУ СОШ №1 — 4, МАДОУ №3 — 2»: the places where a kind was found most. */
function listTop(entries: readonly (readonly [string, number])[]): string {
  const sorted = entries.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ru'));
  const shown = sorted.slice(0, MAX_LISTED).map(([name, n]) => DR.listed(name, n)).join(', ');
  return sorted.length > MAX_LISTED ? DR.more(shown, sorted.length - MAX_LISTED) : shown;
}

export function deriveDeficitRecommendations(
  deficits: DeficitResult | undefined,
  threshold: number,
  /** The setting «Минимум человек для вывода» (workbook.md §5). */
  minPeople: number = DEFICIT_MIN_PEOPLE,
  /** Last period's figures from «История» (ПД.1–ПД.7), for the change since then. */
  previous: Snapshot | null = null,
): DeficitRecommendation[] {
  if (!deficits) return [];
  const out: DeficitRecommendation[] = [];
  municipal(deficits, minPeople, previous, out);
  associations(deficits, threshold, minPeople, out);
  directors(deficits, minPeople, previous, out);
  const order: Readonly<Record<DeficitAddressee, number>> = { municipal: 0, association: 1, director: 2 };
  return out.sort((a, b) => a.priority - b.priority || order[a.addressee] - order[b.addressee]);
}

/**
 * " За период 2024-2025 было 4 из 9 (44,4 %): улучшение на 11,1 п.п." — the change of a figure since
 * last period (a deficit share falling is an improvement, a route share rising), or nothing when
 * «История» has no figure for it.
 */
function trendOf(previous: Snapshot | null, key: DeficitSeriesKey, organization: string | null, now: Figure): string {
  if (!previous || !hasData(now)) return '';
  const id = DEFICIT_SERIES_IDS[key];
  const before = organization === null ? previous.total.get(id) : previous.byOrganization.get(id)?.get(organization);
  if (!before || typeof before.value !== 'number' || before.numerator === null || before.denominator === null) return '';
  const change = roundDisplayed(roundDisplayed(now.value) - roundDisplayed(before.value));
  const better = key === 'routed' ? change > 0 : change < 0;
  return DR.trend(previous.period, DR.share(before.numerator, before.denominator, formatNumber(before.value)), change === 0 ? 'same' : better ? 'better' : 'worse', formatNumber(Math.abs(change)));
}

function municipal(d: DeficitResult, minPeople: number, previous: Snapshot | null, out: DeficitRecommendation[]): void {
  const t = d.total;
  const diagnosed = t.diagnosed.denominator ?? 0;
  if (diagnosed === 0) return;
  const thin = diagnosed < minPeople;
  const orgsWith = d.organizations.filter((o) => o.hasColumns);
  const ranked = DEFICIT_KEYS.filter((k) => hasData(t.kinds[k]) && (t.kinds[k].numerator ?? 0) > 0).sort(
    (a, b) => roundDisplayed(t.kinds[b].value as number) - roundDisplayed(t.kinds[a].value as number) || DEFICIT_KEYS.indexOf(a) - DEFICIT_KEYS.indexOf(b),
  );
  ranked.slice(0, MAX_PLANNED_KINDS).forEach((k, i) => {
    const f = t.kinds[k];
    const n = f.numerator ?? 0;
    const orgs = listTop(orgsWith.map((o) => [o.name, o.figures.kinds[k].numerator ?? 0] as const));
    const subjects = listTop(d.subjects.filter((s) => s.subject !== NO_SUBJECT).map((s) => [s.subject.toLowerCase(), s.total.kinds[k].numerator ?? 0] as const));
    const priority: 1 | 2 | 3 = thin ? 3 : i === 0 && n >= minPeople ? 1 : 2;
    out.push({
      addressee: 'municipal', organization: null, subject: null, figureId: DEFICIT_SERIES_IDS[k], figureName: DR.kindName(k),
      valueText: shareText(f), priority, thin,
      text: DR.municipalKind(i === 0, k, shareText(f), n, orgs, subjects) + trendOf(previous, k, null, f) + (thin ? DR.thin : ''),
    });
  });
  const risk = t.risk;
  if (hasData(risk) && risk.numerator > 0) {
    const orgs = listTop(orgsWith.map((o) => [o.name, o.figures.risk.numerator ?? 0] as const));
    out.push({
      addressee: 'municipal', organization: null, subject: null, figureId: DEFICIT_SERIES_IDS.risk, figureName: DR.riskName,
      valueText: shareText(risk), priority: thin ? 3 : 2, thin,
      text: DR.municipalRisk(shareText(risk), orgs) + trendOf(previous, 'risk', null, risk) + (thin ? DR.thin : ''),
    });
  }
}

function associations(d: DeficitResult, threshold: number, minPeople: number, out: DeficitRecommendation[]): void {
  for (const s of d.subjects) {
    if (s.subject === NO_SUBJECT) continue;
    const k = dominantKind(s.total);
    if (k === null) continue;
    const f = s.total.kinds[k];
    const m = d.total.kinds[k];
    const thin = (s.total.diagnosed.denominator ?? 0) < minPeople;
    const gap = hasData(f) && hasData(m) ? roundDisplayed(roundDisplayed(f.value) - roundDisplayed(m.value)) : 0;
    const priority: 1 | 2 | 3 = thin ? 3 : gap >= threshold && (f.numerator ?? 0) >= minPeople ? 1 : 2;
    const subject = s.subject.toLowerCase();
    const orgs = listTop(Object.entries(s.byOrganization).map(([name, x]) => [name, x.kinds[k].numerator ?? 0] as const));
    out.push({
      addressee: 'association', organization: null, subject: s.subject, figureId: DEFICIT_SERIES_IDS[k], figureName: DR.kindSubjectName(k, subject),
      valueText: shareText(f), priority, thin,
      text: DR.association(subject, k, shareText(f), hasData(m) ? formatNumber(m.value) : null, orgs) + (thin ? DR.thin : ''),
    });
  }
}

function directors(d: DeficitResult, minPeople: number, previous: Snapshot | null, out: DeficitRecommendation[]): void {
  const municipalShare = hasData(d.total.routed) ? formatNumber(d.total.routed.value) : null;
  for (const o of d.organizations) {
    if (!o.hasColumns) continue;
    const f: DeficitFigures = o.figures;
    const none = unrouted(f);
    if (none === null || none === 0) continue;
    const thin = (f.routed.denominator ?? 0) < minPeople;
    const priority: 1 | 2 | 3 = none >= minPeople && !thin ? 1 : none >= 2 ? 2 : 3;
    out.push({
      addressee: 'director', organization: o.name, subject: null, figureId: DEFICIT_SERIES_IDS.routed, figureName: DR.routedName,
      valueText: shareText(f.routed), priority, thin,
      text: DR.director(none, shareText(f.routed), municipalShare, f.risk.numerator ?? 0) + unroutedSubjects(d, o.name) + trendOf(previous, 'routed', o.name, f.routed) + (thin ? DR.thin : ''),
    });
  }
}

/** " Без маршрута по предметам: математика — 1, физика — 1." — where in the organisation the people without a route teach. */
function unroutedSubjects(d: DeficitResult, organization: string): string {
  const entries = d.subjects
    .filter((s) => s.subject !== NO_SUBJECT && s.byOrganization[organization] !== undefined)
    .map((s) => [s.subject.toLowerCase(), unrouted(s.byOrganization[organization]!) ?? 0] as const);
  const list = listTop(entries);
  return list === '' ? '' : DR.directorSubjects(list);
}
