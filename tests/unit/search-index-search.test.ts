import { describe, expect, it, vi } from 'vitest';
import { IndexSearch } from '../../src/search/client/index-search.ts';
import { readDateOrder, writeDateOrder } from '../../src/search/date-order.ts';
import { facetData, type Facet, type FacetValues } from '../../src/search/facets.ts';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from '../../src/search/client/pagefind-api.ts';
import { idf } from '../../src/search/client/idf.ts';
import { partWeight } from '../../src/search/client/part-scores.ts';
import { searchPartName } from '../../src/search/parts.ts';
import { parseSearchState } from '../../src/search/client/state.ts';

interface Page {
  id: string;
  date: string;
  words: string[];
}

/**
 * A stand-in for Pagefind over merged parts, as pagefind_web matches: a word
 * finds the pages holding it or a longer word it begins, and a part with
 * neither falls back to the longest word it holds that the query word begins;
 * `"word"` finds the word only. Sorted by date, a score is the page's position
 * in its part's date order times the part's weight; by relevance, the number
 * of query words the page holds as typed. Results are merged by score. The
 * facet files give each page its year and country, in its part's date order,
 * and the date order file the parts' pages newest first.
 */
function stubPagefind(parts: Page[][]) {
  const asked: { term: string | null; options: PagefindSearchOptions }[] = [];
  const loads: string[] = [];
  const matches = (part: Page[], word: string, exact: boolean) => {
    if (exact) return part.filter((p) => p.words.includes(word));
    const extended = part.filter((p) => p.words.some((w) => w.startsWith(word)));
    if (extended.length) return extended;
    const prefix = part
      .flatMap((p) => p.words)
      .filter((w) => word.startsWith(w))
      .sort((a, b) => b.length - a.length)[0];
    return prefix ? part.filter((p) => p.words.includes(prefix)) : [];
  };
  const result = (page: Page, score: number, words: string[]): PagefindResult => ({
    id: page.id,
    score,
    data: async () => {
      loads.push(page.id);
      // The text is the page's words; the locations, those a query word matched by a longer or shorter word.
      const locations = page.words.flatMap((w, i) => (words.some((q) => w.startsWith(q) || q.startsWith(w)) ? [i] : []));
      return {
        url: `/briefings/${page.id}/`,
        excerpt: '',
        meta: { datetime: page.date },
        filters: { year: [page.date.slice(0, 4)] },
        content: page.words.join(' '),
        locations,
      };
    },
  });
  const pagefind: Pagefind = {
    options: async () => {},
    mergeIndex: async () => {},
    search: async (term, options = {}) => {
      asked.push({ term, options });
      const exact = /^".*"$/.test(term ?? '');
      const words = (term ?? '').replace(/"/g, '').split(' ').filter(Boolean);
      const results = parts.flatMap((part, k) => {
        const found = words.reduce((pages, word) => pages.filter((p) => matches(part, word, exact).includes(p)), part);
        const byDate = [...part].sort((a, b) => a.date.localeCompare(b.date));
        // By relevance, as Pagefind: per word, the part's IDF times how often the page has it.
        const relevance = (page: Page) =>
          words.reduce((sum, w) => sum + idf(part.length, matches(part, w, false).length) * page.words.filter((pw) => pw.startsWith(w)).length, 0);
        return found.map((page) =>
          options.sort ? result(page, byDate.indexOf(page) * partWeight(k), words) : result(page, relevance(page) * partWeight(k), words),
        );
      });
      return { results: results.sort((a, b) => b.score - a.score), unfilteredResultCount: results.length, filters: { year: {} }, totalFilters: {} };
    },
  };
  const byDate = (part: Page[]) => [...part].sort((a, b) => a.date.localeCompare(b.date));
  // Every page is about Ukraine but "old".
  const data = facetData(
    parts.map((part) => byDate(part).map((p): FacetValues => [['year', p.date.slice(0, 4)], ...(p.id === 'old' ? [] : [['country', 'Ukraine'] as const])])),
  );
  const order = writeDateOrder(parts.map((part) => byDate(part).map((p) => `${p.date} ${p.id}`)));
  const files = {
    facet: vi.fn(async (facet: Facet) => ({ parts: data.parts, values: data.facets[facet] })),
    order: vi.fn(async () => readDateOrder(order)),
  };
  return { pagefind, asked, loads, files };
}

const urls = async (results: readonly PagefindResult[]) => Promise.all(results.map(async (r) => (await r.data()).url.split('/')[2]));

/** Pages named so that each lands in the part the test says, by the site's own hash (searchPartName). */
const page = (id: string, date: string, words: string[]): Page => ({ id, date, words });
const inPart = (part: string, pages: Page[]) => pages.filter((p) => searchPartName(p.id) === part);

// "new" and "later" hash to part 1, "old", "recent" and "latest" to part 2. By position in its part, Pagefind
// would list "recent" (second of three) before "later" (second of two), though "later" is newer.
const partA = [page('new', '2024-03-01', ['drones', 'vilm']), page('later', '2026-01-01', ['drones'])];
const partB = [
  page('old', '2023-05-01', ['vilmarmyr', 'drones']),
  page('recent', '2025-01-01', ['drones']),
  page('latest', '2026-06-01', ['drones', 'vilmarmyr']),
];

describe('IndexSearch', () => {
  it('uses pages the site hashes to the parts the test says', () => {
    expect(inPart('1', partA)).toEqual(partA);
    expect(inPart('2', partB)).toEqual(partB);
  });

  it("answers a relevance search with Pagefind's merged ranking when every part holds the words, loading no fragment to tell", async () => {
    const { pagefind, loads, files } = stubPagefind([partA, partB]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?q=drones'));
    expect(loads).toEqual([]);
    expect(files.order).not.toHaveBeenCalled();
    expect(await urls(response!.results)).toHaveLength(5);
  });

  it('ranks as one index would, though each part weighs a word by how rare it is in the part', async () => {
    // "zeta" is in half of part 1 (rare there, so scored high) and in all of part 2 (common, scored low).
    const { pagefind, files } = stubPagefind([
      [page('later', '2026-01-01', ['zeta', 'zeta']), page('new', '2024-03-01', ['alpha'])],
      [page('old', '2023-05-01', ['zeta']), page('recent', '2025-01-01', ['zeta']), page('latest', '2026-06-01', ['zeta', 'zeta', 'zeta'])],
    ]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?q=zeta'));
    // Pagefind's merged order would put "later" first; one index ranks by how often each uses the word.
    expect((await urls(response!.results)).slice(0, 2)).toEqual(['latest', 'later']);
  });

  it("drops a part's hits for a shorter word when another part holds the word itself", async () => {
    const { pagefind, files } = stubPagefind([partA, partB]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?q=vilmarmyr'));
    expect((await urls(response!.results)).sort()).toEqual(['latest', 'old']);
    // Counted from the hits kept, where Pagefind's counts would include the dropped one; "old" is its part's oldest.
    expect(await response!.counts()).toEqual({ year: { '2023': 1, '2024': 0, '2025': 0, '2026': 1 }, country: { Ukraine: 1 } });
  });

  it('keeps the hits of a part that matched a longer word, as one index would', async () => {
    const { pagefind, files } = stubPagefind([[page('new', '2024-03-01', ['vilmarmyrska'])], partB]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?q=vilmarmyr'));
    expect((await urls(response!.results)).sort()).toEqual(['latest', 'new', 'old']);
  });

  it('drops the fallback hits newest first too', async () => {
    const { pagefind, files } = stubPagefind([partA, partB]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?q=vilmarmyr&sort=newest'));
    expect(await urls(response!.results)).toEqual(['latest', 'old']);
  });

  it('keeps the fallback hits when no part holds the word, as one index would match them', async () => {
    const { pagefind, files } = stubPagefind([partA, [page('old', '2023-05-01', ['drones'])]]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?q=vilmarmyr'));
    expect(await urls(response!.results)).toEqual(['new']);
  });

  it('lists newest first across parts by the date order file, loading no fragment, with the counts of the results from the facet file', async () => {
    const { pagefind, asked, loads, files } = stubPagefind([partA, partB]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?q=drones&country=Ukraine&sort=newest'));
    expect(loads).toEqual([]);
    expect(await urls(response!.results)).toEqual(['latest', 'later', 'recent', 'new', 'old']);
    expect(await response!.counts()).toEqual({ year: { '2023': 1, '2024': 1, '2025': 1, '2026': 2 }, country: { Ukraine: 4 } });
    expect(asked[0]).toEqual({ term: 'drones', options: { filters: { country: ['Ukraine'] }, sort: { date: 'desc' } } });
    // Then, once, the search for every page that counts each part's, and the exact search that tells which parts hold the word.
    expect(asked.slice(1).map((a) => a.term)).toEqual([null, '"drones"']);
  });

  it('answers a filter-only search from the facet files of the filters chosen, newest first, without Pagefind’s filters', async () => {
    const { pagefind, asked, loads, files } = stubPagefind([partA, partB]);
    const response = await new IndexSearch(pagefind, ['1', '2'], files).search(parseSearchState('?country=Ukraine'));
    expect(files.facet.mock.calls).toEqual([['country']]);
    expect(loads).toEqual([]);
    expect(await urls(response!.results)).toEqual(['latest', 'later', 'recent', 'new']);
    // Pagefind was asked only for every page, date-sorted: no filter, so no filter chunk.
    expect(asked).toEqual([{ term: null, options: { sort: { date: 'desc' } } }]);
    expect(await response!.counts()).toEqual({ year: { '2023': 0, '2024': 1, '2025': 1, '2026': 2 }, country: { Ukraine: 4 } });
  });

  it('finds nothing for a filter value no briefing has, or for two values no briefing has together', async () => {
    const { pagefind, files } = stubPagefind([partA, partB]);
    const index = new IndexSearch(pagefind, ['1', '2'], files);
    expect((await index.search(parseSearchState('?country=Atlantis')))!.results).toEqual([]);
    expect(await urls((await index.search(parseSearchState('?country=Ukraine&year=2026')))!.results)).toEqual(['latest', 'later']);
    expect((await index.search(parseSearchState('?year=2023&year=2024')))!.results).toEqual([]);
  });

  it('gives the facets from the facet file, with the number of briefings, loading it once', async () => {
    const { pagefind, files } = stubPagefind([partA, partB]);
    const index = new IndexSearch(pagefind, ['1', '2'], files);
    expect(await index.facets()).toEqual({ totals: { year: { '2023': 1, '2024': 1, '2025': 1, '2026': 2 }, country: { Ukraine: 4 } }, briefings: 5 });
    await (await index.search(parseSearchState('?q=drones')))!.counts();
    expect(files.facet.mock.calls.map(([facet]) => facet).sort()).toEqual(['actor', 'country', 'place', 'status', 'topic', 'year']);
  });
});
