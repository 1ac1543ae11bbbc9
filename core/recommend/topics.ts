/**
 * The area of work a criterion belongs to, so a recommendation names measures that fit it. A
 * preset may set `topic`; otherwise it is inferred from what the criterion reads, which also
 * covers criteria a methodologist adds later.
 */
import type { Criterion, Topic } from '../criteria';
import { fieldsOf } from '../engine/evaluate';
import type { FieldKey } from '../fields';
import { SOURCE_TOPIC_WORDS } from '../texts/ru/recommend';

const FIELD_TOPICS: readonly [Topic, readonly FieldKey[]][] = [
  ['management', ['pkQualityMgmt', 'mgmtScore', 'inReserve']],
  ['retraining', ['retrained']],
  ['mentoring', ['isMentor', 'mentoringModel']],
  ['young', ['stayedSinceGraduation', 'hasMentor', 'youngAssociation', 'regionalMethodist', 'addressSupport']],
  ['routes', ['iomCenter', 'ippr', 'iomSupport']],
  ['diagnostics', ['diagFederal', 'diagRegional', 'selfDiag', 'diagScore']],
  ['contests', ['contestLevel']],
  ['burnout', ['clubs', 'sanatorium', 'satisfied']],
  ['methodical', ['networkEvents', 'leadsWorkshops', 'regionalExpert', 'publishedMaterials', 'regionalProjects', 'methodAssociation', 'nsur']],
  ['training', ['pk', 'pkRegistry', 'pkFgos', 'pkDigital', 'pkLiteracy', 'pkAssessment', 'pkTalent', 'pkSubject', 'pkInclusive', 'pkCareer', 'pkUpbringing', 'pkPreschool', 'pkTech']],
  ['staffing', ['externalPartTime', 'profileMatch', 'weeklyHours']],
];

const SOURCE_TOPICS = SOURCE_TOPIC_WORDS;

export function topicOf(c: Criterion): Topic {
  if (c.topic) return c.topic;
  const fields = new Set<FieldKey>();
  if ('condition' in c) fieldsOf(c.condition, fields);
  if ('field' in c) fields.add(c.field);
  if (c.kind === 'orgShare') {
    if (c.test.kind === 'memberShare') fieldsOf(c.test.condition, fields);
    else if (c.test.flag === 'mentoringModelAdopted' || c.test.flag === 'mentorIncentives') return 'mentoring';
    else if (c.test.flag === 'internshipSite') return 'methodical';
  }
  // Condition fields decide; the population (e.g. "young", "mgmt") only breaks ties below.
  for (const [topic, keys] of FIELD_TOPICS) if (keys.some((k) => fields.has(k))) return refine(topic, c);
  if ('source' in c) {
    const text = 'row' in c.source ? c.source.row : 'flag' in c.source ? c.source.flag : `${c.source.numerator} ${c.source.denominator}`;
    for (const [topic, re] of SOURCE_TOPICS) if (re.test(text)) return topic;
    return 'staffing';
  }
  return 'methodical';
}

/** A training or routes criterion over managers is management work; over young teachers, young. */
function refine(topic: Topic, c: Criterion): Topic {
  if (!('population' in c)) return topic;
  const pop = c.population;
  const popName = pop.op === 'population' ? pop.name : pop.op === 'and' && pop.args[0]?.op === 'population' ? pop.args[0].name : null;
  if (popName === 'mgmt' && (topic === 'training' || topic === 'routes')) return 'management';
  if (popName === 'young' && (topic === 'contests' || topic === 'mentoring' || topic === 'routes')) return 'young';
  if (popName === 'mentors') return 'mentoring';
  return topic;
}
