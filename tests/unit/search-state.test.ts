import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  activeFilterCount,
  clearFilters,
  emptyState,
  hasCriteria,
  isFilterKey,
  isSelected,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  parseSearchState,
  sameState,
  searchPath,
  serialiseSearchState,
  toggleFilter,
  withQuery,
  withSort,
} from '../../src/search/client/state.ts';
import { searchUrl } from '../../src/search/url.ts';

describe('parseSearchState', () => {
  it('reads the query, every filter and the order', () => {
    const state = parseSearchState(
      '?q=Kursk&country=North+Korea&actor=Volodymyr%20Zelensky&place=Kursk%20Oblast&topic=Foreign+forces&year=2024&status=Claimed&sort=newest',
    );
    expect(state).toEqual({
      q: 'Kursk',
      filters: {
        actor: ['Volodymyr Zelensky'],
        country: ['North Korea'],
        place: ['Kursk Oblast'],
        topic: ['Foreign forces'],
        year: ['2024'],
        status: ['Claimed'],
      },
      sort: 'newest',
    });
  });

  it('accepts a query string without "?" and URLSearchParams', () => {
    expect(parseSearchState('q=Rutte').q).toBe('Rutte');
    expect(parseSearchState(new URLSearchParams({ q: 'Rutte', country: 'Germany' })).filters.country).toEqual(['Germany']);
  });

  it('keeps several values of one filter, in order, without repeats or empties', () => {
    const state = parseSearchState('?country=North+Korea&country=Ukraine&country=North+Korea&country=&country=%20%20');
    expect(state.filters.country).toEqual(['North Korea', 'Ukraine']);
  });

  it('tidies whitespace in the query and values', () => {
    const state = parseSearchState('?q=%20%20Kursk%20%20%20oblast%20&actor=%20Mark%20%20Rutte%20');
    expect(state.q).toBe('Kursk oblast');
    expect(state.filters.actor).toEqual(['Mark Rutte']);
  });

  it('defaults to relevance and ignores unknown orders and keys', () => {
    expect(parseSearchState('').sort).toBe('relevance');
    expect(parseSearchState('?sort=oldest').sort).toBe('relevance');
    expect(parseSearchState('?sort=relevance').sort).toBe('relevance');
    expect(parseSearchState('?colour=red&page=2&highlight=x')).toEqual(emptyState());
  });

  it('takes the first q when there are several', () => {
    expect(parseSearchState('?q=one&q=two').q).toBe('one');
  });

  it('keeps characters that need encoding', () => {
    const state = parseSearchState(`?q=${encodeURIComponent('“€200m” & Zaporizhzhia’s #1')}&actor=${encodeURIComponent('António Guterres')}`);
    expect(state.q).toBe('“€200m” & Zaporizhzhia’s #1');
    expect(state.filters.actor).toEqual(['António Guterres']);
  });
});

describe('serialiseSearchState', () => {
  it('writes nothing for an empty state', () => {
    expect(serialiseSearchState(emptyState())).toBe('');
    expect(searchPath(emptyState())).toBe('/search/');
  });

  it('writes q, then filters in a fixed order, then sort=newest only when asked', () => {
    let state = withQuery(emptyState(), 'Kursk');
    state = toggleFilter(state, 'status', 'Claimed');
    state = toggleFilter(state, 'place', 'Kursk Oblast');
    state = toggleFilter(state, 'country', 'North Korea');
    state = toggleFilter(state, 'country', 'Ukraine');
    expect(serialiseSearchState(state)).toBe('?q=Kursk&country=North+Korea&country=Ukraine&place=Kursk+Oblast&status=Claimed');
    expect(serialiseSearchState(withSort(state, 'newest'))).toBe('?q=Kursk&country=North+Korea&country=Ukraine&place=Kursk+Oblast&status=Claimed&sort=newest');
  });

  it('round-trips through parse', () => {
    const urls = [
      '?q=Kursk&country=North+Korea&sort=newest',
      '?actor=Annalena+Baerbock&actor=Andrii+Sybiha&year=2024',
      '?place=Kursk+Oblast&place=Sudzha',
      '?q=%E2%82%AC200m+%26+more',
      '',
    ];
    for (const url of urls) expect(serialiseSearchState(parseSearchState(url))).toBe(url);
  });

  it('gives one URL per state, whatever order the URL came in', () => {
    const a = parseSearchState('?sort=newest&country=Ukraine&q=Zelensky');
    const b = parseSearchState('?q=Zelensky&country=Ukraine&sort=newest');
    expect(sameState(a, b)).toBe(true);
    expect(serialiseSearchState(a)).toBe('?q=Zelensky&country=Ukraine&sort=newest');
  });

  it('reads the links that actor, country and place pages make with searchUrl', () => {
    expect(parseSearchState(new URL(searchUrl({ actor: 'Volodymyr Zelensky' }), 'https://x').search).filters.actor).toEqual(['Volodymyr Zelensky']);
    expect(parseSearchState(new URL(searchUrl({ country: 'North Korea' }), 'https://x').search).filters.country).toEqual(['North Korea']);
    expect(parseSearchState(new URL(searchUrl({ place: 'Kursk Oblast' }), 'https://x').search).filters.place).toEqual(['Kursk Oblast']);
    expect(parseSearchState('?place=Kursk%20Oblast').filters.place).toEqual(['Kursk Oblast']);
    expect(serialiseSearchState(parseSearchState(searchUrl({ country: 'North Korea' }).replace('/search/', '')))).toBe('?country=North+Korea');
  });

  it('links to the search page under the base, and gives its path without it', () => {
    expect(searchUrl({ country: 'North Korea' }, '/sitrep/')).toBe('/sitrep/search/?country=North+Korea');
    expect(searchUrl({}, '/sitrep/')).toBe('/sitrep/search/');
    expect(searchPath(parseSearchState('?q=Kursk'))).toBe('/search/?q=Kursk');
  });
});

describe('changing the state', () => {
  it('toggles a filter value on and off without changing the original', () => {
    const start = emptyState();
    const on = toggleFilter(start, 'actor', 'Mark Rutte');
    expect(isSelected(on, 'actor', 'Mark Rutte')).toBe(true);
    expect(isSelected(start, 'actor', 'Mark Rutte')).toBe(false);
    expect(toggleFilter(on, 'actor', 'Mark Rutte').filters.actor).toEqual([]);
  });

  it('counts, clears and detects criteria', () => {
    const state = toggleFilter(toggleFilter(emptyState(), 'year', '2024'), 'topic', 'Diplomacy');
    expect(activeFilterCount(state)).toBe(2);
    expect(hasCriteria(state)).toBe(true);
    expect(activeFilterCount(clearFilters(state))).toBe(0);
    expect(hasCriteria(clearFilters(state))).toBe(false);
    expect(hasCriteria(withQuery(emptyState(), '   '))).toBe(false);
    expect(hasCriteria(withQuery(emptyState(), 'Rutte'))).toBe(true);
  });

  it('knows its filter keys', () => {
    expect(FILTER_KEYS).toEqual(['actor', 'country', 'place', 'topic', 'year', 'status']);
    expect(isFilterKey('country')).toBe(true);
    expect(isFilterKey('place')).toBe(true);
    expect(isFilterKey('q')).toBe(false);
  });
});

describe('what Pagefind is asked', () => {
  it('passes only the filters that have values', () => {
    const state = parseSearchState('?q=Kursk&country=North+Korea&country=Ukraine&place=Kursk+Oblast');
    expect(pagefindFilters(state)).toEqual({ country: ['North Korea', 'Ukraine'], place: ['Kursk Oblast'] });
    expect(pagefindFilters(emptyState())).toEqual({});
  });

  it('sorts by date only for newest first, or when there is no query to rank by', () => {
    expect(pagefindSort(parseSearchState('?q=Kursk'))).toBeUndefined();
    expect(pagefindSort(parseSearchState('?q=Kursk&sort=newest'))).toEqual({ date: 'desc' });
    expect(pagefindSort(parseSearchState('?country=Germany'))).toEqual({ date: 'desc' });
  });

  it('searches for null when there is no query', () => {
    expect(pagefindTerm(parseSearchState('?country=Germany'))).toBeNull();
    expect(pagefindTerm(parseSearchState('?q=Rutte'))).toBe('Rutte');
  });
});
