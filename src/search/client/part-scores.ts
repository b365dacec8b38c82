/**
 * Which part of the merged index a result came from, and where it stands in
 * that part's date order, read from its score. Pagefind's results say neither,
 * and both are needed: to list newest first across parts (../date-order.ts) and
 * to drop the hits of a part that only matched a shorter word (fallback.ts).
 *
 * In a search sorted by date, Pagefind scores a result by its position in its
 * part's date order (0 for the part's oldest page), and multiplies every score
 * of a merged index by that index's `indexWeight` (coupled_search.ts). The
 * loader gives part k the weight 1 + k·2⁻²⁰, so a score is
 * position + position·k·2⁻²⁰: the whole number is the position, and the
 * fraction, divided by position·2⁻²⁰, is k. Both are exact in a double while
 * position·k < 2²⁰ (4 parts: parts up to 349,525 briefings). Position 0
 * carries no fraction: its part is unknown here (undefined; index-search.ts
 * knows each part's oldest page by id). The weights scale
 * relevance scores by at most 1.00001, which reorders nothing that was not a
 * tie.
 */

const TAG = 2 ** -20;

/** The `indexWeight` of the k-th part merged (0 for the first). */
export function partWeight(part: number): number {
  return 1 + part * TAG;
}

export interface DatePlace {
  /** The part's index in the merged order. */
  part: number;
  /** The position in the part's date order, oldest 0. */
  position: number;
}

/** Part and position of a result of a date-sorted search; undefined for a part's oldest page (position 0). */
export function datePlace(score: number): DatePlace | undefined {
  const position = Math.floor(score);
  if (position < 1) return undefined;
  return { part: Math.round((score - position) / (position * TAG)), position };
}
