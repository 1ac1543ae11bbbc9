/**
 * Raw DEFLATE (RFC 1951) compression in plain TypeScript, deterministic on every host: the same
 * bytes in give the same bytes out in Node, Chromium and Firefox. Native compressors differ (Node
 * and Chrome ship Chromium's zlib fork, Firefox and Debian's Chromium plain zlib, and their
 * streams are not equal), so the offline page compresses the parts it writes with this one
 * implementation and every browser downloads the same file. (The command line uses Node's zlib
 * instead, about ten times faster at 100,000 rows: node-codec.ts; same parts, other bytes.) Greedy
 * LZ77 over a 32 KB window with hash chains, then one dynamic-Huffman block per 64 K symbols;
 * about zlib level 6's size on XML.
 */

const WINDOW = 32768;
const WMASK = WINDOW - 1;
const HASH_BITS = 15;
const HASH_SIZE = 1 << HASH_BITS;
const MIN_MATCH = 3;
const MAX_MATCH = 258;
/** Chain links followed per position, and a match long enough to stop looking (zlib level 6: 128, 128). */
const MAX_CHAIN = 128;
const NICE_MATCH = 128;
/** Symbols per block: each block gets Huffman codes fitted to its own data. */
const BLOCK_SYMBOLS = 1 << 16;

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** Order in which the code-length code lengths are sent. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length 3…258 → its length code's index (0…28). */
const LENGTH_CODE = new Uint8Array(259);
for (let code = 0; code < 29; code++) {
  const end = code === 28 ? 259 : LENGTH_BASE[code + 1]!;
  for (let len = LENGTH_BASE[code]!; len < end; len++) LENGTH_CODE[len] = code;
}
LENGTH_CODE[258] = 28;

function distCode(dist: number): number {
  let lo = 0;
  let hi = 29;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIST_BASE[mid]! <= dist) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

class BitWriter {
  private buf: Uint8Array;
  private pos = 0;
  private bits = 0;
  private count = 0;

  constructor(capacity: number) {
    this.buf = new Uint8Array(Math.max(64, capacity));
  }

  /** Writes `n` (≤ 24) bits of `value`, least significant first. */
  put(value: number, n: number): void {
    this.bits |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      if (this.pos === this.buf.length) this.grow();
      this.buf[this.pos++] = this.bits & 0xff;
      this.bits >>>= 8;
      this.count -= 8;
    }
  }

  finish(): Uint8Array {
    if (this.count > 0) {
      if (this.pos === this.buf.length) this.grow();
      this.buf[this.pos++] = this.bits & 0xff;
      this.bits = 0;
      this.count = 0;
    }
    return this.buf.slice(0, this.pos);
  }

  private grow(): void {
    const next = new Uint8Array(this.buf.length * 2);
    next.set(this.buf);
    this.buf = next;
  }
}

/** Code lengths (≤ maxBits) of a Huffman code for these frequencies; unused symbols get 0. */
export function codeLengths(freqs: Uint32Array, maxBits: number): Uint8Array {
  const n = freqs.length;
  let f = Array.from(freqs);
  for (;;) {
    const lengths = huffmanLengths(f, n);
    let max = 0;
    for (let i = 0; i < n; i++) if (lengths[i]! > max) max = lengths[i]!;
    if (max <= maxBits) return lengths;
    // Too deep: flatten the frequencies and build again (keeps every used symbol used).
    f = f.map((x) => (x === 0 ? 0 : (x >> 1) | 1));
  }
}

function huffmanLengths(freqs: readonly number[], n: number): Uint8Array {
  const lengths = new Uint8Array(n);
  const used: number[] = [];
  for (let i = 0; i < n; i++) if (freqs[i]! > 0) used.push(i);
  if (used.length === 0) return lengths;
  if (used.length === 1) {
    lengths[used[0]!] = 1;
    return lengths;
  }
  // Nodes: leaves 0…n-1, internal n…; a binary heap ordered by (weight, node id) for determinism.
  const weight: number[] = freqs.slice();
  const parent = new Int32Array(2 * n).fill(-1);
  const heap: number[] = [];
  const less = (a: number, b: number) => weight[a]! < weight[b]! || (weight[a] === weight[b] && a < b);
  const push = (x: number) => {
    heap.push(x);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): number => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  for (const i of used) push(i);
  let next = n;
  while (heap.length > 1) {
    const a = pop();
    const b = pop();
    weight[next] = weight[a]! + weight[b]!;
    parent[a] = next;
    parent[b] = next;
    push(next++);
  }
  for (const i of used) {
    let depth = 0;
    for (let p = parent[i]!; p !== -1; p = parent[p]!) depth++;
    lengths[i] = depth;
  }
  return lengths;
}

/** Canonical codes for these lengths, bit-reversed for LSB-first output. */
function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const count = new Uint16Array(16);
  for (const l of lengths) if (l) count[l]!++;
  const next = new Uint16Array(16);
  let code = 0;
  for (let bits = 1; bits <= 15; bits++) {
    code = (code + count[bits - 1]!) << 1;
    next[bits] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (!l) continue;
    let c = next[l]!++;
    let r = 0;
    for (let k = 0; k < l; k++) {
      r = (r << 1) | (c & 1);
      c >>= 1;
    }
    codes[i] = r;
  }
  return codes;
}

/** Raw DEFLATE of `data`: the same output on every host. */
export function deflateRaw(data: Uint8Array): Uint8Array {
  const out = new BitWriter((data.length >> 2) + 64);
  const n = data.length;
  if (n === 0) {
    // One final fixed-Huffman block holding only the end-of-block code (7 zero bits).
    out.put(0b011, 3);
    out.put(0, 7);
    return out.finish();
  }
  const head = new Int32Array(HASH_SIZE).fill(-1);
  const prev = new Int32Array(WINDOW);
  // Symbols of the current block: a literal (0…255) or a match (length << 16 | distance).
  const syms = new Uint32Array(BLOCK_SYMBOLS);
  const isMatch = new Uint8Array(BLOCK_SYMBOLS);
  let count = 0;
  const hashAt = (i: number) => ((data[i]! << 10) ^ (data[i + 1]! << 5) ^ data[i + 2]!) & (HASH_SIZE - 1);
  const insert = (i: number) => {
    if (i + MIN_MATCH > n) return;
    const h = hashAt(i);
    prev[i & WMASK] = head[h]!;
    head[h] = i;
  };

  let i = 0;
  while (i < n) {
    let bestLen = 0;
    let bestDist = 0;
    if (i + MIN_MATCH <= n) {
      const h = hashAt(i);
      let cand = head[h]!;
      const limit = Math.max(0, i - WINDOW + 1);
      const maxLen = Math.min(MAX_MATCH, n - i);
      let chain = MAX_CHAIN;
      while (cand >= limit && chain-- > 0) {
        if (data[cand + bestLen] === data[i + bestLen] && data[cand] === data[i]) {
          let len = 0;
          while (len < maxLen && data[cand + len] === data[i + len]) len++;
          if (len > bestLen) {
            bestLen = len;
            bestDist = i - cand;
            if (len >= NICE_MATCH || len === maxLen) break;
          }
        }
        const p = prev[cand & WMASK]!;
        if (p >= cand) break;
        cand = p;
      }
      prev[i & WMASK] = head[h]!;
      head[h] = i;
    }
    if (bestLen >= MIN_MATCH) {
      syms[count] = (bestLen << 16) | bestDist;
      isMatch[count++] = 1;
      for (let k = 1; k < bestLen; k++) insert(i + k);
      i += bestLen;
    } else {
      syms[count] = data[i]!;
      isMatch[count++] = 0;
      i++;
    }
    if (count === BLOCK_SYMBOLS) {
      writeBlock(out, syms, isMatch, count, i === n);
      count = 0;
    }
  }
  // A block that filled up exactly at the end was already written as the final one.
  if (count > 0) writeBlock(out, syms, isMatch, count, true);
  return out.finish();
}

function writeBlock(out: BitWriter, syms: Uint32Array, isMatch: Uint8Array, count: number, final: boolean): void {
  const litFreq = new Uint32Array(286);
  const distFreq = new Uint32Array(30);
  for (let k = 0; k < count; k++) {
    const s = syms[k]!;
    if (isMatch[k]) {
      litFreq[257 + LENGTH_CODE[s >>> 16]!]!++;
      distFreq[distCode(s & 0xffff)]!++;
    } else litFreq[s]!++;
  }
  litFreq[256] = 1;
  // Two distance codes at least, so every decoder accepts the tree.
  if (distFreq[0] === 0) distFreq[0] = 1;
  if (distFreq[1] === 0) distFreq[1] = 1;
  const litLen = codeLengths(litFreq, 15);
  const distLen = codeLengths(distFreq, 15);
  const litCodes = canonicalCodes(litLen);
  const distCodes = canonicalCodes(distLen);
  let hlit = 286;
  while (hlit > 257 && litLen[hlit - 1] === 0) hlit--;
  let hdist = 30;
  while (hdist > 1 && distLen[hdist - 1] === 0) hdist--;

  // The two code-length lists as one run-length-coded sequence.
  const all = [...litLen.subarray(0, hlit), ...distLen.subarray(0, hdist)];
  const rle: number[] = [];
  const rleExtra: number[] = [];
  for (let k = 0; k < all.length; ) {
    const v = all[k]!;
    let run = 1;
    while (k + run < all.length && all[k + run] === v) run++;
    if (v === 0 && run >= 3) {
      const r = Math.min(run, 138);
      if (r >= 11) {
        rle.push(18);
        rleExtra.push(r - 11);
      } else {
        rle.push(17);
        rleExtra.push(r - 3);
      }
      k += r;
    } else if (v !== 0 && run >= 4) {
      rle.push(v);
      rleExtra.push(0);
      const r = Math.min(run - 1, 6);
      rle.push(16);
      rleExtra.push(r - 3);
      k += 1 + r;
    } else {
      rle.push(v);
      rleExtra.push(0);
      k++;
    }
  }
  const clFreq = new Uint32Array(19);
  for (const s of rle) clFreq[s]!++;
  // zlib refuses an incomplete code-length code, even a single one-bit code: use two at least.
  if (clFreq.filter((f) => f > 0).length < 2) clFreq[clFreq[0] === 0 ? 0 : 1]! += 1;
  const clLen = codeLengths(clFreq, 7);
  const clCodes = canonicalCodes(clLen);
  let hclen = 19;
  while (hclen > 4 && clLen[CL_ORDER[hclen - 1]!] === 0) hclen--;

  out.put(final ? 1 : 0, 1);
  out.put(2, 2);
  out.put(hlit - 257, 5);
  out.put(hdist - 1, 5);
  out.put(hclen - 4, 4);
  for (let k = 0; k < hclen; k++) out.put(clLen[CL_ORDER[k]!]!, 3);
  for (let k = 0; k < rle.length; k++) {
    const s = rle[k]!;
    out.put(clCodes[s]!, clLen[s]!);
    if (s === 16) out.put(rleExtra[k]!, 2);
    else if (s === 17) out.put(rleExtra[k]!, 3);
    else if (s === 18) out.put(rleExtra[k]!, 7);
  }
  for (let k = 0; k < count; k++) {
    const s = syms[k]!;
    if (isMatch[k]) {
      const len = s >>> 16;
      const dist = s & 0xffff;
      const lc = LENGTH_CODE[len]!;
      out.put(litCodes[257 + lc]!, litLen[257 + lc]!);
      if (LENGTH_EXTRA[lc]) out.put(len - LENGTH_BASE[lc]!, LENGTH_EXTRA[lc]!);
      const dc = distCode(dist);
      out.put(distCodes[dc]!, distLen[dc]!);
      if (DIST_EXTRA[dc]) out.put(dist - DIST_BASE[dc]!, DIST_EXTRA[dc]!);
    } else out.put(litCodes[s]!, litLen[s]!);
  }
  out.put(litCodes[256]!, litLen[256]!);
}
