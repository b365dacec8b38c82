/**
 * How far a point lies outside a country's shape, for the check that refuses
 * a place far from the country it names. Each country is indexed once: its
 * polygons with their bounding boxes, for a planar point-in-polygon test in
 * longitude and latitude (at 1:50m the same answer as d3's spherical one, and
 * far cheaper), and its border as unit vectors, to measure distances on the sphere.
 */
import { geoContains } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import { countryShape } from './atlas.ts';
import { chordToKm, toVector, type Vec3 } from './sphere.ts';

interface PolygonIndex {
  /** Rings as flat lon, lat pairs, longitudes unwrapped so that a ring across the antimeridian is continuous. */
  rings: Float64Array[];
  west: number;
  east: number;
  south: number;
  north: number;
  /** Set for a polygon around a pole (Antarctica), which no planar test can answer: d3's spherical test does. */
  aroundPole?: Polygon;
}

interface CountryIndex {
  polygons: PolygonIndex[];
  /** Each ring's vertices as flat x, y, z triples. */
  border: Float64Array[];
}

const indexes = new Map<string, CountryIndex | undefined>();

/**
 * 0 when the point is inside the country's shape (Natural Earth 1:50m, with
 * the changes atlas.ts makes), else the great-circle distance in km to the
 * nearest point of its border; undefined when the atlas has no shape for the code.
 */
export function kmOutsideCountry(iso2: string, point: { lat: number; lon: number }): number | undefined {
  const index = countryIndex(iso2.toLowerCase());
  if (!index) return undefined;
  if (index.polygons.some((polygon) => contains(polygon, point.lon, point.lat))) return 0;
  const p = toVector(point.lon, point.lat);
  let best = Infinity;
  for (const ring of index.border) for (let i = 3; i < ring.length; i += 3) best = Math.min(best, segmentChord(ring, i - 3, i, p));
  return chordToKm(best);
}

function countryIndex(iso2: string): CountryIndex | undefined {
  if (indexes.has(iso2)) return indexes.get(iso2);
  const shape = countryShape(iso2);
  const index = shape && {
    polygons: shape.geometry.coordinates.map(indexPolygon),
    border: shape.geometry.coordinates.flat().map((ring) => Float64Array.from(ring.flatMap(([lon, lat]) => toVector(lon!, lat!)))),
  };
  indexes.set(iso2, index);
  return index;
}

function indexPolygon(coordinates: Position[][]): PolygonIndex {
  const index: PolygonIndex = { rings: [], west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const ring of coordinates) {
    const flat = new Float64Array(ring.length * 2);
    let shift = 0;
    ring.forEach(([lon, lat], i) => {
      const step = i ? lon! - ring[i - 1]![0]! : 0;
      shift += step > 180 ? -360 : step < -180 ? 360 : 0;
      flat[2 * i] = lon! + shift;
      flat[2 * i + 1] = lat!;
      index.west = Math.min(index.west, lon! + shift);
      index.east = Math.max(index.east, lon! + shift);
      index.south = Math.min(index.south, lat!);
      index.north = Math.max(index.north, lat!);
    });
    // A ring that ends a whole turn from where it started goes round a pole.
    if (shift !== 0) index.aroundPole = { type: 'Polygon', coordinates };
    index.rings.push(flat);
  }
  return index;
}

function contains(polygon: PolygonIndex, lon: number, lat: number): boolean {
  if (polygon.aroundPole) return geoContains(polygon.aroundPole, [lon, lat]);
  if (lat < polygon.south || lat > polygon.north) return false;
  // The polygon's longitudes may run past ±180: try the point's longitude a turn either way too.
  return [lon, lon - 360, lon + 360].some((x) => x >= polygon.west && x <= polygon.east && evenOdd(polygon.rings, x, lat));
}

/** Ray casting over all rings, so that holes (Lesotho in South Africa) are outside. */
function evenOdd(rings: Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const yi = ring[i + 1]!;
      const yj = ring[j + 1]!;
      if (yi > y !== yj > y && x < ((ring[j]! - ring[i]!) * (y - yi)) / (yj - yi) + ring[i]!) inside = !inside;
    }
  return inside;
}

/** The chord from p to the nearest point of the segment a–b (as a chord of the sphere: close to the arc for short edges). */
function segmentChord(points: Float64Array, a: number, b: number, p: Vec3): number {
  const ax = points[a]!,
    ay = points[a + 1]!,
    az = points[a + 2]!;
  const dx = points[b]! - ax,
    dy = points[b + 1]! - ay,
    dz = points[b + 2]! - az;
  const length2 = dx * dx + dy * dy + dz * dz;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy + (p[2] - az) * dz) / length2));
  const ex = ax + t * dx - p[0],
    ey = ay + t * dy - p[1],
    ez = az + t * dz - p[2];
  return Math.sqrt(ex * ex + ey * ey + ez * ez);
}
