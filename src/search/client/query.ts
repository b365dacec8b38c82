/** The query box: it searches as the reader types (after a pause, in the same history entry) and on Enter (in a new one). */
import type { Connect } from './instance.ts';
import { withQuery } from './state.ts';

const INPUT = '#search-input';
const TYPING_DELAY = 200;

/** Puts the focus in the query box: where it goes when what held it goes away. */
export function focusQuery(root: HTMLElement): void {
  root.querySelector<HTMLInputElement>(INPUT)?.focus();
}

export const connectQueryInput: Connect = (root, search) => {
  const input = root.querySelector<HTMLInputElement>(INPUT)!;
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => search.commit(withQuery(search.state, input.value), 'replace'), TYPING_DELAY);
  });
  root.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search.commit(withQuery(search.state, input.value), 'push');
  });
  search.on('restore', (state) => {
    clearTimeout(typing);
    input.value = state.q;
  });
};
