/**
 * The command line's WorkbookPort: the .xlsx layer's one port (cli/xlsx/port.ts) with Node's zlib
 * as the codec, and a failed write reported as the command line reports it — naming the file
 * being written (`outLabel`, by default the file's own label).
 */
import type { WorkbookPort, WriteStep } from '../core/index';
import { nodeCodec } from './xlsx/node-codec';
import { xlsxPort as layerPort, type XlsxFile } from './xlsx/port';
import { writeFailure } from './workbook-file';

export type { XlsxFile } from './xlsx/port';

export interface XlsxPortOptions {
  /** How messages name the file being written (default: the file's label). */
  readonly outLabel?: string;
  /** Called before each write step, per sheet; throwing fails the write there. */
  readonly onStep?: (step: WriteStep, sheet: string) => void;
}

export function xlsxPort(file: XlsxFile, options: XlsxPortOptions = {}): WorkbookPort {
  const outLabel = options.outLabel ?? file.label;
  return layerPort(file, nodeCodec, {
    ...(options.onStep ? { onStep: options.onStep } : {}),
    writeError: (e) => writeFailure(e, file.label, outLabel),
  });
}
