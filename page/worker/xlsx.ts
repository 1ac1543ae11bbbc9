/**
 * The page's side of the .xlsx layer: what the job needs from it (read a workbook's bytes, write
 * the result sheets back into them, write the template), bound to the browser's codec. No reader
 * or writer of its own: every call goes to the layer the command line uses (cli/xlsx/).
 */
import type { RunPlan, SheetData, TemplateSheet } from '../../core/index';

/** What a run writes: the output sheets and the registry. */
export type OutputPlan = Pick<RunPlan, 'outputs' | 'registry'>;

export interface PageRead {
  readonly sheets: readonly SheetData[];
  readonly organizationTabs: number;
  readonly organizationRows: number;
}

export interface PageXlsx {
  read(bytes: Uint8Array, fileName: string): Promise<PageRead>;
  /** The input's parts plus the output sheets and the registry: the CLI's `--out` bytes. */
  write(bytes: Uint8Array, plan: OutputPlan): Promise<Uint8Array>;
  template(sheets: readonly TemplateSheet[]): Promise<Uint8Array>;
}
