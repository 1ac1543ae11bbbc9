/**
 * Every part of an .xlsx package unpacked, in archive order: how two writers (the command line and
 * the offline page, each with its own deflate) are compared — the same names, order and bytes
 * mean the same workbook, whatever the compressed streams look like.
 */
import type { ZipCodec } from './codec';
import { ZipArchive } from './zip-read';

export async function partsOf(bytes: Uint8Array, codec: ZipCodec): Promise<{ name: string; data: Uint8Array }[]> {
  const zip = new ZipArchive(bytes, codec);
  const out: { name: string; data: Uint8Array }[] = [];
  for (const e of zip.entries) out.push({ name: e.name, data: await zip.read(e, 1024 * 1024 * 1024) });
  return out;
}
