/**
 * The one thing the .xlsx layer needs from its host: raw DEFLATE both ways. The layer runs in
 * Node (the command line) and in a browser Web Worker (the offline page), so it imports no host
 * API; each host hands it a codec (node-codec.ts for Node; the page builds one over
 * DecompressionStream / CompressionStream). CRC-32 is plain arithmetic and lives here, so both
 * hosts compute the same checksums with the same code.
 */

export interface ZipCodec {
  /**
   * Raw DEFLATE (RFC 1951, no zlib header) decompression. Must fail (throw or reject) as soon as
   * the output would exceed `maxBytes`: the reader's bound against zip bombs relies on it.
   */
  inflateRaw(data: Uint8Array, maxBytes: number): Promise<Uint8Array> | Uint8Array;
  /** Raw DEFLATE compression. */
  deflateRaw(data: Uint8Array): Promise<Uint8Array> | Uint8Array;
  /**
   * Optional: raw DEFLATE of one piece of a larger part, compressed on its own and ended with a
   * sync flush (byte-aligned, no final block), so that the pieces of a part in order, followed by
   * FINAL_EMPTY_BLOCK, are one raw DEFLATE stream of the whole part (as pigz writes). A codec that
   * compresses off the main thread compresses the first pieces of a large part while the writer
   * is still serialising the rest.
   */
  deflateRawPiece?(data: Uint8Array): Promise<Uint8Array> | Uint8Array;
  /**
   * Optional: what `data` — the first bytes of a raw DEFLATE stream, or all of it — inflates to
   * as far as it goes (no error for the stream's missing end); null past `maxBytes` of output or
   * on bad data. The writer looks at the top of each input sheet this way instead of inflating
   * every sheet whole.
   */
  inflateRawHead?(data: Uint8Array, maxBytes: number): Uint8Array | null;
  /**
   * Optional: resolves once the host has run what is pending (the callbacks of finished
   * compressions), so a writer that waits here between pieces gets their buffers back to write
   * into again instead of new ones.
   */
  pause?(): Promise<void>;
  /** Optional: a native CRC-32 (the same number as crc32 below, faster), continuing from `previous`. */
  crc32?(data: Uint8Array, previous?: number): number;
}

const CRC_TABLE = ((): Int32Array => {
  const table = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing-by-8 tables: eight bytes per step.
  for (let n = 0; n < 256; n++) {
    let c = table[n]!;
    for (let k = 1; k < 8; k++) {
      c = table[c & 0xff]! ^ (c >>> 8);
      table[k * 256 + n] = c;
    }
  }
  return table;
})();

/** A raw DEFLATE block that ends a stream: final, fixed codes, nothing but the end-of-block code. */
export const FINAL_EMPTY_BLOCK: Uint8Array = new Uint8Array([0x03, 0x00]);

/**
 * The CRC-32 of ZIP (IEEE 802.3), as an unsigned 32-bit number; with `previous`, the CRC of the
 * bytes that gave `previous` followed by `data`.
 */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = CRC_TABLE;
  let crc = ~previous;
  let i = 0;
  const n = data.length;
  const end8 = n - (n % 8);
  for (; i < end8; i += 8) {
    const a = (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) ^ crc;
    crc =
      t[7 * 256 + (a & 0xff)]! ^
      t[6 * 256 + ((a >>> 8) & 0xff)]! ^
      t[5 * 256 + ((a >>> 16) & 0xff)]! ^
      t[4 * 256 + (a >>> 24)]! ^
      t[3 * 256 + data[i + 4]!]! ^
      t[2 * 256 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < n; i++) crc = t[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
