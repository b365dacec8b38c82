import { describe, expect, it, vi } from 'vitest';
import type { Facets, IndexSearch, SearchAnswer } from '../../src/search/client/index-search.ts';
import { SearchInstance, type SearchEvents } from '../../src/search/client/instance.ts';
import { parseSearchState, withQuery } from '../../src/search/client/state.ts';

const FACETS: Facets = { totals: { year: { '2024': 3 } }, briefings: 3 };
/** An index whose searches, and the facets, wait until the test answers them, in any order. */
function controlledIndex() {
  const pending: { query: string; answer: (ids: string[]) => void }[] = [];
  let facetsLoaded: () => void = () => {};
  const facets = new Promise<Facets>((resolve) => (facetsLoaded = () => resolve(FACETS)));
  const answer = (ids: string[]): SearchAnswer => ({
    results: ids.map((id) => ({ id, score: 1, data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }) })),
    counts: async () => ({ year: { '2024': ids.length } }),
  });
  const index = {
    search: (state) => new Promise<SearchAnswer>((resolve) => pending.push({ query: state.q, answer: (ids) => resolve(answer(ids)) })),
    facets: () => facets,
  } as Pick<IndexSearch, 'search' | 'facets'> as IndexSearch;
  return { index, pending, facetsLoaded: () => facetsLoaded() };
}

/** An instance with a stand-in root, recording every event. */
function instance(query = '') {
  const root = { dataset: {} as DOMStringMap } as HTMLElement;
  const search = new SearchInstance(root, parseSearchState(query));
  const seen: string[] = [];
  for (const event of ['restore', 'change', 'searching', 'results', 'summary', 'facets', 'counts', 'done', 'unavailable'] as (keyof SearchEvents)[]) {
    search.on(event, (payload) => {
      if (event === 'results') seen.push(`results ${(payload as SearchEvents['results']).results.map((r) => r.id)}`);
      else if (event === 'unavailable') seen.push(`unavailable ${payload as string}`);
      else seen.push(event);
    });
  }
  return { root, search, seen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SearchInstance', () => {
  it('with nothing to search for, shows the controls, then the filters over the whole index, and marks the search done', async () => {
    const { root, search, seen } = instance();
    const { index, facetsLoaded } = controlledIndex();
    facetsLoaded();
    await search.start(async () => index);
    expect(seen).toEqual(['restore', 'searching', 'results ', 'facets', 'counts', 'summary', 'done']);
    expect(root.dataset.done).toBe('');
  });

  it('shows a first search’s results before loading the facets, then the counts', async () => {
    const { root, search, seen } = instance('?q=Kursk');
    const { index, pending, facetsLoaded } = controlledIndex();
    const started = search.start(async () => index);
    await settle();
    pending.shift()!.answer(['a']);
    await settle();
    expect(seen).toEqual(['restore', 'searching', 'results a', 'summary']);
    facetsLoaded();
    await started;
    expect(seen[4]).toBe('facets');
    expect(seen.slice(5)).toEqual(['counts', 'done']);
    expect(root.dataset.done).toBe('?q=Kursk');
  });

  it('drops the slow answer to an old search', async () => {
    const { root, search, seen } = instance();
    const { index, pending, facetsLoaded } = controlledIndex();
    facetsLoaded();
    await search.start(async () => index);
    seen.length = 0;
    search.commit(withQuery(search.state, 'Kurs'), 'replace');
    search.commit(withQuery(search.state, 'Kursk'), 'replace');
    await settle();
    const [old, current] = pending.splice(0);
    current!.answer(['new']);
    await settle();
    old!.answer(['old']);
    await settle();
    expect(seen.filter((event) => event.startsWith('results'))).toEqual(['results new']);
    expect(root.dataset.done).toBe('?q=Kursk');
  });

  it('records a change, but not one that leaves the search as it was', async () => {
    const { search, seen } = instance('?q=Kursk');
    search.commit(withQuery(search.state, '  Kursk '), 'push');
    expect(seen).toEqual([]);
    search.commit(withQuery(search.state, 'Rutte'), 'push');
    expect(seen).toEqual(['change']);
  });

  it('says why search cannot run', async () => {
    const empty = instance();
    await empty.search.start(async () => undefined);
    expect(empty.seen).toEqual(['restore', 'unavailable empty']);
    const failed = instance();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await failed.search.start(async () => Promise.reject(new Error('no pagefind.js')));
    expect(failed.seen).toEqual(['restore', 'unavailable failed']);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
