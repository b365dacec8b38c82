/**
 * The filters pane: a checkbox per value with the number of results it would
 * leave, "Show all" for long lists, "Clear all filters" and the count of
 * filters chosen. Which values are listed is decided in filter-list.ts.
 */
import { element } from './dom.ts';
import { filterListView, filterValues } from './filter-list.ts';
import type { Connect } from './instance.ts';
import type { FilterCounts } from './pagefind-api.ts';
import { focusQuery } from './query.ts';
import { FILTER_KEYS, activeFilterCount, clearFilters, isSelected, toggleFilter, type FilterKey } from './state.ts';

const PANE = '[data-filters-pane]';
const ACTIVE = '[data-filters-active]';
const CLEAR = '[data-clear-filters]';
const fieldsetOf = (key: FilterKey) => `[data-filter="${key}"]`;
const VALUES = '[data-filter-values]';
const MORE = '[data-filter-more]';
/** Where the pane sits beside the results; on a phone it is folded above them (the chosen filters show as chips). */
const WIDE = '(min-width: 48rem)';

interface Row {
  value: string;
  li: HTMLLIElement;
  box: HTMLInputElement;
  count: HTMLElement;
}

export const connectFilters: Connect = (root, search) => {
  const pane = root.querySelector<HTMLDetailsElement>(PANE)!;
  const active = root.querySelector<HTMLElement>(ACTIVE)!;
  const clear = root.querySelector<HTMLButtonElement>(CLEAR)!;
  const fieldsets = new Map(FILTER_KEYS.map((key) => [key, root.querySelector<HTMLFieldSetElement>(fieldsetOf(key))!]));
  const more = (key: FilterKey) => fieldsets.get(key)!.querySelector<HTMLButtonElement>(MORE)!;
  /** The checkbox rows per filter, built once from the index, in a stable order, so that focus is never lost on an update. */
  const rows = new Map<FilterKey, Row[]>();
  const expanded = new Set<FilterKey>();
  let lastCounts: FilterCounts = {};

  if (matchMedia(WIDE).matches) pane.open = true;
  clear.addEventListener('click', () => {
    search.commit(clearFilters(search.state), 'push');
    focusQuery(root);
  });
  for (const key of FILTER_KEYS) {
    more(key).addEventListener('click', () => {
      if (expanded.has(key)) expanded.delete(key);
      else expanded.add(key);
      render(lastCounts);
    });
  }

  function row(key: FilterKey, value: string, i: number): Row {
    const id = `filter-${key}-${i}`;
    const li = element('li');
    const label = element('label', { for: id, class: 'flex cursor-pointer items-baseline gap-2 rounded px-1 py-0.5 hover:bg-line/40' });
    const box = element('input', { id, type: 'checkbox', name: key, value, class: 'accent-accent' });
    const count = element('span', { class: 'ml-auto tabular-nums text-muted' });
    label.append(box, element('span', { class: 'min-w-0' }, value), count);
    li.append(label);
    box.addEventListener('change', () => search.commit(toggleFilter(search.state, key, value), 'push'));
    return { value, li, box, count };
  }

  /** Shows each value with the number of results it would leave, hiding values that would leave none (unless chosen). */
  function render(counts: FilterCounts): void {
    lastCounts = counts;
    const { state } = search;
    for (const key of FILTER_KEYS) {
      const keyRows = rows.get(key) ?? [];
      const view = filterListView(
        keyRows.map((row) => ({
          count: counts[key]?.[row.value] ?? 0,
          selected: isSelected(state, key, row.value),
          focused: row.li.contains(document.activeElement),
        })),
        expanded.has(key),
      );
      keyRows.forEach((row, i) => {
        const n = counts[key]?.[row.value] ?? 0;
        row.box.checked = isSelected(state, key, row.value);
        row.count.dataset.count = String(n);
        row.count.replaceChildren(String(n), element('span', { class: 'sr-only' }, n === 1 ? ' briefing' : ' briefings'));
        row.li.hidden = !view.shown[i];
      });
      fieldsets.get(key)!.hidden = view.hidden;
      const button = more(key);
      button.hidden = view.more.hidden;
      button.textContent = view.more.label;
      button.setAttribute('aria-expanded', String(expanded.has(key)));
    }
    const chosen = activeFilterCount(state);
    active.textContent = chosen ? `(${chosen} chosen)` : '';
    clear.hidden = chosen === 0;
  }

  search.on('facets', ({ state, totals }) => {
    for (const key of FILTER_KEYS) {
      const keyRows = filterValues(key, totals[key], state.filters[key]).map((value, i) => row(key, value, i));
      fieldsets
        .get(key)!
        .querySelector<HTMLUListElement>(VALUES)!
        .append(...keyRows.map((r) => r.li));
      rows.set(key, keyRows);
    }
  });
  search.on('counts', render);
};
