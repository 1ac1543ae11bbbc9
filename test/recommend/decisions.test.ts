/**
 * Management decisions (decisions.ts): areas of work ranked by the weight of their open
 * recommendations (priority 1 → 3, 2 → 2, 3 → 1; a municipal one counts double; practices do not
 * count), ties by area name, at most MAX_DECISIONS, each naming its criteria, the municipal
 * shortfalls and the organisations with priority 1–2 recommendations.
 */
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../core/criteria';
import { findPreset } from '../../core/presets/index';
import { managementDecisions, MAX_DECISIONS } from '../../core/recommend/decisions';
import type { Priority, Recommendation, RecommendationKind } from '../../core/recommend/rules';
import { TOPIC_TEXTS } from '../../core/texts/ru/recommend';
import { topicOf } from '../../core/recommend/topics';
import { expectReadable } from './helpers';

const PRESET = findPreset('alapaevsk-2024')!;
const criterion = (id: string): Criterion => PRESET.criteria.find((c) => c.id === id)!;

function rec(id: string, organization: string | null, priority: Priority, kind: RecommendationKind = 'below-target', thin = false): Recommendation {
  return {
    kind,
    organization,
    addressee: 'адресат',
    criterion: criterion(id),
    value: 10,
    valueText: '10 %',
    targetText: '',
    gap: 5,
    people: 1,
    priority,
    thin,
    text: 'Текст.',
  };
}

describe('managementDecisions', () => {
  it('the criteria used below belong to the areas the test assumes', () => {
    expect(['6.3', '1.3', '9.1', '2.1', '8.4', '8.3', '3.1', '5.2', '7.1'].map((id) => topicOf(criterion(id)))).toEqual([
      'staffing', 'diagnostics', 'training', 'routes', 'mentoring', 'young', 'burnout', 'methodical', 'retraining',
    ]);
  });

  it('ranks areas by weight (municipal counts double, practices not at all), breaks ties by area, keeps at most 5', () => {
    const recs = [
      // staffing: 3 + 3 + 1 = 7
      rec('6.3', 'МАОУ СОШ №1', 1),
      rec('6.3', 'МАОУ СОШ №2', 1),
      rec('6.3', 'МАОУ СОШ №3', 3),
      // training: municipal priority 1 = 3 × 2 = 6
      rec('9.1', null, 1),
      // diagnostics: 2 + 2 + 2 = 6 (ties with training; «diagnostics» < «training»)
      rec('1.3', 'МАОУ СОШ №1', 2, 'attention'),
      rec('1.3', 'МАОУ СОШ №2', 2, 'attention'),
      rec('1.3', 'МАОУ СОШ №3', 2, 'attention'),
      // routes: municipal priority 3 (1 × 2) + organisation priority 2 = 4
      rec('2.1', null, 3),
      rec('2.1', 'МАОУ СОШ №4', 2),
      // mentoring: 3
      rec('8.4', 'МАОУ СОШ №5', 1),
      // young: 2; burnout: 1 — beyond the five
      rec('8.3', 'МАОУ СОШ №1', 2),
      rec('3.1', 'МАОУ СОШ №1', 3),
      // methodical: practices only — weight 0, never a decision
      rec('5.2', 'МАОУ СОШ №1', 3, 'success'),
      rec('5.2', 'МАОУ СОШ №2', 3, 'success'),
    ];
    const decisions = managementDecisions(recs);
    expect(MAX_DECISIONS).toBe(5);
    expect(decisions.map((d) => d.topic)).toEqual(['staffing', 'diagnostics', 'training', 'routes', 'mentoring']);
    for (const d of decisions) {
      expect(d.title).toBe(TOPIC_TEXTS[d.topic].title);
      expect(d.text).toBe(TOPIC_TEXTS[d.topic].decision);
      expectReadable(d.text);
      expectReadable(d.basis);
    }
    const [staffing, diagnostics, training, routes] = decisions;
    expect(staffing!.criterionIds).toEqual(['6.3']);
    // Organisations behind priority 1–2 recommendations only (СОШ №3 had priority 3).
    expect(staffing!.basis).toBe('Критерий 6.3; прежде всего: МАОУ СОШ №1, МАОУ СОШ №2.');
    expect(diagnostics!.basis).toBe('Критерий 1.3; прежде всего: МАОУ СОШ №1, МАОУ СОШ №2, МАОУ СОШ №3.');
    expect(training!.basis).toBe('Критерий 9.1; по муниципалитету не достигнуто: 9.1.');
    expect(routes!.basis).toBe('Критерий 2.1; по муниципалитету не достигнуто: 2.1; прежде всего: МАОУ СОШ №4.');
  });

  it('names every criterion of an area, and at most five organisations with a count of the rest', () => {
    const orgs = ['О1', 'О2', 'О3', 'О4', 'О5', 'О6', 'О7'];
    const recs = [...orgs.map((o) => rec('9.1', o, 2)), rec('9.2', 'О1', 2), rec('9.5', null, 3)];
    const [d] = managementDecisions(recs);
    expect(d!.topic).toBe('training');
    expect(d!.criterionIds).toEqual(['9.1', '9.2', '9.5']);
    expect(d!.basis).toBe('Критерии 9.1, 9.2, 9.5; по муниципалитету не достигнуто: 9.5; прежде всего: О1, О2, О3, О4, О5 и ещё 2.');
  });

  it('no open recommendations → no decisions', () => {
    expect(managementDecisions([])).toEqual([]);
    expect(managementDecisions([rec('5.2', 'МАОУ СОШ №1', 3, 'success')])).toEqual([]);
    // A figure over fewer people than `Минимум человек для вывода` decides nothing.
    expect(managementDecisions([rec('9.1', 'МАОУ СОШ №1', 3, 'below-target', true), rec('9.1', null, 3, 'below-target', true)])).toEqual([]);
  });
});
