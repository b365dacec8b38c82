/**
 * The search page's state as it lives in the URL, so that a search can be
 * shared, bookmarked and gone back to:
 *
 *   /search/?q=Kursk&country=North+Korea&country=Ukraine&sort=newest
 *
 * `q` is the query; each filter may be given several times (a briefing must
 * match every value given); `sort=newest` asks for date order, and relevance
 * is the default, so it is never written. Filter values are the readable names
 * Pagefind indexes (see ../index/record.ts), the same ones actor, country and
 * place pages link with (see ../url.ts). Pure functions, no DOM: unit-tested.
 * The page keeps the URL and this state in step in url-sync.ts.
 */
import { paths } from '../../routes.ts';
import { FACETS, type Facet } from '../facets.ts';

/** The filters, as the facet files name them, in the order the page lists them. */
export const FILTER_KEYS = FACETS;
export type FilterKey = Facet;
export type SortOrder = 'relevance' | 'newest';
export type Filters = Record<FilterKey, string[]>;

export interface SearchState {
  q: string;
  filters: Filters;
  sort: SortOrder;
}

export function emptyFilters(): Filters {
  return { actor: [], country: [], place: [], topic: [], year: [], status: [] };
}

export function emptyState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: 'relevance' };
}

export function isFilterKey(key: string): key is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(key);
}

/** Collapses runs of whitespace and trims, so "  Kursk   oblast " and "Kursk oblast" are one search. */
function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Reads the state from a query string ("?q=…", "q=…") or URLSearchParams. Unknown keys are ignored; empty and repeated values are dropped. */
export function parseSearchState(input: string | URLSearchParams): SearchState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const state = emptyState();
  state.q = clean(params.get('q') ?? '');
  for (const key of FILTER_KEYS) {
    for (const raw of params.getAll(key)) {
      const value = clean(raw);
      if (value && !state.filters[key].includes(value)) state.filters[key].push(value);
    }
  }
  state.sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
  return state;
}

/** Writes the state as a query string with its leading "?", or "" when there is nothing to say. Keys come in a fixed order, so one state has one URL. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = clean(state.q);
  if (q) params.append('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of state.filters[key]) {
      const v = clean(value);
      if (v) params.append(key, v);
    }
  }
  if (state.sort === 'newest') params.append('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search page's site path (without the base) for a state. */
export function searchPath(state: SearchState): string {
  return paths.search(serialiseSearchState(state));
}

export function activeFilterCount(state: SearchState): number {
  return FILTER_KEYS.reduce((n, key) => n + state.filters[key].length, 0);
}

/** Whether there is anything to search for: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return clean(state.q) !== '' || activeFilterCount(state) > 0;
}

export function isSelected(state: SearchState, key: FilterKey, value: string): boolean {
  return state.filters[key].includes(value);
}

/** A copy of the state with the value added to (or, if present, removed from) the filter. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  const current = state.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next } };
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q: clean(q) };
}

export function withSort(state: SearchState, sort: SortOrder): SearchState {
  return { ...state, sort };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: emptyFilters() };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serialiseSearchState(a) === serialiseSearchState(b);
}

/** The filters in the shape `pagefind.search(term, { filters })` takes: only keys with values; several values must all match. */
export function pagefindFilters(state: SearchState): Partial<Record<FilterKey, string[]>> {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) if (state.filters[key].length) filters[key] = [...state.filters[key]];
  return filters;
}

/**
 * The Pagefind sort: newest first by the `date` sort key, or undefined for
 * relevance. A search with filters but no query has no relevance to rank by,
 * so it is always in date order.
 */
export function pagefindSort(state: SearchState): { date: 'desc' } | undefined {
  return state.sort === 'newest' || !clean(state.q) ? { date: 'desc' } : undefined;
}

/** The term for `pagefind.search`: null for a filter-only search, which Pagefind answers with every page that matches the filters. */
export function pagefindTerm(state: SearchState): string | null {
  return clean(state.q) || null;
}
