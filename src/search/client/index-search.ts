/**
 * Searches the index parts (a random sample of the briefings each, ../parts.ts)
 * that the loader merged into one Pagefind instance. By relevance, Pagefind's
 * merged ranking is rescored as one index would score it (idf.ts), less the
 * hits of parts that matched a word only by a shorter one (fallback.ts);
 * newest first, in the order of the date order file (../date-order.ts). All
 * of it needs each result's part and its position in the part's date order,
 * which its score in a date-sorted search tells (part-scores.ts); they also
 * give its row in the facet file, and so the counts per filter value
 * (facet-table.ts) without Pagefind's filter chunks. Pure of the DOM:
 * unit-tested with a stand-in Pagefind.
 */
import type { DateOrder } from '../date-order.ts';
import { FACETS, type Facet, type FacetFile } from '../facets.ts';
import { FacetTable } from './facet-table.ts';
import { matchesAsOneIndex, queryWords } from './fallback.ts';
import { partFactors } from './idf.ts';
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind-api.ts';
import { datePlace, type DatePlace } from './part-scores.ts';
import { pagefindFilters, pagefindSort, pagefindTerm, type SearchState } from './state.ts';

/** Every filter value in the index, with its count over all briefings, and the number of briefings. */
export interface Facets {
  totals: FilterCounts;
  briefings: number;
}

export interface SearchAnswer {
  results: PagefindResult[];
  /** Per filter value, how many of the results have it; the first call loads the facet file. */
  counts(): Promise<FilterCounts>;
}

const DATE_ORDER = { date: 'desc' } as const;

/** What every part holds, from one date-sorted search for nothing (all pages), asked once. */
interface Census {
  /** Every page, as that search lists them. */
  all: PagefindResult[];
  /** Pages per part. */
  pages: number[];
  /**
   * Each part's oldest page, whose date-sorted score (0) does not tell its
   * part. Pagefind lists the parts' results in the order they were merged and
   * sorts them stably by score, so the zeros of the search for every page
   * come one per part, in the parts' order.
   */
  oldest: Map<string, number>;
}

/** Loaders of the search page's own files for the parts, each called once, when first needed. */
export interface PartFiles {
  facet: (facet: Facet) => Promise<FacetFile>;
  order: () => Promise<DateOrder>;
}

export class IndexSearch {
  readonly #pagefind: Pagefind;
  readonly #partCount: number;
  readonly #files: PartFiles;
  #census: Promise<Census> | undefined;
  readonly #facetFiles = new Map<Facet, Promise<FacetFile>>();
  #facets: Promise<FacetTable> | undefined;
  #order: Promise<DateOrder> | undefined;

  /** `parts`: the part names, in the order the loader merged them; `files` loads their facet and date order files. */
  constructor(pagefind: Pagefind, parts: readonly string[], files: PartFiles) {
    this.#pagefind = pagefind;
    this.#partCount = parts.length;
    this.#files = files;
  }

  #facetFile(facet: Facet): Promise<FacetFile> {
    let file = this.#facetFiles.get(facet);
    if (!file) this.#facetFiles.set(facet, (file = this.#files.facet(facet)));
    return file;
  }

  /** A table of the filters given (a filter-only search needs those chosen; the counts, all). */
  async #tableOf(facets: readonly Facet[]): Promise<FacetTable> {
    const files = await Promise.all(facets.map((facet) => this.#facetFile(facet)));
    return new FacetTable({ parts: files[0]?.parts ?? [], facets: Object.fromEntries(facets.map((facet, i) => [facet, files[i]!.values])) });
  }

  #facetTable(): Promise<FacetTable> {
    return (this.#facets ??= this.#tableOf(FACETS));
  }

  #dateOrder(): Promise<DateOrder> {
    return (this.#order ??= this.#files.order());
  }

  /**
   * Searches every part, by relevance or newest first, less the hits of parts
   * that matched a word only by a shorter one; the counts per filter value are
   * those of the results kept. Null when Pagefind gives no answer.
   */
  async search(state: SearchState): Promise<SearchAnswer | null> {
    const term = pagefindTerm(state);
    const filters = pagefindFilters(state);
    if (term === null) return this.#filtered(filters);
    const newest = pagefindSort(state) !== undefined;
    // Sorted by date, a result's score tells its part; by relevance it does not, so both are asked.
    const dated = await this.#pagefind.search(term, { filters, sort: DATE_ORDER });
    const ranked = newest ? dated : await this.#pagefind.search(term, { filters });
    if (!dated || !ranked) return null;
    const census = await this.#takeCensus();
    const datedById = new Map(dated.results.map((r) => [r.id, r]));
    const partOf = (result: PagefindResult) => this.#partOf(datedById.get(result.id), census);
    const dropped = await this.#fallbackParts(term, ranked.results, partOf, census);
    const kept = (results: PagefindResult[]) => (dropped.size ? results.filter((r) => !dropped.has(partOf(r) ?? -1)) : results);
    const found = kept(dated.results);
    const places = found.map((r) => this.#placeOf(r, census));
    const counts = this.#counts(places);
    if (newest) return { results: await this.#newestFirst(found, places), counts };
    return { results: await this.#asOneIndex(term, kept(ranked.results), partOf, census), counts };
  }

  /**
   * A search with filters and no words: the briefings that have every value
   * chosen, from the facet files of the filters chosen, newest first. Pagefind
   * would load its filter chunks for it, every value's page list of each
   * filter in every part (19 KB for one topic at 10,000 briefings).
   */
  async #filtered(filters: Partial<Record<Facet, string[]>>): Promise<SearchAnswer> {
    const census = await this.#takeCensus();
    const table = await this.#tableOf(FACETS.filter((facet) => filters[facet]?.length));
    const matching = new Uint8Array(table.rows);
    for (const row of table.matching(filters)) matching[row] = 1;
    const found: PagefindResult[] = [];
    const places: DatePlace[] = [];
    for (const result of census.all) {
      const place = this.#placeOf(result, census);
      if (matching[table.row(place.part, place.position)] !== 1) continue;
      found.push(result);
      places.push(place);
    }
    return { results: await this.#newestFirst(found, places), counts: this.#counts(places) };
  }

  /** A result's part and position in the part's date order, from a date-sorted search. */
  #placeOf(result: PagefindResult, census: Census): DatePlace {
    return { part: this.#partOf(result, census) ?? -1, position: datePlace(result.score)?.position ?? 0 };
  }

  /** The counts per filter value of the results at `places`, from the facet files, loaded on the first call. */
  #counts(places: readonly DatePlace[]): () => Promise<FilterCounts> {
    return async () => {
      const table = await this.#facetTable();
      return table.counts(places.map(({ part, position }) => table.row(part, position)));
    };
  }

  /** The results, at `places`, newest first by the date order file. */
  async #newestFirst(results: readonly PagefindResult[], places: readonly DatePlace[]): Promise<PagefindResult[]> {
    const order = await this.#dateOrder();
    const ranks = new Map(results.map((result, i) => [result, order.rank(places[i]!.part, places[i]!.position)]));
    return [...results].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  }

  #takeCensus(): Promise<Census> {
    return (this.#census ??= this.#pagefind.search(null, { sort: DATE_ORDER }).then((all) => {
      const results = all?.results ?? [];
      const zeros = results.filter((r) => !datePlace(r.score));
      const census = { all: results, pages: Array.from({ length: this.#partCount }, () => 0), oldest: new Map(zeros.map((r, part) => [r.id, part])) };
      census.pages = this.#perPart(results, census);
      return census;
    }));
  }

  /** The part of a result of a date-sorted search. */
  #partOf(result: PagefindResult | undefined, census: Census): number | undefined {
    return result && (datePlace(result.score)?.part ?? census.oldest.get(result.id));
  }

  /** How many of the results of a date-sorted search are in each part. */
  #perPart(results: readonly PagefindResult[], census: Census): number[] {
    const counts = Array.from({ length: this.#partCount }, () => 0);
    for (const r of results) {
      const part = this.#partOf(r, census);
      if (part !== undefined) counts[part]!++;
    }
    return counts;
  }

  /**
   * The parts that matched a query word only by a shorter word although
   * another part holds it (fallback.ts). A word every part holds costs
   * nothing more; one some part lacks, a fragment per such part.
   */
  async #fallbackParts(
    term: string | null,
    ranked: readonly PagefindResult[],
    partOf: (r: PagefindResult) => number | undefined,
    census: Census,
  ): Promise<Set<number>> {
    const dropped = new Set<number>();
    for (const word of queryWords(term)) {
      const exact = (await this.#pagefind.search(`"${word}"`, { sort: DATE_ORDER }))?.results ?? [];
      const holding = new Set(exact.flatMap((r) => this.#partOf(r, census) ?? []));
      if (!holding.size || holding.size >= this.#partCount) continue;
      const checked = new Set([...holding, ...dropped]);
      for (const result of ranked) {
        const part = partOf(result);
        if (part === undefined || checked.has(part)) continue;
        checked.add(part);
        // A part matches a word one way for all its hits: its best hit tells which.
        if (!matchesAsOneIndex(await result.data(), word)) dropped.add(part);
      }
    }
    return dropped;
  }

  /** The ranking one index would give: each part's scores times its factor (idf.ts). */
  async #asOneIndex(
    term: string | null,
    ranked: PagefindResult[],
    partOf: (r: PagefindResult) => number | undefined,
    census: Census,
  ): Promise<PagefindResult[]> {
    const words = queryWords(term);
    if (!words.length || this.#partCount < 2) return ranked;
    const containing: number[][] = [];
    // Unfiltered, as IDF counts the pages of the whole part.
    for (const word of words) containing.push(this.#perPart((await this.#pagefind.search(word, { sort: DATE_ORDER }))?.results ?? [], census));
    const factors = partFactors(census.pages, containing);
    return ranked.map((result) => ({ ...result, score: result.score * (factors[partOf(result) ?? -1] ?? 1) })).sort((a, b) => b.score - a.score);
  }

  /** Every filter's values and counts, from the facet file. */
  async facets(): Promise<Facets> {
    const table = await this.#facetTable();
    return { totals: table.totals(), briefings: table.rows };
  }
}
