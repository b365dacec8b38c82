/** The order control: best match or newest first. */
import type { Connect } from './instance.ts';
import { withSort, type SortOrder } from './state.ts';

const RADIOS = 'input[name="sort"]';

export const connectSortControl: Connect = (root, search) => {
  const radios = [...root.querySelectorAll<HTMLInputElement>(RADIOS)];
  for (const radio of radios) radio.addEventListener('change', () => radio.checked && search.commit(withSort(search.state, radio.value as SortOrder), 'push'));
  search.on('restore', (state) => {
    for (const radio of radios) radio.checked = radio.value === state.sort;
  });
};
