/**
 * A workaround for a bug under ExcelJS 4.4: JSZip 3.10 encodes each text part of an .xlsx
 * (sharedStrings.xml, every sheet's XML) to UTF-8 in blocks of 16,384 UTF-16 code units, each
 * block on its own, so a character outside the Basic Multilingual Plane (an emoji, a rare CJK
 * ideograph) whose two halves fall on either side of a block boundary is written as two U+FFFD:
 * the user's text silently changed in the result file. ExcelJS hands every XML part to JSZip as
 * one string through ZipWriter.append; handing JSZip the UTF-8 bytes instead (encoded by Node in
 * one piece) avoids the split. Reading is not affected (JSZip and saxes carry partial characters
 * over between blocks). Idempotent; changes nothing but this process's ExcelJS.
 */
import ZipStream from 'exceljs/lib/utils/zip-stream';

type Append = (this: unknown, data: unknown, options: { name: string; base64?: boolean }) => unknown;
const PATCHED = Symbol.for('pedmonitor.zip-text-whole');

export function encodeXlsxTextWhole(): void {
  const proto = ZipStream.ZipWriter.prototype as unknown as { append: Append; [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const append = proto.append;
  proto.append = function (this: unknown, data, options) {
    const whole = typeof data === 'string' && !options?.base64 ? Buffer.from(data, 'utf8') : data;
    return append.call(this, whole, options);
  };
  proto[PATCHED] = true;
}
