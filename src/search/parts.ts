/**
 * The search index is built in parts, each a Pagefind index of its own that
 * the search page merges: a rebuild indexes again only the parts whose
 * briefings changed (index/build-parts.ts).
 *
 * A briefing's part is a hash of its id, so each part is a random sample of
 * every year and topic. Pagefind scores each part with the part's own word
 * statistics (how many pages hold a word, how long pages are), and a random
 * sample's statistics are close to the whole index's: scores compare across
 * parts, and the merged ranking is close to one index's. (Parts by year, as
 * before, ranked a word by how rare it was in its year.) One changed briefing
 * re-indexes one part, 1/PART_COUNT of the index.
 */
import { paths } from '../routes.ts';

/**
 * How many parts. More parts make a rebuild index fewer briefings, and make a
 * first search send more requests, each part adding its own metadata and word
 * chunk. Measured at 10,000 briefings (npm run bench, word chunks of 5,000):
 * 4 parts load 328 KB raw until the results show, 8 parts 359 KB; 2 parts
 * load 19 KB less than 4, but made the full build 22 s longer (Pagefind's
 * two larger parts outlast the render), doubled the rebuild (58 s against
 * 27 s) and Pagefind's memory (1.14 GB), and one query of 20 shared only 7 of
 * its top 10 with one index (BENCHMARKS.md).
 */
export const PART_COUNT = 4;

/** FNV-1a over the id's UTF-16 code units: fast, stable across runs and platforms, and spreads slugs evenly. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The part a briefing's search record goes to, from its id. */
export function searchPartName(id: string, count: number = PART_COUNT): string {
  return String(fnv1a(id) % count);
}

/** Where a part's index is served from, as a site path (without the base). */
export function searchPartPath(name: string): string {
  return paths.pagefind(`${name}/`);
}

/** The parts of the briefings given (by id), each once, in numeric order. */
export function searchPartNames(ids: Iterable<string>): string[] {
  return [...new Set([...ids].map((id) => searchPartName(id)))].sort((a, b) => Number(a) - Number(b));
}
