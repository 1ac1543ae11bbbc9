/**
 * An organisation below an orgShare criterion's target (P1: "at least 50 % of the management team
 * of every organisation"): the recommendation to it quotes its own share — «1 из 3 руководителей
 * (33,3 %)» — and how many more people it takes, since the 0-or-100 of the organisation figure
 * says nothing a director can act on. Last period's figures from «История» carry no inner share;
 * then there is nothing to quote and no recommendation. The thin-data rule holds here as for every
 * share (workbook.md §5): a team smaller than «Минимум человек для вывода» gives priority 3 at
 * most, and the text says «мало данных».
 */
import type { OrgShareCriterion } from '../criteria';
import { formatNumber } from '../output/present';
import { ORG_SHARE_TEXT } from '../texts/ru/org-share';
import { THIN_TEXT, TREND_TEXT } from '../texts/ru/recommend';
import type { TopicTexts } from '../texts/ru/recommend';
import { gapToTarget, priorityOf, type Recommendation } from './rules';
import type { SnapshotFigure } from './snapshot';

type Inner = { readonly numerator: number; readonly denominator: number; readonly value: number };

function innerOf(f: SnapshotFigure): Inner | null {
  const inner = (f as { readonly inner?: Inner }).inner;
  return inner && inner.denominator > 0 ? inner : null;
}

export function orgShareRecommendation(
  c: OrgShareCriterion,
  f: SnapshotFigure,
  org: string,
  texts: TopicTexts,
  minPeople: number,
  /** The organisation's figure last period (from «История»: met or not, no inner share), and that period. */
  before?: SnapshotFigure,
  period: string | null = null,
): Recommendation | null {
  const test = c.test;
  const inner = innerOf(f);
  if (test.kind !== 'memberShare' || !c.target || f.status !== 'below' || !inner) return null;
  const members = test.population.op === 'population' ? test.population.name : null;
  // People to add so the share reaches the threshold (≥: num/den ≥ t; >: strictly above).
  const needed = test.cmp === '>=' ? Math.ceil((test.threshold * inner.denominator) / 100 - 1e-9) : Math.floor((test.threshold * inner.denominator) / 100) + 1;
  const people = Math.max(0, Math.min(inner.denominator, needed) - inner.numerator);
  const gap = gapToTarget(inner.value, test.threshold);
  const valueText = ORG_SHARE_TEXT.value(inner.numerator, inner.denominator, members, formatNumber(inner.value));
  const targetText = ORG_SHARE_TEXT.target(test.cmp, formatNumber(test.threshold));
  const thin = inner.denominator < minPeople;
  const trend = before && period !== null && (before.status === 'met' || before.status === 'below') ? TREND_TEXT.orgShare(period, before.status === 'met') : '';
  return {
    kind: 'below-target', organization: org, addressee: texts.orgAddressee, criterion: c, value: inner.value,
    valueText, targetText, gap, people, priority: thin ? 3 : priorityOf(gap, people), thin,
    text: (thin ? THIN_TEXT.lead(inner.denominator) : '') + ORG_SHARE_TEXT.text(ORG_SHARE_TEXT.name(c.shortName, c.id), valueText, targetText, formatNumber(gap), people, trend, texts.orgMeasures),
  };
}
