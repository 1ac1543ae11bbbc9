/**
 * The ZIP codec of the command line: Node's native zlib to inflate. The only file of cli/xlsx/
 * that imports a Node module; everything else runs unchanged in the offline page's Web Worker.
 * Compression is the layer's own deterministic deflate (deflate.ts), not zlib's: the offline page
 * uses the same one (browsers' native compressors give other bytes than Node's zlib and than each
 * other), so `pedmonitor compute --out` and the page's download are the same file, byte for byte.
 * Only the parts a run writes are compressed; every other part is copied as it is.
 */
import { inflateRawSync } from 'node:zlib';
import type { ZipCodec } from './codec';
import { deflateRaw } from './deflate';

export const nodeCodec: ZipCodec = {
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array {
    // maxOutputLength makes zlib stop (RangeError) as soon as the output passes the bound.
    // One output chunk of the expected size: no copying of 16 KB chunks into one buffer.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes), chunkSize: Math.min(Math.max(maxBytes, 1024), 256 * 1024 * 1024) });
  },
  deflateRaw,
};
