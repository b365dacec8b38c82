/**
 * Circles on the sphere around countries and around a map's view, so that a
 * base layer projects only the countries that could show in it: a few dozen
 * of the atlas's 240 for a regional map.
 */
import type { CountryShape } from './atlas.ts';
import { toVector, type Vec3 } from './sphere.ts';

export interface Cap {
  centre: Vec3;
  /** Radians from the centre to the farthest point. */
  radius: number;
}

const memo = new WeakMap<CountryShape, Cap>();

/** The cap around a country, computed once per shape. */
export function shapeCap(shape: CountryShape): Cap {
  let cap = memo.get(shape);
  if (!cap) memo.set(shape, (cap = capAround(shape.geometry.coordinates.flat(2).map(([lon, lat]) => toVector(lon!, lat!)))));
  return cap;
}

const polygonMemo = new WeakMap<object, Cap>();

/** The cap around one polygon of a country (an island, a mainland), computed once per polygon. */
export function polygonCap(polygon: readonly (readonly (readonly number[])[])[]): Cap {
  let cap = polygonMemo.get(polygon);
  if (!cap) polygonMemo.set(polygon, (cap = capAround(polygon.flat().map(([lon, lat]) => toVector(lon!, lat!)))));
  return cap;
}

/** Whether a cap lies wholly within `radians` of a point. */
export function capWithin(cap: Cap, centre: Vec3, radians: number): boolean {
  return between(cap.centre, centre) + cap.radius < radians;
}

/**
 * The cap around a view: its centre and the farthest of its corners given as
 * [lon, lat] (null where a corner is off the globe: then the hemisphere).
 */
export function viewCap(centre: [number, number], corners: ([number, number] | null)[]): Cap {
  const c = toVector(centre[0], centre[1]);
  if (corners.some((p) => !p || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return { centre: c, radius: Math.PI / 2 };
  return { centre: c, radius: Math.max(...corners.map((p) => between(c, toVector(p![0], p![1])))) };
}

export function overlaps(a: Cap, b: Cap): boolean {
  return between(a.centre, b.centre) <= a.radius + b.radius;
}

function capAround(vectors: Vec3[]): Cap {
  const sum = vectors.reduce<Vec3>((s, v) => [s[0] + v[0], s[1] + v[1], s[2] + v[2]], [0, 0, 0]);
  const length = Math.hypot(...sum);
  // Points spread all round the globe: a cap that overlaps everything.
  if (length < 1e-6) return { centre: [1, 0, 0], radius: Math.PI };
  const centre: Vec3 = [sum[0] / length, sum[1] / length, sum[2] / length];
  return { centre, radius: Math.max(...vectors.map((v) => between(centre, v))) };
}

function between(u: Vec3, v: Vec3): number {
  return 2 * Math.asin(Math.min(1, Math.hypot(u[0] - v[0], u[1] - v[1], u[2] - v[2]) / 2));
}
