/**
 * Property (issue 4, workbook.md §1.1): no value of any roster's ФИО column ever appears in any
 * output sheet (`Показатели`, `Рекомендации`, `Проверка данных`, `История`) or in the result JSON
 * — over two periods, so `История`, the dynamics and the follow-up texts are included. Rosters get
 * distinctive synthetic names («Фамилия12345 Имя12 Отчество34») with the mess real rosters have:
 * the same person twice in a tab (also in other case and spacing), part-timers in two tabs, rows
 * with data but no ФИО, totals rows, unknown values, and a colleague's name typed into a yes/no
 * column. Every cell and the JSON text are searched for each full name and each surname.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, SheetData } from '../../core/cells';
import type { RosterFieldKey } from '../../core/fields';
import type { RunPlan } from '../../core/run-plan';
import { orgTab, person, type Person } from '../helpers/workbook';
import { allOutputText, replaceSheet, run, settings, writeBack } from './helpers';

const YES_NO: readonly RosterFieldKey[] = ['pk', 'pkRegistry', 'selfDiag', 'diagRegional', 'iomCenter', 'isMentor', 'hasMentor', 'externalPartTime', 'profileMatch', 'clubs', 'networkEvents', 'addressSupport', 'mentoringModel', 'retrained'];
const POSITIONS = ['учитель', 'воспитатель', 'педагог дополнительного образования', 'директор', 'заместитель директора по УВР'];
const TABS = ['МАОУ СОШ №1', 'МАОУ СОШ №2', 'МАДОУ «Детский сад №3»'];

type RowSpec =
  | { kind: 'person'; name: number; yes: readonly boolean[]; position: number; young: boolean }
  | { kind: 'duplicate'; of: number; shout: boolean }
  | { kind: 'partTimer'; of: number }
  | { kind: 'noName' }
  | { kind: 'totals'; word: number }
  | { kind: 'unknown'; name: number }
  | { kind: 'nameInColumn'; name: number; of: number; field: number };

const rowSpec = (names: number): fc.Arbitrary<RowSpec> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('person' as const), name: fc.nat(names - 1), yes: fc.array(fc.boolean(), { minLength: YES_NO.length, maxLength: YES_NO.length }), position: fc.nat(POSITIONS.length - 1), young: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), of: fc.nat(50), shout: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('partTimer' as const), of: fc.nat(50) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'noName' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('totals' as const), word: fc.nat(3) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown' as const), name: fc.nat(names - 1) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('nameInColumn' as const), name: fc.nat(names - 1), of: fc.nat(50), field: fc.nat(YES_NO.length - 1) }) },
  );

interface Scenario {
  readonly ids: readonly number[];
  readonly tabs: readonly (readonly RowSpec[])[];
}

const scenario: fc.Arbitrary<Scenario> = fc
  .uniqueArray(fc.integer({ min: 10000, max: 99999 }), { minLength: 3, maxLength: 40 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      tabs: fc.array(fc.array(rowSpec(ids.length), { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: TABS.length }),
    }),
  );

const fullName = (id: number) => `Фамилия${id} Имя${id % 97} Отчество${id % 89}`;
const surname = (id: number) => `Фамилия${id}`;

/** The sheets of a scenario (plus `Настройки` with the period) and every ФИО value written in them. */
function build(s: Scenario, period: string): { sheets: SheetData[]; fios: string[] } {
  const fios: string[] = [];
  const written: string[][] = s.tabs.map(() => []);
  const tabs = s.tabs.map((rows, t) => {
    const people: Person[] = [];
    const add = (fio: CellValue, cells: Partial<Record<RosterFieldKey, CellValue>> = {}, isName = true) => {
      if (isName && typeof fio === 'string' && fio.trim() !== '') {
        fios.push(fio);
        written[t]!.push(fio);
      }
      people.push(person({ fio, ...cells }));
    };
    for (const row of rows) {
      switch (row.kind) {
        case 'person': {
          const cells: Partial<Record<RosterFieldKey, CellValue>> = { position: POSITIONS[row.position]! };
          YES_NO.forEach((k, i) => (cells[k] = row.yes[i] ? 'да' : 'нет'));
          if (row.young) Object.assign(cells, { age: 26, experienceYears: 2 });
          if (/директор/.test(cells.position as string)) cells.staffCategory = 'управленческий';
          add(fullName(s.ids[row.name]!), cells);
          break;
        }
        case 'duplicate': {
          const mine = written[t]!;
          if (mine.length === 0) break;
          const fio = mine[row.of % mine.length]!;
          add(row.shout ? `  ${fio.toUpperCase().replace(/ /g, '   ')} ` : fio, { pk: 'да' });
          break;
        }
        case 'partTimer': {
          const others = written.flatMap((w, i) => (i === t ? [] : w));
          if (others.length === 0) break;
          add(others[row.of % others.length]!, { externalPartTime: 'да', position: 'педагог дополнительного образования' });
          break;
        }
        case 'noName':
          add('', { pk: 'да', selfDiag: 'да' });
          break;
        case 'totals':
          add(['Итого', 'Итого:', 'ВСЕГО', 'всего по ОО'][row.word]!, { position: null, staffCategory: null, age: null, experienceYears: null, weeklyHours: 512, pk: 17, selfDiag: 9 }, false); // «Итого» is a word, not a name
          break;
        case 'unknown':
          add(fullName(s.ids[row.name]!), { pk: '?', diagRegional: 'не знаю' });
          break;
        case 'nameInColumn': {
          // Someone typed a colleague's name where «да/нет» was expected.
          const colleague = fullName(s.ids[row.of % s.ids.length]!);
          add(fullName(s.ids[row.name]!), { [YES_NO[row.field]!]: row.of % 2 === 0 ? colleague : `${surname(s.ids[row.of % s.ids.length]!)} И.О.` });
          break;
        }
      }
    }
    // Every tab has at least one counted worker, so the run always has an organisation.
    add(fullName(s.ids[t % s.ids.length]!) + ' мл.', { pk: 'нет' });
    return orgTab(TABS[t]!, people);
  });
  return { sheets: [settings(period), ...tabs], fios };
}

function outputTexts(plan: RunPlan): string[] {
  return [...allOutputText(plan), JSON.stringify(plan.json), ...plan.registry.flat()].map((t) => t.toLowerCase().replace(/\s+/g, ' '));
}

function expectNoNames(plan: RunPlan, fios: readonly string[]): void {
  const texts = outputTexts(plan);
  const needles = new Set<string>();
  for (const fio of fios) {
    const norm = fio.toLowerCase().replace(/\s+/g, ' ').trim();
    needles.add(norm);
    const m = /фамилия\d+/.exec(norm);
    if (m) needles.add(m[0]);
  }
  for (const needle of needles) {
    const hit = texts.find((t) => t.includes(needle));
    expect(hit, `«${needle}» found in an output`).toBeUndefined();
  }
}

describe('no ФИО in any output', () => {
  it('property: over two periods, no full name and no surname of any roster in any output sheet or the JSON', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const first = build(s, '2023-2024');
        const plan1 = run(first.sheets);
        expectNoNames(plan1, first.fios);
        const second = build(s, '2024-2025');
        const sheets2 = second.sheets.reduce(replaceSheet, writeBack(first.sheets, plan1));
        const plan2 = run(sheets2);
        expect(plan2.analysis.previous?.period).toBe('2023-2024');
        expectNoNames(plan2, [...first.fios, ...second.fios]);
      }),
      { numRuns: 50 },
    );
  });

  it('each kind of mess is in play: skipped rows and a name typed into a yes/no column are reported, the name hidden', () => {
    const person0 = { kind: 'person' as const, name: 0, yes: YES_NO.map(() => false), position: 0, young: false };
    const { sheets, fios } = build(
      {
        ids: [12345, 23456, 34567],
        tabs: [
          [person0, { kind: 'duplicate', of: 0, shout: true }, { kind: 'noName' }, { kind: 'totals', word: 0 }, { kind: 'nameInColumn', name: 1, of: 2, field: 0 }, { kind: 'unknown', name: 2 }],
          [{ kind: 'partTimer', of: 0 }],
        ],
      },
      '2023-2024',
    );
    const plan = run(sheets);
    const codes = new Set(plan.result.issues.map((i) => i.code));
    for (const code of ['duplicate', 'empty-name', 'totals-row', 'part-timer']) expect(codes, code).toContain(code);
    expect(plan.result.issues.some((i) => i.value === '(значение скрыто: похоже на ФИО)')).toBe(true);
    expect(plan.result.issues.some((i) => i.value === '?')).toBe(true);
    expectNoNames(plan, fios);
  });

  it('the search itself finds a name where there is one', () => {
    const { sheets, fios } = build({ ids: [12345, 23456, 34567], tabs: [[{ kind: 'person', name: 0, yes: YES_NO.map(() => true), position: 0, young: false }]] }, '2023-2024');
    const plan = run(sheets);
    const leaked: RunPlan = { ...plan, json: { ...plan.json, period: `${plan.json.period} ${fios[0]}` } };
    expect(() => expectNoNames(leaked, fios)).toThrow();
    const leakedSurname: RunPlan = { ...plan, outputs: [...plan.outputs, { ...plan.outputs[0]!, values: [['ФАМИЛИЯ12345 И.О.']] }] };
    expect(() => expectNoNames(leakedSurname, fios)).toThrow();
    expectNoNames(plan, fios);
  });
});
