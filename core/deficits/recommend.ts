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
import { DEFICIT_SERIES_IDS } from './figures';
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
): DeficitRecommendation[] {
  if (!deficits) return [];
  const out: DeficitRecommendation[] = [];
  municipal(deficits, minPeople, out);
  associations(deficits, threshold, minPeople, out);
  directors(deficits, minPeople, out);
  const order: Readonly<Record<DeficitAddressee, number>> = { municipal: 0, association: 1, director: 2 };
  return out.sort((a, b) => a.priority - b.priority || order[a.addressee] - order[b.addressee]);
}

function municipal(d: DeficitResult, minPeople: number, out: DeficitRecommendation[]): void {
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
      text: DR.municipalKind(i === 0, k, shareText(f), n, orgs, subjects) + (thin ? DR.thin : ''),
    });
  });
  const risk = t.risk;
  if (hasData(risk) && risk.numerator > 0) {
    const orgs = listTop(orgsWith.map((o) => [o.name, o.figures.risk.numerator ?? 0] as const));
    out.push({
      addressee: 'municipal', organization: null, subject: null, figureId: DEFICIT_SERIES_IDS.risk, figureName: DR.riskName,
      valueText: shareText(risk), priority: thin ? 3 : 2, thin,
      text: DR.municipalRisk(shareText(risk), orgs) + (thin ? DR.thin : ''),
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

function directors(d: DeficitResult, minPeople: number, out: DeficitRecommendation[]): void {
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
      text: DR.director(none, shareText(f.routed), municipalShare, f.risk.numerator ?? 0) + (thin ? DR.thin : ''),
    });
  }
}
