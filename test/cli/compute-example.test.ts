/**
 * End to end on the generated example workbook, through the built CLI as a user runs it: files
 * written, the result JSON following workbook.md §7, the input untouched byte for byte, the output
 * workbook holding the input's sheets unchanged plus exactly the output sheets planRun computes
 * from the same input, the hidden registry, and a rerun on the program's own output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planRun, REGISTRY_SHEET, SHEET, type RunPlan, type SheetData } from '../../core/index';
import { generateExampleWorkbook } from '../../core/example/generate';
import { writeExampleXlsx } from '../../cli/example/write-xlsx';
import { buildCli, normalizeGrid, readSheets, readWorkbook, runCli, sha256, sheetByName, tempDir, type CliRun } from './helpers';

const KINDS = ['share', 'count', 'presence', 'orgShare', 'mean', 'distribution'];
const STATUSES = ['met', 'below', 'no-target', 'no-data'];
const OPS = ['>=', '>', '<=', '<', '='];
const SEVERITIES = ['error', 'warning', 'info'];

let dir: string;
let input: string;
let out: string;
let jsonFile: string;
let hashBefore: string;
let mtimeBefore: number;
let run: CliRun;
let inputSheets: SheetData[];
let outputSheets: SheetData[];
let plan: RunPlan;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  input = path.join(dir, 'пример.xlsx');
  out = path.join(dir, 'результат.xlsx');
  jsonFile = path.join(dir, 'plan.json');
  await writeExampleXlsx(generateExampleWorkbook(2024), input);
  hashBefore = sha256(input);
  mtimeBefore = statSync(input).mtimeMs;
  run = runCli(['compute', input, '--out', out, '--json', jsonFile]);
  inputSheets = await readSheets(input);
  outputSheets = await readSheets(out);
  plan = planRun(inputSheets, { today: new Date() });
});

describe('compute on the example workbook', () => {
  it('exits 0 (with warnings) and prints a Russian summary', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(plan.summary.warnings).toBeGreaterThan(0);
    expect(run.stdout).toContain(`Набор показателей: ${plan.summary.preset}`);
    expect(run.stdout).toContain(`Отчётный период: ${plan.summary.period}`);
    expect(run.stdout).toContain(`Организаций: ${plan.summary.organizations}, учтено строк работников: ${plan.summary.rows}`);
    expect(run.stdout).toContain(`достигнуто: ${plan.summary.met}, не достигнуто: ${plan.summary.below}`);
    expect(run.stdout).toContain(`${plan.summary.warnings} предупреждени`);
    expect(run.stdout).toContain(out);
    expect(run.stdout).toContain(jsonFile);
  });

  it('writes both files and leaves no temporary file behind', () => {
    expect(existsSync(out)).toBe(true);
    expect(existsSync(jsonFile)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the input file unchanged byte for byte', () => {
    expect(sha256(input)).toBe(hashBefore);
    expect(statSync(input).mtimeMs).toBe(mtimeBefore);
  });

  it('writes the JSON with a 2-space indent, equal to planRun’s json', () => {
    const text = readFileSync(jsonFile, 'utf8');
    expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(plan.json)));
  });

  it('follows the result schema of workbook.md §7', () => {
    const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as Record<string, unknown>;
    expect(json.schemaVersion).toBe(1);
    expect(typeof json.preset).toBe('string');
    expect(typeof json.period).toBe('string');
    const orgs = json.organizations as Record<string, unknown>[];
    expect(orgs.length).toBeGreaterThan(0);
    for (const o of orgs) {
      expect(typeof o.name).toBe('string');
      expect(['ДОО', 'ОО', 'УДО']).toContain(o.type);
      expect(Number.isInteger(o.rows)).toBe(true);
    }
    const orgNames = orgs.map((o) => o.name as string);
    const criteria = json.criteria as Record<string, unknown>[];
    expect(criteria.length).toBeGreaterThan(0);
    for (const c of criteria) {
      const where = `criterion ${String(c.id)}`;
      expect(typeof c.id, where).toBe('string');
      expect(typeof c.name, where).toBe('string');
      expect(KINDS, where).toContain(c.kind);
      if (c.target !== null) {
        const t = c.target as Record<string, unknown>;
        expect(OPS, where).toContain(t.op);
        expect(['number', 'boolean'], where).toContain(typeof t.value);
      }
      checkFigure(c.kind as string, c.total, `${where} total`);
      const byOrg = c.byOrganization as Record<string, unknown>;
      expect(typeof byOrg, where).toBe('object');
      for (const [name, f] of Object.entries(byOrg)) {
        expect(orgNames, where).toContain(name);
        checkFigure(c.kind as string, f, `${where} ${name}`);
      }
    }
    expect(Array.isArray(json.recommendations)).toBe(true);
    for (const r of json.recommendations as Record<string, unknown>[]) {
      expect(typeof r.organization).toBe('string');
      expect(typeof r.addressee).toBe('string');
      expect(typeof r.criterionId).toBe('string');
      expect([1, 2, 3]).toContain(r.priority);
      expect(typeof r.text).toBe('string');
    }
    const issues = json.issues as Record<string, unknown>[];
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      expect(SEVERITIES).toContain(i.severity);
      expect(typeof i.sheet).toBe('string');
      expect(i.row === null || Number.isInteger(i.row)).toBe(true);
      expect(i.column === null || typeof i.column === 'string').toBe(true);
      expect(i.value === null || typeof i.value === 'string').toBe(true);
      expect(typeof i.message).toBe('string');
    }
  });

  it('keeps every input sheet with the same cell values, in the same order, then the outputs', () => {
    const names = outputSheets.map((s) => s.name);
    expect(names.slice(0, inputSheets.length)).toEqual(inputSheets.map((s) => s.name));
    expect(names.slice(inputSheets.length)).toEqual([...plan.outputs.map((o) => o.name), REGISTRY_SHEET]);
    for (const sheet of inputSheets) {
      expect(normalizeGrid(sheetByName(outputSheets, sheet.name).values), sheet.name).toEqual(normalizeGrid(sheet.values));
    }
  });

  it('writes `Показатели`, `Проверка данных` and every other output sheet exactly as planRun computes them', () => {
    expect(plan.outputs.map((o) => o.name)).toEqual(expect.arrayContaining([SHEET.indicators, SHEET.problems]));
    for (const o of plan.outputs) {
      expect(normalizeGrid(sheetByName(outputSheets, o.name).values), o.name).toEqual(normalizeGrid(o.values));
    }
  });

  it('renders formats, tones, widths and frozen panes of the output model', async () => {
    const wb = await readWorkbook(out);
    const model = plan.outputs[0]!;
    const ws = wb.getWorksheet(model.name)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: model.frozenColumns, ySplit: model.frozenRows });
    expect(ws.getColumn(2).width).toBeCloseTo(model.columnWidths[1]! / 7, 1);
    const header = ws.getCell(3, 1);
    expect(header.font?.bold).toBe(true);
    expect(header.alignment?.wrapText).toBe(true);
    expect((header.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFD9E1F2');
    // a numeric municipal value keeps its number format
    const r = model.formats.findIndex((row, i) => typeof model.values[i]![3] === 'number');
    expect(r).toBeGreaterThan(0);
    expect(ws.getCell(r + 1, 4).numFmt).toBe(model.formats[r]![3]);
  });

  it('keeps the registry in a very hidden `_pedmonitor` sheet', async () => {
    const wb = await readWorkbook(out);
    const ws = wb.getWorksheet(REGISTRY_SHEET)!;
    expect(ws.state).toBe('veryHidden');
    expect(normalizeGrid(sheetByName(outputSheets, REGISTRY_SHEET).values)).toEqual(plan.registry);
  });

  it('never writes a person’s name into the JSON or the output sheets', () => {
    const names = new Set<string>();
    for (const s of inputSheets) {
      const headerRow = s.values.findIndex((row) => row.some((v) => v === 'ФИО'));
      if (headerRow < 0) continue;
      const col = s.values[headerRow]!.indexOf('ФИО');
      for (const row of s.values.slice(headerRow + 1)) {
        const v = row[col];
        if (typeof v === 'string' && v.trim().split(/\s+/).length >= 2) names.add(v.trim());
      }
    }
    expect(names.size).toBeGreaterThan(100);
    const json = readFileSync(jsonFile, 'utf8');
    const outputs = JSON.stringify(plan.outputs.map((o) => o.values));
    for (const n of names) {
      expect(json.includes(n), n).toBe(false);
      expect(outputs.includes(n), n).toBe(false);
    }
  });

  it('recomputes its own output (with a new --out): identical output sheets, same positions', async () => {
    const again = path.join(dir, 'снова.xlsx');
    const rerun = runCli(['compute', out, '--out', again]);
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    const sheets = await readSheets(again);
    expect(sheets.map((s) => s.name)).toEqual(outputSheets.map((s) => s.name));
    for (const name of [...plan.outputs.map((o) => o.name), REGISTRY_SHEET]) {
      expect(normalizeGrid(sheetByName(sheets, name).values), name).toEqual(normalizeGrid(sheetByName(outputSheets, name).values));
    }
    expect((await readWorkbook(again)).getWorksheet(REGISTRY_SHEET)!.state).toBe('veryHidden');
  });

  it('prints the JSON to stdout with --json - and the summary to stderr', () => {
    const piped = runCli(['compute', input, '--json', '-']);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(JSON.stringify(plan.json)));
    expect(piped.stderr).toContain('Расчёт выполнен');
  });

  it('prints only the summary without --out and --json, and honours --preset, --period and --date', () => {
    const plain = runCli(['compute', input, '--preset', 'surgut-2021', '--period', '2022-2023', '--date', '2023-05-01']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Набор показателей: surgut-2021');
    expect(plain.stdout).toContain('Отчётный период: 2022-2023, дата отсчёта: 01.05.2023');
    expect(plain.stdout).toContain('Файлы не записаны');
  });
});

function checkFigure(kind: string, figure: unknown, where: string): void {
  expect(typeof figure, where).toBe('object');
  const f = figure as Record<string, unknown>;
  expect(f.numerator === null || typeof f.numerator === 'number', `${where} numerator`).toBe(true);
  expect(f.denominator === null || typeof f.denominator === 'number', `${where} denominator`).toBe(true);
  expect(STATUSES, `${where} status`).toContain(f.status);
  expect('value' in f, `${where} value`).toBe(true);
  if (kind === 'count') expect(f.denominator, `${where}: a count has no denominator`).toBeNull();
  if (kind === 'presence') expect(f.value === null || typeof f.value === 'boolean', `${where}: presence is yes/no`).toBe(true);
  else expect(f.value === null || typeof f.value === 'number', `${where} value`).toBe(true);
  if (f.status === 'no-data') expect(f.value, `${where}: no data has no value`).toBeNull();
}
