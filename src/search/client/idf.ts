/**
 * One index's ranking from the parts' scores. Pagefind scores a page for a
 * word by the word's inverse document frequency (IDF: how few of the index's
 * pages hold it) times how much the page uses it (BM25), and a part computes
 * IDF over its own pages. Parts by a hash of the id are random samples, but a
 * sample's IDF still strays: a word in 87% of pages is in 157 ± 12 of a
 * part's 1,250 that lack it, and its IDF moves ±8%, more than the gaps
 * between the best pages. So each part's scores are multiplied by the IDF one
 * index would give the query's words over the IDF the part gave them: exact
 * for one word (every part of Pagefind's score is proportional to its IDF),
 * and close for several.
 */

/** Pagefind's IDF (pagefind_web/src/search.rs, calculate_idf). */
export function idf(pages: number, containing: number): number {
  return Math.log((pages - containing + 0.5) / (containing + 0.5) + 1);
}

/**
 * Per part, the factor that turns its scores into one index's. `pages[k]` is
 * part k's number of pages; `containing[w][k]` the pages of part k that a
 * search for the query's word w finds (with the longer words it begins, as
 * Pagefind counts them).
 */
export function partFactors(pages: readonly number[], containing: readonly (readonly number[])[]): number[] {
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const allPages = sum(pages);
  const global = sum(containing.map((counts) => idf(allPages, sum(counts))));
  return pages.map((partPages, k) => {
    const own = sum(containing.map((counts) => idf(partPages, counts[k] ?? 0)));
    return own > 0 ? global / own : 1;
  });
}
