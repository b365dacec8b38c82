/**
 * The search page's client: a small UI on Pagefind's JS API. It loads
 * /pagefind/pagefind.js and the index parts (one per year, written by the
 * build; see src/integrations/pagefind.ts and src/lib/search-parts.ts) on page
 * load, keeps the query, filters and order in the URL
 * (src/lib/search-state.ts), shows counts per filter value, and loads result
 * fragments ten at a time. Only this page ships it.
 */
import {
  FILTER_KEYS,
  activeFilterCount,
  clearFilters,
  hasCriteria,
  isSelected,
  pagefindFilters,
  pagefindSort,
  pagefindTerm,
  parseSearchState,
  sameState,
  serialiseSearchState,
  toggleFilter,
  withQuery,
  withSort,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from './state.ts';
import { searchPartPath, yearByYear } from '../parts.ts';

/** The parts of Pagefind's JS API this page uses (types are not shipped with the npm package). */
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindFragment {
  url: string;
  content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}
interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

const BUNDLE = '/pagefind/pagefind.js';
/** Options for every part: Pagefind applies options() to the first index only. */
const PART_OPTIONS = { highlightParam: 'highlight', excerptLength: 26 };
const PAGE_SIZE = 10;
/** Values shown per filter before "Show all". */
const SHORT_LIST = 6;
const TYPING_DELAY = 200;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A result's link: Pagefind adds `?highlight=<terms>` for the briefing page's highlighter, and an empty one to a filter-only search, which is dropped. */
export function resultHref(url: string): string {
  return url.replace(/\?highlight=(?=#|$)/, '');
}

/** Pagefind's excerpts are escaped text with <mark> around matches; keep only those tags, whatever the content. */
export function safeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/gi, '');
}

/** The excerpt, with an ellipsis where it starts or ends inside the page's text. */
function excerptHtml(fragment: PagefindFragment): string {
  const html = safeExcerpt(fragment.excerpt);
  const plain = html.replace(/<\/?mark>/g, '').replace(/&[^;]+;/g, ' ').trim();
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const content = words(fragment.content ?? '');
  const excerpt = words(plain);
  const atStart = excerpt.length > 0 && content.slice(0, 3).join(' ') === excerpt.slice(0, 3).join(' ');
  const atEnd = excerpt.length > 0 && content.slice(-3).join(' ') === excerpt.slice(-3).join(' ');
  return `${atStart ? '' : '…\u00a0'}${html}${atEnd ? '' : '\u00a0…'}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function startSearch(): void {
  const found = document.querySelector<HTMLFormElement>('[data-search-app]');
  if (!found) return;
  const form: HTMLFormElement = found;
  const $ = <T extends Element>(selector: string) => form.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('#search-input');
  const statusText = $<HTMLElement>('[data-status-text]');
  const resultsList = $<HTMLOListElement>('[data-results]');
  const moreResults = $<HTMLButtonElement>('[data-more-results]');
  const pane = $<HTMLDetailsElement>('[data-filters-pane]');
  const activeLabel = $<HTMLElement>('[data-filters-active]');
  const clearButton = $<HTMLButtonElement>('[data-clear-filters]');
  const chosenList = $<HTMLUListElement>('[data-chosen]');
  const legends = JSON.parse(form.dataset.legends ?? '{}') as Record<FilterKey, string>;
  const sortInputs = [...form.querySelectorAll<HTMLInputElement>('input[name="sort"]')];
  /** The index parts, newest year first. */
  const parts = (form.dataset.indexParts ?? '').split(' ').filter(Boolean);

  let state: SearchState = parseSearchState(location.search);
  let pagefind: Pagefind | undefined;
  /** Every filter value in the index, with its count over all briefings. */
  let totals: FilterCounts = {};
  let totalBriefings = 0;
  /** Incremented per search, so that a slow answer to an old search is dropped. */
  let run = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const expanded = new Set<FilterKey>();
  let focusAfterRedraw: string | undefined;
  /** The checkbox rows per filter, built once from the index, in a stable order, so that focus is never lost on an update. */
  const rows = new Map<FilterKey, { value: string; li: HTMLLIElement; box: HTMLInputElement; count: HTMLElement }[]>();

  const showInputs = () => {
    input.value = state.q;
    for (const radio of sortInputs) radio.checked = radio.value === state.sort;
  };
  showInputs();
  // Beside the results on a wide screen; on a phone, folded above them (the chosen filters show as chips by the results).
  if (matchMedia('(min-width: 48rem)').matches) pane.open = true;

  const setStatus = (text: string) => {
    statusText.textContent = text;
  };

  /** Makes `next` the current state, records it in the URL (a new history entry for deliberate changes, the same entry while typing) and searches. */
  const commit = (next: SearchState, history: 'push' | 'replace') => {
    const changed = !sameState(next, state);
    state = next;
    if (!changed) return;
    const url = `${location.pathname}${serialiseSearchState(state)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void update();
  };

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit(withQuery(state, input.value), 'replace'), TYPING_DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit(withQuery(state, input.value), 'push');
  });
  for (const radio of sortInputs) radio.addEventListener('change', () => radio.checked && commit(withSort(state, radio.value as SortOrder), 'push'));
  clearButton.addEventListener('click', () => {
    commit(clearFilters(state), 'push');
    input.focus();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    state = parseSearchState(location.search);
    showInputs();
    void update();
  });
  moreResults.addEventListener('click', () => void showMore(run, true));

  void (async () => {
    try {
      if (!parts.length) {
        setStatus('No briefings have been published yet.');
        return;
      }
      pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
      // The main thread is fast enough for a briefing desk, and skipping the worker saves a 40 KB download.
      await pagefind.options({ basePath: searchPartPath(parts[0]!), noWorker: true, ...PART_OPTIONS });
      // The other parts share the first one's WebAssembly: each adds only its own index files.
      for (const part of parts.slice(1)) await pagefind.mergeIndex(searchPartPath(part), PART_OPTIONS);
      await update();
    } catch (error) {
      console.error(error);
      setStatus('Search could not be loaded. Browse the timeline, actors or countries instead.');
      const links = element('p', { class: 'mt-4' });
      links.append('Browse ', element('a', { href: '/timeline/' }, 'the timeline'), ', ', element('a', { href: '/actors/' }, 'actors'), ' or ', element('a', { href: '/countries/' }, 'countries'), '.');
      resultsList.replaceWith(links);
    }
  })();

  function buildFilterRows() {
    for (const key of FILTER_KEYS) {
      const fieldset = form.querySelector<HTMLFieldSetElement>(`[data-filter="${key}"]`)!;
      const list = fieldset.querySelector<HTMLUListElement>('[data-filter-values]')!;
      const more = fieldset.querySelector<HTMLButtonElement>('[data-filter-more]')!;
      // Values the URL asks for but the index lacks (a misspelt link) are listed too, so they can be seen and removed.
      const counts = { ...Object.fromEntries(state.filters[key].map((v) => [v, 0])), ...totals[key] };
      const values = Object.keys(counts).sort(
        key === 'year' ? (a, b) => b.localeCompare(a) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b),
      );
      const keyRows = values.map((value, i) => {
        const id = `filter-${key}-${i}`;
        const li = element('li');
        const label = element('label', { for: id, class: 'flex cursor-pointer items-baseline gap-2 rounded px-1 py-0.5 hover:bg-line/40' });
        const box = element('input', { id, type: 'checkbox', name: key, value, class: 'accent-accent' });
        const count = element('span', { class: 'ml-auto tabular-nums text-muted' });
        label.append(box, element('span', { class: 'min-w-0' }, value), count);
        li.append(label);
        list.append(li);
        box.addEventListener('change', () => commit(toggleFilter(state, key, value), 'push'));
        return { value, li, box, count };
      });
      rows.set(key, keyRows);
      more.addEventListener('click', () => {
        if (expanded.has(key)) expanded.delete(key);
        else expanded.add(key);
        renderFilters(lastCounts);
      });
    }
  }

  let lastCounts: FilterCounts = {};
  /** Shows each value with the number of results it would leave, hiding values that would leave none (unless chosen). */
  function renderFilters(counts: FilterCounts) {
    lastCounts = counts;
    for (const key of FILTER_KEYS) {
      const fieldset = form.querySelector<HTMLFieldSetElement>(`[data-filter="${key}"]`)!;
      const more = fieldset.querySelector<HTMLButtonElement>('[data-filter-more]')!;
      const keyRows = rows.get(key) ?? [];
      const available = keyRows.filter((row) => {
        const n = counts[key]?.[row.value] ?? 0;
        const selected = isSelected(state, key, row.value);
        row.box.checked = selected;
        row.count.dataset.count = String(n);
        row.count.replaceChildren(String(n), element('span', { class: 'sr-only' }, n === 1 ? ' briefing' : ' briefings'));
        return n > 0 || selected || row.li.contains(document.activeElement);
      });
      const short = !expanded.has(key) && available.length > SHORT_LIST + 1;
      let listed = 0;
      for (const row of keyRows) {
        const show = available.includes(row) && (!short || listed < SHORT_LIST || row.box.checked || row.li.contains(document.activeElement));
        row.li.hidden = !show;
        if (show) listed++;
      }
      fieldset.hidden = available.length === 0;
      more.hidden = available.length <= SHORT_LIST + 1;
      more.textContent = expanded.has(key) ? 'Show fewer' : `Show all ${available.length}`;
      more.setAttribute('aria-expanded', String(expanded.has(key)));
    }
    const active = activeFilterCount(state);
    activeLabel.textContent = active ? `(${active} chosen)` : '';
    clearButton.hidden = active === 0;
  }

  /** The chosen filters as chips by the results, each a button that removes it. */
  function renderChosen() {
    const chips = FILTER_KEYS.flatMap((key) =>
      state.filters[key].map((value) => {
        const button = element('button', { type: 'button', class: 'chip cursor-pointer', 'aria-label': `Remove filter ${legends[key] ?? key}: ${value}` });
        button.append(value, element('span', { 'aria-hidden': 'true', class: 'text-muted' }, '×'));
        button.addEventListener('click', () => {
          // Focus goes to the next chip once the chips are redrawn, or to the search box after the last.
          const li = button.parentElement!;
          focusAfterRedraw = (li.nextElementSibling ?? li.previousElementSibling)?.querySelector('button')?.getAttribute('aria-label') ?? '';
          commit(toggleFilter(state, key, value), 'push');
        });
        const li = element('li');
        li.append(button);
        return li;
      }),
    );
    chosenList.replaceChildren(...chips);
    chosenList.hidden = chips.length === 0;
    if (focusAfterRedraw !== undefined) {
      const target = chips.map((li) => li.querySelector('button')!).find((b) => b.getAttribute('aria-label') === focusAfterRedraw);
      (target ?? input).focus();
      focusAfterRedraw = undefined;
    }
  }

  /**
   * Loads every filter's values and counts, once. On a large site this is the
   * bigger part of what search downloads, so a first search shows its results
   * before asking for it.
   */
  let facets: Promise<void> | undefined;
  let facetsReady = false;
  const loadFacets = () =>
    (facets ??= pagefind!.filters().then((counts) => {
      totals = counts;
      totalBriefings = Object.values(totals.year ?? {}).reduce((a, b) => a + b, 0);
      buildFilterRows();
      facetsReady = true;
    }));

  /**
   * Searches every part. In date order the merged results are listed year by
   * year (see src/lib/search-parts.ts); the counts per filter value come from
   * the search over all parts.
   */
  const runSearch = async () => {
    const term = pagefindTerm(state);
    const filters = pagefindFilters(state);
    const sort = pagefindSort(state);
    const all = await pagefind!.search(term, { filters, sort });
    if (!all || !sort || parts.length < 2) return all;
    const inOrder: PagefindResult[] = [];
    for (const year of yearByYear(filters, parts)) {
      const found = await pagefind!.search(term, { filters: year.filters, sort });
      if (!found) return null;
      inOrder.push(...found.results);
    }
    return { ...all, results: inOrder };
  };

  /** Runs the search for the current state. While it runs the results are aria-busy; when done, the form's data-done holds the state searched for. */
  async function update() {
    if (!pagefind) return;
    const id = ++run;
    delete form.dataset.done;
    resultsList.setAttribute('aria-busy', 'true');
    renderChosen();
    if (!hasCriteria(state)) {
      results = [];
      shown = 0;
      resultsList.replaceChildren();
      moreResults.hidden = true;
      await loadFacets();
      if (id !== run) return;
      renderFilters(totals);
      setStatus(`Type a word or choose a filter to search ${plural(totalBriefings, 'briefing', 'briefings')}.`);
    } else {
      let response = await runSearch();
      if (id !== run || !response) return;
      results = response.results;
      shown = 0;
      resultsList.replaceChildren();
      await showMore(id, false);
      if (id !== run) return;
      setStatus(describe(results.length));
      if (!facetsReady) {
        // Counts for every filter need every filter's data: load it now, then ask again (from memory) for the counts.
        await loadFacets();
        response = await runSearch();
        if (id !== run || !response) return;
      }
      renderFilters(response.filters);
    }
    resultsList.removeAttribute('aria-busy');
    form.dataset.done = serialiseSearchState(state);
  }

  function describe(n: number): string {
    const filters = activeFilterCount(state);
    const withFilters = filters ? ` with ${plural(filters, 'filter', 'filters')}` : '';
    if (!state.q) return n ? `${plural(n, 'briefing matches', 'briefings match')} the filters, newest first.` : 'No briefings match all of these filters. Try removing one.';
    if (!n) return `No briefings found for “${state.q}”${withFilters}. ${filters ? 'Try removing a filter.' : 'Try another spelling or fewer words.'}`;
    return `${plural(n, 'briefing', 'briefings')} found for “${state.q}”${withFilters}${state.sort === 'newest' ? ', newest first' : ''}.`;
  }

  async function showMore(id: number, moveFocus: boolean) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(batch.map((r) => r.data()));
    if (id !== run) return;
    const items = fragments.map(renderResult);
    resultsList.append(...items);
    shown += batch.length;
    moreResults.hidden = shown >= results.length;
    moreResults.textContent = `Show more results (${results.length - shown} more)`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function renderResult(fragment: PagefindFragment): HTMLLIElement {
    const { meta } = fragment;
    const li = element('li', { class: 'py-4' });
    const heading = element('h3', { class: 'font-serif text-lg font-semibold leading-snug' });
    heading.append(element('a', { href: resultHref(fragment.url), class: 'text-ink hover:text-accent' }, meta.title ?? fragment.url));
    const details = element('p', { class: 'mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted' });
    if (meta.date) details.append(element('time', { datetime: meta.datetime ?? '' }, meta.date));
    if (meta.flag) details.append(element('span', {}, meta.flag));
    if (meta.status) details.append(element('span', { class: 'status-badge', 'data-status': meta.status }, fragment.filters.status?.[0] ?? meta.status));
    const text = element('p', { class: 'mt-1 text-[0.95rem] [&_mark]:rounded-sm [&_mark]:bg-claimed/25 [&_mark]:px-0.5 [&_mark]:text-ink' });
    if (state.q && fragment.excerpt) text.innerHTML = excerptHtml(fragment);
    else text.textContent = meta.summary ?? '';
    li.append(heading, details, text);
    return li;
  }
}
