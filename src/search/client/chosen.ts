/** The chosen filters as chips by the results, each a button that removes its filter. */
import { element } from './dom.ts';
import type { Connect } from './instance.ts';
import { focusQuery } from './query.ts';
import { FILTER_KEYS, toggleFilter, type FilterKey } from './state.ts';

const LIST = '[data-chosen]';

export const connectChosenFilters: Connect = (root, search) => {
  const list = root.querySelector<HTMLUListElement>(LIST)!;
  // The filters' names, as the page's legends give them, for the chips' labels.
  const legends = JSON.parse(root.dataset.legends ?? '{}') as Partial<Record<FilterKey, string>>;
  /** The label of the chip to focus once the chips are redrawn; empty for the query box. */
  let focusAfterRedraw: string | undefined;

  function chip(key: FilterKey, value: string): HTMLLIElement {
    const button = element('button', { type: 'button', class: 'chip cursor-pointer', 'aria-label': `Remove filter ${legends[key] ?? key}: ${value}` });
    button.append(value, element('span', { 'aria-hidden': 'true', class: 'text-muted' }, '×'));
    button.addEventListener('click', () => {
      // Focus goes to the next chip once the chips are redrawn, or to the search box after the last.
      const li = button.parentElement!;
      focusAfterRedraw = (li.nextElementSibling ?? li.previousElementSibling)?.querySelector('button')?.getAttribute('aria-label') ?? '';
      search.commit(toggleFilter(search.state, key, value), 'push');
    });
    const li = element('li');
    li.append(button);
    return li;
  }

  search.on('searching', (state) => {
    const chips = FILTER_KEYS.flatMap((key) => state.filters[key].map((value) => chip(key, value)));
    list.replaceChildren(...chips);
    list.hidden = chips.length === 0;
    if (focusAfterRedraw === undefined) return;
    const target = chips.map((li) => li.querySelector('button')!).find((button) => button.getAttribute('aria-label') === focusAfterRedraw);
    if (target) target.focus();
    else focusQuery(root);
    focusAfterRedraw = undefined;
  });
};
