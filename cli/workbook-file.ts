/**
 * The command line's use of the .xlsx layer (cli/xlsx/): reading a workbook's bytes into sheets and
 * writing the output workbook, both with Node's zlib as the codec. Read faults arrive as the core's
 * PedmonitorError ('not-xlsx') naming the file; a write that fails becomes 'write-failed' naming
 * the output file, and nothing is written.
 */
import { pedmonitorError } from '../core/index';
import { isXlsxFault, readWorkbook, writeWorkbook, type WorkbookSnapshot, type WriteRequest } from './xlsx/index';
import { asPedmonitorError } from './xlsx/read';
import { nodeCodec } from './xlsx/node-codec';
import { CLI_MSG } from './messages';

export async function loadWorkbook(data: Uint8Array, label: string): Promise<WorkbookSnapshot> {
  return readWorkbook(data, nodeCodec, { label });
}

/**
 * The bytes of the output workbook: `input` (the user's workbook, never modified; null for a new
 * book) with `req`'s sheets added or replaced. `inputLabel` names the input in messages about
 * reading it, `outLabel` the file being written.
 */
export async function workbookWithSheets(input: Uint8Array | null, req: WriteRequest, inputLabel: string, outLabel: string): Promise<Uint8Array> {
  try {
    return await writeWorkbook(input, req, nodeCodec);
  } catch (e) {
    throw writeFailure(e, inputLabel, outLabel);
  }
}

/**
 * What a failed write of the output workbook throws: a fault of the input's package names the
 * input (`inputLabel`); anything else is 'write-failed' naming the file being written.
 */
export function writeFailure(e: unknown, inputLabel: string, outLabel: string): Error {
  if (isXlsxFault(e) && e.kind !== 'zip64') return asPedmonitorError(e, inputLabel);
  const reason = isXlsxFault(e) ? CLI_MSG.zipTooBig : e instanceof Error ? e.message : String(e);
  return pedmonitorError('write-failed', CLI_MSG.writeFailed(outLabel, reason), e);
}
