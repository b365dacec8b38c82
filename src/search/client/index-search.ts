/**
 * Searches the index parts (one per year) that the loader merged into one
 * Pagefind instance. Pure of the DOM: unit-tested with a stand-in Pagefind.
 */
import { yearByYear } from '../parts.ts';
import type { FilterCounts, Pagefind, PagefindResponse, PagefindResult } from './pagefind-api.ts';
import { pagefindFilters, pagefindSort, pagefindTerm, type SearchState } from './state.ts';

/** Every filter value in the index, with its count over all briefings, and the number of briefings. */
export interface Facets {
  totals: FilterCounts;
  briefings: number;
}

/** The briefings counted by filter values: each briefing has exactly one year. */
export function briefingCount(totals: FilterCounts): number {
  return Object.values(totals.year ?? {}).reduce((a, b) => a + b, 0);
}

export class IndexSearch {
  readonly #pagefind: Pagefind;
  /** The index parts, newest year first. */
  readonly #parts: readonly string[];

  constructor(pagefind: Pagefind, parts: readonly string[]) {
    this.#pagefind = pagefind;
    this.#parts = parts;
  }

  /**
   * Searches every part. In date order the merged results are listed year by
   * year (see ../parts.ts); the counts per filter value come from the search
   * over all parts. Null when Pagefind gives no answer.
   */
  async search(state: SearchState): Promise<PagefindResponse | null> {
    const term = pagefindTerm(state);
    const filters = pagefindFilters(state);
    const sort = pagefindSort(state);
    const all = await this.#pagefind.search(term, { filters, sort });
    if (!all || !sort || this.#parts.length < 2) return all;
    const inOrder: PagefindResult[] = [];
    for (const year of yearByYear(filters, this.#parts)) {
      const found = await this.#pagefind.search(term, { filters: year.filters, sort });
      if (!found) return null;
      inOrder.push(...found.results);
    }
    return { ...all, results: inOrder };
  }

  /** Every filter's values and counts: on a large site the bigger part of what search downloads. */
  async facets(): Promise<Facets> {
    const totals = await this.#pagefind.filters();
    return { totals, briefings: briefingCount(totals) };
  }
}
