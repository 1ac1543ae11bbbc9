/**
 * UTF-8 written straight into byte chunks, for the parts the writer makes large (an output sheet
 * of 70,000 rows is 45 MB of XML). Building such a part as one string (a million small pieces,
 * joined, then encoded) costs a two-byte copy of the whole text per step and hundreds of MB of
 * garbage; here markup goes in as ASCII, byte by byte, text through TextEncoder.encodeInto, and
 * bytes already encoded (a repeated cell's XML) are copied. The result is the same bytes
 * TextEncoder would give for the concatenated text. Pure; no Node API.
 */

const encoder = new TextEncoder();
const CHUNK = 1 << 20;

export class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private buf = new Uint8Array(CHUNK);
  private pos = 0;
  private done = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.done + this.pos;
  }

  /** Room for `n` more bytes in the current chunk. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    if (this.pos > 0) {
      this.chunks.push(this.buf.subarray(0, this.pos));
      this.done += this.pos;
    }
    this.buf = new Uint8Array(Math.max(CHUNK, n));
    this.pos = 0;
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

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Everything written, as one array (the sink is not used after this). */
  finish(): Uint8Array {
    if (this.chunks.length === 0) return this.buf.subarray(0, this.pos);
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    out.set(this.buf.subarray(0, this.pos), at);
    this.chunks.length = 0;
    return out;
  }
}

/** Encodes a piece of text once, for copying many times. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}
