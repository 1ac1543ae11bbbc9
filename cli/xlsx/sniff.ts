/**
 * What a file is, from its first bytes, before it is read as an .xlsx: an OLE2 compound file is
 * Excel 97–2003 (.xls) unless it holds the streams of an encrypted package (a password-protected
 * .xlsx: «EncryptionInfo» / «EncryptedPackage»); a ZIP whose `mimetype` names an OpenDocument
 * spreadsheet is an .ods; text is a CSV or another export. Each gets its own fault.
 */
import { XlsxFault } from './fault';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return b.length >= sig.length && sig.every((v, i) => b[i] === v);
}

/** «EncryptionInfo» as the UTF-16LE of an OLE2 directory entry. */
const ENCRYPTION_INFO = utf16le('EncryptionInfo');

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(b: Uint8Array, needle: Uint8Array): boolean {
  let i = 0;
  for (;;) {
    i = b.indexOf(needle[0]!, i);
    if (i < 0 || i + needle.length > b.length) return false;
    let same = true;
    for (let k = 1; k < needle.length; k++) {
      if (b[i + k] !== needle[k]) {
        same = false;
        break;
      }
    }
    if (same) return true;
    i++;
  }
}

/** Throws the fault of a file that is not a ZIP; returns for a ZIP. */
export function sniffContainer(b: Uint8Array): void {
  if (startsWith(b, OLE2)) throw new XlsxFault(contains(b, ENCRYPTION_INFO) ? 'password' : 'xls');
  if (startsWith(b, ZIP)) return;
  if (looksLikeText(b)) throw new XlsxFault('csv');
  throw new XlsxFault('not-zip');
}

/** Text: UTF-8 (or a single-byte code page) without control characters other than tabs and line ends. */
function looksLikeText(b: Uint8Array): boolean {
  if (b.length === 0) return false;
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** An OpenDocument package: its first entry is an uncompressed `mimetype`. */
export function isOpenDocument(b: Uint8Array): boolean {
  // Local header (30 bytes), the name "mimetype", then the stored content.
  if (b.length < 38 + ODS_MIME.length) return false;
  const nameLength = b[26]! | (b[27]! << 8);
  const extraLength = b[28]! | (b[29]! << 8);
  const name = String.fromCharCode(...b.subarray(30, 30 + nameLength));
  if (name !== 'mimetype') return false;
  const start = 30 + nameLength + extraLength;
  const content = String.fromCharCode(...b.subarray(start, start + 64));
  return content.startsWith('application/vnd.oasis.opendocument');
}
