/**
 * The whole pipeline under random workbooks (issue 7): planRun — read, compute, recommend, build
 * the output sheets, check ownership — on workbooks with hostile tab names and cells of every
 * type. Nothing but a PedmonitorError with a plain Russian message ever escapes, and only for the
 * two reasons a run must stop (a sheet the program may not overwrite, nothing to compute); every
 * other problem is a line of `Проверка данных`; no person's name reaches an output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRun, ROSTER_FIELDS, SHEET, type RunPlan, type SheetData } from '../../core/index';
import { checkPlan, checkRefusal, CORE, expectedRefusal, OUTPUT_NAMES, personName, TODAY, shortReport, workbookArb } from './fuzz-workbook';

function plan(sheets: readonly SheetData[]): RunPlan | unknown {
  try {
    return planRun(sheets, { today: TODAY });
  } catch (e) {
    return e;
  }
}

const isPlan = (x: unknown): x is RunPlan => typeof x === 'object' && x !== null && 'outputs' in x;

describe('planRun on random workbooks', () => {
  it('returns a sound plan or stops with one clear Russian message', () => {
    let planned = 0;
    fc.assert(
      fc.property(workbookArb(CORE), (sheets) => {
        const outcome = plan(sheets);
        const refusal = expectedRefusal(sheets);
        if (isPlan(outcome)) {
          planned++;
          expect(refusal).toBeNull();
          checkPlan(outcome, sheets);
          expect(outcome.outputs.map((o) => o.name)).toEqual(expect.arrayContaining([...OUTPUT_NAMES]));
        } else {
          // A taken output name is found after the computation, so a workbook with nothing to compute
          // may stop for that reason first; a taken registry name is checked before anything else.
          checkRefusal(outcome, refusal ? [refusal, ...(sheets.some((s) => s.name.toLowerCase() === '_pedmonitor') ? [] : ['no-organization-tabs'])] : ['no-organization-tabs']);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), reporter: shortReport },
    );
    // The generator must reach the computing path often, or the property proves little.
    expect(planned).toBeGreaterThan(60);
  });

  it('an empty workbook, only reserved or `_` sheets, or a header row only', () => {
    const header = ROSTER_FIELDS.map((f) => f.header);
    const cases: SheetData[][] = [
      [],
      [{ name: 'Лист1', values: [] }],
      [{ name: SHEET.settings, values: [['Параметр', 'Значение']] }, { name: '_заметки', values: [['ФИО', 'Должность'], [personName(), 'учитель']] }],
      [{ name: 'НАСТРОЙКИ', values: [] }, { name: 'организации', values: [['Организация', 'Тип']] }],
      [{ name: 'Школа', values: [['', ''], ['ФИО']] }],
    ];
    for (const sheets of cases) checkRefusal(plan(sheets), ['no-organization-tabs']);
    const headerOnly = plan([{ name: 'Школа', values: [header] }]);
    expect(isPlan(headerOnly)).toBe(true);
    if (isPlan(headerOnly)) {
      checkPlan(headerOnly, [{ name: 'Школа', values: [header] }]);
      expect(headerOnly.result.issues.some((i) => i.sheet === 'Школа' && i.severity === 'warning')).toBe(true);
    }
  });

  it('an output name in another case or the registry name is refused before anything is planned', () => {
    const school: SheetData = { name: 'Школа', values: [['ФИО', 'Должность'], [personName(), 'учитель']] };
    for (const name of ['показатели', 'ПРОВЕРКА ДАННЫХ', 'сВОДКА', 'история', 'Рекомендации', '_PEDMONITOR', '_pedmonitor']) {
      checkRefusal(plan([school, { name, values: [['моё']] }]), ['output-sheet-taken']);
    }
  });
});
