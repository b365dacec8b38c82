/**
 * The results list: ten results at a time (result.ts says what each shows),
 * "Show more results" for the next ten, aria-busy while a search runs, and
 * links to the browsable indexes when search cannot be loaded.
 */
import { link } from '../../routes.ts';
import { element } from './dom.ts';
import type { Connect } from './instance.ts';
import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';
import { resultView } from './result.ts';

const LIST = '[data-results]';
const MORE = '[data-more-results]';
const PAGE_SIZE = 10;

function renderResult(fragment: PagefindFragment, query: string): HTMLLIElement {
  const view = resultView(fragment, query);
  const li = element('li', { class: 'py-4' });
  const heading = element('h3', { class: 'font-serif text-lg font-semibold leading-snug' });
  heading.append(element('a', { href: view.href, class: 'text-ink hover:text-accent' }, view.title));
  const details = element('p', { class: 'mt-1 flex flex-wrap items-center gap-x-3 text-sm text-muted' });
  if (view.date) details.append(element('time', { datetime: view.date.datetime }, view.date.text));
  if (view.flag) details.append(element('span', {}, view.flag));
  if (view.status) details.append(element('span', { class: 'status-badge', 'data-status': view.status.id }, view.status.label));
  const text = element('p', { class: 'mt-1 text-[0.95rem] [&_mark]:rounded-sm [&_mark]:bg-highlight/25 [&_mark]:px-0.5 [&_mark]:text-ink' });
  if ('html' in view.text) text.innerHTML = view.text.html;
  else text.textContent = view.text.plain;
  li.append(heading, details, text);
  return li;
}

function browseLinks(): HTMLParagraphElement {
  const links = element('p', { class: 'mt-4' });
  links.append(
    'Browse ',
    element('a', { href: link.timeline() }, 'the timeline'),
    ', ',
    element('a', { href: link.actors() }, 'actors'),
    ' or ',
    element('a', { href: link.countries() }, 'countries'),
    '.',
  );
  return links;
}

export const connectResultsList: Connect = (root, search) => {
  const list = root.querySelector<HTMLOListElement>(LIST)!;
  const more = root.querySelector<HTMLButtonElement>(MORE)!;
  let results: readonly PagefindResult[] = [];
  let shown = 0;

  async function showMore(run: number, moveFocus: boolean): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(batch.map((result) => result.data()));
    if (run !== search.run) return;
    const items = fragments.map((fragment) => renderResult(fragment, search.state.q));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    more.textContent = `Show more results (${results.length - shown} more)`;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  more.addEventListener('click', () => void showMore(search.run, true));
  search.on('searching', () => list.setAttribute('aria-busy', 'true'));
  search.on('results', async ({ run, results: found }) => {
    results = found;
    shown = 0;
    list.replaceChildren();
    await showMore(run, false);
  });
  search.on('done', () => list.removeAttribute('aria-busy'));
  search.on('unavailable', (reason) => {
    if (reason === 'failed') list.replaceWith(browseLinks());
  });
};
