/**
 * The .xlsx WorkbookPort of the command line: a workbook file held as bytes, read whole, and
 * replaced whole only when a write has succeeded — the file a command writes is the new bytes, so a
 * failure at any step leaves the previous outputs (the previous bytes) exactly as they were. The
 * reading and writing are the .xlsx layer's (cli/xlsx/, through workbook-file.ts), behind a small
 * codec, so the offline page or a test can put another one in its place.
 */
import {
  readRegistry,
  REGISTRY_SHEET,
  writeRefusal,
  type OutputPlan,
  type OutputSheet,
  type SheetData,
  type TemplateSheet,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WriteStep,
} from '../core/index';
import { loadWorkbook, workbookWithSheets } from './workbook-file';

/** What the port needs of an .xlsx reader and writer. */
export interface XlsxCodec {
  /** Every sheet in tab order, hidden ones included (a PedmonitorError naming `label` for what is not an .xlsx). */
  read(bytes: Uint8Array, label: string): Promise<readonly SheetData[]>;
  /** New bytes: `bytes` with these sheets replaced (same name, any case) or appended, and the registry. */
  write(bytes: Uint8Array, sheets: readonly OutputSheet[], registry: OutputPlan['registry'] | undefined, label: string, outLabel: string): Promise<Uint8Array>;
}

/** The command line's own .xlsx reader and writer. */
export const xlsxCodec: XlsxCodec = {
  read: async (bytes, label) => (await loadWorkbook(bytes, label)).sheets,
  write: (bytes, sheets, registry, label, outLabel) => workbookWithSheets(bytes, registry ? { sheets, registry } : { sheets }, label, outLabel),
};

/** The file a port works on: its bytes change only when a write succeeds. */
export interface XlsxFile {
  bytes: Uint8Array;
  /** How messages name the file. */
  readonly label: string;
}

export interface XlsxPortOptions {
  readonly codec?: XlsxCodec;
  /** How messages name the file being written (default: the file's label). */
  readonly outLabel?: string;
  /** Called before each write step, per sheet; throwing fails the write there. */
  readonly onStep?: (step: WriteStep, sheet: string) => void;
}

export function xlsxPort(file: XlsxFile, options: XlsxPortOptions = {}): WorkbookPort {
  const codec = options.codec ?? xlsxCodec;
  const outLabel = options.outLabel ?? file.label;
  const step = (name: WriteStep, sheet: string): void => options.onStep?.(name, sheet);
  /** The snapshot of the bytes as last read (a write reads again when the bytes changed since). */
  let last: { bytes: Uint8Array; snapshot: WorkbookSnapshot } | null = null;

  const read = async (): Promise<WorkbookSnapshot> => {
    if (last && last.bytes === file.bytes) return last.snapshot;
    const sheets = await codec.read(file.bytes, file.label);
    const snapshot: WorkbookSnapshot = {
      names: sheets.map((s) => s.name),
      sheets: sheets.filter((s) => !s.name.startsWith('_') || s.name.toLowerCase() === REGISTRY_SHEET),
      owned: readRegistry(sheets.find((s) => s.name === REGISTRY_SHEET)?.values),
    };
    last = { bytes: file.bytes, snapshot };
    return snapshot;
  };

  return {
    read,
    async write(plan) {
      const refused = writeRefusal(await read(), plan);
      if (refused) throw refused;
      // The new workbook is built whole in memory; the file takes it only at the end.
      for (const out of plan.outputs) step('temporary', out.name);
      for (const out of plan.outputs) step('swap', out.name);
      step('registry', REGISTRY_SHEET);
      file.bytes = await codec.write(file.bytes, plan.outputs, plan.registry, file.label, outLabel);
    },
    async addTemplate(sheets) {
      await read();
      file.bytes = await codec.write(file.bytes, sheets.map(templateOutput), undefined, file.label, outLabel);
    },
  };
}

/** A template sheet as an output table: its rows, text as text, a bold frozen header. */
function templateOutput(t: TemplateSheet): OutputSheet {
  const width = Math.max(t.columnWidths.length, ...t.rows.map((r) => r.length));
  const values = t.rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    name: t.name,
    values,
    formats: values.map((r) => r.map((v) => (typeof v === 'string' ? '@' : 'General'))),
    tones: values.map((_, r) => values[r]!.map(() => (r === 0 ? 'header' : null))),
    columnWidths: Array.from({ length: width }, (_, c) => t.columnWidths[c] ?? 64),
    wrapColumns: [],
    frozenRows: 1,
    frozenColumns: 0,
  };
}
