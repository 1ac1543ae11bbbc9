/**
 * Reading a ZIP archive's table of contents and one entry at a time (APPNOTE 6.3): the central
 * directory gives each entry's name, method, sizes and where its local record starts; an entry's
 * data is unpacked only when asked for, through the injected codec, with its declared size as the
 * bound (a part that unpacks past it is damaged, one that declares more than the limit is refused
 * before anything is unpacked). ZIP64 records are understood. The raw local records are kept
 * addressable so the writer can copy them byte for byte.
 */
import type { ZipCodec } from './codec';
import { XlsxFault } from './fault';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const DESCRIPTOR = 0x08074b50;

export interface ZipEntry {
  /** The name as stored (no leading slash). */
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the local header. */
  readonly localOffset: number;
  /** Offset of the compressed data. */
  readonly dataOffset: number;
  /** Offset just past the local record (data and data descriptor). */
  readonly recordEnd: number;
  /** The central directory record, as stored. */
  readonly central: Uint8Array;
  /** Whether the central record uses ZIP64 fields. */
  readonly zip64: boolean;
}

export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  readonly bytes: Uint8Array;

  constructor(
    bytes: Uint8Array,
    private readonly codec: ZipCodec,
  ) {
    // A plain view: a Node Buffer's slice() and indexOf() behave differently.
    this.bytes = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.entries = readCentralDirectory(this.bytes);
    // Part names are case-insensitive (OPC); the first of two equal names wins.
    for (const e of this.entries) {
      const key = e.name.toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, e);
    }
  }

  /** The entry of a part name ('xl/workbook.xml' or '/xl/workbook.xml'), case-insensitive. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\/+/, '').toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The raw bytes of an entry's local record (header, name, extra, data, descriptor). */
  record(e: ZipEntry): Uint8Array {
    return this.bytes.subarray(e.localOffset, e.recordEnd);
  }

  /** The unpacked bytes of a part; `maxBytes` bounds what a part may declare. */
  async read(e: ZipEntry, maxBytes: number): Promise<Uint8Array> {
    if (e.flags & 1) throw new XlsxFault('bad-part', e.name, 'encrypted entry');
    if (e.size > maxBytes) throw new XlsxFault('too-big', e.name, String(e.size));
    const raw = this.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new XlsxFault('bad-part', e.name, 'stored size');
      return raw;
    }
    if (e.method !== 8) throw new XlsxFault('bad-part', e.name, `method ${e.method}`);
    if (e.size === 0) return new Uint8Array(0);
    let out: Uint8Array;
    try {
      out = await this.codec.inflateRaw(raw, e.size);
    } catch (cause) {
      throw new XlsxFault('bad-part', e.name, cause instanceof Error ? cause.message : String(cause));
    }
    if (out.length !== e.size) throw new XlsxFault('bad-part', e.name, `size ${out.length} ≠ ${e.size}`);
    return out;
  }

}

function u16(b: Uint8Array, i: number): number {
  return b[i]! | (b[i + 1]! << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

function u64(b: Uint8Array, i: number): number {
  const value = u32(b, i) + u32(b, i + 4) * 0x1_0000_0000;
  if (!Number.isSafeInteger(value)) throw new XlsxFault('truncated', null, 'zip64 size');
  return value;
}

function need(b: Uint8Array, end: number): void {
  if (end > b.length) throw new XlsxFault('truncated');
}

const UTF8 = new TextDecoder('utf-8');
const LATIN1 = new TextDecoder('latin1');

function readCentralDirectory(b: Uint8Array): ZipEntry[] {
  // The end record is in the last 22 + 65,535 bytes (its comment can be that long).
  let end = -1;
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new XlsxFault('truncated', null, 'no end of central directory');
  let count = u16(b, end + 10);
  let cdSize = u32(b, end + 12);
  let cdOffset = u32(b, end + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && u32(b, locator) === END64_LOCATOR) {
      const at = u64(b, locator + 8);
      need(b, at + 56);
      if (u32(b, at) !== END64) throw new XlsxFault('truncated', null, 'zip64 end');
      count = u64(b, at + 32);
      cdSize = u64(b, at + 40);
      cdOffset = u64(b, at + 48);
    }
  }
  need(b, cdOffset + cdSize);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    need(b, p + 46);
    if (u32(b, p) !== CENTRAL) throw new XlsxFault('truncated', null, 'central record');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const crc = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLength = u16(b, p + 28);
    const extraLength = u16(b, p + 30);
    const commentLength = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    const recordLength = 46 + nameLength + extraLength + commentLength;
    need(b, p + recordLength);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLength);
    const name = (flags & 0x800 ? UTF8 : isAscii(nameBytes) ? LATIN1 : UTF8).decode(nameBytes).replace(/\\/g, '/').replace(/^\/+/, '');
    let zip64 = false;
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      zip64 = true;
      // The ZIP64 extra field (id 1) holds the fields that overflowed, in this order.
      let q = p + 46 + nameLength;
      const extraEnd = q + extraLength;
      while (q + 4 <= extraEnd) {
        const id = u16(b, q);
        const len = u16(b, q + 2);
        if (id === 1) {
          let r = q + 4;
          if (size === 0xffffffff) (size = u64(b, r)), (r += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(b, r)), (r += 8);
          if (localOffset === 0xffffffff) localOffset = u64(b, r);
          break;
        }
        q += 4 + len;
      }
    }
    need(b, localOffset + 30);
    if (u32(b, localOffset) !== LOCAL) throw new XlsxFault('truncated', name, 'local header');
    const dataOffset = localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
    let recordEnd = dataOffset + compressedSize;
    need(b, recordEnd);
    if (flags & 8) {
      // A data descriptor follows the data: an optional signature, CRC and both sizes.
      const signed = recordEnd + 4 <= b.length && u32(b, recordEnd) === DESCRIPTOR;
      recordEnd += (signed ? 4 : 0) + (zip64 ? 20 : 12);
      recordEnd = Math.min(recordEnd, b.length);
    }
    entries.push({ name, flags, method, crc, compressedSize, size, localOffset, dataOffset, recordEnd, central: b.subarray(p, p + recordLength), zip64 });
    p += recordLength;
  }
  return entries;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}
