/**
 * The search page's client: a small UI on Pagefind's JS API, in parts around
 * one shared instance (instance.ts), each part with the elements it uses:
 *
 * - loader.ts: Pagefind's script and the index parts (../parts.ts), merged
 *   (the build writes them: ../index/), searched by index-search.ts;
 * - url-sync.ts: the query, filters and order in the URL (state.ts);
 * - query.ts, sort.ts: the query box and the order control;
 * - filters.ts, chosen.ts: the filters with their counts, and chips of the
 *   filters chosen;
 * - entity-cards.ts: cards for the actors, countries and places the query
 *   names (entity-match.ts), above the results;
 * - results.ts: the results, ten at a time (result.ts);
 * - status.ts: the status line (status-text.ts).
 *
 * Only the search page ships it.
 */
import { connectChosenFilters } from './chosen.ts';
import { connectEntityCards } from './entity-cards.ts';
import { connectFilters } from './filters.ts';
import { SearchInstance, type Connect } from './instance.ts';
import { openIndex } from './loader.ts';
import { connectQueryInput } from './query.ts';
import { connectResultsList } from './results.ts';
import { connectSortControl } from './sort.ts';
import { connectStatusLine } from './status.ts';
import { connectUrl, urlState } from './url-sync.ts';

const ROOT = '[data-search-app]';
const PARTS: readonly Connect[] = [
  connectUrl,
  connectQueryInput,
  connectSortControl,
  connectFilters,
  connectChosenFilters,
  connectEntityCards,
  connectResultsList,
  connectStatusLine,
];

export function startSearch(): void {
  const root = document.querySelector<HTMLFormElement>(ROOT);
  if (!root) return;
  const search = new SearchInstance(root, urlState());
  for (const connect of PARTS) connect(root, search);
  void search.start(() => openIndex(root));
}
