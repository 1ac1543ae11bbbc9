/**
 * `История` and the dynamics (issue 4): a run is written back into the workbook as a host writes
 * it (output sheets plus the hidden registry `_pedmonitor`), then the next run reads it.
 *  - rerunning a period gives the same sheets, value for value;
 *  - two periods give the change column of `Показатели` worked out by hand, with arrow formats and
 *    tones (improvement green, worsening red; 6.2, 6.4 and 6.5 count down);
 *  - rerunning the later period leaves the earlier period's rows byte-equal, and the other way round;
 *  - last period's recommendation whose gap closed is «выполнено» (sheet and JSON `done`), one still
 *    open is «повторно» (`repeated: true`);
 *  - a user's own `История` (not in the registry) is never read and stops the run.
 */
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../core/cells';
import type { MeanCriterion } from '../../core/criteria';
import { isPedmonitorError } from '../../core/errors';
import { pop } from '../../core/expr';
import { HISTORY_HEADER, mergeHistory, MUNICIPALITY_LABEL, previousPeriod, readHistoryRows } from '../../core/history/history';
import { CHANGE_FORMAT, CHANGE_FORMAT_INTEGER, CHANGE_FORMAT_POINTS, changeCell } from '../../core/output/indicators-sheet';
import { REGISTRY_SHEET, registryGrid } from '../../core/output/ownership';
import type { RunPlan } from '../../core/run-plan';
import { snapshotOfHistory } from '../../core/recommend/snapshot';
import { ALL_MUNICIPAL_YES, municipalitySheet, type Person } from '../helpers/workbook';
import { columnOf, expectReadable, historyRows, output, replaceSheet, rowIndexOf, run, settings, staff, workbook, writeBack } from '../recommend/helpers';

const P1 = '2023-2024';
const P2 = '2024-2025';

interface SchoolFigures {
  /** «ПК за период» = да (9.1, ≥ 30 %). */
  pk: number;
  /** «Самодиагностика» = да (1.3, no target). */
  selfDiag: number;
  /** «Внешний совместитель» = да (6.2, < 10 %, lower is better). */
  partTime: number;
  /** 27 hours a week or more (6.4, no target, lower is better). */
  heavy: number;
  /** «Образование соответствует профилю» = да (6.3, ≥ 75 %; 6.5 flags a school above 30 % without). */
  profile: number;
  /** «Адресная поддержка» = да (8.11, a count). */
  support: number;
}

/** A school of 11 teachers with the given numbers of «да» (the first ones of the list). */
function school(f: SchoolFigures): Person[] {
  return staff(11, { pk: f.pk, selfDiag: f.selfDiag, externalPartTime: f.partTime, profileMatch: f.profile, addressSupport: f.support }).map((p, i) => ({
    ...p,
    cells: { ...p.cells, weeklyHours: i < f.heavy ? 27 : 18 },
  }));
}

const BASE: SchoolFigures = { pk: 1, selfDiag: 0, partTime: 0, heavy: 2, profile: 11, support: 1 };

/** Period 1: A and B with 1 of 11 on ПК each, 4.1 «Кураторы ИОМ» absent. */
function period1(): SheetData[] {
  return workbook(
    { A: school({ ...BASE, selfDiag: 1, heavy: 4, support: 2 }), B: school(BASE) },
    settings(P1),
    municipalitySheet({ ...ALL_MUNICIPAL_YES, 'Кураторы ИОМ': 'нет' }),
  );
}

/** Period 2 data, put into the sheets a host has after period 1 (outputs and registry kept). */
function period2(after1: readonly SheetData[], b: Partial<SchoolFigures> = {}): SheetData[] {
  const fresh = workbook(
    { A: school({ ...BASE, pk: 4, selfDiag: 1, partTime: 2, heavy: 1, profile: 5, support: 3 }), B: school({ ...BASE, selfDiag: 1, ...b }) },
    settings(P2),
    municipalitySheet(ALL_MUNICIPAL_YES),
  );
  return fresh.reduce(replaceSheet, [...after1]);
}

function comparable(plan: RunPlan) {
  return { outputs: plan.outputs, registry: plan.registry, json: plan.json };
}

describe('rerunning a period', () => {
  it('is idempotent: the same sheets, registry and JSON on the second and the third run', () => {
    const sheets = period1();
    const first = run(sheets);
    const afterFirst = writeBack(sheets, first);
    const second = run(afterFirst);
    const third = run(writeBack(afterFirst, second));
    expect(comparable(second)).toEqual(comparable(first));
    expect(comparable(third)).toEqual(comparable(first));
    // No previous period for a period's own rows.
    expect(second.analysis.previous).toBeNull();
    expect(second.analysis.followUp).toBeNull();
  });

  it('writes one row per criterion × (total and each organisation), the total first', () => {
    const plan = run(period1());
    const hist = output(plan, 'История');
    expect(hist.values[0]).toEqual([...HISTORY_HEADER]);
    const criteria = plan.result.criteria.filter((c) => c.criterion.kind !== 'distribution');
    const rows = hist.values.slice(1);
    const perCriterion = (id: string) => rows.filter((r) => r[2] === id).map((r) => r[4]);
    expect(perCriterion('9.1')).toEqual([MUNICIPALITY_LABEL, 'A', 'B']);
    expect(perCriterion('4.1')).toEqual([MUNICIPALITY_LABEL]);
    expect(rows.every((r) => r[0] === P1 && r[1] === 'alapaevsk-2024')).toBe(true);
    // The criteria, and the «Дефициты» figures ПД.1–ПД.7 (the tabs have «Дефицит: …» columns).
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set([...criteria.map((c) => c.criterion.id), 'ПД.1', 'ПД.2', 'ПД.3', 'ПД.4', 'ПД.5', 'ПД.6', 'ПД.7']));
    // 9.1 total: 2 of 22 = 9,09 %, below; A: 1 of 11.
    expect(rows.find((r) => r[2] === '9.1' && r[4] === MUNICIPALITY_LABEL)).toEqual([P1, 'alapaevsk-2024', '9.1', 'Прошли ПК за период', MUNICIPALITY_LABEL, 2, 22, 9.09, 'не достигнуто', '≥ 30 %', null]);
    expect(rows.find((r) => r[2] === '4.1')?.slice(5, 9)).toEqual([null, null, 'нет', 'не достигнуто']);
  });
});

describe('two periods', () => {
  const sheets1 = period1();
  const plan1 = run(sheets1);
  const after1 = writeBack(sheets1, plan1);
  const sheets2 = period2(after1);
  const plan2 = run(sheets2);

  it('reads period 1 from `История` as the previous period', () => {
    expect(plan2.result.period).toBe(P2);
    expect(plan2.analysis.previous?.period).toBe(P1);
    expect(plan2.analysis.followUp?.previousPeriod).toBe(P1);
    expect(output(plan2, 'Показатели').values[1]![0]).toContain(`изменение — к периоду ${P1}`);
  });

  it('shows the hand-computed change in `Показатели` with arrows and tones (6.2, 6.4, 6.5 count down)', () => {
    const sheet = output(plan2, 'Показатели');
    const col = columnOf(sheet, 'Изменение к прошлому периоду');
    const change = (id: string) => {
      const r = rowIndexOf(sheet, id);
      return { value: sheet.values[r]![col], format: sheet.formats[r]![col], tone: sheet.tones[r]![col] };
    };
    // 9.1: 2 of 22 = 9,1 % → 5 of 22 = 22,7 %: +13,6, better.
    expect(change('9.1')).toEqual({ value: 13.6, format: CHANGE_FORMAT, tone: 'met' });
    // 1.3: 1 of 22 = 4,5 % (stored 4,55 in `История`) → 2 of 22 = 9,1 %: +4,6 between the shown values.
    expect(change('1.3')).toEqual({ value: 4.6, format: CHANGE_FORMAT, tone: 'met' });
    // 6.2 (менее 10 %): 0 % → 2 of 22 = 9,1 %: +9,1, worse.
    expect(change('6.2')).toEqual({ value: 9.1, format: CHANGE_FORMAT, tone: 'below' });
    // 6.4 (27 h and more): 6 of 22 = 27,3 % → 3 of 22 = 13,6 %: −13,7, better.
    expect(change('6.4')).toEqual({ value: -13.7, format: CHANGE_FORMAT, tone: 'met' });
    // 6.5 (schools with > 30 % off-profile teachers): 0 of 2 → 1 of 2 (A: 6 of 11 = 54,5 %): +50, worse.
    expect(change('6.5')).toEqual({ value: 50, format: CHANGE_FORMAT, tone: 'below' });
    // 6.3 (profile ≥ 75 %): 22 of 22 = 100 % → 16 of 22 = 72,7 %: −27,3, worse.
    expect(change('6.3')).toEqual({ value: -27.3, format: CHANGE_FORMAT, tone: 'below' });
    // 8.11 (count): 3 → 4 people: +1, integer arrows.
    expect(change('8.11')).toEqual({ value: 1, format: CHANGE_FORMAT_INTEGER, tone: 'met' });
    // 3.1: 0 % → 0 %: no change, no colour.
    expect(change('3.1')).toEqual({ value: 0, format: CHANGE_FORMAT, tone: null });
    // 4.1: «нет» → «да».
    expect(change('4.1')).toMatchObject({ value: 'было «нет»', tone: 'met' });
    // The arrow formats show a rise as ▲ and a fall as ▼ whatever the polarity; the colour says better or worse.
    expect(CHANGE_FORMAT).toBe('"▲ +"0.0" п.п.";"▼ −"0.0" п.п.";"= "0.0" п.п."');
  });

  it('the JSON carries the previous values and the change', () => {
    const c = (id: string) => plan2.json.criteria.find((x) => x.id === id)!;
    expect(c('9.1').previous).toEqual({ period: P1, total: 9.09, byOrganization: { A: 9.09, B: 9.09 } });
    expect(c('9.1').change).toBe(13.6);
    expect(c('1.3').change).toBe(4.6);
    expect(c('6.4').change).toBe(-13.7);
    expect(c('4.1').previous?.total).toBe(false);
  });

  it('a recommendation whose gap closed is done; one still open is repeated; a new one is new', () => {
    const follow = plan2.analysis.followUp!;
    // A reached 4 of 11 = 36,4 % on 9.1; 4.1 is now present.
    expect(follow.done.map((d) => [d.organization, d.criterion.id, d.kind]).sort()).toEqual(
      [
        ['A', '9.1', 'below-target'],
        [null, '4.1', 'missing'],
      ].sort(),
    );
    const doneA = follow.done.find((d) => d.organization === 'A')!;
    expect(doneA.text).toBe(`Выполнено: «Прошли ПК за период» (критерий 9.1) — за период ${P1} было 9,1 % (1 из 11), теперь 36,4 % (4 из 11); целевое значение достигнуто.`);
    for (const d of follow.done) expectReadable(d.text);
    expect(follow.done.find((d) => d.organization === null)!.text).toContain('было «нет», теперь «да»; целевое значение достигнуто.');

    const sheet = output(plan2, 'Рекомендации');
    const statusCol = columnOf(sheet, 'Статус');
    const rowOf = (org: string, id: string, status: string) => sheet.values.filter((r) => r[1] === org && r[3] === id && r[statusCol] === status);
    expect(rowOf('A', '9.1', 'выполнено')).toHaveLength(1);
    expect(rowOf(MUNICIPALITY_LABEL, '4.1', 'выполнено')).toHaveLength(1);
    expect(sheet.tones[sheet.values.indexOf(rowOf('A', '9.1', 'выполнено')[0]!)]![statusCol]).toBe('met');
    // B is still 1 of 11, the municipality 5 of 22 = 22,7 %: both repeated.
    expect(rowOf('B', '9.1', 'повторно')).toHaveLength(1);
    expect(rowOf(MUNICIPALITY_LABEL, '9.1', 'повторно')).toHaveLength(1);
    // A's 6.3 (5 of 11 = 45,5 %) is new this period.
    expect(rowOf('A', '6.3', 'новая')).toHaveLength(1);
    expect(sheet.values.some((r) => r[0] === `Результативность мер: выполнено из рекомендаций периода ${P1}`)).toBe(true);

    const json = plan2.json;
    expect(json.done).toContainEqual({ organization: 'A', criterionId: '9.1', text: doneA.text });
    expect(json.done.map((d) => [d.organization, d.criterionId]).sort()).toEqual([['A', '9.1'], [MUNICIPALITY_LABEL, '4.1']].sort());
    const jr = (org: string, id: string) => json.recommendations.find((r) => r.organization === org && r.criterionId === id && r.kind === 'below-target')!;
    expect(jr('B', '9.1').repeated).toBe(true);
    expect(jr(MUNICIPALITY_LABEL, '9.1').repeated).toBe(true);
    expect(jr('A', '6.3').repeated).toBe(false);
    expect(json.recommendations.some((r) => r.organization === 'A' && r.criterionId === '9.1' && r.kind === 'below-target')).toBe(false);
  });

  it('`История` holds both periods, period 1 first and byte-equal to what period 1 wrote', () => {
    const rows1 = historyRows(plan1);
    expect(historyRows(plan2, P1)).toEqual(rows1);
    expect(historyRows(plan2, P2)).toHaveLength(rows1.length);
    expect(historyRows(plan2)).toEqual([...rows1, ...historyRows(plan2, P2)]);
  });

  it('rerunning period 2 (idempotent, and with changed data) leaves period 1 untouched', () => {
    const after2 = writeBack(sheets2, plan2);
    const again = run(after2);
    expect(comparable(again)).toEqual(comparable(plan2));

    // B now reaches 4 of 11 on 9.1 too: period 2 rows change, period 1 rows stay byte-equal.
    const changed = run(period2(after2, { pk: 4 }));
    expect(historyRows(changed, P1)).toEqual(historyRows(plan1));
    expect(historyRows(changed, P2)).not.toEqual(historyRows(plan2, P2));
    expect(historyRows(changed, P2)).toHaveLength(historyRows(plan1).length);
    expect(changed.analysis.followUp!.done.map((d) => `${d.organization}|${d.criterion.id}`)).toContain('B|9.1');
    const total = historyRows(changed, P2).map((r) => JSON.parse(r) as unknown[]).find((r) => r[2] === '9.1' && r[4] === MUNICIPALITY_LABEL);
    expect(total?.slice(5, 9)).toEqual([8, 22, 36.36, 'достигнуто']);
  });

  it('rerunning period 1 after period 2 replaces only period 1, keeps period 2 byte-equal, and has no previous period', () => {
    const after2 = writeBack(sheets2, plan2);
    const back = period1().reduce(replaceSheet, [...after2]);
    const rerun1 = run(back);
    expect(rerun1.result.period).toBe(P1);
    expect(rerun1.analysis.previous).toBeNull();
    expect(historyRows(rerun1, P2)).toEqual(historyRows(plan2, P2));
    expect(historyRows(rerun1, P1)).toEqual(historyRows(plan1));
    expect(historyRows(rerun1)).toEqual([...historyRows(plan1), ...historyRows(plan2, P2)]);
  });
});

describe('zones of attention over two periods', () => {
  it('a zone that closed is done; an organisation too small to compare now is neither done nor repeated', () => {
    // Period 1, 1.3: A 0 of 10, B 10 of 10, C 0 of 10 → municipal 33,3 %: A and C are zones.
    const sheets1 = workbook({ A: staff(10, { selfDiag: 0 }), B: staff(10, { selfDiag: 10 }), C: staff(10, { selfDiag: 0 }) }, settings(P1));
    const plan1 = run(sheets1);
    expect(plan1.analysis.recommendations.filter((r) => r.criterion.id === '1.3' && r.kind === 'attention').map((r) => r.organization)).toEqual(['A', 'C']);
    // Period 2: A 5 of 10, B 10 of 10, C 0 of 4 → municipal 15 of 24 = 62,5 %: A is 12,5 below (closed), C is not compared.
    const sheets2 = workbook({ A: staff(10, { selfDiag: 5 }), B: staff(10, { selfDiag: 10 }), C: staff(4, { selfDiag: 0 }) }, settings(P2)).reduce(replaceSheet, writeBack(sheets1, plan1));
    const plan2 = run(sheets2);
    const done = plan2.analysis.followUp!.done.filter((d) => d.criterion.id === '1.3');
    expect(done.map((d) => [d.organization, d.kind])).toEqual([['A', 'attention']]);
    expect(done[0]!.text).toBe(`Выполнено: «Прошедшие самодиагностику» (критерий 1.3) — за период ${P1} было 0 % (0 из 10), теперь 50 % (5 из 10); зона внимания закрыта.`);
    expect(plan2.analysis.recommendations.filter((r) => r.criterion.id === '1.3' && r.organization === 'C')).toEqual([]);
  });
});

describe('ownership of `История`', () => {
  const userHistory: SheetData = {
    name: 'История',
    values: [[...HISTORY_HEADER], [P1, 'alapaevsk-2024', '9.1', 'Прошли ПК за период', MUNICIPALITY_LABEL, 0, 22, 0, 'не достигнуто', '≥ 30 %']],
  };

  it('a user’s own `История` (no registry) stops the run with the ownership error', () => {
    const sheets = [...period2([]), userHistory];
    let error: unknown;
    try {
      run(sheets);
    } catch (e) {
      error = e;
    }
    expect(isPedmonitorError(error)).toBe(true);
    expect((error as Error & { code: string }).code).toBe('output-sheet-taken');
    expect((error as Error).message).toContain('«История»');
    expect((error as Error).message).toContain('ничего не изменено');
  });

  it('a registry listing the other outputs but not `История` still stops the run, naming only `История`', () => {
    const registry: SheetData = { name: REGISTRY_SHEET, values: registryGrid(['Показатели', 'Рекомендации', 'Проверка данных']) };
    expect(() => run([...period2([]), userHistory, registry])).toThrowError(/листа? «История»,/);
    try {
      run([...period2([]), userHistory, registry]);
    } catch (e) {
      expect((e as Error).message).not.toContain('«Показатели»');
    }
  });

  it('the same rows in a `История` the program created are read as the previous period', () => {
    const registry: SheetData = { name: REGISTRY_SHEET, values: registryGrid(['История']) };
    const plan = run([...period2([]), userHistory, registry]);
    expect(plan.analysis.previous?.period).toBe(P1);
    expect(plan.json.criteria.find((c) => c.id === '9.1')?.previous?.total).toBe(0);
  });

  it('a registry that lists `История` when the sheet is gone: no previous period, no error', () => {
    const registry: SheetData = { name: REGISTRY_SHEET, values: registryGrid(['История', 'Показатели']) };
    const plan = run([...period2([]), registry]);
    expect(plan.analysis.previous).toBeNull();
    expect(historyRows(plan).every((r) => (JSON.parse(r) as unknown[])[0] === P2)).toBe(true);
  });
});

describe('history functions', () => {
  it('readHistoryRows ignores a sheet that is not a history table', () => {
    expect(readHistoryRows(undefined)).toEqual([]);
    expect(readHistoryRows([['Моя таблица'], ['2023-2024', 'x']])).toEqual([]);
    expect(readHistoryRows([[...HISTORY_HEADER], ['', 'пустая строка'], [P1, 'p', '1.1', 'n', 'A', 1, 2, 50, 'достигнуто', '']])).toHaveLength(1);
  });

  it('mergeHistory replaces one (period, preset) group, keeps the others verbatim and in period order', () => {
    const row = (period: string, preset: string, v: number) => [period, preset, '1.1', 'n', 'A', v, 10, v * 10, 'без целевого значения', ''] as const;
    const existing = [row('2024-2025', 'p', 1), row('2022-2023', 'p', 2), row('2023-2024', 'p', 3), row('2023-2024', 'q', 4)];
    const merged = mergeHistory(existing, [row('2023-2024', 'p', 9)], '2023-2024', 'p');
    expect(merged).toEqual([row('2022-2023', 'p', 2), row('2023-2024', 'p', 9), row('2023-2024', 'q', 4), row('2024-2025', 'p', 1)]);
    expect(merged[0]).toBe(existing[1]);
    expect(previousPeriod(merged, '2024-2025', 'p')).toBe('2023-2024');
    expect(previousPeriod(merged, '2023-2024', 'p')).toBe('2022-2023');
    expect(previousPeriod(merged, '2022-2023', 'p')).toBeNull();
    expect(previousPeriod(merged, '2024-2025', 'q')).toBe('2023-2024');
  });

  it('values read back from `История` show as they showed: rounding twice never moves the shown value', () => {
    // 1 of 22 = 4,5454… % is shown 4,5 % and stored 4,55; read back it must still show 4,5.
    const snap = snapshotOfHistory([[P1, 'p', '1.3', 'n', MUNICIPALITY_LABEL, 1, 22, 4.55, 'без целевого значения', '']], P1, 'p');
    expect(snap.total.get('1.3')?.value).toBe(4.5);
    // 2 of 22 = 9,0909… is stored 9,09, which shows 9,1 as before: kept as stored.
    const kept = snapshotOfHistory([[P1, 'p', '1.3', 'n', MUNICIPALITY_LABEL, 2, 22, 9.09, 'без целевого значения', '']], P1, 'p');
    expect(kept.total.get('1.3')?.value).toBe(9.09);
    // A value that is not n × 100 / d (a hand-edited row) is kept as stored.
    const edited = snapshotOfHistory([[P1, 'p', '1.3', 'n', 'A', 1, 22, 7, 'без целевого значения', '']], P1, 'p');
    expect(edited.byOrganization.get('1.3')?.get('A')?.value).toBe(7);
  });

  it('the change of a mean is in points, of a presence in words', () => {
    const mean: MeanCriterion = { id: 'Z1', kind: 'mean', name: 'Средний балл', shortName: 'Средний балл', track: '', indicator: '', population: pop('ped'), field: 'diagScore' };
    const now = { numerator: 640, denominator: 10, value: 64, status: 'no-target' as const };
    const before = { numerator: 615, denominator: 10, value: 61.5, status: 'no-target' as const };
    expect(changeCell(mean, now, before)).toEqual({ value: 2.5, format: CHANGE_FORMAT_POINTS, tone: 'met' });
    expect(changeCell(mean, now, undefined)).toEqual({ value: '—', tone: 'muted' });
  });
});
