/**
 * End to end through the built command line, as a user runs it. A workbook written with ExcelJS
 * has a column the program does not know («Участник хакатона»), and a «Настройка показателей»
 * that declares it and defines criteria on it; `pedmonitor compute` must give the figures worked
 * out by hand below, report the sheet's bad row, and leave the sheet as it was. Then
 * `pedmonitor catalog export` creates the sheet from a preset, refuses to replace it, and the
 * exported workbook computes exactly as the preset.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../core/catalogue/index';
import { COLUMN_ORDER, type ColumnId } from '../../core/texts/ru/catalogue';
import { PRESETS } from '../../core/presets/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { writeExampleXlsx } from '../../cli/example/write-xlsx';
import { buildCli, normalizeGrid, readSheets, runCli, sha256, sheetByName, tempDir, writeFixture } from '../cli/helpers';

interface JsonFigure {
  numerator: number | null;
  denominator: number | null;
  value: number | boolean | null;
  status: string;
}
interface JsonResult {
  preset: string;
  criteria: { id: string; kind: string; target: unknown; total: JsonFigure; byOrganization: Record<string, JsonFigure> }[];
  issues: { severity: string; sheet: string; row: number | null; column: string | null; value: string | null; message: string }[];
}

const row = (cells: Partial<Record<ColumnId, string>>) => COLUMN_ORDER.map((c) => cells[c] ?? '');

/** The catalogue: katav-2021's sheet with its rows replaced by three of ours, and two declared columns. */
function catalogueGrid(): string[][] {
  const exported = exportCatalogue(PRESETS.find((p) => p.id === 'katav-2021')!);
  const head = exported.slice(0, 4);
  const T = 'Трек 1. Свои показатели';
  const I = '1. Хакатоны';
  return [
    ...head,
    row({ id: 'Х1', track: T, indicator: I, name: 'Доля педагогов — участников хакатона, обучавшихся не менее 36 часов', kind: 'доля', group: 'педагогические работники', condition: 'Участник хакатона И Часов обучения ≥ 36', target: 'не менее 40 %' }),
    row({ id: 'Х2', name: 'Молодые педагоги — участники хакатона', kind: 'количество', group: 'молодые педагоги', condition: 'hackathon' }),
    row({ id: 'Х3', name: 'Опечатка в условии', kind: 'доля', group: 'педагоги', condition: 'Участник хакатон = да' }),
    row({ id: 'Х4', name: 'Средняя нагрузка обучения', kind: 'среднее', group: 'педагогические работники И Часов обучения заполнено', condition: 'Часов обучения' }),
    [],
    ['Дополнительные столбцы'],
    ['Ключ', 'Заголовок столбца', 'Тип'],
    ['hackathon', 'Участник хакатона', 'да/нет'],
    ['', 'Часов обучения', 'число'],
  ];
}

const HEADER = ['ФИО', 'Должность', 'Категория работника', 'Возраст', 'Педагогический стаж', 'Участник хакатона', 'Часов обучения'];

let dir: string;
let input: string;
let json: JsonResult;

beforeAll(async () => {
  buildCli();
  dir = tempDir('pedmonitor-catalogue-');
  input = path.join(dir, 'книга.xlsx');
  await writeFixture(input, [
    { name: 'Настройки', rows: [['Параметр', 'Значение'], ['Набор показателей', 'alapaevsk-2024'], ['Отчётный период', '2023-2024']] },
    {
      name: 'Школа 1',
      rows: [
        HEADER,
        ['Анна', 'учитель', 'педагогический', 28, 2, 'да', 40], // ped, young; hackathon, 40 h → counted
        ['Борис', 'учитель', 'педагогический', 45, 20, 'да', 20], // ped; 20 h → not
        ['Вера', 'учитель', 'педагогический', 31, 1, 'нет', 50], // ped, young; no hackathon → not
        ['Галина', 'педагог-психолог', 'педагогический', 50, 25, '+', '36'], // ped; «+» is да, «36» as text → counted
        ['Дмитрий', 'директор', 'управленческий', 52, 30, 'да', 72], // management: outside «педагогические работники»
      ],
    },
    {
      name: 'Школа 2',
      rows: [
        HEADER,
        ['Елена', 'учитель', 'педагогический', 25, 1, 'да', 10], // ped, young; 10 h → not
        ['Жанна', 'учитель', 'педагогический', 40, 15, 'может быть', 40], // unknown → left out of Х1 (numerator and denominator)
        ['Зоя', 'учитель', 'педагогический', 33, 2, 'нет', null], // ped, young; no hackathon (hours empty) → denominator only
      ],
    },
    { name: 'Школа 3', rows: [['ФИО', 'Должность', 'Категория работника'], ['Ирина', 'учитель', 'педагогический']] },
    { name: 'Настройка показателей', rows: catalogueGrid() },
  ]);
  const run = runCli(['compute', input, '--json', '-']);
  expect(run.code, run.stderr).toBe(0);
  json = JSON.parse(run.stdout) as JsonResult;
});

describe('a custom criterion on a custom column, through `pedmonitor compute`', () => {
  it('uses the sheet: its criteria, in its order, without the bad row', () => {
    expect(json.preset).toBe('katav-2021');
    expect(json.criteria.map((c) => c.id)).toEqual(['Х1', 'Х2', 'Х4']);
  });

  it('Х1 = 3 of 6 = 50 %: Анна, Галина of Анна, Борис, Вера, Галина (Школа 1) and Елена, Зоя (Школа 2); Жанна left out', () => {
    const x1 = json.criteria[0]!;
    expect(x1.target).toEqual({ op: '>=', value: 40 });
    expect(x1.byOrganization['Школа 1']).toMatchObject({ numerator: 2, denominator: 4, value: 50, status: 'met' });
    expect(x1.byOrganization['Школа 2']).toMatchObject({ numerator: 0, denominator: 2, value: 0, status: 'below' });
    expect(x1.byOrganization['Школа 3']).toMatchObject({ value: null, status: 'no-data' });
    expect(x1.total).toMatchObject({ numerator: 2, denominator: 6, status: 'below' });
    expect(x1.total.value).toBe(33.33);
  });

  it('Х2 counts young teachers in the hackathon by key: Анна and Елена', () => {
    const x2 = json.criteria[1]!;
    expect(x2.kind).toBe('count');
    expect(x2.byOrganization['Школа 1']).toMatchObject({ value: 1 });
    expect(x2.byOrganization['Школа 2']).toMatchObject({ value: 1 });
    expect(x2.total).toMatchObject({ value: 2, denominator: null });
  });

  it('Х4 is the mean of the hours of teachers who have them: (40+20+50+36+10+40) / 6 = 32.67', () => {
    const x4 = json.criteria[2]!;
    expect(x4.total).toMatchObject({ numerator: 196, denominator: 6, value: 32.67 }); // the JSON rounds to 0.01
  });

  it('the bad row, the unknown value and the missing columns are in the issues, by sheet, row and column', () => {
    const bad = json.issues.find((i) => i.sheet === 'Настройка показателей' && i.severity === 'error')!;
    expect(bad).toMatchObject({ row: 7, column: 'Условие', value: 'Участник хакатон = да' });
    expect(bad.message).toBe('Условие, позиция 1: Неизвестный столбец «Участник хакатон». Строка пропущена — показатель Х3 не рассчитан.');
    expect(json.issues).toContainEqual(expect.objectContaining({ sheet: 'Школа 2', row: 3, column: 'Участник хакатона', value: 'может быть', severity: 'warning' }));
    const missing = json.issues.filter((i) => i.sheet === 'Школа 3' && i.column !== null && /Участник хакатона|Часов обучения/.test(i.column));
    expect(missing.map((i) => i.column).sort()).toEqual(['Участник хакатона', 'Часов обучения']);
  });

  it('the summary says where the criteria came from; with --out the sheet is written back untouched', async () => {
    const out = path.join(dir, 'результат.xlsx');
    const run = runCli(['compute', input, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Показатели взяты с листа «Настройка показателей»; 1 строка не прочитана');
    const before = sheetByName(await readSheets(input), 'Настройка показателей');
    const after = sheetByName(await readSheets(out), 'Настройка показателей');
    expect(normalizeGrid(after.values)).toEqual(normalizeGrid(before.values));
  });
});

describe('`pedmonitor catalog export`', () => {
  let example: string;
  let exported: string;

  beforeAll(async () => {
    example = path.join(dir, 'пример.xlsx');
    exported = path.join(dir, 'пример-с-настройкой.xlsx');
    await writeExampleXlsx(generateExampleWorkbook(2024), example);
  });

  it('writes a copy with the sheet made from the chosen preset; the input is untouched', async () => {
    const hash = sha256(example);
    const run = runCli(['catalog', 'export', example, '--out', exported, '--preset', 'zverevo-2021']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Набор: zverevo-2021');
    expect(sha256(example)).toBe(hash);
    const sheet = sheetByName(await readSheets(exported), 'Настройка показателей');
    expect(normalizeGrid(sheet.values)).toEqual(normalizeGrid(exportCatalogue(PRESETS.find((p) => p.id === 'zverevo-2021')!)));
  });

  it('the exported workbook computes exactly as the preset itself', () => {
    const fromSheet = JSON.parse(runCli(['compute', exported, '--json', '-']).stdout) as JsonResult;
    const fromPreset = JSON.parse(runCli(['compute', example, '--preset', 'zverevo-2021', '--json', '-']).stdout) as JsonResult;
    expect(fromSheet.preset).toBe('zverevo-2021');
    expect(fromSheet.criteria).toEqual(fromPreset.criteria);
  });

  it('without --preset takes the preset of `Настройки`', async () => {
    const file = path.join(dir, 'по-настройкам.xlsx');
    expect(runCli(['catalog', 'export', example, '--out', file]).code).toBe(0);
    const sheet = sheetByName(await readSheets(file), 'Настройка показателей');
    expect(sheet.values[1]).toEqual(['Создано из набора', 'alapaevsk-2024']);
  });

  it('refuses a workbook that already has the sheet, and writes nothing', () => {
    const again = path.join(dir, 'ещё.xlsx');
    const run = runCli(['catalog', 'export', exported, '--out', again]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('уже есть лист «Настройка показателей»');
    expect(existsSync(again)).toBe(false);
  });

  it('wrong usage: no action, no --out, an unknown preset (exit 2); an existing --out without --force (exit 1)', () => {
    expect(runCli(['catalog']).code).toBe(2);
    expect(runCli(['catalog', 'import', example]).code).toBe(2);
    expect(runCli(['catalog', 'export', example]).stderr).toContain('--out');
    expect(runCli(['catalog', 'export', example, '--out', path.join(dir, 'x.xlsx'), '--preset', 'нет-такого']).code).toBe(2);
    const exists = runCli(['catalog', 'export', example, '--out', exported]);
    expect(exists.code).toBe(1);
    expect(runCli(['help', 'catalog']).stdout).toContain('pedmonitor catalog export');
    expect(runCli(['--help']).stdout).toContain('catalog');
  });
});
