/**
 * The pure half of writing: payload estimates in UTF-8 bytes (Cyrillic counts twice), value
 * blocks within a budget and covering every row once, tone rectangles that cover exactly the
 * toned cells without overlap, and the ribbon-independent pieces (template rules, pane defaults).
 */
import { describe, expect, it } from 'vitest';
import { buildProblemsSheet, planRun, SHEET, templateSheets, TEMPLATE_DATA_ROWS } from '../../core/index';
import { groupByBudget } from '../../office-addin/src/excel/write-outputs';
import { toneRects, utf8Length, valueBlocks } from '../../office-addin/src/excel/write-plan';
import { createTemplate, LIST_SHEET } from '../../office-addin/src/excel/template';
import { findPreset } from '../../core/presets/index';
import { paneDefaultsFrom, readPaneDefaults } from '../../office-addin/src/pane-defaults';
import { FakeDocument } from '../fakes/excel/document';
import { fakeExcel } from '../fakes/excel/fake-excel';
import { exampleSheets, syntheticSheets, TODAY } from './workbooks';

describe('write plan', () => {
  it('measures UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('Показатели')).toBe(20);
    expect(utf8Length('✓')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('abc')).toBe(new TextEncoder().encode('abc').length);
  });

  it('splits values into blocks within the budget that cover every row once', () => {
    const plan = planRun(syntheticSheets(6, 400, true), { today: TODAY });
    const problems = plan.outputs.find((o) => o.name === SHEET.problems)!;
    const blocks = valueBlocks(problems, 100_000);
    expect(blocks.length).toBeGreaterThan(5);
    let next = 0;
    for (const b of blocks) {
      expect(b.row).toBe(next);
      expect(b.bytes).toBeLessThanOrEqual(100_000);
      expect(b.bytes).toBeGreaterThanOrEqual(new TextEncoder().encode(JSON.stringify(b.values) + JSON.stringify(b.formats)).length);
      next += b.values.length;
    }
    expect(next).toBe(problems.values.length);
    const groups = groupByBudget(blocks, 250_000);
    expect(groups.flat()).toEqual(blocks);
    for (const g of groups) expect(g.reduce((n, b) => n + b.bytes, 0)).toBeLessThanOrEqual(250_000);
  });

  it('covers exactly the toned cells with non-overlapping rectangles', () => {
    const plan = planRun(exampleSheets(), { today: TODAY });
    for (const out of plan.outputs) {
      const seen = out.tones.map((r) => r.map(() => null as string | null));
      const rects = toneRects(out);
      for (const rect of rects) {
        for (let r = rect.row; r < rect.row + rect.rows; r++) {
          for (let c = rect.column; c < rect.column + rect.columns; c++) {
            expect(seen[r]![c]).toBeNull();
            seen[r]![c] = rect.tone;
          }
        }
      }
      expect(seen).toEqual(out.tones);
      const toned = out.tones.flat().filter(Boolean).length;
      if (toned > 20) expect(rects.length).toBeLessThan(toned);
    }
    expect(toneRects(buildProblemsSheet({ issues: [] })).length).toBeGreaterThan(0);
  });
});

describe('«Создать шаблон»', () => {
  it('adds the missing template sheets with headers, drop-down lists and frozen header, once', async () => {
    const doc = new FakeDocument();
    doc.addSheet('Лист1');
    doc.addGrid('Настройки', [['Параметр', 'Значение'], ['Отчётный период', '2022-2023']]);
    const excel = fakeExcel(doc);
    const created = await excel.run((context) => createTemplate(context, TODAY));
    const expected = templateSheets(TODAY).filter((t) => t.name !== 'Настройки');
    expect(created).toEqual(expected.map((t) => t.name));
    expect(doc.byName('Настройки')!.grid()).toEqual([['Параметр', 'Значение'], ['Отчётный период', '2022-2023']]);
    for (const t of expected) {
      const sheet = doc.byName(t.name)!;
      expect(sheet.grid()[0]).toEqual(t.rows[0]!.map((v) => v ?? ''));
      expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
      expect(sheet.cell(0, 0)!.bold).toBe(true);
      expect(sheet.validations.length).toBe(t.validations.length);
      for (const v of sheet.validations) expect(v.rows).toBe(TEMPLATE_DATA_ROWS - 1);
    }
    const yesNo = doc.byName('Пример ОО')!.validations.find((v) => JSON.stringify(v.rule).includes('да,нет'));
    expect(yesNo?.rule).toEqual({ list: { inCellDropDown: true, source: 'да,нет' } });
    // «Мероприятия»: the preset's ids are longer than Excel's 255-character inline list, so the
    // drop-down refers to a column of the hidden list sheet; the statuses stay inline.
    const ids = findPreset('alapaevsk-2024')!.criteria.map((c) => c.id);
    expect(ids.join(',').length).toBeGreaterThan(255);
    const lists = doc.byName(LIST_SHEET)!;
    expect(lists.visibility).toBe('Hidden');
    expect(lists.grid().map((r) => r[0])).toEqual(ids);
    const measureRules = doc.byName('Мероприятия')!.validations.map((v) => JSON.stringify(v.rule));
    expect(measureRules).toContain(JSON.stringify({ list: { inCellDropDown: true, source: `='${LIST_SHEET}'!$A$1:$A$${ids.length}` } }));
    expect(measureRules).toContain(JSON.stringify({ list: { inCellDropDown: true, source: 'запланировано,выполняется,выполнено,отменено' } }));
    expect(await excel.run((context) => createTemplate(context, TODAY))).toEqual([]);
  });
});

describe('pane defaults', () => {
  it('come from Настройки, else from the defaults', async () => {
    const doc = new FakeDocument();
    doc.addGrid('Настройки', [['Параметр', 'Значение'], ['Набор показателей', 'surgut-2021'], ['Отчётный период', '2022-2023']], { row: 2, column: 1 });
    const d = await readPaneDefaults(fakeExcel(doc), TODAY);
    expect(d).toMatchObject({ presetId: 'surgut-2021', period: '2022-2023' });
    expect(d.presets.map((p) => p.id)).toContain('alapaevsk-2024');
    const empty = new FakeDocument();
    empty.addSheet('Лист1');
    expect(await readPaneDefaults(fakeExcel(empty), TODAY)).toMatchObject({ presetId: 'alapaevsk-2024', period: '2023-2024' });
    expect(paneDefaultsFrom([['Параметр', 'Значение'], ['Набор показателей', 'нет такого']], TODAY).presetId).toBe('alapaevsk-2024');
  });
});
