/**
 * The Excel WorkbookPort over Office.js: reads every worksheet's used range in one sync
 * (read-workbook.ts), writes a plan safely in as few syncs as the request budget allows
 * (write-outputs.ts: hidden temporaries, swap, registry, rollback) and adds template sheets
 * (template.ts). Office.js is asynchronous, so every method returns a promise. A port lives inside
 * one `Excel.run` (its request context); `excelHostPort` gives one whose every call is a run of
 * its own, for callers outside a batch.
 */
import { readRegistry, REGISTRY_SHEET, type OutputPlan, type TemplateSheet, type WorkbookPort, type WorkbookSnapshot } from '../../../core/index';
import type { ExcelHost, XlRequestContext } from './office-api';
import { readWorkbook, type WorkbookSnapshot as ExcelSnapshot } from './read-workbook';
import { queueTemplateSheets } from './template';
import { writeOutputs, type WriteOptions, type WriteStats } from './write-outputs';

export interface ExcelPort extends WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  write(plan: OutputPlan): Promise<void>;
  addTemplate(sheets: readonly TemplateSheet[]): Promise<void>;
  /** Request sizes of the last write's syncs. */
  readonly stats: WriteStats | null;
}

export function excelPort(context: XlRequestContext, options: WriteOptions = {}): ExcelPort {
  /** What the last read found (worksheet ids and positions besides the values). */
  let last: ExcelSnapshot | null = null;
  let stats: WriteStats | null = null;
  const read = async (): Promise<WorkbookSnapshot> => {
    last = await readWorkbook(context);
    return { names: last.infos.map((i) => i.name), sheets: last.sheets, owned: readRegistry(last.sheets.find((s) => s.name === REGISTRY_SHEET)?.values) };
  };
  return {
    read,
    async write(plan) {
      if (!last) await read();
      stats = await writeOutputs(context, last!, plan, options);
    },
    async addTemplate(sheets) {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      await context.sync();
      queueTemplateSheets(context, sheets, collection.items.map((ws) => ws.name));
      await context.sync();
    },
    get stats() {
      return stats;
    },
  };
}

/** A port whose every call is an `Excel.run` of its own (a write reads the workbook again first). */
export function excelHostPort(excel: ExcelHost, options: WriteOptions = {}): WorkbookPort {
  return {
    read: () => excel.run((context) => excelPort(context, options).read()),
    write: (plan) => excel.run((context) => excelPort(context, options).write(plan)),
    addTemplate: (sheets) => excel.run((context) => excelPort(context, options).addTemplate(sheets)),
  };
}
