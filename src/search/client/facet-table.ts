/**
 * The facet files (../facets.ts) as the search page uses them: per filter
 * value, how many briefings have it, over all of them or over a search's
 * results, and which briefings have every value chosen. Pure: the page
 * fetches the files (loadFacetFile), the tests give data. A table may hold
 * some filters only, as a filter-only search needs those chosen.
 */
import { readFacet, type Facet, type FacetFile, type FacetRows } from '../facets.ts';
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

  constructor(data: { parts: number[]; facets: Partial<Record<Facet, FacetRows>> }) {
    this.#starts = data.parts.map((_, k) => data.parts.slice(0, k).reduce((a, b) => a + b, 0));
    this.rows = data.parts.reduce((a, b) => a + b, 0);
    this.#values = Object.entries(data.facets).flatMap(([facet, values]) => values.map(([value, rows]) => ({ facet, value, rows })));
  }

  /** The rows that have every value chosen, ascending (all rows for none); a value the table lacks has none. */
  matching(filters: Partial<Record<string, readonly string[]>>): number[] {
    const chosen = [...new Set(Object.entries(filters).flatMap(([facet, values]) => (values ?? []).map((value) => JSON.stringify([facet, value]))))].map(
      (key) => JSON.parse(key) as [string, string],
    );
    const has = new Uint16Array(this.rows);
    for (const [facet, value] of chosen) {
      for (const row of this.#values.find((v) => v.facet === facet && v.value === value)?.rows ?? []) has[row]!++;
    }
    const rows: number[] = [];
    for (let row = 0; row < this.rows; row++) if (has[row] === chosen.length) rows.push(row);
    return rows;
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

/** Fetches and reads one filter's facet file. */
export async function loadFacetFile(url: string): Promise<FacetFile> {
  return readFacet(await fetchCompactFile(url, 'facets'));
}
