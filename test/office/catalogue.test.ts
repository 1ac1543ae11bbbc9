/**
 * «Создать настройку показателей» in the Excel add-in, through the controller the task pane's
 * button calls, against the fake `Excel.run`: the sheet lands after `Настройки` exactly as the
 * core lays it out (text cells, header tones, widths, frozen header), from the preset chosen in
 * the pane or else `Настройки`; pressing again changes nothing; a run computes from the sheet,
 * leaves it untouched, and its report counts the sheet's bad rows.
 */
import { describe, expect, it } from 'vitest';
import { catalogueSheet, PRESETS, SHEET, TONE_STYLES } from '../../core/index';
import { Controller } from '../../office-addin/src/controller';
import { fakeExcel } from '../fakes/excel/fake-excel';
import { documentOf, exampleSheets, TODAY } from './workbooks';

const byId = (id: string) => PRESETS.find((p) => p.id === id)!;

describe('«Создать настройку показателей»', () => {
  it('adds the sheet from `Настройки`, laid out as the core says, once', async () => {
    const doc = documentOf(exampleSheets());
    const controller = new Controller(fakeExcel(doc), () => TODAY);
    expect(await controller.createCatalogue()).toBe('done');
    expect(controller.current.notice).toMatchObject({ kind: 'success' });
    expect(controller.current.notice!.text).toContain('из набора «alapaevsk-2024»');
    const names = doc.sheets.map((s) => s.name);
    expect(names[names.indexOf(SHEET.settings) + 1]).toBe(SHEET.catalogue);

    const out = catalogueSheet(byId('alapaevsk-2024'));
    const sheet = doc.byName(SHEET.catalogue)!;
    const grid = sheet.grid();
    expect(out.values.map((r, i) => r.map((v, c) => grid[i]?.[c] ?? (v === null ? '' : v)))).toEqual(out.values.map((r) => r.map((v) => (v === null ? '' : v))));
    expect(sheet.cell(4, 0)).toMatchObject({ value: '1.1', kind: 'text', numberFormat: '@' });
    expect(sheet.cell(3, 0)).toMatchObject({ bold: true, fill: TONE_STYLES.header.background });
    expect(sheet.frozen).toEqual({ rows: out.frozenRows, columns: 1 });
    out.columnWidths.forEach((px, c) => expect(sheet.columnWidths.get(c)).toBeCloseTo(px * 0.75, 1));

    const before = JSON.stringify(sheet.grid());
    expect(await controller.createCatalogue()).toBe('done');
    expect(controller.current.notice).toMatchObject({ kind: 'info' });
    expect(controller.current.notice!.text).toContain('уже есть лист «Настройка показателей»');
    expect(JSON.stringify(doc.byName(SHEET.catalogue)!.grid())).toBe(before);
  });

  it('uses the preset chosen in the pane; a run then computes from the sheet and leaves it as it was', async () => {
    const doc = documentOf(exampleSheets());
    const controller = new Controller(fakeExcel(doc), () => TODAY);
    controller.setOverrides({ presetId: 'surgut-2021' });
    await controller.createCatalogue();
    expect(controller.current.notice!.text).toContain('из набора «surgut-2021» (показателей: 5)');
    const sheet = doc.byName(SHEET.catalogue)!;
    const row = sheet.grid().findIndex((r) => r[0] === '6.1.2');
    sheet.setValue(row, 6, 'космонавты');
    const before = JSON.stringify(sheet.grid());
    controller.setOverrides({});
    expect(await controller.run()).toBe('done');
    const report = controller.current.report!;
    expect(report.summary.preset).toBe('surgut-2021');
    expect(report.summary.criteria).toBe(4);
    expect(report.summary.catalogueErrors).toBe(1);
    expect(JSON.stringify(doc.byName(SHEET.catalogue)!.grid())).toBe(before);
    const problems = doc.byName(SHEET.problems)!.grid().map((r) => r.join(' | ')).join('\n');
    expect(problems).toContain('Группа, позиция 1: Неизвестная группа или столбец «космонавты»');
  });
});
