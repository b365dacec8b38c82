/**
 * The facet file (../facets.ts) as the search page uses it: per filter value,
 * how many briefings have it, over all of them or over a search's results.
 * Pure: the page fetches the file (loadFacetTable), the tests give data.
 */
import { readFacets, type FacetData } from '../facets.ts';
import { fetchCompactFile } from './compact-file.ts';
import type { FilterCounts } from './pagefind-api.ts';

interface Value {
  facet: string;
  value: string;
  rows: readonly number[];
}

export class FacetTable {
  readonly #starts: number[];
  readonly #values: Value[];
  /** The number of briefings. */
  readonly rows: number;

  constructor(data: FacetData) {
    this.#starts = data.parts.map((_, k) => data.parts.slice(0, k).reduce((a, b) => a + b, 0));
    this.rows = data.parts.reduce((a, b) => a + b, 0);
    this.#values = Object.entries(data.facets).flatMap(([facet, values]) => values.map(([value, rows]) => ({ facet, value, rows })));
  }

  /** The row of the page at `position` in part `part`'s date order (oldest 0). */
  row(part: number, position: number): number {
    return (this.#starts[part] ?? NaN) + position;
  }

  /** Per filter, per value, the number of briefings with it. */
  totals(): FilterCounts {
    return this.#count(() => true);
  }

  /** Per filter, per value, how many of the rows given have it; every value is listed, with 0 if none. */
  counts(rows: Iterable<number>): FilterCounts {
    const chosen = new Uint8Array(this.rows);
    for (const row of rows) chosen[row] = 1;
    return this.#count((row) => chosen[row] === 1);
  }

  #count(has: (row: number) => boolean): FilterCounts {
    const counts: FilterCounts = {};
    for (const { facet, value, rows } of this.#values) {
      let n = 0;
      for (const row of rows) if (has(row)) n++;
      (counts[facet] ??= {})[value] = n;
    }
    return counts;
  }
}

/** Fetches and reads the facet file. */
export async function loadFacetTable(url: string): Promise<FacetTable> {
  return new FacetTable(readFacets(await fetchCompactFile(url, 'facets')));
}
