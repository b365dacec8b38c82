/**
 * The entities search offers as cards above the results (issue #17): every
 * actor, country and place that has a page, with the names a reader might
 * type for it. The build writes them in shards, one per initial of a word
 * of a name (src/pages/search/entities/[shard].json.ts); the search page
 * fetches the shards of its query's words, each once, and matches in
 * client/entity-match.ts. A whole file of 300 actors, 300 places and their
 * countries was 62 KB, 11 % of a first query at 10,000 briefings; a shard is
 * a few KB.
 *
 * The names are stored normalised, each once, and without the display name's
 * own form, which the client derives from `name`.
 */
import { normaliseName } from '../check/text.ts';
import { placeKindLabel } from '../data/views.ts';
import { link } from '../routes.ts';

/** Where the build writes a shard of the entities, a site path (without the base). */
export const entitiesPath = (shard: string) => `/search/entities/${shard}.json`;

/** The shard of a normalised word: its initial, or `_` for any initial but a Latin letter or a digit. */
export function shardOf(word: string): string {
  const initial = word[0] ?? '_';
  return /[a-z0-9]/.test(initial) ? initial : '_';
}

export interface SearchEntity {
  /** The entity's page, under the base. */
  href: string;
  name: string;
  /** An actor's role, a place's kind and country, a country's official name. */
  label?: string;
  /** A country's flag. */
  flag?: string;
  /** The other names it is found by, normalised (normaliseName). */
  aliases?: string[];
  /** Its place in the full list (actors, countries, places), so that matches from several shards keep that order. */
  order?: number;
}

export interface ActorInput {
  id: string;
  name: string;
  role: string;
  aliases: readonly string[];
}

export interface CountryInput {
  id: string;
  name: string;
  officialName: string;
  flag: string;
  /** Codes, the official name, alternative spellings and the desk's aliases (src/data/countries.ts). */
  aliases: readonly string[];
  demonyms: readonly string[];
}

export interface PlaceInput {
  id: string;
  name: string;
  kind: string;
  country: string;
  aliases: readonly string[];
}

/** The other names, normalised, each once, without the name's own form or any that normalise to nothing. */
function otherNames(name: string, names: readonly string[]): string[] | undefined {
  const own = normaliseName(name);
  const keys = [...new Set(names.map(normaliseName))].filter((key) => key && key !== own);
  return keys.length ? keys : undefined;
}

/** Drops the fields that are undefined, so the JSON carries no empty keys. */
function compact(entity: SearchEntity): SearchEntity {
  return Object.fromEntries(Object.entries(entity).filter(([, value]) => value !== undefined)) as SearchEntity;
}

export function actorEntity(actor: ActorInput): SearchEntity {
  return compact({ href: link.actor(actor.id), name: actor.name, label: actor.role, aliases: otherNames(actor.name, actor.aliases) });
}

export function countryEntity(country: CountryInput): SearchEntity {
  return compact({
    href: link.country(country.id),
    name: country.name,
    label: country.officialName !== country.name ? country.officialName : undefined,
    flag: country.flag,
    aliases: otherNames(country.name, [country.officialName, ...country.aliases, ...country.demonyms]),
  });
}

/** `countryName` gives a place's country its common name: "City, Ukraine". */
export function placeEntity(place: PlaceInput, countryName: (id: string) => string | undefined): SearchEntity {
  const country = countryName(place.country);
  return compact({
    href: link.place(place.id),
    name: place.name,
    label: [placeKindLabel(place.kind), country].filter(Boolean).join(', '),
    aliases: otherNames(place.name, place.aliases),
  });
}

/** Every entity with a page: actors, then countries, then places, as the site index lists them. */
export function searchEntities(input: { actors: Iterable<ActorInput>; countries: Iterable<CountryInput>; places: Iterable<PlaceInput> }): SearchEntity[] {
  const countries = [...input.countries];
  const names = new Map(countries.map((c) => [c.id, c.name]));
  return [
    ...[...input.actors].map(actorEntity),
    ...countries.map(countryEntity),
    ...[...input.places].map((place) => placeEntity(place, (id) => names.get(id))),
  ];
}

/**
 * The entities by shard: each in the shard of the initial of every word of every one of its names. A query's
 * match needs the query's first word in a name, or a name's first word in the query (client/entity-match.ts),
 * so the shards of the query's words hold every entity it can match.
 */
export function entityShards(entities: readonly SearchEntity[]): Map<string, SearchEntity[]> {
  const shards = new Map<string, SearchEntity[]>();
  entities.forEach((entity, order) => {
    const keys = new Set([normaliseName(entity.name), ...(entity.aliases ?? [])].flatMap((name) => name.split('-').filter(Boolean).map(shardOf)));
    for (const key of [...keys].sort()) shards.set(key, [...(shards.get(key) ?? []), { ...entity, order }]);
  });
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : 1)));
}
