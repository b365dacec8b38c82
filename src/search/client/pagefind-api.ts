/** The parts of Pagefind's JS API the search page uses (types are not shipped with the npm package). */

/** Per filter, per value, a number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindFragment {
  url: string;
  content?: string;
  /** Where the words the search matched are in `content`, counted in words. */
  locations?: number[];
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  /** Relevance, or in a date-sorted search the position in its part's date order, times the part's indexWeight (part-scores.ts). */
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: object;
  sort?: object;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}
