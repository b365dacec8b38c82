/**
 * The facet file: every briefing's filter values, so that the search page
 * counts what each filter would leave without Pagefind's filter chunks
 * (plain page lists, 135–157 KB for all filters at 10,000 briefings). The
 * build writes it from the same records as the index parts
 * (index/facet-file.ts); the page reads it (client/facet-table.ts).
 *
 * A row is a briefing. The rows are the parts' pages in the parts' order,
 * each part's in its date order as Pagefind sorts it (oldest first), so a
 * result's row is its part's first row plus its position, which a
 * date-sorted search gives (client/part-scores.ts) without loading a
 * fragment. The file is a line of JSON, the parts' sizes and per facet its
 * values with their numbers of rows, then each value's rows as gaps in
 * Rice codes, a bit stream: with the parameter chosen from the value's share
 * of the rows, a value's rows take within a few per cent of the fewest bits
 * any code for a random set of that size can (about 53 KB for the 72,000
 * rows of a 10,000-briefing corpus, where delta-coded bytes took 64 KB
 * gzipped). The whole file is gzipped, which shrinks the JSON and runs of
 * rows such as a year's.
 */

/** Where the build writes it, beside the parts (under /pagefind/). Gzipped, as Pagefind's files are. */
export const FACET_FILE = 'sitrep-facets.bin';

/** A briefing's filter values, as its search record lists them (index/record.ts). */
export type FacetValues = readonly (readonly [name: string, value: string])[];

export interface FacetData {
  /** Rows per part, in the parts' order. */
  parts: number[];
  /** Per facet, per value (in order): the rows that have it, ascending. */
  facets: Record<string, [value: string, rows: number[]][]>;
}

interface Header {
  parts: number[];
  facets: Record<string, [value: string, rows: number][]>;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NEWLINE = 0x0a;

/** The facet data of the parts' rows, each part's rows in Pagefind's date order. */
export function facetData(parts: readonly (readonly FacetValues[])[]): FacetData {
  const rows = new Map<string, Map<string, number[]>>();
  let row = 0;
  for (const part of parts) {
    for (const values of part) {
      for (const [name, value] of values) {
        const byValue = rows.get(name) ?? rows.set(name, new Map()).get(name)!;
        const list = byValue.get(value) ?? byValue.set(value, []).get(value)!;
        // A value given twice to one briefing counts once, as Pagefind counts it.
        if (list.at(-1) !== row) list.push(row);
      }
      row++;
    }
  }
  const facets: FacetData['facets'] = {};
  for (const name of [...rows.keys()].sort(byString)) {
    const byValue = rows.get(name)!;
    facets[name] = [...byValue.keys()].sort(byString).map((value) => [value, byValue.get(value)!]);
  }
  return { parts: parts.map((part) => part.length), facets };
}

/**
 * The Rice parameter for a value held by `count` of `rows` rows: the gaps
 * between its rows are near geometric with mean rows / count, and a
 * parameter of log2(mean · ln 2) suits those. Both ends compute it, so the
 * file does not store it.
 */
export function riceParameter(rows: number, count: number): number {
  return count === 0 ? 0 : Math.max(0, Math.round(Math.log2((rows / count) * Math.LN2)));
}

/** The file's bytes, before gzip. */
export function writeFacets(data: FacetData): Uint8Array<ArrayBuffer> {
  const header: Header = { parts: data.parts, facets: {} };
  const rowCount = data.parts.reduce((a, b) => a + b, 0);
  const bits = new BitWriter();
  for (const [name, values] of Object.entries(data.facets)) {
    header.facets[name] = values.map(([value, rows]) => [value, rows.length]);
    for (const [, rows] of values) {
      const k = riceParameter(rowCount, rows.length);
      rows.forEach((row, i) => {
        const gap = row - (rows[i - 1] ?? -1) - 1;
        bits.unary(Math.floor(gap / 2 ** k));
        bits.write(gap % 2 ** k, k);
      });
    }
  }
  const head = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const body = bits.bytes();
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
}

/** The data of the file's bytes (after gunzip). */
export function readFacets(bytes: Uint8Array): FacetData {
  const end = bytes.indexOf(NEWLINE);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end))) as Header;
  const rowCount = header.parts.reduce((a, b) => a + b, 0);
  const bits = new BitReader(bytes.subarray(end + 1));
  const facets: FacetData['facets'] = {};
  for (const [name, values] of Object.entries(header.facets)) {
    facets[name] = values.map(([value, count]) => {
      const k = riceParameter(rowCount, count);
      const rows: number[] = [];
      for (let i = 0, row = -1; i < count; i++) rows.push((row += bits.unary() * 2 ** k + bits.read(k) + 1));
      return [value, rows];
    });
  }
  return { parts: header.parts, facets };
}

/** Bits, most significant first in each byte; the last byte padded with zeros. */
class BitWriter {
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

  bytes(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }
}

class BitReader {
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  #bit(): number {
    const byte = this.#bytes[this.#at >>> 3];
    if (byte === undefined) throw new RangeError('The facet file ends early');
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
}
