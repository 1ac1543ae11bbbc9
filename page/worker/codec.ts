/**
 * The browser's half of the .xlsx layer's ZIP codec (cli/xlsx/codec.ts): raw inflate by the
 * built-in DecompressionStream('deflate-raw') (Chromium 80+, Firefox 113+, Safari 16.4+), read
 * chunk by chunk and cancelled as soon as the output passes the layer's bound (a zip bomb never
 * fills the worker's memory). Inflate's output is defined by the data, so the parts the page reads
 * are the bytes Node's zlib gives the command line. Compression is NOT the browser's own
 * (CompressionStream differs between browsers) but the layer's deterministic deflate, so every
 * browser downloads the same file; it holds the same parts as the command line's (which
 * compresses with Node's zlib, much faster on large books), compressed differently.
 */
import { concatBytes } from '../../cli/xlsx/byte-sink';
import { deflateRaw } from '../../cli/xlsx/deflate';
import type { ZipCodec } from '../../cli/xlsx/index';

/** Thrown when a part inflates past its bound; the layer turns it into its Russian message. */
export class InflateBoundError extends RangeError {
  constructor(maxBytes: number) {
    super(`inflated data exceeds ${maxBytes} bytes`);
    this.name = 'InflateBoundError';
  }
}

export async function inflateRaw(data: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InflateBoundError(maxBytes);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

export const browserCodec: ZipCodec = { inflateRaw, deflateRaw };
