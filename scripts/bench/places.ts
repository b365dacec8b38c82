/**
 * The benchmark corpus's places registry, and which places each briefing names.
 *
 * Every place is synthetic: its name comes from the corpus's made-up proper
 * names, its coordinates are a random point inside its country's shape (the
 * check refuses a place far outside its country), and its GeoNames id is made
 * up. That is acceptable here and nowhere else: the corpus is generated to be
 * built and measured, never published, where a real place's coordinates must
 * be copied from the gazetteer entry it names.
 */
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { PlaceKind } from '../../src/content.config.ts';
import { normaliseName } from '../../src/check/text.ts';
import { countryShape } from '../../src/geo/atlas.ts';
import { Random, zipfTable } from './random.ts';
import { COUNTRY_CODES, CROSSING_WORDS, FACILITY_WORDS, REGION_WORD, SPELLINGS } from './words.ts';

export interface BenchPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  coordinates: { lat: number; lon: number };
  aliases: string[];
  geonames: number;
  parent?: string;
}

/** Enough, with the zipf spread over countries, for the busiest countries to have regions with towns inside them. */
export const MIN_PLACES = 40;

/**
 * About 300 places at 10,000 briefings, 95 at 1,000: a registry grows like a
 * vocabulary, with the square root of the text (Heaps' law), not in proportion to it.
 */
export function placeCount(briefings: number): number {
  return Math.max(MIN_PLACES, Math.round(3 * Math.sqrt(briefings)));
}

/** Real GeoNames ids are below 13 million: ids from here on can never be mistaken for a real entry. */
const SYNTHETIC_GEONAMES = 90_000_000;

/** Mostly cities and regions, some towns, a few facilities and border crossings. */
const KINDS: readonly [PlaceKind, number][] = [
  ['city', 0.35],
  ['region', 0.3],
  ['town', 0.22],
  ['facility', 0.07],
  ['border-crossing', 0.06],
];

/** The zipf exponents: of places over countries (as of briefings' countries in corpus.ts), and of the places a briefing names. */
const COUNTRY_SKEW = 1.3;
const PLACE_SKEW = 1.1;

/** The share of towns inside a region of their country, when it has one. */
const TOWNS_WITH_PARENT = 0.75;
/** How far (in degrees of latitude) a town lies from its region's point at most. */
const NEAR_PARENT = 1.2;
/** Attempts at a point inside a shape before giving up; even a thin country takes a few dozen. */
const MAX_ATTEMPTS = 10_000;

/**
 * `count` places across the corpus's countries, skewed towards the countries
 * briefings name most, in order of prominence: a place earlier in the list is,
 * on the whole, named in more briefings. Names are taken in order from `names` (the corpus's
 * proper names, most frequent first), so a prominent place is also a word the
 * bodies use often.
 */
export function generatePlaces(rnd: Random, names: readonly string[], count: number): BenchPlace[] {
  // Countries with the skew the corpus gives briefings' countries, and the busiest countries' places
  // first: the most prominent places are where most briefings are.
  const drawn = Array.from({ length: count }, () => ({ rank: rnd.zipf(COUNTRY_CODES.length, COUNTRY_SKEW), kind: weighted(rnd, KINDS) })).sort(
    (a, b) => a.rank - b.rank,
  );
  const taken = new Set<string>();
  const places: (BenchPlace & { base: string })[] = [];
  let next = 0;
  for (const { rank, kind } of drawn) {
    const country = COUNTRY_CODES[rank]!;
    let base: string;
    let name: string;
    do {
      base = names[next++]!;
      name = placeName(rnd, kind, base, country);
    } while (taken.has(normaliseName(name)));
    taken.add(normaliseName(name));
    const id = normaliseName(name);
    places.push({ id, name, kind, country, coordinates: { lat: 0, lon: 0 }, aliases: [], geonames: SYNTHETIC_GEONAMES + places.length, base });
  }

  // Regions first, so that a town can be placed near the region it is in.
  const lands = new Map<string, Land>();
  const landOf = (country: string) => lands.get(country) ?? lands.set(country, largestPolygon(country)).get(country)!;
  const regions = places.filter((p) => p.kind === 'region');
  for (const region of regions) region.coordinates = pointIn(rnd, landOf(region.country));
  for (const place of places) {
    if (place.kind === 'region') continue;
    const inCountry = regions.filter((r) => r.country === place.country);
    const parent = place.kind === 'town' && inCountry.length > 0 && rnd.chance(TOWNS_WITH_PARENT) ? rnd.pick(inCountry) : undefined;
    place.parent = parent?.id;
    place.coordinates = pointIn(rnd, landOf(place.country), parent?.coordinates);
  }

  // Aliases last, so that none can take a name a place needs.
  for (const place of places) {
    const candidates =
      place.kind === 'region' && REGION_WORD[place.country] === 'Oblast'
        ? [`${place.base} region`]
        : (place.kind === 'city' || place.kind === 'town') && rnd.chance(0.35)
          ? SPELLINGS.map((table) => capitalise(table.reduce((text, [from, to]) => text.replace(from, to), place.base.toLowerCase())))
          : [];
    for (const alias of candidates) {
      if (taken.has(normaliseName(alias))) continue;
      taken.add(normaliseName(alias));
      place.aliases.push(alias);
    }
  }
  return places.map(({ base: _, ...place }) => place);
}

/**
 * A function that gives the place ids one briefing names, 1–3 of them: each
 * drawn, four times in five, from the places of one of the briefing's
 * countries (if it has any), its prominent places far more often than the
 * rest; else from every place, with the same skew.
 */
export function placePicker(rnd: Random, places: readonly BenchPlace[]): (countries: readonly string[]) => string[] {
  const byCountry = new Map<string, string[]>();
  for (const place of places) byCountry.set(place.country, [...(byCountry.get(place.country) ?? []), place.id]);
  const everywhere = places.map((p) => p.id);
  const fromList = (list: readonly string[]) => list[rnd.zipf(list.length, PLACE_SKEW, zipfTable(list.length, PLACE_SKEW))]!;
  return (countries) => {
    const count = rnd.chance(0.4) ? (rnd.chance(0.25) ? 3 : 2) : 1;
    const ids = new Set<string>();
    while (ids.size < count) {
      const local = byCountry.get(rnd.pick(countries));
      ids.add(fromList(local && rnd.chance(0.8) ? local : everywhere));
    }
    return [...ids];
  };
}

/** A place's YAML file, in the field order of the real ones. */
export function placeFile(place: BenchPlace): { name: string; text: string } {
  const lines = [
    '# Synthetic: a random point inside the country and a made-up GeoNames id, for the benchmark only (scripts/bench/places.ts).',
    `name: ${JSON.stringify(place.name)}`,
    `kind: ${place.kind}`,
    `country: ${place.country}`,
    `coordinates: { lat: ${place.coordinates.lat}, lon: ${place.coordinates.lon} }`,
    `aliases: [${place.aliases.map((a) => JSON.stringify(a)).join(', ')}]`,
    `geonames: ${place.geonames}`,
    ...(place.parent ? [`parent: ${place.parent}`] : []),
  ];
  return { name: `${place.id}.yaml`, text: lines.join('\n') + '\n' };
}

function placeName(rnd: Random, kind: PlaceKind, base: string, country: string): string {
  if (kind === 'region') return `${base} ${REGION_WORD[country] ?? 'Region'}`;
  if (kind === 'facility') return `${base} ${rnd.pick(FACILITY_WORDS)}`;
  if (kind === 'border-crossing') return `${base} ${rnd.pick(CROSSING_WORDS)}`;
  return base;
}

function weighted<T>(rnd: Random, choices: readonly [T, number][]): T {
  let x = rnd.next() * choices.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of choices) if ((x -= w) < 0) return value;
  // Rounding can leave x a hair above 0 after the last weight.
  return choices.at(-1)![0];
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A country's mainland, where its places go (not France's overseas departments or Alaska), and the box around it. */
interface Land {
  country: string;
  polygon: Polygon;
  west: number;
  width: number;
  south: number;
  height: number;
}

function largestPolygon(country: string): Land {
  const shape = countryShape(country);
  if (!shape) throw new Error(`bench places: the atlas has no shape for ${country}`);
  const polygons = shape.geometry.coordinates.map((rings): Polygon => ({ type: 'Polygon', coordinates: rings }));
  const polygon = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  // geoBounds gives west > east for a polygon across the antimeridian (Russia's mainland reaches Chukotka).
  const [[west, south], [east, north]] = geoBounds(polygon);
  return { country, polygon, west, width: east >= west ? east - west : east + 360 - west, south, height: north - south };
}

/** A point inside the land, rounded as the file writes it; near `near` when given. */
function pointIn(rnd: Random, land: Land, near?: { lat: number; lon: number }): { lat: number; lon: number } {
  const box = near ? around(near) : land;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const lon = round(((((box.west + rnd.next() * box.width + 180) % 360) + 360) % 360) - 180);
    const lat = round(box.south + rnd.next() * box.height);
    if (geoContains(land.polygon, [lon, lat])) return { lat, lon };
  }
  throw new Error(`bench places: no point found inside ${land.country} in ${MAX_ATTEMPTS} attempts`);
}

/** The box NEAR_PARENT degrees of latitude each way from a point, and as many kilometres east and west. */
function around({ lat, lon }: { lat: number; lon: number }): { west: number; width: number; south: number; height: number } {
  const lonSpan = NEAR_PARENT / Math.cos((lat * Math.PI) / 180);
  return { west: lon - lonSpan, width: 2 * lonSpan, south: lat - NEAR_PARENT, height: 2 * NEAR_PARENT };
}

/** Five decimals, about a metre: as precise as GeoNames. */
function round(degrees: number): number {
  return Math.round(degrees * 1e5) / 1e5;
}
