/**
 * Country shapes from world-atlas (Natural Earth TopoJSON), keyed by lowercase
 * ISO 3166-1 alpha-2 code, read once per process. A country is one merged
 * MultiPolygon: features that share a code are united and their common
 * border removed.
 *
 * Natural Earth draws some borders de facto; Sitrep checks and draws
 * countries de jure, as the country registry (world-countries) names them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryObject, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import worldCountries from 'world-countries';

/** 50m for shapes and regional maps; 110m is enough for a world-scale map at ~640 px. */
export type Resolution = '50m' | '110m';

export interface CountryShape {
  /** Lowercase ISO alpha-2 code, or a slug of the name for land with no code. */
  id: string;
  geometry: MultiPolygon;
}

type Area = TopoPolygon | TopoMultiPolygon;
type Atlas = Topology<{ countries: { type: 'GeometryCollection'; geometries: (Area & { id?: string; properties: { name: string } })[] } }>;

/** Features world-atlas gives no ISO numeric id, by name: the code they count as. */
const UNNUMBERED: Readonly<Record<string, string>> = {
  Kosovo: 'xk',
  // Not recognised as states: part of the country that holds them de jure.
  'N. Cyprus': 'cy',
  Somaliland: 'so',
};

/**
 * Natural Earth draws Crimea inside Russia. Sitrep follows UN General Assembly
 * resolution 68/262: the Russian polygon holding this point (Simferopol) is Ukraine's.
 */
const CRIMEA = { point: [34.1, 44.95] as [number, number], from: 'ru', to: 'ua' };

const isoByNumeric = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c.cca2.toLowerCase()]));
const shapes = new Map<Resolution, ReadonlyMap<string, CountryShape>>();

/** Every country shape at a resolution, sorted by id; computed once per process. */
export function countryShapes(resolution: Resolution = '50m'): ReadonlyMap<string, CountryShape> {
  let found = shapes.get(resolution);
  if (!found) shapes.set(resolution, (found = buildShapes(readAtlas(resolution))));
  return found;
}

/** The 50m shape of a country, if the atlas has one (not every ISO code has: Gibraltar, Tuvalu…). */
export function countryShape(iso2: string): CountryShape | undefined {
  return countryShapes('50m').get(iso2.toLowerCase());
}

const lands = new Map<Resolution, CountryShape>();

/** All land as one shape, with no borders: the context of a world map, where borders would be most of its bytes. */
export function landShape(resolution: Resolution): CountryShape {
  let land = lands.get(resolution);
  if (!land) {
    const atlas = readAtlas(resolution);
    lands.set(resolution, (land = { id: 'land', geometry: feature(atlas, mergeArcs(atlas, atlas.objects.countries.geometries)).geometry }));
  }
  return land;
}

const atlasFile = (resolution: Resolution) => createRequire(import.meta.url).resolve(`world-atlas/countries-${resolution}.json`);

/** The files the shapes are read from, for the keys of what is drawn from them. */
export const atlasFiles = (): string[] => (['50m', '110m'] as const).map(atlasFile);

function readAtlas(resolution: Resolution): Atlas {
  return JSON.parse(readFileSync(atlasFile(resolution), 'utf8')) as Atlas;
}

function buildShapes(atlas: Atlas): ReadonlyMap<string, CountryShape> {
  const parts = new Map<string, Area[]>();
  const add = (id: string, area: Area) => {
    const list = parts.get(id);
    if (list) list.push(area);
    else parts.set(id, [area]);
  };
  for (const geometry of atlas.objects.countries.geometries) {
    const name = geometry.properties.name;
    const id = (geometry.id && isoByNumeric.get(geometry.id)) ?? UNNUMBERED[name] ?? slug(name);
    if (id === CRIMEA.from) for (const [to, area] of moveCrimea(atlas, geometry)) add(to, area);
    else add(id, geometry);
  }
  return new Map(
    [...parts.keys()].sort().map((id) => {
      const merged = mergeArcs(atlas, parts.get(id)!);
      return [id, { id, geometry: feature(atlas, merged).geometry }];
    }),
  );
}

/** Russia's polygons, with the one that holds Crimea handed to Ukraine. */
function moveCrimea(atlas: Topology, geometry: GeometryObject): [string, Area][] {
  if (geometry.type !== 'MultiPolygon') return [[CRIMEA.from, geometry as Area]];
  return geometry.arcs.map((arcs): [string, Area] => {
    const polygon: TopoPolygon = { type: 'Polygon', arcs };
    return [geoContains(feature(atlas, polygon), CRIMEA.point) ? CRIMEA.to : CRIMEA.from, polygon];
  });
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
