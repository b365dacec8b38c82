/**
 * Cards for the actors, countries and places a query names (entity-match.ts),
 * above the results: "Umierov" opens with Rustem Umerov's card, then his
 * briefings. The shards of the entities (../entities.ts) that the query's
 * words need are fetched while Pagefind searches, each once; the cards are
 * shown with the results, so a search is not done (data-done) before them.
 * If the file cannot be loaded, there are no cards and the results still show.
 */
import { normaliseName } from '../../check/text.ts';
import { withBase } from '../../routes.ts';
import { entitiesPath, shardOf, type SearchEntity } from '../entities.ts';
import { element } from './dom.ts';
import { entityMatcher } from './entity-match.ts';
import type { Connect } from './instance.ts';

const LIST = '[data-entities]';

/** Each shard fetched once per page; a shard that cannot be loaded counts as empty (logged), so the results still show. */
const shards = new Map<string, Promise<SearchEntity[]>>();

function loadShard(shard: string): Promise<SearchEntity[]> {
  let loading = shards.get(shard);
  if (!loading) {
    loading = fetch(withBase(entitiesPath(shard)))
      .then((response) => {
        // A letter no name starts a word with has no shard.
        if (response.status === 404) return [];
        if (!response.ok) throw new Error(`${entitiesPath(shard)}: HTTP ${response.status}`);
        return response.json() as Promise<SearchEntity[]>;
      })
      .catch((error: unknown) => {
        console.error(error);
        return [];
      });
    shards.set(shard, loading);
  }
  return loading;
}

/** The entities a query can match: those in the shards of its words, each once, in the full list's order. */
async function candidates(query: string): Promise<SearchEntity[]> {
  const keys = [...new Set(normaliseName(query).split('-').filter(Boolean).map(shardOf))];
  const byHref = new Map<string, SearchEntity>();
  for (const list of await Promise.all(keys.map(loadShard))) for (const entity of list) byHref.set(entity.href, entity);
  return [...byHref.values()].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
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
  let pending: Promise<SearchEntity[]> | undefined;

  // Fetched while Pagefind searches, so the cards are ready with the results.
  search.on('searching', (state) => {
    pending = state.q ? candidates(state.q) : undefined;
  });
  search.on('results', async ({ run, state }) => {
    const found = state.q && pending ? entityMatcher(await pending)(state.q) : [];
    if (run !== search.run) return;
    list.replaceChildren(...found.map(renderCard));
    list.hidden = found.length === 0;
  });
};
