/**
 * The Google Sheets WorkbookPort: reads every sheet in one batch (read.ts), writes a plan safely
 * (write.ts: marked hidden temporaries, swap, registry, rollback) and adds template sheets
 * (template-fill.ts). Apps Script is synchronous, so every method returns its value directly.
 * The port keeps what it read, because the write needs the sheets' handles and markers; a write
 * refuses on its own, with the core's rule, a plan that would replace a sheet the program did not
 * create.
 */
import { writeRefusal, type OutputPlan, type TemplateSheet, type WorkbookPort, type WorkbookSnapshot } from '../core/index';
import { now, TimeBudget } from './budget';
import { readWorkbook, type ReadProgress, type WorkbookRead } from './read';
import { fillTemplate } from './template-fill';
import { writeOutputs, type WriteProgress } from './write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface GasPortOptions {
  readonly today?: Date;
  /** The run's clock; a port made for a run shares it, one made alone starts its own. */
  readonly budget?: TimeBudget;
  readonly onRead?: ReadProgress;
  readonly onSheet?: WriteProgress;
}

export interface GasPort extends WorkbookPort {
  read(): WorkbookSnapshot;
  write(plan: OutputPlan): void;
  addTemplate(sheets: readonly TemplateSheet[]): void;
  /** What the last read found (handles, markers, grid sizes), or null before the first read. */
  readonly book: WorkbookRead | null;
}

export function gasPort(ss: Spreadsheet, options: GasPortOptions = {}): GasPort {
  let book: WorkbookRead | null = null;
  const read = (): WorkbookSnapshot => {
    book = readWorkbook(ss, options.today ?? new Date(now()), options.onRead ?? (() => {}));
    return { names: book.entries.map((e) => e.name), sheets: book.sheets, owned: book.owned };
  };
  return {
    read,
    write(plan) {
      const snapshot = book ? { names: book.entries.map((e) => e.name), sheets: book.sheets, owned: book.owned } : read();
      const refused = writeRefusal(snapshot, plan);
      if (refused) throw refused;
      writeOutputs(ss, book!, plan, options.budget ?? new TimeBudget(now()), options.onSheet ?? (() => {}));
    },
    addTemplate(sheets) {
      let position = ss.getSheets().length;
      for (const t of sheets) fillTemplate(ss.insertSheet(t.name, position++), t);
    },
    get book() {
      return book;
    },
  };
}
