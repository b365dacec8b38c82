/**
 * The one search instance the page's parts share, in the manner of Pagefind's
 * component UI: it holds the state, runs each search on the index, and tells
 * the parts what happened through events. The parts (query.ts, sort.ts,
 * filters.ts, chosen.ts, entity-cards.ts, results.ts, status.ts, url-sync.ts)
 * each get the root element and this instance, and change the state only
 * through commit().
 */
import { Events } from './events.ts';
import type { Facets, IndexSearch } from './index-search.ts';
import type { FilterCounts, PagefindResult } from './pagefind-api.ts';
import { hasCriteria, sameState, serialiseSearchState, type SearchState } from './state.ts';
import type { Summary, Unavailable } from './status-text.ts';

/** How a change enters the browser's history: a new entry for a deliberate change, the same one while typing. */
export type HistoryMode = 'push' | 'replace';

export interface SearchEvents {
  /** The state came from the URL (on load, Back, Forward): the controls show it. */
  restore: SearchState;
  /** A part changed the state: the URL records it. */
  change: { state: SearchState; history: HistoryMode };
  /** A search for the state began. */
  searching: SearchState;
  /** The results of a search, none when there is nothing to search for; it goes on once they are shown. */
  results: { run: number; state: SearchState; results: readonly PagefindResult[] };
  summary: Summary;
  /** Every filter value in the index, once, when first needed. */
  facets: { state: SearchState; totals: FilterCounts };
  /** Per filter value, the results it would leave. */
  counts: FilterCounts;
  /** The search for the state is answered in full. */
  done: SearchState;
  unavailable: Unavailable;
}

/** A part of the search page: it finds its elements under the root and listens to the instance. */
export type Connect = (root: HTMLElement, search: SearchInstance) => void;

export class SearchInstance extends Events<SearchEvents> {
  #state: SearchState;
  #index: IndexSearch | undefined;
  /** Incremented per search, so that a slow answer to an old search is dropped. */
  #run = 0;
  #facets: Promise<Facets> | undefined;
  /** Holds data-done: the state of the last search answered in full, which the browser tests wait for. */
  readonly #root: HTMLElement;

  constructor(root: HTMLElement, state: SearchState) {
    super();
    this.#root = root;
    this.#state = state;
  }

  get state(): SearchState {
    return this.#state;
  }

  /** The current search; a part that loads more results checks it is still current before showing them. */
  get run(): number {
    return this.#run;
  }

  /** Shows the state in the controls, opens the index and searches; on failure, says so. */
  async start(open: () => Promise<IndexSearch | undefined>): Promise<void> {
    void this.emit('restore', this.#state);
    try {
      this.#index = await open();
      if (!this.#index) return await this.emit('unavailable', 'empty');
      await this.update();
    } catch (error) {
      console.error(error);
      await this.emit('unavailable', 'failed');
    }
  }

  /** Makes `next` the state; if it differs, records it in the URL and searches. */
  commit(next: SearchState, history: HistoryMode): void {
    const changed = !sameState(next, this.#state);
    this.#state = next;
    if (!changed) return;
    void this.emit('change', { state: next, history });
    void this.update();
  }

  /** Makes a state read from the URL the state, shows it in the controls and searches. */
  restore(state: SearchState): void {
    this.#state = state;
    void this.emit('restore', state);
    void this.update();
  }

  /** Loads the facets once: a first search shows its results before asking for them. */
  #loadFacets(index: IndexSearch): Promise<Facets> {
    return (this.#facets ??= index.facets().then(async (facets) => {
      await this.emit('facets', { state: this.#state, totals: facets.totals });
      return facets;
    }));
  }

  /** Runs the search for the current state. While it runs, data-done is absent; when done, it holds the state searched for. */
  async update(): Promise<void> {
    const index = this.#index;
    if (!index) return;
    const run = ++this.#run;
    const current = () => run === this.#run;
    const state = this.#state;
    delete this.#root.dataset.done;
    await this.emit('searching', state);
    if (!hasCriteria(state)) {
      await this.emit('results', { run, state, results: [] });
      const facets = await this.#loadFacets(index);
      if (!current()) return;
      await this.emit('counts', facets.totals);
      await this.emit('summary', { state, briefings: facets.briefings });
    } else {
      const answer = await index.search(state);
      if (!current() || !answer) return;
      await this.emit('results', { run, state, results: answer.results });
      if (!current()) return;
      await this.emit('summary', { state, found: answer.results.length });
      // The filter pane lists every value before it shows their counts.
      await this.#loadFacets(index);
      const counts = await answer.counts();
      if (!current()) return;
      await this.emit('counts', counts);
    }
    await this.emit('done', state);
    this.#root.dataset.done = serialiseSearchState(state);
  }
}
