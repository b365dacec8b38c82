/** What the status line says: pure functions, shown by status.ts. */
import { activeFilterCount, type SearchState } from './state.ts';

/** A search answered (`found` results), or nothing to search for yet (`briefings` in the index). */
export type Summary = { state: SearchState; found: number } | { state: SearchState; briefings: number };

/** Why search cannot run: nothing is published, or Pagefind failed to load or to answer. */
export type Unavailable = 'empty' | 'failed';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function summaryText(summary: Summary): string {
  if ('briefings' in summary) return `Type a word or choose a filter to search ${plural(summary.briefings, 'briefing', 'briefings')}.`;
  const { state, found: n } = summary;
  const filters = activeFilterCount(state);
  const withFilters = filters ? ` with ${plural(filters, 'filter', 'filters')}` : '';
  if (!state.q)
    return n ? `${plural(n, 'briefing matches', 'briefings match')} the filters, newest first.` : 'No briefings match all of these filters. Try removing one.';
  if (!n) return `No briefings found for “${state.q}”${withFilters}. ${filters ? 'Try removing a filter.' : 'Try another spelling or fewer words.'}`;
  return `${plural(n, 'briefing', 'briefings')} found for “${state.q}”${withFilters}${state.sort === 'newest' ? ', newest first' : ''}.`;
}

/** `dev`: under `npm run dev`, which serves no search index, so that failing to load it is no surprise. */
export function unavailableText(reason: Unavailable, dev = false): string {
  if (reason === 'empty') return 'No briefings have been published yet.';
  if (dev) return 'Search does not run under npm run dev: its index is written by npm run build. Run npm run build, then npm run preview, to search.';
  return 'Search could not be loaded. Browse the timeline, actors, countries or places instead.';
}
