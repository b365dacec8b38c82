import { closest, distance } from 'fastest-levenshtein';

/** A registry of known ids, with other names (aliases, demonyms) that point at them. */
export interface IdRegistry {
  ids: ReadonlySet<string>;
  /** Lowercased other names → id, so `Zelenskyy` or `DPRK` can suggest the right id. */
  names: ReadonlyMap<string, string>;
}

export function createRegistry(entries: Iterable<{ id: string; names?: readonly string[] }>): IdRegistry {
  const ids = new Set<string>();
  const names = new Map<string, string>();
  for (const entry of entries) {
    ids.add(entry.id);
    for (const name of entry.names ?? []) {
      const key = normaliseName(name);
      if (key && !names.has(key)) names.set(key, entry.id);
    }
  }
  return { ids, names };
}

/** Lowercase, without accents, spaces as hyphens: "António Guterres" → "antonio-guterres". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id a contributor most likely meant, or undefined when nothing is close. */
export function suggestId(unknown: string, registry: IdRegistry): string | undefined {
  const key = normaliseName(unknown);
  if (registry.ids.has(key)) return key;
  const byName = registry.names.get(key);
  if (byName) return byName;
  if (registry.ids.size === 0) return undefined;
  const candidates = [...registry.ids, ...registry.names.keys()];
  const best = closest(key, candidates);
  // Short codes are too close to each other for edit distance to mean anything,
  // and beyond about a third of a longer word a guess confuses more than it helps.
  const allowed = key.length <= 3 ? 0 : Math.max(2, Math.floor(key.length / 3));
  if (distance(key, best) > allowed) return undefined;
  return registry.ids.has(best) ? best : registry.names.get(best);
}

export interface ReferenceProblem {
  /** Path of the field in the entry's data, e.g. ['actors', 2]. */
  path: (string | number)[];
  id: string;
  kind: 'actor' | 'country';
  suggestion?: string;
}

export interface ReferencingEntry {
  actors?: readonly string[];
  countries?: readonly string[];
  places?: readonly { country: string }[];
  country?: string;
}

/** Every actor and country id an entry names that the registries do not know. */
export function findUnknownReferences(entry: ReferencingEntry, actors: IdRegistry, countries: IdRegistry): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const check = (id: string, kind: 'actor' | 'country', path: (string | number)[]) => {
    const registry = kind === 'actor' ? actors : countries;
    if (!registry.ids.has(id)) problems.push({ path, id, kind, suggestion: suggestId(id, registry) });
  };
  entry.actors?.forEach((id, i) => check(id, 'actor', ['actors', i]));
  entry.countries?.forEach((id, i) => check(id, 'country', ['countries', i]));
  entry.places?.forEach((place, i) => check(place.country, 'country', ['places', i, 'country']));
  if (entry.country !== undefined) check(entry.country, 'country', ['country']);
  return problems;
}
