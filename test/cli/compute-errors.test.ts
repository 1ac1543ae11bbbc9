/**
 * Every way `pedmonitor compute` must refuse, through the built CLI: the exit code of workbook.md §7
 * (1 input or file problem, 2 wrong usage), a Russian message on stderr that names the problem,
 * and nothing written — no --out file, no temporary file, an existing file left as it was.
 */
import { copyFileSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, roster, runCli, sha256, tempDir, writeFixture, type CliRun } from './helpers';

let dir: string;
let good: string;

const ROWS = [
  ['Иванова Анна Петровна', 'учитель математики', 'педагогический', 'да'],
  ['Петров Олег Иванович', 'директор', 'управленческий', 'нет'],
];

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  good = path.join(dir, 'книга.xlsx');
  await writeFixture(good, [roster('МАОУ СОШ №1', ROWS)]);
});

/** Runs and checks the exit code, that stderr names the problem, and that stdout stays empty. */
function refuses(args: readonly string[], code: 1 | 2, ...patterns: RegExp[]): CliRun {
  const run = runCli(args);
  expect(run.code, run.stderr).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/[а-яё]/i);
  for (const p of patterns) expect(run.stderr).toMatch(p);
  if (code === 2) expect(run.stderr).toContain('Использование:');
  else expect(run.stderr).not.toContain('Использование:');
  expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  return run;
}

const noTemporaryFiles = () => expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('compute: errors in the input (exit 1, nothing written)', () => {
  it('a missing file', () => {
    const out = path.join(dir, 'нет-файла-результат.xlsx');
    refuses(['compute', path.join(dir, 'нет-такой.xlsx'), '--out', out], 1, /не найден/, /нет-такой\.xlsx/);
    expect(existsSync(out)).toBe(false);
  });

  it('a CSV renamed to .xlsx', () => {
    const file = path.join(dir, 'таблица.xlsx');
    writeFileSync(file, 'ФИО;Должность\nИванова Анна;учитель\n', 'utf8');
    const out = path.join(dir, 'csv-результат.xlsx');
    refuses(['compute', file, '--out', out], 1, /текстовый файл \(CSV/, /таблица\.xlsx/);
    expect(existsSync(out)).toBe(false);
  });

  it('an .xls file renamed to .xlsx', () => {
    const file = path.join(dir, 'старая.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]));
    refuses(['compute', file], 1, /\.xls/, /сохраните/);
  });

  it('a workbook with no organisation tabs', async () => {
    const file = path.join(dir, 'без-организаций.xlsx');
    await writeFixture(file, [{ name: 'Настройки', rows: [['Параметр', 'Значение'], ['Отчётный период', '2023-2024']] }]);
    const out = path.join(dir, 'без-организаций-результат.xlsx');
    refuses(['compute', file, '--out', out], 1, /нет ни одного листа организации/);
    expect(existsSync(out)).toBe(false);
  });

  it('a user’s own sheet named `Показатели`: nothing written', async () => {
    const file = path.join(dir, 'свой-лист.xlsx');
    await writeFixture(file, [roster('МАОУ СОШ №1', ROWS), { name: 'Показатели', rows: [['мои заметки']] }]);
    const hash = sha256(file);
    const out = path.join(dir, 'свой-лист-результат.xlsx');
    const json = path.join(dir, 'свой-лист.json');
    refuses(['compute', file, '--out', out, '--json', json], 1, /«Показатели»/, /ничего не изменено/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(sha256(file)).toBe(hash);
    noTemporaryFiles();
  });

  it('a user’s own sheet named `_pedmonitor` (not a registry): nothing written', async () => {
    const file = path.join(dir, 'свой-служебный.xlsx');
    await writeFixture(file, [roster('МАОУ СОШ №1', ROWS), { name: '_pedmonitor', rows: [['мои данные']] }]);
    const out = path.join(dir, 'свой-служебный-результат.xlsx');
    refuses(['compute', file, '--out', out], 1, /«_pedmonitor»/);
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown preset', () => {
    refuses(['compute', good, '--preset', 'нет-такого'], 1, /Неизвестный набор показателей «нет-такого»/, /alapaevsk-2024/);
  });
});

describe('compute: never overwrites without being asked (exit 1)', () => {
  it('an existing --out without --force is left as it was; with --force it is replaced', () => {
    const out = path.join(dir, 'существующий.xlsx');
    writeFileSync(out, 'прежнее содержимое');
    const hash = sha256(out);
    refuses(['compute', good, '--out', out], 1, /уже существует/, /--force/, /существующий\.xlsx/);
    expect(sha256(out)).toBe(hash);
    noTemporaryFiles();
    const forced = runCli(['compute', good, '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(sha256(out)).not.toBe(hash);
  });

  it('an existing --json without --force', () => {
    const json = path.join(dir, 'существующий.json');
    writeFileSync(json, '{}');
    refuses(['compute', good, '--json', json], 1, /уже существует/, /--force/);
    expect(runCli(['compute', good, '--json', json, '--force']).code).toBe(0);
  });

  it('--out equal to the input, even with --force (also through another spelling of the path)', () => {
    const copy = path.join(dir, 'вход.xlsx');
    copyFileSync(good, copy);
    const hash = sha256(copy);
    refuses(['compute', copy, '--out', copy, '--force'], 1, /совпадает с исходной книгой/);
    refuses(['compute', copy, '--out', `${dir}${path.sep}.${path.sep}вход.xlsx`, '--force'], 1, /совпадает с исходной книгой/);
    const link = path.join(dir, 'ссылка.xlsx');
    symlinkSync(copy, link);
    refuses(['compute', copy, '--out', link, '--force'], 1, /совпадает с исходной книгой/);
    refuses(['compute', link, '--out', copy, '--force'], 1, /совпадает с исходной книгой/);
    refuses(['compute', copy, '--json', copy, '--force'], 1, /совпадает с исходной книгой/);
    expect(sha256(copy)).toBe(hash);
  });
});

describe('compute: wrong usage (exit 2, with usage text)', () => {
  it('an unknown option', () => {
    refuses(['compute', good, '--outt', 'x.xlsx'], 2, /Неизвестный параметр «--outt»/);
  });

  it('an option without its value', () => {
    refuses(['compute', good, '--out'], 2, /не указано значение/, /--out/);
    refuses(['compute', good, '--json', '--force'], 2, /--json/);
  });

  it('a date that is not a valid ISO date', () => {
    refuses(['compute', good, '--date', '2024-02-30'], 2, /2024-02-30/, /ГГГГ-ММ-ДД/);
    refuses(['compute', good, '--date', '01.06.2024'], 2, /01\.06\.2024/);
  });

  it('no workbook, or one too many', () => {
    refuses(['compute'], 2, /Не указана книга/);
    refuses(['compute', good, 'ещё.xlsx'], 2, /Лишний аргумент «ещё\.xlsx»/);
  });

  it('an unknown command, and no command at all', () => {
    refuses(['calculate', good], 2, /Неизвестная команда «calculate»/);
    refuses([], 2, /Не указана команда/);
  });

  it('the same file for --out and --json', () => {
    const same = path.join(dir, 'одно-и-то-же');
    refuses(['compute', good, '--out', same, '--json', same], 2, /один и тот же файл/);
    expect(existsSync(same)).toBe(false);
  });
});

describe('help and version', () => {
  it('--help, help compute and --version print to stdout with exit 0', () => {
    for (const args of [['--help'], ['help'], ['help', 'compute'], ['compute', '--help'], ['demo', '--help']]) {
      const run = runCli(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout).toContain('Использование:');
      expect(run.stderr).toBe('');
    }
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^pedmonitor \d+\.\d+\.\d+/);
  });
});

describe('formula-looking text is written as text, never as a formula', () => {
  it('an unknown value "=SUM(A1)" echoed in `Проверка данных`, and a tab named "=1+1"', async () => {
    const file = path.join(dir, 'формулы.xlsx');
    await writeFixture(file, [
      roster('МАОУ СОШ №1', [...ROWS, ['Сидорова Мария Игоревна', 'учитель истории', 'педагогический', '=SUM(A1)']]),
      roster('=1+1', ROWS),
    ]);
    const out = path.join(dir, 'формулы-результат.xlsx');
    const run = runCli(['compute', file, '--out', out]);
    expect(run.code, run.stderr).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    for (const ws of wb.worksheets) {
      if (ws.name === 'МАОУ СОШ №1' || ws.name === '=1+1') continue;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) cells.push(cell);
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
    }
    const problems = wb.getWorksheet('Проверка данных')!;
    const echoed = cells.filter((c) => c.worksheet === problems && c.value === '=SUM(A1)');
    expect(echoed.length).toBe(1);
    expect(echoed[0]!.type).toBe(ExcelJS.ValueType.String);
    expect(echoed[0]!.formula).toBeUndefined();
    expect(echoed[0]!.numFmt).toBe('@');
    const header = cells.filter((c) => c.worksheet === wb.getWorksheet('Показатели') && c.value === '=1+1');
    expect(header.length).toBe(1);
    expect(header[0]!.type).toBe(ExcelJS.ValueType.String);
  });
});
