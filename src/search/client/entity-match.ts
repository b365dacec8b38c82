/**
 * Which entities (../entities.ts) a query offers as cards, best first. Pure:
 * unit-tested. Names are compared as the project compares them
 * (normaliseName: lowercase, no accents, words joined by hyphens).
 *
 * A query matches an entity when, best first:
 * 1. it is the entity's name ("Kyiv" → Kyiv);
 * 2. it is one of its other names ("Kiev" → Kyiv, "DPRK" → North Korea);
 * 3. it holds one of its names as whole words ("North Korean troops" →
 *    North Korea, by the demonym), for names of 4 characters or more, so
 *    that codes such as "IN" or "IT" are not read out of ordinary words;
 * 4. every word of it is a word of one of its names ("Kyiv" → Kyiv Oblast),
 *    for queries of 3 characters or more.
 * "Rostov governor" offers nothing: "governor" is no word of Rostov Oblast,
 * and matching on any one word would offer every "… of Ukraine" for "Ukraine aid".
 */
import { normaliseName } from '../../check/text.ts';
import type { SearchEntity } from '../entities.ts';

/** At most this many cards: the briefings are what the reader searched for. */
export const MAX_CARDS = 3;
const MIN_CONTAINED = 4;
const MIN_PARTIAL = 3;

const words = (key: string) => key.split('-');

/** How well the normalised query matches a name: 0 best, undefined no match (see the list above). */
function nameRank(query: string, key: string, isName: boolean): number | undefined {
  if (key === query) return isName ? 0 : 1;
  if (key.length >= MIN_CONTAINED && `-${query}-`.includes(`-${key}-`)) return 2;
  if (query.length >= MIN_PARTIAL && words(query).every((word) => words(key).includes(word))) return 3;
  return undefined;
}

/** A matcher over the entities, with their names normalised once. */
export function entityMatcher(entities: readonly SearchEntity[]): (query: string) => SearchEntity[] {
  const keyed = entities.map((entity) => ({ entity, name: normaliseName(entity.name), aliases: entity.aliases ?? [] }));
  return (text) => {
    const query = normaliseName(text);
    if (!query) return [];
    const ranked: { entity: SearchEntity; rank: number }[] = [];
    for (const { entity, name, aliases } of keyed) {
      const ranks = [nameRank(query, name, true), ...aliases.map((alias) => nameRank(query, alias, false))].filter((r) => r !== undefined);
      if (ranks.length) ranked.push({ entity, rank: Math.min(...ranks) });
    }
    // Array.prototype.sort is stable: within a rank, actors, then countries, then places.
    return ranked
      .sort((a, b) => a.rank - b.rank)
      .slice(0, MAX_CARDS)
      .map(({ entity }) => entity);
  };
}
