/**
 * Cards for the actors, countries and places a query names (entity-match.ts),
 * above the results: "Umierov" opens with Rustem Umerov's card, then his
 * briefings. The entities file (../entities.ts) is fetched once, when the
 * first query is searched for, and meanwhile Pagefind searches; the cards are
 * shown with the results, so a search is not done (data-done) before them.
 * If the file cannot be loaded, there are no cards and the results still show.
 */
import { withBase } from '../../routes.ts';
import { ENTITIES_PATH, type SearchEntity } from '../entities.ts';
import { element } from './dom.ts';
import { entityMatcher } from './entity-match.ts';
import type { Connect } from './instance.ts';

const LIST = '[data-entities]';

type Matcher = ReturnType<typeof entityMatcher>;

async function loadMatcher(): Promise<Matcher> {
  try {
    const response = await fetch(withBase(ENTITIES_PATH));
    if (!response.ok) throw new Error(`${ENTITIES_PATH}: HTTP ${response.status}`);
    return entityMatcher((await response.json()) as SearchEntity[]);
  } catch (error) {
    console.error(error);
    return () => [];
  }
}

function renderCard(entity: SearchEntity): HTMLLIElement {
  const li = element('li');
  const a = element('a', {
    href: entity.href,
    class: 'block h-full rounded border border-line px-3 py-2 text-ink no-underline hover:border-accent hover:text-accent',
  });
  const name = element('span', { class: 'block font-serif font-semibold leading-snug' });
  // The flag is decoration: the country's name follows it.
  if (entity.flag) name.append(element('span', { 'aria-hidden': 'true', class: 'mr-1.5' }, entity.flag));
  name.append(entity.name);
  a.append(name);
  if (entity.label) a.append(element('span', { class: 'mt-0.5 block text-sm text-muted' }, entity.label));
  li.append(a);
  return li;
}

export const connectEntityCards: Connect = (root, search) => {
  const list = root.querySelector<HTMLUListElement>(LIST)!;
  let matcher: Promise<Matcher> | undefined;

  search.on('searching', (state) => {
    if (state.q) matcher ??= loadMatcher();
  });
  search.on('results', async ({ run, state }) => {
    const found = state.q && matcher ? (await matcher)(state.q) : [];
    if (run !== search.run) return;
    list.replaceChildren(...found.map(renderCard));
    list.hidden = found.length === 0;
  });
};
