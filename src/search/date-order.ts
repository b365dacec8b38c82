/**
 * The date order file: newest first across the index parts. Pagefind sorts
 * each part by date, but a merged, date-sorted search interleaves the parts by
 * position, not by date, and a result's date is only in its fragment. The
 * file holds, for every briefing from newest to oldest, the part it is in:
 * with two parts one bit each (about 1.2 KB for 10,000 briefings), where
 * reading the dates of the parts' heads from their fragments cost a fragment
 * (about 2 KB) per part. A result's place in it follows from its part and its
 * position in the part's date order (client/part-scores.ts).
 *
 * The order is that of the key Pagefind sorts each part by (the date, then
 * the id), newest first, so the merged list is the one a single index would
 * give. The build writes it from the same records as the facet file
 * (index/facet-file.ts), the page reads it (client/index-search.ts).
 */
import { BitWriter, readJsonLine, withJsonLine } from './rice.ts';

/** Where the build writes it, beside the parts (under /pagefind/). Gzipped, as Pagefind's files are. */
export const DATE_ORDER_FILE = 'sitrep-order.bin';

/** Bits per entry: enough to name any part. */
const widthFor = (parts: number) => Math.ceil(Math.log2(Math.max(parts, 1)));

/**
 * The file's bytes, before gzip, from each part's sort keys in Pagefind's
 * date order, oldest first. The keys are ASCII (a date and a slug), so
 * JavaScript compares them as Pagefind does, by their bytes.
 */
export function writeDateOrder(parts: readonly (readonly string[])[]): Uint8Array<ArrayBuffer> {
  const width = widthFor(parts.length);
  const bits = new BitWriter();
  const next = parts.map((dates) => dates.length - 1);
  for (;;) {
    let best = -1;
    next.forEach((at, part) => {
      if (at >= 0 && (best < 0 || parts[part]![at]! > parts[best]![next[best]!]!)) best = part;
    });
    if (best < 0) break;
    bits.write(best, width);
    next[best]!--;
  }
  return withJsonLine({ parts: parts.map((dates) => dates.length) }, bits);
}

/** Where each briefing stands newest first, by its part and its position in the part's date order. */
export class DateOrder {
  /** Per part, per position (oldest 0), the place newest first (0 for the newest briefing). */
  readonly #ranks: Int32Array[];

  constructor(ranks: Int32Array[]) {
    this.#ranks = ranks;
  }

  /** The place newest first of the page at `position` (oldest 0) in part `part`; NaN if there is none. */
  rank(part: number, position: number): number {
    return this.#ranks[part]?.[position] ?? NaN;
  }
}

/** The order of the file's bytes (after gunzip). */
export function readDateOrder(bytes: Uint8Array): DateOrder {
  const {
    header: { parts },
    bits,
  } = readJsonLine<{ parts: number[] }>(bytes);
  const width = widthFor(parts.length);
  const ranks = parts.map((count) => new Int32Array(count));
  const next = parts.map((count) => count - 1);
  const total = parts.reduce((a, b) => a + b, 0);
  for (let rank = 0; rank < total; rank++) {
    const part = bits.read(width);
    const position = next[part];
    if (position === undefined || position < 0) throw new RangeError(`The date order names part ${part} more often than it has pages`);
    next[part] = position - 1;
    ranks[part]![position] = rank;
  }
  return new DateOrder(ranks);
}
