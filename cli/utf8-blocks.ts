/**
 * Text written as UTF-8 through blocks of bytes: each piece encoded straight into the current
 * block (TextEncoder.encodeInto), a full block handed to `write`, a piece that could not fit even
 * an empty block encoded and handed over on its own. The result file's JSON comes as many small
 * pieces; joining them into longer strings first would copy every character once more.
 */
export class Utf8Blocks {
  private static readonly encoder = new TextEncoder();
  private readonly block: Uint8Array;
  private at = 0;

  /** `write` gets each block (reused after the call returns) and each long piece. */
  constructor(
    private readonly write: (bytes: Uint8Array) => void,
    blockBytes = 1 << 20,
  ) {
    this.block = new Uint8Array(Math.max(4, blockBytes));
  }

  /** A piece of text; pieces never split a surrogate pair (JSON text escapes lone surrogates). */
  put(s: string): void {
    // A UTF-16 unit takes at most three bytes: a piece checked this way is never cut short.
    if (s.length * 3 > this.block.length - this.at) {
      this.flush();
      if (s.length * 3 > this.block.length) {
        this.write(Utf8Blocks.encoder.encode(s));
        return;
      }
    }
    this.at += Utf8Blocks.encoder.encodeInto(s, this.block.subarray(this.at)).written;
  }

  /** Hands over what the current block holds. */
  flush(): void {
    if (this.at > 0) this.write(this.block.subarray(0, this.at));
    this.at = 0;
  }
}
