/**
 * Print setup, AutoFilter, page breaks and the opening sheet in Excel (issue 17), on the fake
 * `Excel.run` at both sides of the ExcelApi 1.9 gate. With 1.9 every output prints as the core
 * asks (OutputSheet.print, .filter, .pageBreaks: A4, landscape unless told, one page wide with
 * unlimited pages tall, the header rows on every page, a page per organisation of «Рекомендации»)
 * in the same number of syncs as without; with only the manifest's 1.8 the fake refuses every
 * 1.9 member, so a clean run proves none was used, and the pane's summary gets one line on
 * setting it by hand. Either way the workbook is left on «Сводка», whichever sheet the user was
 * on and however many sheets were frozen after the swap (freezing activates a sheet: office-js
 * issue 3148).
 */
import { describe, expect, it } from 'vitest';
import { planRun, PRINT_FOOTER, PRINT_HEADER, type OutputSheet } from '../../core/index';
import type { XlWorksheet } from '../../office-addin/src/excel/office-api';
import { splitSections } from '../../office-addin/src/excel/print-setup';
import { PANE } from '../../office-addin/src/messages';
import { runMonitoring } from '../../office-addin/src/run';
import { Controller } from '../../office-addin/src/controller';
import { defaultPageSetup, type FakeDocument } from '../fakes/excel/document';
import { fakeExcel } from '../fakes/excel/fake-excel';
import { documentOf, exampleSheets, TODAY } from './workbooks';

const plan = planRun(exampleSheets(), { today: TODAY });
const byName = (name: string): OutputSheet => plan.outputs.find((o) => o.name === name)!;

/** What Excel's page setup must hold for an output, written out from its OutputSheet by hand. */
function expectedSetup(o: OutputSheet) {
  return {
    orientation: o.print!.orientation === 'landscape' ? 'Landscape' : 'Portrait',
    paperSize: 'A4',
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printTitleRows: o.print!.repeatRows,
    headerFooter: { leftHeader: '&A', rightFooter: 'Страница &P из &N' },
  };
}

async function runAt(excelApi: string, doc: FakeDocument = documentOf(exampleSheets())) {
  const excel = fakeExcel(doc, { excelApi });
  const report = await runMonitoring(excel, { today: TODAY });
  return { doc, excel, report };
}

describe('Excel with ExcelApi 1.9', () => {
  it('sets every output\'s print setup, filter and page breaks exactly as the core planned them', async () => {
    const { doc, report } = await runAt('1.9');
    expect(report.warnings).toEqual([]);
    expect(report.notes).toEqual([]);
    // The example's outputs ask for all of it: a check that this test checks something.
    expect(plan.outputs.every((o) => o.print)).toBe(true);
    expect(byName('Рекомендации').pageBreaks!.length).toBeGreaterThan(5);
    expect(byName('Показатели').filter).toBeDefined();
    for (const o of plan.outputs) {
      const sheet = doc.byName(o.name)!;
      expect(sheet.pageSetup, o.name).toEqual(expectedSetup(o));
      const f = o.filter;
      expect(sheet.autoFilter, o.name).toEqual(f ? { row: f.row, column: f.column, rows: f.rowCount, columns: f.columnCount } : null);
      expect(sheet.rowBreaks, o.name).toEqual((o.pageBreaks ?? []).filter((r) => r > 0));
    }
    // By hand for one sheet: «Показатели» repeats its third row (the table header) on every page.
    expect(doc.byName('Показатели')!.pageSetup.printTitleRows).toEqual({ first: 2, last: 2 });
    expect(doc.byName('История')!.pageSetup.orientation).toBe('Portrait');
  });

  it('takes no more syncs than a run without print setup, and leaves the workbook on «Сводка»', async () => {
    const at19 = await runAt('1.9');
    const at18 = await runAt('1.8');
    expect(at19.excel.stats.syncs).toBe(at18.excel.stats.syncs);
    expect(at19.excel.stats.syncs).toBe(6); // list + values, write, swap, clean-up, view settings
    expect(at19.doc.active?.name).toBe('Сводка');
    expect(at18.doc.active?.name).toBe('Сводка');
  });

  it('a failing filter costs only a warning: results written, workbook still on «Сводка»', async () => {
    const doc = documentOf(exampleSheets());
    let failed = false;
    const excel = fakeExcel(doc, {
      excelApi: '1.9',
      failWhen: (c) => {
        if (failed || c.kind !== 'autoFilter') return false;
        failed = true;
        return true;
      },
    });
    const controller = new Controller(excel, () => TODAY);
    expect(await controller.run()).toBe('done');
    const warnings = controller.current.report!.warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Результаты записаны, но Excel не применил закрепление строк заголовков, фильтр и параметры печати на листах «Показатели», «Сводка», /);
    expect(doc.byName('Показатели')!.grid().length).toBe(byName('Показатели').values.length);
    expect(doc.active?.name).toBe('Сводка');
  });
});

describe('Excel with only the manifest\'s ExcelApi 1.8', () => {
  it('runs without any 1.9 member (the fake would refuse it) and the summary says how to set printing by hand', async () => {
    const { doc, report } = await runAt('1.8');
    expect(report.warnings).toEqual([]);
    expect(report.notes).toEqual([PANE.printByHand]);
    expect(PANE.printByHand).toMatch(/^Параметры печати и фильтры не заданы: эта версия Excel их не поддерживает\. .*Альбомная.*A4.*Ширина: 1 страница.*Сквозные строки.*Данные → Фильтр\.$/);
    expect(PANE.printByHand).not.toContain('\n');
    for (const o of plan.outputs) {
      const sheet = doc.byName(o.name)!;
      expect(sheet.pageSetup).toEqual(defaultPageSetup());
      expect(sheet.autoFilter).toBeNull();
      expect(sheet.rowBreaks).toEqual([]);
      expect(sheet.frozen).toEqual({ rows: o.frozenRows, columns: o.frozenColumns });
    }
  });

  it('would refuse print setup with ApiNotFound (the gate is what keeps the run clean)', async () => {
    const doc = documentOf([{ name: 'А', values: [['x'], ['y']] }]);
    const code = await fakeExcel(doc, { excelApi: '1.8' })
      .run(async (context) => {
        context.workbook.worksheets.getItem('А').pageLayout.orientation = 'Landscape';
        await context.sync();
      })
      .then(() => null, (e: { code?: string }) => e.code);
    expect(code).toBe('ApiNotFound');
    expect(doc.byName('А')!.pageSetup.orientation).toBe('Portrait');
  });
});

describe('the opening sheet', () => {
  it('is «Сводка» after every run, wherever the user was', async () => {
    for (const excelApi of ['1.8', '1.9']) {
      const doc = documentOf(exampleSheets());
      doc.active = doc.sheets[2]!;
      const excel = fakeExcel(doc, { excelApi });
      await runMonitoring(excel, { today: TODAY });
      expect(doc.active?.name, excelApi).toBe('Сводка');
      doc.active = doc.byName('История')!; // the user looks at another output, then runs again
      await runMonitoring(excel, { today: TODAY });
      expect(doc.active?.name, excelApi).toBe('Сводка');
      expect(doc.byName('Сводка')!.visibility).toBe('Visible');
    }
  });

  it('freezing panes makes the frozen sheet the active one (office-js issue 3148), so activation must come last', async () => {
    const doc = documentOf([{ name: 'А', values: [['x']] }, { name: 'Б', values: [['y']] }]);
    await fakeExcel(doc).run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('А').activate();
      sheets.getItem('Б').freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(doc.active?.name).toBe('Б');
  });
});

describe('the fake\'s page setup, as Microsoft documents it', () => {
  async function attempt(apply: (ws: XlWorksheet) => void): Promise<string | null> {
    const doc = documentOf([{ name: 'А', values: [['x'], ['y']] }]);
    return fakeExcel(doc, { excelApi: '1.9' })
      .run(async (context) => {
        apply(context.workbook.worksheets.getItem('А'));
        await context.sync();
      })
      .then(() => null, (e: { code?: string }) => e.code ?? 'thrown');
  }

  it('refuses what Excel refuses', async () => {
    expect(await attempt((ws) => void (ws.pageLayout.orientation = 'landscape'))).toBe('InvalidArgument'); // PageOrientation is 'Landscape'
    expect(await attempt((ws) => void (ws.pageLayout.paperSize = 'A4Plus'))).toBe('InvalidArgument');
    expect(await attempt((ws) => void (ws.pageLayout.zoom = { scale: 5 }))).toBe('InvalidArgument');
    expect(await attempt((ws) => void (ws.pageLayout.zoom = { horizontalFitToPages: -1 }))).toBe('InvalidArgument');
    expect(await attempt((ws) => ws.pageLayout.setPrintTitleRows('A1:C1'))).toBe('InvalidArgument'); // not entire rows
    expect(await attempt((ws) => void ws.horizontalPageBreaks.add('A1'))).toBe('InvalidArgument');
    expect(await attempt((ws) => ws.autoFilter.apply('A1'))).toBe('InvalidArgument');
    expect(await attempt((ws) => void (ws.pageLayout.zoom.scale = 50))).toBe('PropertyNotLoaded'); // zoom is set whole
    expect(await attempt((ws) => ws.pageLayout.setPrintTitleRows('$1:$2'))).toBeNull();
  });
});

describe('header and footer sections', () => {
  it('split the .xlsx codes the way Excel reads them', () => {
    expect(splitSections(PRINT_HEADER)).toEqual([{ section: 'L', text: '&A' }]);
    expect(splitSections(PRINT_FOOTER)).toEqual([{ section: 'R', text: 'Страница &P из &N' }]);
    expect(splitSections('&LА && Б&CЦентр&RПраво')).toEqual([
      { section: 'L', text: 'А && Б' },
      { section: 'C', text: 'Центр' },
      { section: 'R', text: 'Право' },
    ]);
    expect(splitSections('без меток')).toEqual([{ section: 'C', text: 'без меток' }]);
  });
});
