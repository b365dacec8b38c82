import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { chordToKm, distanceKm, EARTH_RADIUS_KM, toVector } from '../../src/geo/sphere.ts';
import { CITY } from './geo-helpers.ts';

describe('sphere', () => {
  it('measures great-circle distances in km, across the antimeridian too', () => {
    // Kyiv–Warsaw is about 690 km as the crow flies; Kyiv–Seoul as d3 measures it.
    expect(distanceKm(CITY.kyiv, CITY.warsaw)).toBeCloseTo(690, -1);
    expect(distanceKm(CITY.kyiv, CITY.seoul)).toBeCloseTo(geoDistance([CITY.kyiv.lon, CITY.kyiv.lat], [CITY.seoul.lon, CITY.seoul.lat]) * EARTH_RADIUS_KM, 6);
    expect(distanceKm({ lat: 65, lon: 179.5 }, { lat: 65, lon: -179.5 })).toBeLessThan(50);
    expect(distanceKm(CITY.kyiv, CITY.kyiv)).toBe(0);
  });

  it('turns points into unit vectors and chords back into arcs', () => {
    expect(Math.hypot(...toVector(CITY.kyiv.lon, CITY.kyiv.lat))).toBeCloseTo(1, 12);
    expect(chordToKm(2)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });
});
