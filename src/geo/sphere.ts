/** Points on the unit sphere as 3D vectors: distances without trigonometry per pair, and no antimeridian to special-case. */

export const EARTH_RADIUS_KM = 6371.0088;

export type Vec3 = readonly [number, number, number];

const RADIANS = Math.PI / 180;

export function toVector(lon: number, lat: number): Vec3 {
  const λ = lon * RADIANS;
  const φ = lat * RADIANS;
  const cosφ = Math.cos(φ);
  return [cosφ * Math.cos(λ), cosφ * Math.sin(λ), Math.sin(φ)];
}

/** The great-circle distance in km between two points whose chord (straight-line distance on the unit sphere) is `chord`. */
export function chordToKm(chord: number): number {
  return 2 * Math.asin(Math.min(1, chord / 2)) * EARTH_RADIUS_KM;
}

/** The great-circle distance in km between two points given in degrees. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const u = toVector(a.lon, a.lat);
  const v = toVector(b.lon, b.lat);
  return chordToKm(Math.hypot(u[0] - v[0], u[1] - v[1], u[2] - v[2]));
}
