/**
 * The points a map must show to frame a country: the vertices of its main
 * body (its largest polygon and the land near it, not French Guiana for
 * France or Hawaii for the United States), sampled so that framing a page
 * costs microseconds. Computed once per country.
 */
import { geoArea, geoCentroid, geoDistance } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import { countryShape } from './atlas.ts';
import { EARTH_RADIUS_KM } from './sphere.ts';

export interface FocusPoints {
  points: [number, number][];
  /** Too big to frame whole when there is anything more particular to show (Russia, China, the United States). */
  big: boolean;
}

/** Land this far beyond the largest polygon's reach still belongs to the main body (Corsica, Crimea, Sicily). */
const NEAR_KM = 500;
/** A country whose largest polygon reaches farther than this from its centre is big (outlying islands aside: India is not). */
const BIG_KM = 2000;
/** Enough vertices to frame a country within a pixel or two. */
const SAMPLE = 256;

const memo = new Map<string, FocusPoints | undefined>();

export function focusPoints(iso2: string): FocusPoints | undefined {
  const id = iso2.toLowerCase();
  if (!memo.has(id)) memo.set(id, compute(id));
  return memo.get(id);
}

function compute(id: string): FocusPoints | undefined {
  const shape = countryShape(id);
  if (!shape) return undefined;
  const polygons: Polygon[] = shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const main = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const centre = geoCentroid(main);
  const reach = (ring: Position[]) => Math.max(...ring.map((p) => geoDistance(centre, p as [number, number]))) * EARTH_RADIUS_KM;
  const mainReach = reach(main.coordinates[0]!);
  const body = polygons.filter((p) => p === main || geoDistance(centre, geoCentroid(p)) * EARTH_RADIUS_KM <= mainReach + NEAR_KM);
  const vertices = body.flatMap((p) => p.coordinates[0]!);
  const step = Math.ceil(vertices.length / SAMPLE);
  return {
    points: vertices.filter((_, i) => i % step === 0).map(([lon, lat]) => [lon!, lat!]),
    big: mainReach > BIG_KM,
  };
}
