/**
 * `pedmonitor compute` with several workbooks or a folder, and `pedmonitor merge`, through the
 * built CLI: the example split into three towns' workbooks in a folder; the folder computed
 * together equals the three files named one by one; merging the three towns' result files gives
 * the same regional totals (presence aside, which becomes a share of towns); the inputs are never
 * written to; --out holds only the output sheets; and the refusals.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureJson, RegionJson, ResultJson } from '../../core/index';
import { writeExampleXlsx } from '../../cli/example/write-xlsx';
import { splitExample } from '../merge/split';
import { buildCli, readWorkbook, runCli, sha256, tempDir, type CliRun } from './helpers';

const TOWNS = ['Алапаевск', 'Ирбит', 'Карпинск'];
let dir: string;
let folder: string;
let files: string[];
let hashes: string[];
let folderRun: CliRun;
let listRun: CliRun;
let together: ResultJson & { sources: { file: string; label: string; organizations: string[] }[] };

const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const essence = (f: FigureJson) => ({ n: f.numeratorExact ?? f.numerator, d: f.denominator, v: f.value, s: f.status, x: f.excluded, b: f.bands });

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  folder = path.join(dir, 'область');
  mkdirSync(folder);
  const parts = splitExample([4, 4, 4], TOWNS);
  files = parts.map((p) => path.join(folder, `${p.label}.xlsx`));
  for (let i = 0; i < parts.length; i++) await writeExampleXlsx({ sheets: parts[i]!.sheets }, files[i]!);
  writeFileSync(path.join(folder, 'заметки.txt'), 'не книга');
  hashes = files.map(sha256);
  folderRun = runCli(['compute', folder, '--json', path.join(dir, 'together.json'), '--out', path.join(folder, 'итоги.xlsx')]);
  listRun = runCli(['compute', ...files, '--json', path.join(dir, 'list.json')]);
  together = read(path.join(dir, 'together.json'));
}, 120_000);

describe('compute: a folder or several workbooks', () => {
  it('computes every .xlsx of a folder together, in name order, and says so', () => {
    expect(folderRun.code, folderRun.stderr).toBe(0);
    expect(folderRun.stdout).toContain('Книг рассчитано вместе: 3 (Алапаевск, Ирбит, Карпинск)');
    expect(folderRun.stdout).toContain('Организаций: 12');
    expect(together.sources.map((s) => s.label)).toEqual(TOWNS);
    expect(together.sources.map((s) => s.organizations.length)).toEqual([4, 4, 4]);
    expect(together.organizations).toHaveLength(12);
  });

  it('gives the same result for the files named one by one', () => {
    expect(listRun.code, listRun.stderr).toBe(0);
    const list = read<ResultJson>(path.join(dir, 'list.json'));
    expect(list.criteria).toEqual(together.criteria);
    expect(list.organizations).toEqual(together.organizations);
  });

  it('never writes to the inputs, and writes only the output sheets into --out', async () => {
    expect(files.map(sha256)).toEqual(hashes);
    const out = await readWorkbook(path.join(folder, 'итоги.xlsx'));
    const names = out.worksheets.map((w) => w.name);
    expect(names).toContain('Показатели');
    expect(names).toContain('Проверка данных');
    expect(names.some((n) => n.startsWith('МАОУ') || n === 'Организации' || n === 'Муниципалитет')).toBe(false);
  });

  it('does not read its own --out back from the folder on a rerun', () => {
    const again = runCli(['compute', folder, '--json', path.join(dir, 'again.json'), '--out', path.join(folder, 'итоги.xlsx'), '--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(read<ResultJson>(path.join(dir, 'again.json')).criteria).toEqual(together.criteria);
  });

  it('prefixes organisations whose names occur in two workbooks with the file name', () => {
    // the same workbook under another name
    writeFileSync(path.join(dir, 'Копия.xlsx'), readFileSync(files[0]!));
    const twice = runCli(['compute', files[0]!, path.join(dir, 'Копия.xlsx'), '--json', '-']);
    expect(twice.code, twice.stderr).toBe(0);
    const json = JSON.parse(twice.stdout) as ResultJson;
    expect(json.organizations.map((o) => o.name)).toEqual([
      ...['МАОУ СОШ №1', 'МАОУ СОШ №2', 'МАОУ СОШ №3', 'МАОУ СОШ №4'].map((n) => `Алапаевск — ${n}`),
      ...['МАОУ СОШ №1', 'МАОУ СОШ №2', 'МАОУ СОШ №3', 'МАОУ СОШ №4'].map((n) => `Копия — ${n}`),
    ]);
    expect(twice.stderr).toContain('к их названиям добавлено имя файла');
  });

  it('refuses a folder without workbooks (exit 1), a further argument that does not exist (exit 2), and the same workbook twice', () => {
    const empty = path.join(dir, 'пусто');
    mkdirSync(empty);
    const none = runCli(['compute', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('нет книг .xlsx');
    const missing = runCli(['compute', files[0]!, path.join(dir, 'нет.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Лишний аргумент');
    const twice = runCli(['compute', files[0]!, files[0]!]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('указана дважды');
  });
});

describe('merge: the towns’ result files into the region', () => {
  let region: RegionJson;
  let run: CliRun;

  beforeAll(() => {
    const results = files.map((f, i) => {
      const json = path.join(dir, `${TOWNS[i]}.json`);
      const r = runCli(['compute', f, '--json', json]);
      if (r.code !== 0) throw new Error(r.stderr);
      return json;
    });
    run = runCli(['merge', ...results, '--out', path.join(dir, 'регион.json'), '--xlsx', path.join(dir, 'регион.xlsx')]);
    region = read(path.join(dir, 'регион.json'));
  }, 120_000);

  it('writes the region’s totals and prints a summary', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Итоги объединены.');
    expect(run.stdout).toContain('Объединено файлов: 3 (муниципалитетов: 3): Алапаевск, Ирбит, Карпинск');
    expect(region.kind).toBe('region');
    expect(region.parts.map((p) => p.name)).toEqual(TOWNS);
  });

  it('equals computing the three workbooks together, presence aside', () => {
    for (const c of together.criteria) {
      if (c.kind === 'presence') continue;
      const m = region.criteria.find((x) => x.id === c.id)!;
      expect(essence(m.total), c.id).toEqual(essence(c.total));
    }
    const presence = region.criteria.filter((c) => c.kind === 'presence');
    for (const c of presence) expect(c.total.denominator === null || c.total.denominator <= 3).toBe(true);
  });

  it('writes the «Показатели региона» sheet with one column per town', async () => {
    const wb = await readWorkbook(path.join(dir, 'регион.xlsx'));
    const ws = wb.getWorksheet('Показатели региона')!;
    expect(ws).toBeDefined();
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(-3)).toEqual(TOWNS);
  });

  it('can print the region to standard output, and refuses what cannot be merged', () => {
    const json = path.join(dir, `${TOWNS[0]}.json`);
    const piped = runCli(['merge', json, '--out', '-']);
    expect(piped.code, piped.stderr).toBe(0);
    expect((JSON.parse(piped.stdout) as RegionJson).parts).toHaveLength(1);

    expect(runCli(['merge', json]).code).toBe(2);
    expect(runCli(['merge', '--out', path.join(dir, 'x.json')]).code).toBe(2);
    const notJson = path.join(dir, 'не-json.json');
    writeFileSync(notJson, 'привет');
    const bad = runCli(['merge', notJson, '--out', path.join(dir, 'x.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('не удалось прочитать как JSON');
    const other = path.join(dir, 'другой-период.json');
    writeFileSync(other, JSON.stringify({ ...read<ResultJson>(json), period: '2030-2031' }));
    const mismatch = runCli(['merge', json, other, '--out', path.join(dir, 'x.json')]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('разным отчётным периодам');
    expect(existsSync(path.join(dir, 'x.json'))).toBe(false);
    const exists = runCli(['merge', json, '--out', path.join(dir, 'регион.json')]);
    expect(exists.code).toBe(1);
  });
});
