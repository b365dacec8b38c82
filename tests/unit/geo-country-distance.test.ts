import { geoContains, geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryShape } from '../../src/geo/atlas.ts';
import { kmOutsideCountry } from '../../src/geo/country-distance.ts';
import { chordToKm, EARTH_RADIUS_KM, toVector } from '../../src/geo/sphere.ts';
import { CITY } from './geo-helpers.ts';

describe('kmOutsideCountry', () => {
  it('is 0 inside the country, Crimea and the far side of the antimeridian included', () => {
    expect(kmOutsideCountry('ua', CITY.kyiv)).toBe(0);
    expect(kmOutsideCountry('ua', CITY.sevastopol)).toBe(0);
    expect(kmOutsideCountry('ru', CITY.chukotka)).toBe(0);
    expect(kmOutsideCountry('UA', CITY.kharkiv)).toBe(0);
  });

  it('measures the great-circle distance to the nearest border', () => {
    // Kyiv to the Polish border near Volodymyr: about 450 km.
    expect(kmOutsideCountry('pl', CITY.kyiv)).toBeGreaterThan(400);
    expect(kmOutsideCountry('pl', CITY.kyiv)).toBeLessThan(520);
    // Berlin to Kaliningrad Oblast, the nearest Russian land: about 460 km.
    expect(kmOutsideCountry('ru', CITY.berlin)).toBeGreaterThan(400);
    expect(kmOutsideCountry('ru', CITY.berlin)).toBeLessThan(520);
    // Lviv is some 60 km from Poland: near enough for a place the check would accept.
    expect(kmOutsideCountry('pl', CITY.lviv)).toBeGreaterThan(30);
    expect(kmOutsideCountry('pl', CITY.lviv)).toBeLessThan(100);
    expect(kmOutsideCountry('ru', CITY.sevastopol)).toBeGreaterThan(0);
    // 5.5 km south of the 49th parallel: to the border between its vertices, which are farther.
    expect(kmOutsideCountry('ca', { lat: 48.95, lon: -100 })).toBeGreaterThan(3);
    expect(kmOutsideCountry('ca', { lat: 48.95, lon: -100 })).toBeLessThan(6.5);
  });

  it('is undefined for a code with no shape', () => {
    expect(kmOutsideCountry('gi', CITY.berlin)).toBeUndefined();
    expect(kmOutsideCountry('zz', CITY.berlin)).toBeUndefined();
  });

  it('finds the nearest border whatever it skips: never farther than the nearest vertex, and within half an edge of it', () => {
    for (const iso2 of ['ua', 'ru', 'us', 'fr', 'lb']) {
      const rings = countryShape(iso2)!.geometry.coordinates.flat();
      const vertices = rings.flat().map(([lon, lat]) => toVector(lon!, lat!));
      const longestEdgeKm =
        Math.max(...rings.flatMap((ring) => ring.slice(1).map((p, i) => geoDistance(ring[i] as [number, number], p as [number, number])))) * EARTH_RADIUS_KM;
      for (let lat = -60; lat <= 80; lat += 20)
        for (let lon = -180; lon < 180; lon += 40) {
          const km = kmOutsideCountry(iso2, { lat, lon })!;
          if (km === 0) continue;
          const p = toVector(lon, lat);
          const vertexKm = chordToKm(Math.min(...vertices.map((v) => Math.hypot(v[0] - p[0], v[1] - p[1], v[2] - p[2]))));
          expect(km).toBeLessThanOrEqual(vertexKm + 1e-6);
          expect(km).toBeGreaterThan(vertexKm - longestEdgeKm / 2 - 1);
        }
    }
  });

  it('agrees with d3’s spherical test on which points are inside: across the antimeridian, round the pole, in holes', () => {
    const grid = (iso2: string, step: number, [west, south, east, north]: number[]) => {
      const shape = countryShape(iso2)!.geometry;
      for (let lat = south!; lat <= north!; lat += step)
        for (let x = west!; x <= east!; x += step) {
          const lon = x > 180 ? x - 360 : x;
          expect([iso2, lon, lat, kmOutsideCountry(iso2, { lat, lon }) === 0]).toEqual([iso2, lon, lat, geoContains(shape, [lon, lat])]);
        }
    };
    grid('ru', 7.3, [25.05, 45.05, 179.95, 79.95]);
    grid('ru', 1.3, [165.05, 62.05, 194.95, 71.95]); // Chukotka, across the antimeridian
    grid('fj', 0.11, [176.05, -20.95, 182.95, -12.05]);
    grid('aq', 7.7, [-179.9, -89.9, 179.9, -60.1]);
    grid('za', 0.37, [16, -35, 33, -22]); // Lesotho, a hole
    grid('ua', 0.53, [22, 44, 41, 53]);
  });

  it('checks thousands of places, most inside their countries and some just outside, in about a second at most', () => {
    const places = [
      ['ru', CITY.moscow],
      ['ru', CITY.kursk],
      ['ru', CITY.rostov],
      ['ua', CITY.kharkiv],
      ['ru', CITY.vladivostok], // 6 km off the 1:50m coast
    ] as const;
    const start = performance.now();
    for (let i = 0; i < 5000; i++) {
      const [country, { lat, lon }] = places[i % places.length]!;
      kmOutsideCountry(country, { lat: lat + (i % 10) * 0.01, lon: lon - (i % 7) * 0.01 });
    }
    expect(performance.now() - start).toBeLessThan(1500);
  });
});
