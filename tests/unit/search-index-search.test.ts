import { describe, expect, it } from 'vitest';
import { IndexSearch, briefingCount } from '../../src/search/client/index-search.ts';
import type { Pagefind, PagefindResponse, PagefindSearchOptions } from '../../src/search/client/pagefind-api.ts';
import { parseSearchState } from '../../src/search/client/state.ts';

/** A stand-in for Pagefind over parts merged by score: every search answers its results mixed across the years. */
function stubPagefind(ids: Record<string, string[]>) {
  const asked: PagefindSearchOptions[] = [];
  const pagefind: Pagefind = {
    options: async () => {},
    mergeIndex: async () => {},
    filters: async () => ({ year: { '2025': 2, '2024': 3 }, country: { Ukraine: 4 } }),
    search: async (_term, options = {}) => {
      asked.push(options);
      const years = (options.filters as { year?: string[] } | undefined)?.year;
      const found = years ? years.flatMap((year) => ids[year] ?? []) : ['2024-b', '2025-a', '2024-a'];
      const response: PagefindResponse = {
        results: found.map((id) => ({ id, data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }) })),
        unfilteredResultCount: 3,
        filters: { year: {} },
        totalFilters: {},
      };
      return response;
    },
  };
  return { pagefind, asked };
}

const ids = { '2025': ['2025-a'], '2024': ['2024-b', '2024-a'] };

describe('IndexSearch', () => {
  it('answers a relevance search with one search over every part', async () => {
    const { pagefind, asked } = stubPagefind(ids);
    const response = await new IndexSearch(pagefind, ['2025', '2024']).search(parseSearchState('?q=Kursk'));
    expect(response!.results.map((r) => r.id)).toEqual(['2024-b', '2025-a', '2024-a']);
    expect(asked).toEqual([{ filters: {}, sort: undefined }]);
  });

  it('lists newest first year by year, the newest part first, keeping the counts of the search over all parts', async () => {
    const { pagefind, asked } = stubPagefind(ids);
    const response = await new IndexSearch(pagefind, ['2025', '2024']).search(parseSearchState('?q=Kursk&country=Ukraine&sort=newest'));
    expect(response!.results.map((r) => r.id)).toEqual(['2025-a', '2024-b', '2024-a']);
    expect(response!.filters).toEqual({ year: {} });
    expect(asked.slice(1)).toEqual([
      { filters: { country: ['Ukraine'], year: ['2025'] }, sort: { date: 'desc' } },
      { filters: { country: ['Ukraine'], year: ['2024'] }, sort: { date: 'desc' } },
    ]);
  });

  it('asks a single part once, even in date order', async () => {
    const { pagefind, asked } = stubPagefind(ids);
    await new IndexSearch(pagefind, ['2024']).search(parseSearchState('?country=Ukraine'));
    expect(asked).toHaveLength(1);
  });

  it('gives the facets with the number of briefings, each counted once by its year', async () => {
    const { pagefind } = stubPagefind(ids);
    expect(await new IndexSearch(pagefind, ['2025', '2024']).facets()).toEqual({ totals: await pagefind.filters(), briefings: 5 });
    expect(briefingCount({})).toBe(0);
  });
});
