/**
 * The ids a briefing, an actor or a place may refer to, with the other names
 * that point at them: every ISO 3166-1 country, and every actor and place
 * whose file is valid.
 * The check resolves references against these, and `npm run new` accepts ids
 * from the same registries.
 */
import { countryRegistry } from '../data/countries.ts';
import { normaliseName } from './text.ts';

/** A registry of known ids, with other names (aliases, demonyms) that point at them. */
export interface IdRegistry {
  ids: ReadonlySet<string>;
  /** Normalised other names → id, so `Zelenskyy` or `DPRK` can suggest the right id. */
  names: ReadonlyMap<string, string>;
  /** id → what to show beside it: an actor's name, a country's common name. */
  labels: ReadonlyMap<string, string>;
}

export function createRegistry(entries: Iterable<{ id: string; names?: readonly string[]; label?: string }>): IdRegistry {
  const ids = new Set<string>();
  const names = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const entry of entries) {
    ids.add(entry.id);
    if (entry.label !== undefined) labels.set(entry.id, entry.label);
    for (const name of entry.names ?? []) {
      const key = normaliseName(name);
      if (key && !names.has(key)) names.set(key, entry.id);
    }
  }
  return { ids, names, labels };
}

/** Every country, by lowercase ISO code, known also by its official name, aliases and demonyms. */
export function countryIdRegistry(): IdRegistry {
  return createRegistry(countryRegistry().map((c) => ({ id: c.id, names: [c.name, c.officialName, ...c.aliases, ...c.demonyms], label: c.name })));
}

type NamedEntries = Iterable<[string, { data: { name: string; aliases: readonly string[] } }]>;

/** Actors by id (their file name), known also by their name and aliases. */
export function actorIdRegistry(actors: NamedEntries): IdRegistry {
  return createRegistry([...actors].map(([id, { data }]) => ({ id, names: [data.name, ...data.aliases], label: data.name })));
}

/** Places by id (their file name), known also by their name and aliases: `Zaporozhye` suggests `zaporizhzhia`. */
export const placeIdRegistry: (places: NamedEntries) => IdRegistry = actorIdRegistry;
