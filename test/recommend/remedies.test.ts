/**
 * A remedy per criterion (issue 17): every criterion of every preset has a remedy of its own, and
 * two criteria about different things never share one. "About different things" is worked out
 * here from the criteria's definitions, independently of remedies.ts: the columns the condition
 * reads, the population (everyone / pedagogues / teachers / school staff count as one), the contest
 * level, or the municipal row or organisation flag a criterion reads. The cases the issue names are
 * checked by their words.
 */
import { describe, expect, it } from 'vitest';
import type { Criterion, Expr } from '../../core/criteria';
import { PRESETS } from '../../core/presets/index';
import { remedyOf } from '../../core/recommend/remedies';
import { REMEDY_TEXTS } from '../../core/texts/ru/remedies';
import { expectReadable } from './helpers';

const ALL = PRESETS.flatMap((p) => p.criteria.map((c) => ({ preset: p.id, c })));
const label = (x: { preset: string; c: Criterion }) => `${x.preset} ${x.c.id} «${x.c.shortName}»`;

/** Every column an expression reads, and the contest level it compares with. */
function walk(e: Expr, fields: Set<string>, levels: Set<string>): void {
  const any = e as unknown as Record<string, unknown>;
  if (typeof any.field === 'string' && e.op !== 'population') fields.add(any.field);
  if (any.field === 'contestLevel' && 'value' in any) levels.add(`${String(any.cmp)}${String(any.value)}`);
  for (const a of (any.args as Expr[] | undefined) ?? []) walk(a, fields, levels);
  if (any.arg) walk(any.arg as Expr, fields, levels);
}

const BROAD = new Set(['all', 'ped', 'teachers', 'school', 'generalEd']);

/** What a criterion is about, from its definition alone. */
function subjectOf(c: Criterion): string {
  if ('source' in c) return `source ${JSON.stringify(c.source)}`;
  if (c.kind === 'orgShare' && c.test.kind === 'orgFlag') return `flag ${c.test.flag}`;
  const fields = new Set<string>();
  const levels = new Set<string>();
  if ('condition' in c) walk(c.condition, fields, levels);
  if (c.kind === 'orgShare' && c.test.kind === 'memberShare') walk(c.test.condition, fields, levels);
  if ('field' in c) fields.add(c.field);
  const pop = 'population' in c ? JSON.stringify(c.population).match(/"name":"(\w+)"/)?.[1] ?? '' : '';
  return `${[...fields].sort().join('+')} of ${BROAD.has(pop) ? 'staff' : pop} ${[...levels].join(',')}`;
}

describe('a remedy for every criterion of every preset', () => {
  it.each(ALL.map((x) => [label(x), x] as const))('%s has a remedy of its own, in readable sentences', (_, { c }) => {
    const r = remedyOf(c);
    expect(r.specific, `${c.id}: found under ${r.key}`).toBe(true);
    expectReadable(r.org);
    expectReadable(r.municipal);
    expect(r.orgAddressee).toMatch(/^\p{Lu}/u);
    expect(r.municipalAddressee).toMatch(/^\p{Lu}/u);
  });

  it('criteria about different things never share a remedy text (for the organisation or the municipality)', () => {
    for (const side of ['org', 'municipal'] as const) {
      const byText = new Map<string, { subject: string; who: string }>();
      for (const x of ALL) {
        const text = remedyOf(x.c)[side];
        const subject = subjectOf(x.c);
        const seen = byText.get(text);
        if (seen) expect(subject, `${label(x)} shares its ${side} remedy with ${seen.who}`).toBe(seen.subject);
        else byText.set(text, { subject, who: label(x) });
      }
    }
  });

  it('no two remedies of the table repeat one another', () => {
    const orgs = Object.values(REMEDY_TEXTS).map((t) => t.org);
    const municipals = Object.values(REMEDY_TEXTS).map((t) => t.municipal);
    expect(new Set(orgs).size).toBe(orgs.length);
    expect(new Set(municipals).size).toBe(municipals.length);
  });

  it('the cases the issue names answer their own criterion', () => {
    const alapaevsk = PRESETS.find((p) => p.id === 'alapaevsk-2024')!;
    const c = (id: string) => alapaevsk.criteria.find((x) => x.id === id)!;
    // 6.2 «Совместители»: about external part-timers, not about retraining off-profile teachers.
    expect(remedyOf(c('6.2')).org).toMatch(/совместител/);
    expect(remedyOf(c('6.2')).org).not.toMatch(/переподготовк|не по профилю/);
    // 8.16 young teachers in contests: about contests for young teachers, not about mentors alone.
    expect(remedyOf(c('8.16')).org).toMatch(/конкурс/);
    expect(remedyOf(c('8.16')).org).toMatch(/молод/);
    // 7.1 retraining and 6.3 profile match both concern off-profile teaching, but say different things.
    expect(remedyOf(c('7.1')).org).toMatch(/переподготовк/);
    expect(remedyOf(c('6.4')).org).toMatch(/нагрузк/);
    // Each contest level asks for its own step.
    expect(remedyOf(c('8.21')).org).toMatch(/региональн/);
    expect(remedyOf(c('8.22')).org).toMatch(/федеральн/);
    expect(remedyOf(c('2.3')).org).toMatch(/диагностик/);
  });

  it('a criterion a methodologist adds over the same column finds the same remedy; an unknown one falls back to its topic, marked', () => {
    const nine = PRESETS[0]!.criteria.find((x) => x.id === '9.2')!;
    const custom = { ...nine, id: 'X1', shortName: 'Своя доля' } as Criterion;
    expect(remedyOf(custom).org).toBe(remedyOf(nine).org);
    const odd = { ...nine, id: 'X2', condition: { op: 'true' } } as Criterion;
    expect(remedyOf(odd).specific).toBe(false);
  });
});
