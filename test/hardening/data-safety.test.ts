/**
 * Data safety beyond what each host's own safety tests prove (test/gas/safety, test/office/safety,
 * test/cli/compute-errors): a user's sheet whose name only *looks* like an output's after
 * normalisation is never taken for one; a sheet named like the registry in another case is
 * refused before anything is written; temporaries left by a run cut short from outside (the
 * browser closed, the script killed) are removed by the next run only when it can prove they are
 * its own — Excel by the run id recorded in the registry before they were made, Apps Script by
 * its developer-metadata marker; a failure of the registry write during the swap is undone; and
 * the command line leaves an existing --out byte for byte as it was when a later write fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPedmonitorError, planRun, REGISTRY_SHEET, SHEET, TEMP_PREFIX, type SheetData } from '../../core/index';
import { pendingRuns, PENDING_HEADER } from '../../office-addin/src/excel/write-outputs';
import { runMonitoring } from '../../office-addin/src/run';
import type { FakeDocument } from '../fakes/excel/document';
import { fakeExcel, type CommandInfo } from '../fakes/excel/fake-excel';
import { encodeXlsxTextWhole } from '../helpers/exceljs/zip-text';
import { buildCli, CLI, readSheets, roster, sha256, writeFixture } from '../cli/helpers';
import { buildGas, exampleEnv, lastAlert } from '../gas/helpers';
import { documentOf, syntheticSheets, syntheticTab, TODAY } from '../office/workbooks';

beforeAll(() => {
  buildGas();
  buildCli();
});

/** Everything about a sheet a user could see, by name. */
function sheetState(doc: FakeDocument, name: string) {
  const s = doc.sheets.find((x) => x.name === name);
  if (!s) return null;
  const cells = [...s.cells].flatMap(([r, line]) => [...line].map(([c, cell]) => [r, c, { ...cell }] as const));
  return { id: s.id, visibility: s.visibility, cells };
}

const leftovers = (doc: FakeDocument) => doc.sheets.map((s) => s.name).filter((n) => /^_pedmonitor_(new|old)_/.test(n));

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

/**
 * The browser closes at the first command matching `match`: that command and every later one
 * fail, the rollback's included, so the workbook stays exactly as far as the run got.
 */
function closesAt(match: (c: CommandInfo) => boolean): (c: CommandInfo) => boolean {
  let gone = false;
  return (c) => (gone ||= match(c));
}

describe('Excel: sheets that only look like outputs', () => {
  const LOOKALIKES = ['История.', 'Проверка-данных', 'Показатели ', 'Сводка!', 'рекомендации (2)'];

  it('are never renamed, hidden or deleted, on the first run or a rerun', async () => {
    const doc = documentOf(syntheticSheets(2, 6));
    for (const name of LOOKALIKES) doc.addGrid(name, [['мои заметки', 1]]);
    const before = LOOKALIKES.map((n) => sheetState(doc, n));
    await runMonitoring(fakeExcel(doc), { today: TODAY });
    await runMonitoring(fakeExcel(doc), { today: TODAY });
    expect(LOOKALIKES.map((n) => sheetState(doc, n))).toEqual(before);
    expect(doc.byName(SHEET.history)?.visibility).toBe('Visible');
    expect(leftovers(doc)).toEqual([]);
  });
});

describe('a sheet named like the registry in another case', () => {
  it('Excel refuses it before writing anything', async () => {
    const doc = documentOf(syntheticSheets(2, 6));
    doc.addGrid('_PEDMONITOR', [['мой служебный лист']]);
    const before = doc.sheets.map((s) => sheetState(doc, s.name));
    const excel = fakeExcel(doc);
    const error = await rejection(runMonitoring(excel, { today: TODAY }));
    expect(isPedmonitorError(error) && error.code).toBe('output-sheet-taken');
    expect(error.message).toContain('«_PEDMONITOR», созданный не программой'); // the user's sheet, as they named it
    expect(doc.sheets.map((s) => sheetState(doc, s.name))).toEqual(before);
    expect(excel.stats.syncs).toBe(2); // the reads only
  });

  it('Google Sheets refuses it before writing anything', () => {
    const env = exampleEnv();
    env.spreadsheet.addSheet({ name: '_Pedmonitor', rows: [['мой служебный лист']] });
    const before = env.spreadsheet.snapshot();
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('«_Pedmonitor», созданный не программой');
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.log.spreadsheetCalls().filter((e) => e.kind === 'write')).toEqual([]);
  });
});

describe('Excel: temporaries of a run cut short from outside', () => {
  /** A computed workbook with changed data, a user's sheet named like a temporary, and a crash. */
  async function crashed(match: (c: CommandInfo) => boolean) {
    const sheets: SheetData[] = syntheticSheets(3, 8);
    const doc = documentOf(sheets);
    await runMonitoring(fakeExcel(doc), { today: TODAY }, () => {}, { runId: 'aaaa' });
    const decoy = doc.addGrid('_pedmonitor_new_zzzz_0', [['мой лист']]);
    decoy.visibility = 'Hidden';
    doc.addGrid('МАОУ СОШ №9', syntheticTab(8, 5).values);
    const user = ['МАОУ СОШ №1', 'МАОУ СОШ №9', decoy.name].map((n) => sheetState(doc, n));
    const error = await rejection(runMonitoring(fakeExcel(doc, { failWhen: closesAt(match) }), { today: TODAY }, () => {}, { runId: 'bbbb' }));
    return { doc, user, error };
  }

  const CRASHES: [string, (c: CommandInfo) => boolean, RegExp][] = [
    ['while writing the temporaries', (c) => c.kind === 'addWorksheet' && c.sheet === '_pedmonitor_new_bbbb_2', /^_pedmonitor_new_bbbb_[01]$/],
    ['half-way through the swap', (c) => c.kind === 'rename' && c.detail === SHEET.problems, /^_pedmonitor_old_bbbb_\d$/],
    ['before the previous outputs were deleted', (c) => c.kind === 'deleteWorksheet', /^_pedmonitor_old_bbbb_\d$/],
  ];

  for (const [when, match, left] of CRASHES) {
    it(`${when}: the next run deletes them (and only them) and clears the record`, async () => {
      const { doc, user, error } = await crashed(match);
      expect(isPedmonitorError(error) && error.code).toBe('write-failed');
      expect(error.message).toContain('следующий расчёт удалит их сам');
      // What the crash left: temporaries or backups of run bbbb, and bbbb recorded in the registry.
      expect(leftovers(doc).filter((n) => left.test(n)).length).toBeGreaterThan(0);
      expect(pendingRuns(doc.byName(REGISTRY_SHEET)!.grid())).toContain('bbbb');

      await runMonitoring(fakeExcel(doc), { today: TODAY });
      expect(leftovers(doc)).toEqual(['_pedmonitor_new_zzzz_0']);
      const plan = planRun(
        doc.sheets.filter((s) => s.name.startsWith('МАОУ')).map((s) => ({ name: s.name, values: s.grid() })),
        { today: TODAY },
      );
      expect(doc.byName(REGISTRY_SHEET)!.grid()).toEqual(plan.registry);
      for (const out of plan.outputs) {
        const sheet = doc.byName(out.name)!;
        expect(sheet.visibility).toBe('Visible');
        expect(sheet.grid()[0]).toEqual(out.values[0]!.map((v) => (v === null ? '' : v)).slice(0, sheet.grid()[0]!.length));
      }
      expect(doc.byName(SHEET.indicators)!.grid().flat()).toContain('МАОУ СОШ №9');
      expect(['МАОУ СОШ №1', 'МАОУ СОШ №9', '_pedmonitor_new_zzzz_0'].map((n) => sheetState(doc, n))).toEqual(user);
    });
  }

  it('hidden sheets named like temporaries but not recorded are never deleted', async () => {
    const doc = documentOf(syntheticSheets(2, 5));
    for (const name of ['_pedmonitor_new_ab12_0', '_pedmonitor_old_ab12_1']) doc.addGrid(name, [['моё']]).visibility = 'Hidden';
    await runMonitoring(fakeExcel(doc), { today: TODAY });
    await runMonitoring(fakeExcel(doc), { today: TODAY });
    expect(leftovers(doc)).toEqual(['_pedmonitor_new_ab12_0', '_pedmonitor_old_ab12_1']);
  });

  it('the record is written ahead of the first temporary, in the same request', async () => {
    const doc = documentOf(syntheticSheets(2, 5));
    const order: string[] = [];
    const spy = fakeExcel(doc, {
      failWhen: (c) => {
        order.push(`${c.kind}:${c.sheet ?? ''}`);
        return false;
      },
    });
    await runMonitoring(spy, { today: TODAY }, () => {}, { runId: 'cccc' });
    const mark = order.findIndex((o) => o.startsWith('setValues:_pedmonitor'));
    const firstTemp = order.findIndex((o) => o.startsWith('addWorksheet:_pedmonitor_new_cccc_'));
    expect(mark).toBeGreaterThanOrEqual(0);
    expect(mark).toBeLessThan(firstTemp);
    expect(spy.stats.syncs).toBe(6); // list, values, one write batch, swap, clean-up, frozen panes: no extra request
    // Finished: the registry is the plan's again, with no record left.
    expect(doc.byName(REGISTRY_SHEET)!.grid().flat()).not.toContain(PENDING_HEADER);
  });

  it('a transient failure of the registry write during the swap is undone like any other', async () => {
    const doc = documentOf(syntheticSheets(2, 6));
    await runMonitoring(fakeExcel(doc), { today: TODAY });
    doc.addGrid('МАОУ СОШ №7', syntheticTab(6, 4).values);
    const before = doc.sheets.map((s) => ({ name: s.name, state: sheetState(doc, s.name) }));
    let registryWrites = 0;
    const second = (c: CommandInfo) => c.kind === 'setValues' && c.sheet === REGISTRY_SHEET && ++registryWrites === 2;
    let fired = false;
    const error = await rejection(runMonitoring(fakeExcel(doc, { failWhen: (c) => !fired && (fired = second(c)) }), { today: TODAY }));
    expect(isPedmonitorError(error) && error.code).toBe('write-failed');
    expect(error.message).toContain('Прежние листы результатов сохранены без изменений');
    expect(doc.sheets.map((s) => ({ name: s.name, state: sheetState(doc, s.name) }))).toEqual(before);
  });
});

describe('Google Sheets: temporaries of a run whose clean-up failed too', () => {
  it('are marked before anything else happens to them, reported, and deleted by the next run', () => {
    const env = exampleEnv();
    env.call('computeIndicators');
    env.spreadsheet.addSheet({ name: '_pedmonitor_tmp_мой', rows: [['мой']], hidden: true });
    // A killed execution: a write fails and every deletion after it fails as well.
    let writes = 0;
    const remove = env.log.onCall((e) => {
      if (e.method === 'setValues' && (e.sheet ?? '').startsWith(TEMP_PREFIX) && ++writes === 3) throw new Error('Exception: Service Spreadsheets timed out');
      if (e.method === 'deleteSheet' && writes >= 3) throw new Error('Exception: Service Spreadsheets timed out');
    });
    env.call('computeIndicators');
    remove();
    expect(lastAlert(env)).toMatch(/^Не удалось записать листы результатов\. Причина: Service Spreadsheets timed out\. Часть временных скрытых листов/);
    const left = env.spreadsheet.sheets.filter((s) => /^_pedmonitor_new_\w+_\d$/.test(s.name));
    expect(left.length).toBeGreaterThan(0);
    for (const s of left) expect(s.metadata.map((m) => m.key)).toEqual(['pedmonitor']);
    // Marker before hiding: a temporary is never hidden unmarked.
    const calls = env.log.entries.filter((e) => e.sheetId === left[0]!.id).map((e) => e.method);
    expect(calls.indexOf('addDeveloperMetadata')).toBeLessThan(calls.indexOf('hideSheet'));

    env.log.clear();
    env.call('computeIndicators');
    expect(lastAlert(env)).toMatch(/^Расчёт завершён/);
    expect(env.spreadsheet.names().filter((n) => n.startsWith('_pedmonitor_'))).toEqual(['_pedmonitor_tmp_мой']);
    expect(env.lock.hasLock()).toBe(false);
  });
});

describe('command line: a failure after the workbook was prepared', () => {
  /** A folder with a one-person workbook and a file «не-папка» where an output's folder is asked for. */
  async function folderWithAFileInTheWay(): Promise<{ dir: string; input: string; inputHash: string }> {
    const dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-hardening-'));
    const input = path.join(dir, 'книга.xlsx');
    await writeFixture(input, [roster('МАОУ СОШ №1', [['Иванова Анна Петровна', 'учитель', 'педагогический', 'да']])]);
    writeFileSync(path.join(dir, 'не-папка'), 'файл');
    return { dir, input, inputHash: sha256(input) };
  }

  it('leaves an existing --out byte for byte, writes no --json, leaves no temporary file, never touches the input', async () => {
    const { dir, input, inputHash } = await folderWithAFileInTheWay();
    const out = path.join(dir, 'результат.xlsx');
    writeFileSync(out, 'прежний результат');
    const outBefore = readFileSync(out);
    // --json inside a "folder" that is a file: staging it fails after the workbook was staged.
    const run = spawnSync(process.execPath, [CLI, 'compute', input, '--out', out, '--json', path.join(dir, 'не-папка', 'r.json'), '--force'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/[а-яё]{3}/i);
    expect(run.stderr).toContain('на пути к файлу вместо папки — файл с тем же именем');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out).equals(outBefore)).toBe(true);
    expect(existsSync(path.join(dir, 'не-папка', 'r.json'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(sha256(input)).toBe(inputHash);
  });

  it('the same when the workbook fails (its bytes are written on the thread pool while the JSON is made)', async () => {
    const { dir, input, inputHash } = await folderWithAFileInTheWay();
    const json = path.join(dir, 'r.json');
    writeFileSync(json, 'прежний результат');
    // --out inside a "folder" that is a file: staging the workbook fails; the JSON was made meanwhile.
    const run = spawnSync(process.execPath, [CLI, 'compute', input, '--out', path.join(dir, 'не-папка', 'итог.xlsx'), '--json', json, '--force'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('итог.xlsx');
    expect(run.stderr).toContain('на пути к файлу вместо папки — файл с тем же именем');
    expect(run.stderr).not.toMatch(/EEXIST|ENOTDIR/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(json, 'utf8')).toBe('прежний результат');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(sha256(input)).toBe(inputHash);
    // And when both can be written, both are, each whole.
    const out = path.join(dir, 'итог.xlsx');
    const ok = spawnSync(process.execPath, [CLI, 'compute', input, '--out', out, '--json', json, '--force'], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).schemaVersion).toBe(1);
    expect((await readSheets(out)).map((s) => s.name)).toContain(SHEET.summary);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("keeps the user's emoji intact in the copy, wherever JSZip's 16,384-unit blocks fall", async () => {
    // ExcelJS hands each XML part to JSZip as a string, which JSZip encodes block by block: an
    // emoji split by a block boundary became two U+FFFD. Text of 20,000 code units always spans
    // a boundary; with an odd and an even offset one of the two runs splits a pair.
    encodeXlsxTextWhole(); // the fixture itself must be written intact
    const dir = mkdtempSync(path.join(tmpdir(), 'pedmonitor-emoji-'));
    const emoji = '😀👩‍🏫'.repeat(4000);
    for (const prefix of ['a', 'ab']) {
      const input = path.join(dir, `книга-${prefix}.xlsx`);
      await writeFixture(input, [
        roster('МАОУ СОШ №1', [['Иванова Анна Петровна', 'учитель', 'педагогический', 'да']]),
        { name: 'Заметки', rows: [[prefix], [emoji]] },
      ]);
      const out = path.join(dir, `результат-${prefix}.xlsx`);
      execFileSync(process.execPath, [CLI, 'compute', input, '--out', out], { encoding: 'utf8' });
      const notes = (await readSheets(out)).find((s) => s.name === 'Заметки')!;
      expect(notes.values[1]![0] === emoji, `offset ${prefix.length}`).toBe(true);
    }
  });
});
