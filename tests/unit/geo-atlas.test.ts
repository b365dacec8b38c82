import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryShape, countryShapes } from '../../src/geo/atlas.ts';
import { CITY } from './geo-helpers.ts';

const inside = (iso2: string, city: keyof typeof CITY) => geoContains(countryShape(iso2)!.geometry, [CITY[city].lon, CITY[city].lat]);

describe('country shapes', () => {
  it('keys world-atlas countries by lowercase ISO alpha-2 code, sorted, one merged shape each', () => {
    const ids = [...countryShapes().keys()];
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['ua', 'ru', 'pl', 'us', 'kr', 'lb']));
    // Land with no ISO code keeps a slug of its name rather than vanishing from the maps.
    expect(ids.filter((id) => !/^[a-z]{2}$/.test(id))).toEqual(['indian-ocean-ter', 'siachen-glacier']);
    // Australia and the Ashmore and Cartier Islands share a numeric id: one country.
    expect(countryShape('au')!.geometry.type).toBe('MultiPolygon');
    expect(inside('ua', 'kyiv')).toBe(true);
    expect(inside('ua', 'warsaw')).toBe(false);
  });

  it('gives the features with no numeric id the code the registry uses', () => {
    expect(inside('xk', 'pristina')).toBe(true);
    expect(inside('cy', 'famagusta')).toBe(true);
    expect(inside('so', 'hargeisa')).toBe(true);
  });

  it('draws Crimea as Ukraine, at both resolutions', () => {
    for (const city of ['sevastopol', 'kerch'] as const) {
      expect(inside('ua', city)).toBe(true);
      expect(inside('ru', city)).toBe(false);
    }
    expect(geoContains(countryShapes('110m').get('ua')!.geometry, [CITY.sevastopol.lon, CITY.sevastopol.lat])).toBe(true);
    expect(inside('ru', 'moscow')).toBe(true);
  });

  it('reads the atlas once, answers any case, and has no shape for codes it lacks', () => {
    expect(countryShapes()).toBe(countryShapes('50m'));
    expect(countryShape('UA')).toBe(countryShape('ua'));
    expect(countryShape('gi')).toBeUndefined();
    expect(countryShape('zz')).toBeUndefined();
    expect(countryShapes('110m').size).toBeLessThan(countryShapes('50m').size);
  });
});
