/**
 * Laying out the output .xlsx as a ZIP: an entry is either a record copied from the input archive
 * byte for byte (local header, name, extra field, compressed data and data descriptor exactly as
 * they were; only its offset in the central directory changes) or a new part, deflated through the
 * codec and given fixed header fields (a fixed timestamp, no extra fields), so the same parts give
 * the same archive on every machine. No ZIP64 in what we add: an output past 4 GB or 65,535
 * entries is refused.
 */
import { crc32, FINAL_EMPTY_BLOCK, type ZipCodec } from './codec';
import { XlsxFault } from './fault';
import type { ZipArchive, ZipEntry } from './zip-read';
import { concatBytes, type ChunkPool } from './byte-sink';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const MAX_32 = 0xffffffff;

/**
 * A new part already handed to the codec: its size and checksum taken, its compression under way
 * (promises from a codec that compresses off the main thread, so the writer serialises the next
 * sheet meanwhile) or done. The uncompressed bytes are not kept.
 */
export interface PackedPart {
  readonly size: number;
  readonly crc: number;
  /** The compressed data in pieces, written one after another. */
  readonly packed: readonly (Promise<Uint8Array> | Uint8Array)[];
}

export type OutEntry = { readonly copy: ZipEntry } | { readonly name: string; readonly data: Uint8Array } | { readonly name: string; readonly part: PackedPart };

/** A failure surfaces when writeZip awaits it, not as an unhandled rejection before that. */
function quiet(packed: Promise<Uint8Array> | Uint8Array): Promise<Uint8Array> | Uint8Array {
  if (packed instanceof Promise) packed.catch(() => undefined);
  return packed;
}

/** Starts compressing `data` (or compresses it, with a synchronous codec). */
export function packPart(data: Uint8Array, codec: ZipCodec): PackedPart {
  return { size: data.length, crc: codec.crc32 ? codec.crc32(data) : crc32(data), packed: [quiet(codec.deflateRaw(data))] };
}

/**
 * A new part packed as it is written, chunk by chunk (ByteSink's flushTo): with a codec that
 * compresses pieces (ZipCodec.deflateRawPiece) each chunk is compressed as soon as it is full, so
 * a large sheet is mostly compressed by the time its last row is written, and its whole text is
 * never held at once; with another codec the chunks are joined and compressed as one (packPart).
 */
export class PartPacker {
  private size = 0;
  private crc = 0;
  private readonly packed: (Promise<Uint8Array> | Uint8Array)[] = [];
  private readonly held: Uint8Array[] = [];

  /** @param pool Given each chunk back once it is compressed (only with a codec that compresses pieces). */
  constructor(
    private readonly codec: ZipCodec,
    private readonly pool?: ChunkPool,
  ) {}

  /** The next chunk of the part (not changed after, until it is given back to the pool). */
  add(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.size += chunk.length;
    if (!this.codec.deflateRawPiece) {
      this.held.push(chunk);
      return;
    }
    this.crc = this.codec.crc32 ? this.codec.crc32(chunk, this.crc) : crc32(chunk, this.crc);
    const packed = this.codec.deflateRawPiece(chunk);
    const pool = this.pool;
    if (pool) {
      if (packed instanceof Promise) packed.then(() => pool.give(chunk), () => undefined);
      else pool.give(chunk);
    }
    this.packed.push(quiet(packed));
  }

  finish(): PackedPart {
    if (!this.codec.deflateRawPiece) return packPart(concatBytes(this.held, this.size), this.codec);
    return { size: this.size, crc: this.crc, packed: [...this.packed, FINAL_EMPTY_BLOCK] };
  }
}

interface Laid {
  readonly local: Uint8Array[];
  readonly central: Uint8Array;
  readonly localLength: number;
}

const encoder = new TextEncoder();

function w16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

function w32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
}

/** MS-DOS time and date fields of a moment (UTC, so every machine writes the same). */
export function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

export async function writeZip(source: ZipArchive | null, entries: readonly OutEntry[], codec: ZipCodec, modified: Date): Promise<Uint8Array> {
  if (entries.length > 0xffff) throw new XlsxFault('zip64');
  const { time, date } = dosDateTime(modified);
  const laid: Laid[] = [];
  let offset = 0;
  for (const entry of entries) {
    if ('copy' in entry) {
      if (!source) throw new Error('no source archive');
      const record = source.record(entry.copy);
      // A copy (Buffer.slice would be a view into the input, and the input is never written).
      const central = new Uint8Array(entry.copy.central);
      setCentralOffset(central, offset, entry.copy);
      laid.push({ local: [record], central, localLength: record.length });
      offset += record.length;
    } else {
      const name = encoder.encode(entry.name);
      const part = 'part' in entry ? entry.part : packPart(entry.data, codec);
      const crc = part.crc;
      const size = part.size;
      const pieces = await Promise.all(part.packed);
      const packedLength = pieces.reduce((n, p) => n + p.length, 0);
      if (size > MAX_32 || packedLength > MAX_32) throw new XlsxFault('zip64');
      const utf8 = name.some((c) => c > 0x7f) ? 0x0800 : 0;
      const header = new Uint8Array(30);
      w32(header, 0, LOCAL);
      w16(header, 4, 20);
      w16(header, 6, utf8);
      w16(header, 8, 8);
      w16(header, 10, time);
      w16(header, 12, date);
      w32(header, 14, crc);
      w32(header, 18, packedLength);
      w32(header, 22, size);
      w16(header, 26, name.length);
      w16(header, 28, 0);
      const central = new Uint8Array(46 + name.length);
      w32(central, 0, CENTRAL);
      w16(central, 4, 20);
      w16(central, 6, 20);
      w16(central, 8, utf8);
      w16(central, 10, 8);
      w16(central, 12, time);
      w16(central, 14, date);
      w32(central, 16, crc);
      w32(central, 20, packedLength);
      w32(central, 24, size);
      w16(central, 28, name.length);
      w32(central, 42, offset);
      central.set(name, 46);
      const length = 30 + name.length + packedLength;
      laid.push({ local: [header, name, ...pieces], central, localLength: length });
      offset += length;
    }
    if (offset > MAX_32) throw new XlsxFault('zip64');
  }
  const centralSize = laid.reduce((n, l) => n + l.central.length, 0);
  if (offset + centralSize > MAX_32) throw new XlsxFault('zip64');
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const l of laid) {
    for (const piece of l.local) {
      out.set(piece, at);
      at += piece.length;
    }
  }
  for (const l of laid) {
    out.set(l.central, at);
    at += l.central.length;
  }
  w32(out, at, END);
  w16(out, at + 8, laid.length);
  w16(out, at + 10, laid.length);
  w32(out, at + 12, centralSize);
  w32(out, at + 16, offset);
  return out;
}

/** Points a copied central record at the record's new place (in its ZIP64 field when it has one). */
function setCentralOffset(central: Uint8Array, offset: number, e: ZipEntry): void {
  const field = central[42]! | (central[43]! << 8) | (central[44]! << 16) | (central[45]! * 0x1000000);
  if (field !== MAX_32) {
    w32(central, 42, offset);
    return;
  }
  // The offset sits in the ZIP64 extra field, after the sizes that overflowed.
  const nameLength = central[28]! | (central[29]! << 8);
  const extraLength = central[30]! | (central[31]! << 8);
  let q = 46 + nameLength;
  const end = q + extraLength;
  while (q + 4 <= end) {
    const id = central[q]! | (central[q + 1]! << 8);
    const len = central[q + 2]! | (central[q + 3]! << 8);
    if (id === 1) {
      let r = q + 4;
      const u32at = (i: number) => central[i]! | (central[i + 1]! << 8) | (central[i + 2]! << 16) | (central[i + 3]! * 0x1000000);
      if (u32at(24) === MAX_32) r += 8;
      if (u32at(20) === MAX_32) r += 8;
      w32(central, r, offset);
      w32(central, r + 4, 0);
      return;
    }
    q += 4 + len;
  }
  void e;
  throw new XlsxFault('zip64');
}
