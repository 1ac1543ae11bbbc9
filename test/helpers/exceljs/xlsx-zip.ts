/**
 * A minimal ZIP writer for the parts of an .xlsx: each part is UTF-8 encoded in one piece and
 * deflated by Node's native zlib as soon as it is added, so only the compressed bytes are kept;
 * then the archive is laid out as local headers + data, a central directory and its end record.
 * No ZIP64: a workbook over 4 GB or 65,535 parts is refused with a message.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const VERSION = 20; // 2.0: deflate; "made by" MS-DOS
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

/** Shown after «Не удалось записать файл …:» when the archive would need ZIP64. */
export const ZIP_TOO_BIG = 'книга слишком велика для файла .xlsx (больше 4 ГБ или 65 535 частей)';

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
}

export class XlsxZip {
  private readonly entries: Entry[] = [];

  /** Adds a part: text is encoded to UTF-8 whole (never in blocks), then compressed at once. */
  add(name: string, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (bytes.length > MAX_32) throw new Error(ZIP_TOO_BIG);
    this.entries.push({ name: Buffer.from(name, 'utf8'), crc: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes) });
  }

  /** The whole archive, parts in the order they were added. */
  finish(date: Date = new Date()): Buffer {
    if (this.entries.length > MAX_16) throw new Error(ZIP_TOO_BIG);
    const time = dosTime(date);
    const day = dosDate(date);
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const entry of this.entries) {
      const local = header(30, LOCAL_HEADER, entry, time, day);
      const central = header(46, CENTRAL_HEADER, entry, time, day);
      central.writeUInt32LE(offset, 42);
      locals.push(local, entry.name, entry.data);
      centrals.push(central, entry.name);
      offset += local.length + entry.name.length + entry.data.length;
      if (offset > MAX_32) throw new Error(ZIP_TOO_BIG);
    }
    const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
    if (offset + centralSize > MAX_32) throw new Error(ZIP_TOO_BIG);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, ...centrals, end]);
  }
}

/**
 * A local (30 bytes) or central (46 bytes) file header: the same fields, the central one shifted
 * by its "version made by"; extra fields, comments, disk numbers and attributes are all 0.
 */
function header(length: 30 | 46, signature: number, entry: Entry, time: number, day: number): Buffer {
  const b = Buffer.alloc(length);
  b.writeUInt32LE(signature, 0);
  let at = 4;
  if (length === 46) {
    b.writeUInt16LE(VERSION, at);
    at += 2;
  }
  b.writeUInt16LE(VERSION, at);
  b.writeUInt16LE(UTF8_NAMES, at + 2);
  b.writeUInt16LE(DEFLATE, at + 4);
  b.writeUInt16LE(time, at + 6);
  b.writeUInt16LE(day, at + 8);
  b.writeUInt32LE(entry.crc >>> 0, at + 10);
  b.writeUInt32LE(entry.data.length, at + 14);
  b.writeUInt32LE(entry.size, at + 18);
  b.writeUInt16LE(entry.name.length, at + 22);
  return b;
}

/** MS-DOS time of day (2-second resolution), local time as ZIP tools expect. */
function dosTime(d: Date): number {
  return (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
}

/** MS-DOS date, years from 1980. */
function dosDate(d: Date): number {
  return ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
}
