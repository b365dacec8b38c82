/**
 * Rice codes in a bit stream, for the search page's compact files (the facet
 * files, ./facets.ts, and the date order file, ./date-order.ts), each a line
 * of JSON and then the bits: sets of rows stored as the gaps between them, each gap
 * a quotient in unary and a remainder in k bits. For the near-geometric gaps
 * of a random set, a suitable k brings them within a few per cent of the
 * fewest bits any code can use.
 */

/**
 * The Rice parameter for a value held by `count` of `rows` rows: the gaps
 * between its rows are near geometric with mean rows / count, and a
 * parameter of log2(mean · ln 2) suits those. Both ends compute it, so the
 * file does not store it.
 */
export function riceParameter(rows: number, count: number): number {
  return count === 0 ? 0 : Math.max(0, Math.round(Math.log2((rows / count) * Math.LN2)));
}

/** Bits, most significant first in each byte; the last byte padded with zeros. */
export class BitWriter {
  readonly #bytes: number[] = [];
  #used = 8;

  #bit(bit: number): void {
    if (this.#used === 8) {
      this.#bytes.push(0);
      this.#used = 0;
    }
    if (bit) this.#bytes[this.#bytes.length - 1]! |= 0x80 >>> this.#used;
    this.#used++;
  }

  /** `n` as ones and a closing zero. */
  unary(n: number): void {
    for (let i = 0; i < n; i++) this.#bit(1);
    this.#bit(0);
  }

  /** The low `width` bits of `n`. */
  write(n: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.#bit(Math.floor(n / 2 ** i) % 2);
  }

  /** Ascending `rows` as Rice codes of their gaps (the first from -1), with parameter `k`. */
  riceGaps(rows: readonly number[], k: number): void {
    rows.forEach((row, i) => {
      const gap = row - (rows[i - 1] ?? -1) - 1;
      this.unary(Math.floor(gap / 2 ** k));
      this.write(gap % 2 ** k, k);
    });
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }
}

export class BitReader {
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  #bit(): number {
    const byte = this.#bytes[this.#at >>> 3];
    if (byte === undefined) throw new RangeError('The file ends early');
    return (byte >>> (7 - (this.#at++ & 7))) & 1;
  }

  unary(): number {
    let n = 0;
    while (this.#bit()) n++;
    return n;
  }

  read(width: number): number {
    let n = 0;
    for (let i = 0; i < width; i++) n = n * 2 + this.#bit();
    return n;
  }

  /** `count` ascending rows written by BitWriter.riceGaps with parameter `k`. */
  riceGaps(count: number, k: number): number[] {
    const rows: number[] = [];
    for (let i = 0, row = -1; i < count; i++) rows.push((row += this.unary() * 2 ** k + this.read(k) + 1));
    return rows;
  }
}

const NEWLINE = 0x0a;

/** A file of the header as a line of JSON, then the bits. */
export function withJsonLine(header: unknown, bits: BitWriter): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const body = bits.bytes();
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
}

/** The header and the bits of a file written by withJsonLine. */
export function readJsonLine<T>(bytes: Uint8Array): { header: T; bits: BitReader } {
  const end = bytes.indexOf(NEWLINE);
  return { header: JSON.parse(new TextDecoder().decode(bytes.subarray(0, end))) as T, bits: new BitReader(bytes.subarray(end + 1)) };
}
