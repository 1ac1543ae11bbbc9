/**
 * UTF-8 written straight into byte chunks, for the parts the writer makes large (an output sheet
 * of 70,000 rows is 45 MB of XML). Building such a part as one string (a million small pieces,
 * joined, then encoded) costs a two-byte copy of the whole text per step and hundreds of MB of
 * garbage; here markup goes in as ASCII, byte by byte, text through TextEncoder.encodeInto, and
 * bytes already encoded (a repeated cell's XML) are copied. The result is the same bytes
 * TextEncoder would give for the concatenated text. A sink made with `flushTo` hands each full
 * chunk over as it goes (to be compressed while the rest is written) instead of keeping it. Pure;
 * no Node API.
 */

const encoder = new TextEncoder();
const CHUNK = 1 << 20;

/**
 * Chunks a sink handed over and got back once they are no longer read (compressed), to write into
 * again: a sheet of 45 MB then takes a few chunks of memory, not 45 MB of new buffers (which would
 * make the garbage collector run a full collection for their sake).
 */
export class ChunkPool {
  private readonly free: Uint8Array[] = [];

  /** A chunk handed over (any view of its buffer), not read any more by anyone. */
  give(chunk: Uint8Array): void {
    this.free.push(new Uint8Array(chunk.buffer));
  }

  /**
   * A free chunk of exactly `n` bytes (its old contents are garbage), or null. Exactly: where a
   * sink cuts its chunks must not depend on which buffers happen to be free (the compressed pieces,
   * and so the file, would differ from run to run).
   */
  take(n: number): Uint8Array | null {
    for (let i = this.free.length - 1; i >= 0; i--) {
      const chunk = this.free[i]!;
      if (chunk.length !== n) continue;
      this.free.splice(i, 1);
      return chunk;
    }
    return null;
  }
}

export class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private buf: Uint8Array;
  private pos = 0;
  private done = 0;
  private chunksOut = 0;

  /**
   * @param flushTo Takes each chunk as it is full (never written to again), in order; without it
   * the sink keeps them for finish().
   * @param chunkSize Bytes per chunk (a longer piece of text gets a chunk of its own size).
   * @param pool Where new chunks are taken from when it has one (given back by whoever read them).
   */
  constructor(
    private readonly flushTo?: (chunk: Uint8Array) => void,
    private readonly chunkSize = CHUNK,
    private readonly pool?: ChunkPool,
  ) {
    this.buf = this.fresh(chunkSize);
  }

  /** Chunks handed over to `flushTo` so far. */
  get handedOver(): number {
    return this.chunksOut;
  }

  private fresh(n: number): Uint8Array {
    return this.pool?.take(n) ?? new Uint8Array(n);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.done + this.pos;
  }

  /** Room for `n` more bytes in the current chunk. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    if (this.pos > 0) {
      const full = this.buf.subarray(0, this.pos);
      if (this.flushTo) {
        this.chunksOut++;
        this.flushTo(full);
      } else this.chunks.push(full);
      this.done += this.pos;
    }
    this.buf = this.fresh(Math.max(this.chunkSize, n));
    this.pos = 0;
  }

  /** A whole number ≥ 0 in decimal (row numbers): the digits of String(n), without the string. */
  int(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) {
      this.ascii(String(n));
      return;
    }
    if (n < 10) {
      this.room(1);
      this.buf[this.pos++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    this.room(digits);
    const buf = this.buf;
    let p = this.pos + digits;
    this.pos = p;
    for (let m = n; ; ) {
      const q = Math.floor(m / 10);
      buf[--p] = 48 + (m - q * 10);
      if (q === 0) break;
      m = q;
    }
  }

  /** Text known to be ASCII (markup, numbers, cell references). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Any text, as UTF-8 (a lone surrogate becomes U+FFFD, as TextEncoder does). */
  text(s: string): void {
    const n = s.length;
    // Up to 3 bytes per UTF-16 unit (a pair is 4 bytes for 2 units).
    this.room(n * 3);
    const buf = this.buf;
    let p = this.pos;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      buf[p++] = c;
    }
    if (i < n) p += encoder.encodeInto(i === 0 ? s : s.slice(i), buf.subarray(p)).written;
    this.pos = p;
  }

  /** The first `count` bytes of `b`, copied one by one (cheaper than set for a few bytes). */
  some(b: Uint8Array, count: number): void {
    this.room(count);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < count; i++) buf[p++] = b[i]!;
    this.pos = p;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Hands what is left over to `flushTo` (the sink is not used after this). */
  end(): void {
    if (!this.flushTo) throw new Error('ByteSink.end: a sink without flushTo is finished with finish()');
    if (this.pos > 0) {
      this.chunksOut++;
      this.flushTo(this.buf.subarray(0, this.pos));
    } else this.pool?.give(this.buf);
    this.done += this.pos;
    this.buf = new Uint8Array(0);
    this.pos = 0;
  }

  /** Everything written, as one array (the sink is not used after this). */
  finish(): Uint8Array {
    if (this.flushTo) throw new Error('ByteSink.finish: a sink with flushTo is finished with end()');
    if (this.chunks.length === 0) return this.buf.subarray(0, this.pos);
    const out = concatBytes([...this.chunks, this.buf.subarray(0, this.pos)], this.length);
    this.chunks.length = 0;
    return out;
  }
}

/** Byte arrays one after the other, `total` bytes in all (a single array is returned as it is). */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Encodes a piece of text once, for copying many times. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}
