/**
 * The offline page's WorkbookPort (core/port.ts): the workbook is the .xlsx file the user gave,
 * held as bytes in the worker. read() is the .xlsx layer's readWorkbook; write() is its
 * writeWorkbook into those bytes (every input part copied as it is, the output sheets and the
 * registry added or replaced) and the file's bytes change only when the whole write has
 * succeeded — a failure at any step leaves the previous outputs exactly as they were. addTemplate()
 * adds the template sheets with their drop-down lists. The same reader and writer, with the same
 * requests, as the command line: only the ZIP codec is the browser's. Imports nothing of a host.
 */
import {
  readRegistry,
  REGISTRY_SHEET,
  writeRefusal,
  type OutputPlan,
  type TemplateSheet,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WriteStep,
} from '../../core/index';
import { readWorkbook, writeWorkbook, type ZipCodec } from '../../cli/xlsx/index';
import { writeTemplate } from '../../cli/xlsx/template';

/** The file a port works on: null bytes = a new, empty workbook. */
export interface XlsxBytesFile {
  bytes: Uint8Array | null;
  /** How messages name the file. */
  readonly label: string;
}

export interface XlsxBytesPortOptions {
  /** Called before each write step, per sheet; throwing fails the write there (tests). */
  readonly onStep?: (step: WriteStep, sheet: string) => void;
}

export function xlsxBytesPort(file: XlsxBytesFile, zip: ZipCodec, options: XlsxBytesPortOptions = {}): WorkbookPort {
  const step = (name: WriteStep, sheet: string): void => options.onStep?.(name, sheet);

  const read = async (): Promise<WorkbookSnapshot> => {
    if (file.bytes === null) return { names: [], sheets: [], owned: new Set() };
    const book = await readWorkbook(file.bytes, zip, { label: file.label });
    const registry = book.sheets.find((s) => s.name === REGISTRY_SHEET);
    return {
      names: book.sheets.map((s) => s.name),
      sheets: book.sheets.filter((s) => !s.name.startsWith('_') || s.name.toLowerCase() === REGISTRY_SHEET),
      owned: readRegistry(registry?.values),
    };
  };

  return {
    read,
    async write(plan: OutputPlan) {
      // Checked against the bytes as they are now, whatever was read before.
      const refused = writeRefusal(await read(), plan);
      if (refused) throw refused;
      for (const out of plan.outputs) step('temporary', out.name);
      for (const out of plan.outputs) step('swap', out.name);
      step('registry', REGISTRY_SHEET);
      file.bytes = await writeWorkbook(file.bytes, { sheets: plan.outputs, registry: plan.registry }, zip);
    },
    async addTemplate(sheets: readonly TemplateSheet[]) {
      file.bytes = await writeTemplate(file.bytes, sheets, zip);
    },
  };
}
