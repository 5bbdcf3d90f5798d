// A UTF-8 byte writer for the worksheet XML: markup and numbers go straight into fixed-size
// buffers, so writing a million cells makes no strings (and no garbage) per cell.

const ENC = new TextEncoder();

/** ASCII markup as bytes, encoded once. */
export function ascii(s: string): Uint8Array {
  return ENC.encode(s);
}

export class ByteWriter {
  private readonly done: Uint8Array<ArrayBuffer>[] = [];
  private buf: Uint8Array<ArrayBuffer>;
  private at = 0;

  constructor(
    private readonly chunkSize = 1 << 20,
    /** Called with each filled chunk (it then belongs to the callee); default: kept for take(). */
    private readonly onChunk?: (chunk: Uint8Array<ArrayBuffer>) => void,
  ) {
    this.buf = new Uint8Array(chunkSize);
  }

  /** Makes room for n more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    this.flush();
    if (n > this.buf.length) this.buf = new Uint8Array(n);
  }

  /** Hands over the bytes written so far as one chunk. */
  flush(): void {
    if (this.at === 0) return;
    const chunk = this.buf.subarray(0, this.at);
    if (this.onChunk) this.onChunk(chunk);
    else this.done.push(chunk);
    this.buf = new Uint8Array(this.chunkSize);
    this.at = 0;
  }

  /** The chunks written (after a final flush) when no onChunk was given. */
  take(): Uint8Array<ArrayBuffer>[] {
    this.flush();
    return this.done.splice(0);
  }

  bytes(b: Uint8Array): void {
    const n = b.length;
    this.room(n);
    const buf = this.buf;
    let at = this.at;
    if (n < 32) for (let k = 0; k < n; k++) buf[at++] = b[k] as number;
    else {
      buf.set(b, at);
      at += n;
    }
    this.at = at;
  }

  /** Any text (UTF-8). */
  text(s: string): void {
    // Worst case 3 bytes per UTF-16 unit.
    this.room(s.length * 3);
    this.at += ENC.encodeInto(s, this.buf.subarray(this.at)).written;
  }

  /** A non-negative integer below 2^53, in decimal. */
  private digits(n: number): void {
    const buf = this.buf;
    if (n < 10) {
      buf[this.at++] = 48 + n;
      return;
    }
    let len = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) len++;
    let at = this.at + len;
    this.at = at;
    for (let m = n; ; ) {
      const q = Math.floor(m / 10);
      buf[--at] = 48 + (m - q * 10);
      if (q === 0) break;
      m = q;
    }
  }

  /** A number exactly as String(n) writes it. */
  number(n: number): void {
    if (Number.isSafeInteger(n)) {
      this.room(17);
      if (n < 0) {
        this.buf[this.at++] = 45;
        this.digits(-n);
      } else this.digits(n);
      return;
    }
    this.text(String(n));
  }

  /** Integer centavos as reais, exactly as String(cents / 100) writes it (12345 -> 123.45, 10 -> 0.1). */
  cents(cents: number): void {
    if (!Number.isSafeInteger(cents) || Math.abs(cents) >= 1e15) {
      this.text(String(cents / 100));
      return;
    }
    this.room(20);
    let abs = cents;
    if (cents < 0) {
      this.buf[this.at++] = 45;
      abs = -cents;
    }
    const whole = Math.floor(abs / 100);
    const frac = abs - whole * 100;
    this.digits(whole);
    if (frac === 0) return;
    const buf = this.buf;
    buf[this.at++] = 46;
    const tens = Math.floor(frac / 10);
    const units = frac - tens * 10;
    buf[this.at++] = 48 + tens;
    if (units !== 0) buf[this.at++] = 48 + units;
  }
}
