/**
 * The one WorkbookPort (core/port.ts) over an .xlsx file held as bytes — the command line's and the
 * offline page's Web Worker's, which differ only in the ZIP codec they hand in. read() is the
 * layer's readWorkbook; write() is its writeWorkbook into those bytes (every input part copied as
 * it is, the output sheets and the registry added or replaced); addTemplate() adds the template
 * sheets with their drop-down lists. The file's bytes change only when a whole write has
 * succeeded, so a failure at any step leaves the previous outputs exactly as they were.
 * Host-neutral: no node: import, nothing of a host.
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
import type { ZipCodec } from './codec';
import { readWorkbook } from './read';
import { writeTemplate } from './template';
import { writeWorkbook } from './write';

/** The file a port works on: null bytes = a new, empty workbook. */
export interface XlsxFile {
  bytes: Uint8Array | null;
  /** How messages name the file. */
  readonly label: string;
}

export interface XlsxPortOptions {
  /** Called before each write step, per sheet; throwing fails the write there (tests). */
  readonly onStep?: (step: WriteStep, sheet: string) => void;
  /** What a failed write throws instead of the error itself (the host's message naming its file). */
  readonly writeError?: (error: unknown) => unknown;
}

export function xlsxPort(file: XlsxFile, zip: ZipCodec, options: XlsxPortOptions = {}): WorkbookPort {
  const step = (name: WriteStep, sheet: string): void => options.onStep?.(name, sheet);
  /** The snapshot of the bytes as last read: a second read of the same bytes is free. */
  let last: { bytes: Uint8Array | null; snapshot: WorkbookSnapshot; selected: Map<string, boolean> } | null = null;

  const read = async (): Promise<WorkbookSnapshot> => {
    if (last && last.bytes === file.bytes) return last.snapshot;
    const bytes = file.bytes;
    let snapshot: WorkbookSnapshot = { names: [], sheets: [], owned: new Set() };
    const selected = new Map<string, boolean>();
    if (bytes !== null) {
      const book = await readWorkbook(bytes, zip, { label: file.label });
      for (const s of book.sheets) if (s.selected !== undefined && s.part !== '') selected.set(s.part.toLowerCase(), s.selected);
      snapshot = {
        names: book.sheets.map((s) => s.name),
        sheets: book.sheets.filter((s) => !s.name.startsWith('_') || s.name.toLowerCase() === REGISTRY_SHEET),
        owned: readRegistry(book.sheets.find((s) => s.name === REGISTRY_SHEET)?.values),
      };
    }
    last = { bytes, snapshot, selected };
    return snapshot;
  };

  /** The new bytes, built whole in memory; the file takes them only when they are complete. */
  const replace = async (build: () => Promise<Uint8Array>): Promise<void> => {
    let bytes: Uint8Array;
    try {
      bytes = await build();
    } catch (e) {
      throw options.writeError ? options.writeError(e) : e;
    }
    file.bytes = bytes;
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
      // Which input sheets are saved selected, known from the read of these same bytes.
      const selectedParts = last && last.bytes === file.bytes ? last.selected : undefined;
      await replace(() => writeWorkbook(file.bytes, { sheets: plan.outputs, registry: plan.registry }, zip, selectedParts ? { selectedParts } : {}));
    },
    async addTemplate(sheets: readonly TemplateSheet[]) {
      await replace(() => writeTemplate(file.bytes, sheets, zip));
    },
  };
}
