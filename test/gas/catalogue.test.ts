/**
 * «Создать настройку показателей» in the built Code.js over the Apps Script fakes: the menu item
 * and the sidebar's server function add the sheet made from the preset, as text, right after
 * `Настройки`, without a marker; pressing it again changes nothing; a run then takes the criteria
 * from the sheet, never rewrites it, and its alert counts the sheet's bad rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCatalogue, PRESETS, SHEET } from '../../core/index';
import { buildGas, exampleEnv, lastAlert } from './helpers';

beforeAll(buildGas);

const byId = (id: string) => PRESETS.find((p) => p.id === id)!;

describe('«Создать настройку показателей»', () => {
  it('the menu item adds the sheet from the preset of `Настройки`, after it, as text', () => {
    const env = exampleEnv();
    env.call('createCatalogue');
    const names = env.spreadsheet.names();
    expect(names[names.indexOf(SHEET.settings) + 1]).toBe(SHEET.catalogue);
    const expected = exportCatalogue(byId('alapaevsk-2024'));
    const sheet = env.spreadsheet.sheet(SHEET.catalogue)!;
    const cells = sheet.inspect(expected.length, expected[0]!.length);
    expect(cells.values).toEqual(expected);
    expect(cells.formats.flat().every((f) => f === '@')).toBe(true);
    expect(sheet.getDeveloperMetadata()).toEqual([]);
    expect(lastAlert(env)).toContain('Создан лист «Настройка показателей» из набора «alapaevsk-2024»');

    const before = sheet.snapshot();
    env.call('createCatalogue');
    expect(env.spreadsheet.sheet(SHEET.catalogue)!.snapshot()).toEqual(before);
    expect(lastAlert(env)).toContain('уже есть лист «Настройка показателей»');
  });

  it('the sidebar’s server function uses the preset chosen there and answers plain JSON', () => {
    const env = exampleEnv();
    const outcome = env.callJson('createCatalogueFromPanel', 'karpinsk-2022') as { ok: boolean; value: { created: boolean; presetId: string; criteria: number } };
    expect(outcome).toMatchObject({ ok: true, value: { created: true, presetId: 'karpinsk-2022', criteria: 8 } });
    expect(env.callJson('createCatalogueFromPanel', 'karpinsk-2022')).toMatchObject({ ok: true, value: { created: false } });
  });

  it('a run computes from the sheet, leaves it as it was and counts its bad rows', () => {
    const env = exampleEnv();
    env.callJson('createCatalogueFromPanel', 'katav-2021');
    const sheet = env.spreadsheet.sheet(SHEET.catalogue)!;
    const grid = exportCatalogue(byId('katav-2021'));
    const bad = grid.findIndex((r) => r[0] === 'KI2');
    sheet.getRange(bad + 1, 8).setValues([['Участник методического объединения ИЛИ']]);
    const before = sheet.snapshot();
    env.call('computeIndicators');
    expect(lastAlert(env)).toContain('набор показателей katav-2021');
    expect(lastAlert(env)).toContain('Ошибок в листе «Настройка показателей»: 1');
    expect(env.spreadsheet.sheet(SHEET.catalogue)!.snapshot()).toEqual(before);
    const problems = env.spreadsheet.sheet(SHEET.problems)!.inspect().values.map((r) => r.join(' | ')).join('\n');
    expect(problems).toContain('Условие, позиция 39: Условие обрывается');
    const indicators = env.spreadsheet.sheet(SHEET.indicators)!.inspect().values.flat();
    expect(indicators).toContain('KI1');
    expect(indicators).not.toContain('KI2');
  });
});
