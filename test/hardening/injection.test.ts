/**
 * Formula injection (issue 7): text the program writes that starts with =, +, - or @ — a tab
 * name, an unknown value echoed in `Проверка данных`, a criterion's name or a period typed in
 * `Настройки` — lands as text in all three hosts, never as a formula. The core formats every such
 * cell as text ('@') whatever format its builder asked for; each host sets formats before values.
 * One test per host proves the whole way: Google Sheets (built Code.js on the fake, where text
 * written into a cell not formatted as text is interpreted), Excel (the fake, which turns
 * =, +, -, @ text into formulas exactly like Excel unless the cell is '@'), the command line
 * (.xlsx written by ExcelJS, read back). Excel's own test of echoed values is test/office/safety.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, buildOutputSheets, planRun, SHEET, SheetBuilder, type ComputeResult, type OutputSheet, type SheetData } from '../../core/index';
import { computeXlsx } from '../../cli/run/compute';
import { writeWorkbook as writeXlsxWorkbook } from '../../cli/xlsx/index';
import { nodeCodec } from '../../cli/xlsx/node-codec';
import { readWorkbook } from '../../office-addin/src/excel/read-workbook';
import { writeOutputs as writeExcelOutputs } from '../../office-addin/src/excel/write-outputs';
import { runMonitoring } from '../../office-addin/src/run';
import { createGasEnvironment } from '../fakes/apps-script';
import { fakeExcel } from '../fakes/excel/fake-excel';
import { buildGas, START } from '../gas/helpers';
import { documentOf } from '../office/workbooks';
import { FORMULA_LIKE, TODAY } from './fuzz-workbook';

beforeAll(buildGas);

/** Tab names and echoed values for each of the four characters, including the bare characters. */
const TAB_NAMES = ['=1+1', '+Школа', '-Школа', '@Школа'];
const ECHOED = ['=СУММ(A1:A3)', '+7 (912) 000', '-не знаю-', '@мероприятие', '=HYPERLINK("http://example.invalid";"x")'];
const PERIOD = '=2023-2024';

function workbook(): SheetData[] {
  const header = ['ФИО', 'Должность', 'Региональная диагностика', 'ПК за период'];
  const tabs = TAB_NAMES.map((name, t) => ({
    name,
    values: [header, ...ECHOED.map((v, i) => [`Работник ${t}-${i}`, 'учитель', v, 'да']), [`Работник ${t}-x`, 'учитель', 'да', 'нет']],
  }));
  return [{ name: SHEET.settings, values: [['Параметр', 'Значение'], ['Отчётный период', PERIOD]] }, ...tabs];
}

/** Every formula-looking text the plan writes, with its format: all must be '@'. */
function formulaLike(outputs: readonly OutputSheet[]): { sheet: string; text: string; format: string }[] {
  return outputs.flatMap((o) =>
    o.values.flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'string' && FORMULA_LIKE.test(v) ? [{ sheet: o.name, text: v, format: o.formats[r]![c]! }] : []))),
  );
}

/** The example's result with criterion names, short names and an organisation named like formulas. */
function trickyOutputs(): OutputSheet[] {
  const plan = planRun(workbook(), { today: TODAY });
  const result: ComputeResult = {
    ...plan.result,
    criteria: plan.result.criteria.map((r, i) => ({
      ...r,
      criterion: { ...r.criterion, name: `${'=+-@'[i % 4]}${r.criterion.name}`, shortName: `${'@-+='[i % 4]}${r.criterion.shortName}` },
    })),
  };
  return buildOutputSheets(result, analyze(result, []));
}

describe('the core', () => {
  it('formats every formula-looking text as text, whatever format the builder asked for', () => {
    const b = new SheetBuilder('x', [10, 10, 10]);
    b.row([{ value: '-5', format: '0.0' }, { value: '=1+1', format: 'General' }, { value: 5, format: '0.0' }]);
    expect(b.build({ frozenRows: 0, frozenColumns: 0, wrapColumns: [] }).formats[0]).toEqual(['@', '@', '0.0']);
    const plan = planRun(workbook(), { today: TODAY });
    const cells = formulaLike(plan.outputs);
    for (const t of [...TAB_NAMES, ...ECHOED, PERIOD]) expect(cells.map((c) => c.text).some((x) => x.includes(t)), t).toBe(true);
    expect(cells.filter((c) => c.format !== '@')).toEqual([]);
    const tricky = formulaLike(trickyOutputs());
    expect(tricky.length).toBeGreaterThan(cells.length);
    expect(tricky.filter((c) => c.format !== '@')).toEqual([]);
  });
});

describe('Google Sheets', () => {
  it('writes tab names, echoed values and the period as text: no formula, every such cell formatted "@"', () => {
    const sheets = workbook();
    const env = createGasEnvironment({ sheets: sheets.map((s) => ({ name: s.name, rows: s.values })), now: START });
    env.call('computeIndicators');
    expect(env.ui.alerts.at(-1)?.prompt).toMatch(/^Расчёт завершён/);
    const plan = planRun(sheets, { today: new Date(START) });
    const seen = new Set<string>();
    for (const out of plan.outputs) {
      const cells = env.spreadsheet.sheet(out.name)!.inspect(out.values.length, out.columnWidths.length);
      expect(cells.formulas.flat().filter((f) => f !== ''), out.name).toEqual([]);
      cells.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v !== 'string' || !FORMULA_LIKE.test(v)) return;
          seen.add(v);
          expect(cells.formats[r]![c], `${out.name}: ${v}`).toBe('@');
          expect(v).toBe(out.values[r]![c]);
        }),
      );
    }
    for (const t of [...TAB_NAMES, ...ECHOED]) expect(seen.has(t), t).toBe(true);
  });
});

describe('Excel', () => {
  it('a run writes formula-looking tab names and values as text', async () => {
    const doc = documentOf(workbook());
    await runMonitoring(fakeExcel(doc), { today: TODAY });
    const texts = new Set<string>();
    for (const name of [SHEET.indicators, SHEET.problems, SHEET.history]) {
      for (const line of doc.byName(name)!.cells.values()) {
        for (const cell of line.values()) {
          expect(cell.kind, `${name}: ${cell.formula ?? ''}`).not.toBe('formula');
          if (cell.kind === 'text' && FORMULA_LIKE.test(String(cell.value))) {
            texts.add(String(cell.value));
            expect(cell.numberFormat).toBe('@');
          }
        }
      }
    }
    for (const t of [...TAB_NAMES, ...ECHOED]) expect(texts.has(t), t).toBe(true);
  });

  it('criterion names starting with =, +, - or @ stay text', async () => {
    const doc = documentOf(workbook());
    const excel = fakeExcel(doc);
    const outputs = trickyOutputs();
    await excel.run(async (context) => writeExcelOutputs(context, await readWorkbook(context), { outputs, registry: planRun(workbook(), { today: TODAY }).registry }));
    const sheet = doc.byName(SHEET.indicators)!;
    const names = [...sheet.cells.values()].flatMap((line) => [...line.values()]).filter((c) => typeof c.value === 'string' && FORMULA_LIKE.test(c.value));
    expect(names.length).toBeGreaterThan(60);
    expect(names.filter((c) => c.kind !== 'text' || c.numberFormat !== '@')).toEqual([]);
  });
});

describe('command line', () => {
  function formulaCells(wb: ExcelJS.Workbook, names: readonly string[]): { formulas: string[]; texts: Map<string, string | undefined> } {
    const formulas: string[] = [];
    const texts = new Map<string, string | undefined>();
    for (const name of names) {
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${name}!${cell.address}`);
          if (typeof cell.value === 'string' && FORMULA_LIKE.test(cell.value)) texts.set(cell.value, cell.numFmt);
        }),
      );
    }
    return { formulas, texts };
  }

  it('writes formula-looking tab names and values as strings formatted "@"', async () => {
    const wb = new ExcelJS.Workbook();
    for (const s of workbook()) {
      const ws = wb.addWorksheet(s.name);
      s.values.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    }
    const result = await computeXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'вход.xlsx', { today: TODAY }, 'выход.xlsx');
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(result.workbook as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const { formulas, texts } = formulaCells(out, result.plan.outputs.map((o) => o.name));
    expect(formulas).toEqual([]);
    for (const t of [...TAB_NAMES, ...ECHOED]) expect(texts.get(t), t).toBe('@');
  });

  it('criterion names starting with =, +, - or @ stay strings', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Школа').getCell('A1').value = 'ФИО';
    const outputs = trickyOutputs();
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const written = await writeXlsxWorkbook(input, { sheets: outputs, registry: [['x']] }, nodeCodec);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(written as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
    const { formulas, texts } = formulaCells(back, [SHEET.indicators]);
    expect(formulas).toEqual([]);
    expect(texts.size).toBeGreaterThan(60);
    expect([...texts.values()].filter((f) => f !== '@')).toEqual([]);
  });
});
