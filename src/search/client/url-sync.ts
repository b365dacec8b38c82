/**
 * The search in the URL (state.ts says how it is written): each change the
 * parts commit is recorded in the browser's history, and Back and Forward
 * restore the search they lead to.
 */
import type { Connect } from './instance.ts';
import { parseSearchState, serialiseSearchState, type SearchState } from './state.ts';

export function urlState(): SearchState {
  return parseSearchState(location.search);
}

export const connectUrl: Connect = (_root, search) => {
  search.on('change', ({ state, history }) => {
    const url = `${location.pathname}${serialiseSearchState(state)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  });
  window.addEventListener('popstate', () => search.restore(urlState()));
};
