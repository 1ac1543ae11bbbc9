/**
 * The page's side of the .xlsx layer: what the job needs from it (read a workbook's bytes, write
 * the result sheets back, write the template), bound to the browser's codec. No reader or writer
 * of its own: every call goes to the layer the command line uses (cli/xlsx/).
 */
import type { RunPlan, SheetData, TemplateSheet } from '../../core/index';

export interface PageLoaded {
  readonly sheets: readonly SheetData[];
  readonly organizationTabs: number;
  readonly organizationRows: number;
  /** The input's sheets plus the output sheets and the registry: the CLI's `--out` bytes. */
  write(plan: RunPlan): Promise<Uint8Array>;
}

export interface PageXlsx {
  read(bytes: Uint8Array, fileName: string): Promise<PageLoaded>;
  template(sheets: readonly TemplateSheet[]): Promise<Uint8Array>;
}
