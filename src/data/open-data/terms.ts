/**
 * /data/actors.json, /data/countries.json and /data/places.json: what the
 * briefings name, with each one's fields and how many published briefings
 * name it. Records are sorted by id, so that a file changes only where the
 * content does.
 *
 * countries.json holds the countries that have a page (those a briefing, an
 * actor or a place names, the site index's `listedCountries`), not all 250 of
 * the ISO registry: every record's `url` then works, and a country named
 * only by an actor or a place is listed with a count of 0.
 */
import type { Actor, Country, Place } from '../../content.config.ts';
import { link } from '../../routes.ts';
import { absoluteUrl } from '../../lib/absolute-url.ts';
import { fileHeader } from './dataset.ts';
import type { ActorRecord, CountryRecord, ExportFile, PlaceRecord } from './schemas.ts';

interface Entry<D> {
  id: string;
  data: D;
}

/** Term id → the published briefings it lists (the site index's byActor, byCountry, byPlace). */
type Listed = ReadonlyMap<string, { briefings: readonly unknown[] }>;

const byId = (a: Entry<unknown>, b: Entry<unknown>) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Optional fields are left out rather than written as null, as the schemas say. */
const ifSet = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export function actorsFile(actors: Iterable<Entry<Actor>>, byActor: Listed, siteUrl: URL | undefined): ExportFile<'actors'> {
  const records = [...actors].sort(byId).map(({ id, data }): ActorRecord => ({
    id,
    url: absoluteUrl(link.actor(id), siteUrl),
    name: data.name,
    kind: data.kind,
    role: data.role,
    ...ifSet('country', data.country),
    aliases: data.aliases,
    ...ifSet('wikidata', data.wikidata),
    description: data.description,
    briefingCount: byActor.get(id)?.briefings.length ?? 0,
  }));
  return { ...fileHeader('actors', records.length, siteUrl), actors: records };
}

export function countriesFile(countries: Iterable<Entry<Country>>, byCountry: Listed, siteUrl: URL | undefined): ExportFile<'countries'> {
  const records = [...countries].sort(byId).map(({ id, data }): CountryRecord => ({
    id,
    url: absoluteUrl(link.country(id), siteUrl),
    name: data.name,
    officialName: data.officialName,
    flag: data.flag,
    aliases: data.aliases,
    demonyms: data.demonyms,
    ...ifSet('note', data.note),
    ...ifSet('wikidata', data.wikidata),
    briefingCount: byCountry.get(id)?.briefings.length ?? 0,
  }));
  return { ...fileHeader('countries', records.length, siteUrl), countries: records };
}

/**
 * `byPlace` counts a region's towns' briefings too, as its page does;
 * `mentions` counts only the briefings that name the place itself.
 */
export function placesFile(
  places: Iterable<Entry<Place>>,
  byPlace: Listed,
  mentions: ReadonlyMap<string, number>,
  siteUrl: URL | undefined,
): ExportFile<'places'> {
  const records = [...places].sort(byId).map(({ id, data }): PlaceRecord => ({
    id,
    url: absoluteUrl(link.place(id), siteUrl),
    name: data.name,
    kind: data.kind,
    country: data.country,
    coordinates: { lat: data.coordinates.lat, lon: data.coordinates.lon },
    aliases: data.aliases,
    ...ifSet('wikidata', data.wikidata),
    ...ifSet('geonames', data.geonames),
    ...ifSet('parent', data.parent),
    briefingCount: byPlace.get(id)?.briefings.length ?? 0,
    directBriefingCount: mentions.get(id) ?? 0,
  }));
  return { ...fileHeader('places', records.length, siteUrl), places: records };
}
