/**
 * Management decisions (file 001 §8.2–§8.3): the few things the municipality should do first,
 * derived from where the largest gaps are. Recommendations are grouped by area of work and the
 * areas ranked by the weight of their open recommendations (priority 1 counts 3, 2 counts 2,
 * 3 counts 1; a municipal shortfall counts double); the top areas become decisions that name
 * their criteria and the organisations most behind.
 */
import type { Topic } from '../criteria';
import type { Recommendation } from './rules';
import { DECISION_BASIS, TOPIC_TEXTS } from '../texts/ru/recommend';
import { topicOf } from './topics';

export interface ManagementDecision {
  readonly topic: Topic;
  readonly title: string;
  readonly text: string;
  /** Why: the criteria and organisations behind the decision. */
  readonly basis: string;
  readonly criterionIds: readonly string[];
}

export const MAX_DECISIONS = 5;

export function managementDecisions(recs: readonly Recommendation[], label: (organization: string) => string = (o) => o): ManagementDecision[] {
  const byTopic = new Map<Topic, { weight: number; recs: Recommendation[] }>();
  for (const r of recs) {
    // A practice is not a problem to decide on, and a figure over too few people decides nothing.
    if (r.kind === 'success' || r.thin) continue;
    const topic = topicOf(r.criterion);
    const entry = byTopic.get(topic) ?? { weight: 0, recs: [] };
    entry.weight += (4 - r.priority) * (r.organization === null ? 2 : 1);
    entry.recs.push(r);
    byTopic.set(topic, entry);
  }
  return [...byTopic.entries()]
    .sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]))
    .slice(0, MAX_DECISIONS)
    .map(([topic, { recs: group }]) => {
      const ids = [...new Set(group.map((r) => r.criterion.id))];
      const orgs = [...new Set(group.filter((r) => r.organization !== null && r.priority <= 2).map((r) => label(r.organization as string)))];
      const municipal = group.filter((r) => r.organization === null).map((r) => r.criterion.id);
      const parts = [
        DECISION_BASIS.criteria(ids),
        municipal.length > 0 ? DECISION_BASIS.municipal(municipal) : null,
        orgs.length > 0 ? DECISION_BASIS.organizations(orgs.slice(0, 5), orgs.length - 5) : null,
      ].filter((p): p is string => p !== null);
      const texts = TOPIC_TEXTS[topic];
      return { topic, title: texts.title, text: texts.decision, basis: capitalize(parts.join('; ')) + '.', criterionIds: ids };
    });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
