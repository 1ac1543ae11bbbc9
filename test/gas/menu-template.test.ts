/**
 * What a user meets first: the «Мониторинг» menu built by onOpen (touching no data, as a simple
 * trigger must), the sidebar and help, and «Создать шаблон», which adds only the sheets that are
 * missing — with headers, a frozen bold header row and drop-downs — and never changes a sheet
 * that exists, so pressing it twice changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_ORGANIZATION_TAB, ROSTER_FIELDS, SHEET, TEMPLATE_DATA_ROWS, templateSheets } from '../../core/index';
import { createGasEnvironment, DEFAULT_DIST } from '../fakes/apps-script';
import { buildGas, exampleEnv, lastAlert, START } from './helpers';

beforeAll(buildGas);

describe('onOpen', () => {
  it('adds the «Мониторинг» menu whose items call top-level functions of Code.js', () => {
    const env = createGasEnvironment();
    env.call('onOpen', { authMode: 'LIMITED' });
    expect(env.ui.menus).toEqual([
      {
        title: 'Мониторинг',
        items: [
          { caption: 'Рассчитать показатели', functionName: 'computeIndicators' },
          { caption: 'Аналитическая справка', functionName: 'showReport' },
          { caption: 'Открыть панель', functionName: 'showSidebar' },
          { caption: 'Создать шаблон', functionName: 'createTemplate' },
          { caption: 'Создать настройку показателей', functionName: 'createCatalogue' },
          'separator',
          { caption: 'Справка', functionName: 'showHelp' },
        ],
      },
    ]);
    const functions = env.topLevelFunctions();
    for (const item of env.ui.menus[0]!.items) if (item !== 'separator') expect(functions).toContain(item.functionName);
    expect(env.log.spreadsheetCalls().filter((e) => e.kind === 'read' || e.kind === 'write')).toEqual([]);
  });

  it('onInstall builds the same menu (for the editor add-on)', () => {
    const env = createGasEnvironment();
    env.call('onInstall', {});
    expect(env.ui.menus[0]?.title).toBe('Мониторинг');
  });
});

describe('sidebar and help', () => {
  it('showSidebar opens the built Sidebar.html with a Russian title', () => {
    const env = createGasEnvironment();
    env.call('showSidebar');
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0]!.title).toBe('Мониторинг педагогов');
    expect(env.ui.sidebars[0]!.content).toBe(readFileSync(path.join(DEFAULT_DIST, 'Sidebar.html'), 'utf8'));
  });

  it('showHelp opens a dialog describing every menu item', () => {
    const env = createGasEnvironment();
    env.call('showHelp');
    const html = env.ui.dialogs[0]!.html.content;
    for (const item of ['Рассчитать показатели', 'Открыть панель', 'Создать шаблон']) expect(html).toContain(item);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/);
  });
});

describe('createTemplate', () => {
  const template = templateSheets(new Date(START));

  it('adds the template sheets with headers, frozen bold header rows and drop-downs; leaves «Лист1» alone', () => {
    const env = createGasEnvironment({ now: START });
    const before = env.spreadsheet.sheet('Лист1')!.snapshot();
    env.call('createTemplate');
    expect(env.spreadsheet.names()).toEqual(['Лист1', ...template.map((t) => t.name)]);
    expect(env.spreadsheet.sheet('Лист1')!.snapshot()).toEqual(before);
    for (const t of template) {
      const sheet = env.spreadsheet.sheet(t.name)!;
      const width = t.columnWidths.length;
      const cells = sheet.inspect(t.rows.length, width);
      expect(cells.values).toEqual(t.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
      expect(cells.fontWeights[0]).toEqual(new Array(width).fill('bold'));
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.maxColumns).toBe(Math.max(26, width));
      expect(t.columnWidths.map((_, c) => sheet.columnWidths.get(c + 1))).toEqual([...t.columnWidths]);
      for (const v of t.validations) {
        const rule = sheet.inspect(TEMPLATE_DATA_ROWS, width).validations.map((r) => r[v.column]);
        expect(rule[0], `${t.name}: header row has no validation`).toBeNull();
        expect(rule.slice(1).every((x) => x === rule[1]), `${t.name}: column ${v.column} rows 2…${TEMPLATE_DATA_ROWS}`).toBe(true);
        if (v.kind === 'list') expect(rule[1]).toMatchObject({ criteria: 'VALUE_IN_LIST', values: v.values, showDropdown: true });
        if (v.kind === 'number') expect(rule[1]).toMatchObject({ criteria: 'NUMBER_BETWEEN', values: [v.min, v.max] });
        if (v.kind === 'date') expect(rule[1]).toMatchObject({ criteria: 'DATE_IS_VALID_DATE' });
      }
    }
    const roster = env.spreadsheet.sheet(EXAMPLE_ORGANIZATION_TAB)!.inspect(2, ROSTER_FIELDS.length);
    const col = ROSTER_FIELDS.findIndex((f) => f.key === 'diagRegional');
    expect(roster.validations[1]![col]).toMatchObject({ values: ['да', 'нет'] });
    // Settings values are text ('@'), so "2023-2024" cannot turn into a date or a number.
    const settings = env.spreadsheet.sheet(SHEET.settings)!.inspect(3, 2);
    expect(settings.formats[2]![1]).toBe('@');
    expect(env.spreadsheet.active?.name).toBe(EXAMPLE_ORGANIZATION_TAB);
    expect(lastAlert(env)).toMatch(/^Созданы листы «Настройки», «Организации», «Муниципалитет», «Мероприятия», «Сведения ОО», «Пример ОО»\./);
  });

  it('a second time creates nothing and changes nothing', () => {
    const env = createGasEnvironment({ now: START });
    env.call('createTemplate');
    const before = env.spreadsheet.snapshot();
    env.log.clear();
    env.call('createTemplate');
    expect(env.spreadsheet.snapshot()).toEqual(before);
    expect(env.log.spreadsheetCalls().filter((e) => e.kind === 'write')).toEqual([]);
    expect(lastAlert(env)).toContain('Все листы шаблона уже есть — ничего не создано.');
  });

  it('on a complete workbook adds only «Мероприятия» and «Сведения ОО», listing its organisations, and changes nothing else', () => {
    const env = exampleEnv();
    const before = env.spreadsheet.snapshot();
    const names = env.spreadsheet.names();
    env.call('createTemplate');
    expect(env.spreadsheet.names()).toEqual([...names, SHEET.measures, SHEET.orgReports]);
    const after = env.spreadsheet.snapshot();
    expect(after.sheets.slice(0, names.length)).toEqual(before.sheets);
    const tabs = names.filter((n) => !['Настройки', 'Организации', 'Муниципалитет'].includes(n));
    const reports = env.spreadsheet.sheet(SHEET.orgReports)!.inspect(2, 1).validations[1]![0];
    expect(reports).toMatchObject({ criteria: 'VALUE_IN_LIST' });
    for (const tab of tabs) expect((reports as unknown as { values: string[] }).values).toContain(tab);
    // Criterion ids are text: «8.10» typed or chosen must not become the number 8.1.
    const header = env.spreadsheet.sheet(SHEET.measures)!.inspect(1, 14).values[0]!;
    expect(env.spreadsheet.sheet(SHEET.measures)!.inspect(3, 14).formats[2]![header.indexOf('Критерий')]).toBe('@');
    env.log.clear();
    env.call('createTemplate');
    expect(env.log.spreadsheetCalls().filter((e) => e.kind === 'write')).toEqual([]);
  });

  it('with organisation tabs already there, adds the reserved sheets only and lists the tabs in «Организации»', () => {
    const env = createGasEnvironment({
      now: START,
      sheets: [
        { name: 'МАОУ СОШ №1', rows: [['ФИО', 'Должность'], ['Иванов Иван Иванович', 'учитель']] },
        { name: 'настройки', rows: [['Параметр', 'Значение']] },
      ],
    });
    env.call('createTemplate');
    expect(env.spreadsheet.names()).toEqual(['МАОУ СОШ №1', 'настройки', SHEET.organizations, SHEET.municipality, SHEET.measures, SHEET.orgReports]);
    expect(env.spreadsheet.sheet(SHEET.organizations)!.inspect(2, 1).values).toEqual([['Организация'], ['МАОУ СОШ №1']]);
    expect(lastAlert(env)).toContain('«Настройки»');
  });

  it('is also reachable from the sidebar, as plain JSON', () => {
    const env = createGasEnvironment({ now: START });
    const outcome = env.callJson('createTemplateFromPanel') as { ok: boolean; value: { created: string[]; message: string } };
    expect(outcome.ok).toBe(true);
    expect(outcome.value.created).toEqual(template.map((t) => t.name));
  });
});
