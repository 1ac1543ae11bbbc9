/**
 * The remedy for a criterion (issue 17): what an organisation and the municipality should do
 * about THIS criterion, not about its broad area. A criterion is keyed by what it reads — the
 * fields of its condition (sorted, joined by +), its population and, for contests, the level —
 * so a criterion a methodologist adds in «Настройка показателей» finds the remedy of the preset
 * criterion that reads the same columns. The texts are in core/texts/ru/remedies.ts; a criterion with no
 * remedy of its own falls back to its topic's measures (texts.ts) and is marked as such, which
 * the tests forbid for every preset criterion.
 */
import type { Criterion, Expr } from '../criteria';
import { fieldsOf } from '../engine/evaluate';
import type { FieldKey } from '../fields';
import { REMEDY_TEXTS, type RemedyText } from '../texts/ru/remedies';
import { TOPIC_TEXTS } from '../texts/ru/recommend';
import { topicOf } from './topics';

export interface Remedy {
  /** The key it was found under, or `topic:<topic>` for the fallback. */
  readonly key: string;
  readonly org: string;
  readonly municipal: string;
  readonly orgAddressee: string;
  readonly municipalAddressee: string;
  /** False when the criterion has no remedy of its own and borrows its topic's measures. */
  readonly specific: boolean;
}

/** Candidate keys, most specific first: fields@population#level, fields@population, fields#level, fields. */
export function remedyKeys(c: Criterion): string[] {
  if ('source' in c) {
    const s = c.source;
    return ['row' in s ? `source:${s.row}` : 'flag' in s ? `flag:${s.flag}` : `source:${s.numerator}/${s.denominator}`];
  }
  if (c.kind === 'orgShare' && c.test.kind === 'orgFlag') return [`flag:${c.test.flag}`];
  const fields = new Set<FieldKey>();
  let condition: Expr | null = null;
  if ('condition' in c) condition = c.condition;
  if (c.kind === 'orgShare' && c.test.kind === 'memberShare') condition = c.test.condition;
  if (condition) fieldsOf(condition, fields);
  if ('field' in c) fields.add(c.field);
  const joined = [...fields].sort().join('+');
  const population = populationName('population' in c ? c.population : null);
  const level = condition ? contestLevel(condition) : null;
  const keys: string[] = [];
  if (population && level) keys.push(`${joined}@${population}#${level}`);
  if (population) keys.push(`${joined}@${population}`);
  if (level) keys.push(`${joined}#${level}`);
  keys.push(joined);
  return keys;
}

export function remedyOf(c: Criterion): Remedy {
  const topic = TOPIC_TEXTS[topicOf(c)];
  const make = (key: string, t: RemedyText, specific: boolean): Remedy => ({
    key,
    org: t.org,
    municipal: t.municipal,
    orgAddressee: t.orgAddressee ?? topic.orgAddressee,
    municipalAddressee: t.municipalAddressee ?? topic.municipalAddressee,
    specific,
  });
  const keys = remedyKeys(c);
  for (const key of keys) {
    const t = REMEDY_TEXTS[key];
    if (t) return make(key, t, true);
  }
  // A condition over several columns with no remedy of its own: the first column that has one.
  const fields = keys[keys.length - 1]!.split('+');
  if (fields.length > 1) {
    for (const f of fields) {
      const t = REMEDY_TEXTS[f];
      if (t) return make(f, t, false);
    }
  }
  return make(`topic:${topicOf(c)}`, { org: topic.orgMeasures, municipal: topic.municipalMeasures }, false);
}

/** The population a criterion counts over: its name, or the first name of an `and`. */
function populationName(e: Expr | null): string | null {
  if (!e) return null;
  if (e.op === 'population') return e.name;
  if (e.op === 'and') {
    for (const a of e.args) {
      const n = populationName(a);
      if (n) return n;
    }
  }
  return null;
}

/** "≥2" style level of a contest condition (contestLevel compared with a number), or null. */
function contestLevel(e: Expr): string | null {
  if (e.op === 'cmp' && e.field === 'contestLevel') return `${e.cmp}${String(e.value)}`;
  if (e.op === 'and' || e.op === 'or') {
    for (const a of e.args) {
      const l = contestLevel(a);
      if (l) return l;
    }
  }
  if (e.op === 'not') return contestLevel(e.arg);
  return null;
}
