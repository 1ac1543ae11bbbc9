/**
 * ExcelJS 4.4's in-memory writer (workbook.xlsx.write / writeBuffer) packs the .xlsx with JSZip,
 * which has two problems here:
 *
 * - it encodes each text part (sharedStrings.xml, every sheet's XML) to UTF-8 in blocks of 16,384
 *   UTF-16 code units, each block on its own, so a character outside the Basic Multilingual Plane
 *   (an emoji, a rare CJK ideograph) whose two halves fall on either side of a block boundary is
 *   written as two U+FFFD: the user's text silently changed in the result file;
 * - it deflates in JavaScript (pako), several times slower than Node's zlib, and only after every
 *   part has been rendered, keeping all the XML text of the workbook in memory at once.
 *
 * This replaces ExcelJS's ZipWriter.append/finalize with XlsxZip (xlsx-zip.ts): each part is
 * encoded whole by Node and deflated by native zlib as soon as ExcelJS hands it over. The parts'
 * bytes are the ones ExcelJS renders; only the container changes (its zip options are ignored:
 * always deflate). Reading is not affected. Changes nothing but this process's ExcelJS.
 */
import ZipStream from 'exceljs/lib/utils/zip-stream.js';
import { patchMethods, type Restore } from './exceljs-patch';
import { XlsxZip } from './xlsx-zip';

type Writer = InstanceType<typeof ZipStream.ZipWriter>;
const MARKER = Symbol.for('pedmonitor.zip-text-whole');
const zips = new WeakMap<Writer, XlsxZip>();

function zipOf(writer: Writer): XlsxZip {
  let zip = zips.get(writer);
  if (!zip) {
    zip = new XlsxZip();
    zips.set(writer, zip);
  }
  return zip;
}

/** Packs ExcelJS's .xlsx with XlsxZip until the returned function is called. */
export function patchZipWriter(): Restore {
  return patchMethods(ZipStream.ZipWriter.prototype, MARKER, {
    append: () =>
      function (this: Writer, data: unknown, options: { name: string; base64?: boolean }) {
        const content = options.base64 ? Buffer.from(String(data), 'base64') : (data as string | Uint8Array);
        zipOf(this).add(options.name, content);
      },
    finalize: () =>
      async function (this: Writer) {
        const content = zipOf(this).finish();
        zips.delete(this);
        this.stream.end(content);
        this.emit('finish');
      },
  });
}

/** The same, for the rest of the process (fixtures of tests written with ExcelJS). */
export function encodeXlsxTextWhole(): void {
  patchZipWriter();
}
