/**
 * The ZIP codec of the command line: Node's native zlib. The only file of cli/xlsx/ that imports
 * a Node module; everything else runs unchanged in the offline page's Web Worker.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ZipCodec } from './codec';

export const nodeCodec: ZipCodec = {
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array {
    // maxOutputLength makes zlib stop (RangeError) as soon as the output passes the bound.
    // One output chunk of the expected size: no copying of 16 KB chunks into one buffer.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize: Math.min(Math.max(maxBytes, 1024), 256 * 1024 * 1024) });
  },
  deflateRaw(data: Uint8Array): Uint8Array {
    return deflateRawSync(data);
  },
};
