/**
 * The ZIP codec of the command line: Node's native zlib both ways. The only file of cli/xlsx/ that
 * imports a Node module; everything else runs unchanged in the offline page's Web Worker.
 *
 * Compression is zlib's raw deflate at level 3, on libuv's thread pool: the writer hands each
 * output sheet over in pieces of a few MB as it serialises them (deflateRawPiece: each piece
 * compressed on its own, ended by a sync flush, so the pieces in order make one stream) and goes
 * on writing while they compress (writeZip awaits them in package order). Native deflate is about ten times faster than the
 * layer's own TypeScript deflate (deflate.ts) on the output sheets' XML: at 100,000 rows the new
 * parts are ~70 MB of XML, 1.4 s of CPU in TypeScript, 0.2 s in zlib at level 3 (level 6 costs
 * 2.5× more for 15 % fewer bytes). The output stays deterministic — the same input gives the same
 * bytes with a given Node build — but it is no longer the offline page's bytes: the page keeps
 * deflate.ts, so the two workbooks hold the same parts (equal once inflated), compressed
 * differently. Only the parts a run writes are compressed; every other part is copied as it is.
 */
import { constants, crc32, deflateRaw as zlibDeflateRaw, inflateRaw as zlibInflateRaw, inflateRawSync } from 'node:zlib';
import type { ZipCodec } from './codec';

/** zlib's level for the parts a run writes (see above). */
export const DEFLATE_LEVEL = 3;
/** Parts declaring at least this many bytes are unpacked on the thread pool. */
const ASYNC_INFLATE_FROM = 1024 * 1024;
export const nodeCodec: ZipCodec = {
  inflateRaw(data: Uint8Array, maxBytes: number): Promise<Uint8Array> | Uint8Array {
    // maxOutputLength makes zlib stop (RangeError) as soon as the output passes the bound; one
    // output chunk of the expected size (the reader passes the part's declared size) spares
    // copying 16 KB chunks into one buffer.
    const options = { maxOutputLength: Math.max(1, maxBytes), chunkSize: Math.min(Math.max(maxBytes, 1024), 256 * 1024 * 1024) };
    // A large part is unpacked on libuv's thread pool while the reader parses the sheet before it
    // (read.ts asks one sheet ahead). A small one is unpacked here and now: zlib's asynchronous
    // call costs the main thread about as much as unpacking 100 KB of XML (measured: 1,200 sheets
    // of 125 KB gained nothing from it).
    if (maxBytes < ASYNC_INFLATE_FROM) return inflateRawSync(data, options);
    return new Promise((resolve, reject) => {
      zlibInflateRaw(data, options, (error, out) => (error ? reject(error) : resolve(out)));
    });
  },
  crc32(data: Uint8Array, previous = 0): number {
    return crc32(data, previous);
  },
  inflateRawHead(data: Uint8Array, maxBytes: number): Uint8Array | null {
    try {
      // A truncated stream is no error with a sync flush at its end: what it gives is a prefix.
      return inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, maxBytes) });
    } catch {
      return null; // Past the bound, or not deflate: the caller reads the part whole.
    }
  },
  deflateRaw(data: Uint8Array): Promise<Uint8Array> {
    // An output buffer large enough for XML's compressed size in one or two passes of the thread
    // pool (each pass of a smaller buffer would wait for the main thread between chunks).
    const chunkSize = Math.min(Math.max(64 * 1024, (data.length >>> 2) + 1024), 64 * 1024 * 1024);
    return new Promise((resolve, reject) => {
      zlibDeflateRaw(data, { level: DEFLATE_LEVEL, chunkSize }, (error, packed) => (error ? reject(error) : resolve(packed)));
    });
  },
  pause(): Promise<void> {
    // setImmediate runs after the event loop's poll phase, where the thread pool's finished tasks report.
    return new Promise((resolve) => setImmediate(resolve));
  },
  deflateRawPiece(data: Uint8Array): Promise<Uint8Array> {
    const chunkSize = Math.min(Math.max(64 * 1024, (data.length >>> 2) + 1024), 64 * 1024 * 1024);
    return new Promise((resolve, reject) => {
      zlibDeflateRaw(data, { level: DEFLATE_LEVEL, chunkSize, finishFlush: constants.Z_SYNC_FLUSH }, (error, packed) => (error ? reject(error) : resolve(packed)));
    });
  },
};
