/** The rules of places on their own (src/check/rules/places.ts, duplicates.ts); through the whole check in check-places.test.ts. */
import { describe, expect, it } from 'vitest';
import { countryIdRegistry } from '../../src/check/registry.ts';
import { MAX_KM_OUTSIDE, parentCycles, placeFieldHint, placesOutsideCountry } from '../../src/check/rules/places.ts';
import { duplicateNames } from '../../src/check/rules/duplicates.ts';
import { kmOutsideCountry } from '../../src/geo/country-distance.ts';

const locate = (path: readonly PropertyKey[]) => ({ line: path[0] === 'parent' ? 7 : 1, column: 1 });
const place = (id: string, parent?: string, aliases: string[] = [], name = id) =>
  [id, { file: `src/content/places/${id}.yaml`, data: { name, aliases, parent }, locate }] as const;

describe('parentCycles', () => {
  it('accepts a chain that ends, and a parent that is not a place (the reference check reports that)', () => {
    expect(parentCycles(new Map([place('sudzha', 'kursk-oblast'), place('kursk-oblast'), place('kyiv', 'nowhere')]))).toEqual([]);
  });

  it('reports each place on a cycle at its parent, with the chain', () => {
    const problems = parentCycles(new Map([place('a', 'b'), place('b', 'c'), place('c', 'a'), place('d', 'a')]));
    expect(problems.map((p) => [p.file, p.line, p.rule])).toEqual([
      ['src/content/places/a.yaml', 7, 'place/parent-cycle'],
      ['src/content/places/b.yaml', 7, 'place/parent-cycle'],
      ['src/content/places/c.yaml', 7, 'place/parent-cycle'],
    ]);
    expect(problems[0]!.message).toBe('`parent` leads back to `a`: a → b → c → a');
  });

  it('reports a place that is its own parent', () => {
    expect(parentCycles(new Map([place('a', 'a')]))[0]!.message).toBe('`parent` leads back to `a`: a → a');
  });
});

describe('duplicateNames for places', () => {
  it('refuses a name or alias another place has, whatever its case or accents', () => {
    const problems = duplicateNames(
      'place',
      new Map([
        place('zaporizhzhia', undefined, ['Zaporozhye'], 'Zaporizhzhia'),
        place('zaporizhzhia-oblast', undefined, ['zaporozhye'], 'Zaporizhzhia Oblast'),
      ]),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'src/content/places/zaporizhzhia-oblast.yaml',
        rule: 'place/duplicate-name',
        message: '`zaporozhye` is already a name of place `zaporizhzhia`',
      }),
    ]);
  });
});

describe('placesOutsideCountry', () => {
  const countries = countryIdRegistry();
  const at = (lat: number, lon: number, kind = 'city', country = 'ua') =>
    [
      `p-${lat}-${lon}`,
      { file: `src/content/places/p.yaml`, data: { kind, country, coordinates: { lat, lon }, wikidata: 'Q1' }, locate: () => ({ line: 4, column: 1 }) },
    ] as const;
  const outside = async (...places: ReturnType<typeof at>[]) => (await placesOutsideCountry(new Map(places), countries)).map((p) => p.message);

  it('refuses a place more than 100 km outside its country, and accepts one less far out', async () => {
    // Two points in the Black Sea south of Odesa, either side of the limit.
    expect(kmOutsideCountry('ua', { lat: 45.2, lon: 31 })).toBeLessThan(MAX_KM_OUTSIDE);
    expect(kmOutsideCountry('ua', { lat: 45, lon: 31 })).toBeGreaterThan(MAX_KM_OUTSIDE);
    expect(await outside(at(45.2, 31), at(47.82289, 35.19031))).toEqual([]);
    expect(await outside(at(45, 31))).toEqual(['`coordinates` (lat 45, lon 31) lie 106 km outside Ukraine (`ua`)']);
  });

  it('allows a body of water up to 500 km from the shore', async () => {
    expect(await outside(at(41.5, 31, 'body-of-water'))).toEqual([]);
    expect(await outside(at(41.5, 31))).toEqual(['`coordinates` (lat 41.5, lon 31) lie 391 km outside Ukraine (`ua`)']);
    expect(await outside(at(36, 31, 'body-of-water'))).toHaveLength(1);
  });

  it('checks nothing when there are no places, or the atlas has no shape for the country', async () => {
    expect(await placesOutsideCountry(new Map(), countries)).toEqual([]);
    expect(await outside(at(0, 0, 'city', 'gi'), at(0, 0, 'city', 'zz'))).toEqual([]);
  });

  it('suggests swapping latitude and longitude only when that puts the place in its country', async () => {
    const [swapped] = await placesOutsideCountry(new Map([at(36.0167, 51.75, 'region', 'ru')]), countries);
    expect(swapped!.hint).toBe(
      'Latitude and longitude look swapped: lat 51.75, lon 36.0167 would put it in Russia (`ru`). Write `coordinates: { lat: 51.75, lon: 36.0167 }`, after checking them against the entry the file names.',
    );
    // 121.5° cannot be a latitude, and lat 47.8, lon 121.5 is in China, not Ukraine.
    const [other] = await placesOutsideCountry(new Map([at(47.8, 121.5)]), countries);
    expect(other!.hint).toMatch(/^Check `country`, or copy the coordinates again, latitude first, from the entry the file names: Wikidata Q1 /);
  });
});

describe('placeFieldHint', () => {
  const coordinates = (lat: unknown, lon: unknown) => ({ coordinates: { lat, lon } });

  it('says latitude and longitude look swapped when the latitude is out of range and the longitude would fit', () => {
    expect(placeFieldHint({ code: 'too_big', path: ['coordinates', 'lat'] }, coordinates(135.2, 47.8))).toMatch(
      /^Latitude and longitude look swapped: .* Write `coordinates: \{ lat: 47.8, lon: 135.2 \}`/,
    );
    expect(placeFieldHint({ code: 'too_big', path: ['coordinates', 'lat'] }, coordinates(135.2, 147.8))).toMatch(/^Copy them from/);
    expect(placeFieldHint({ code: 'invalid_type', path: ['coordinates', 'lat'] }, coordinates('47.8', 35))).toMatch(/^Copy them from/);
    expect(placeFieldHint({ code: 'invalid_type', path: ['coordinates'] }, { coordinates: [47.8, 35] })).toMatch(/^Copy them from/);
  });

  it('asks for the entry the coordinates come from when the file names none', () => {
    expect(placeFieldHint({ code: 'custom', path: ['coordinates'] }, coordinates(47.8, 35))).toMatch(
      /^Take the coordinates from .* name that entry in the file/,
    );
  });

  it('says where the ids are found, and leaves other fields to the general hint', () => {
    expect(placeFieldHint({ code: 'invalid_format', path: ['wikidata'] }, {})).toMatch(/Q number/);
    expect(placeFieldHint({ code: 'invalid_type', path: ['geonames'] }, {})).toMatch(/without quotes/);
    expect(placeFieldHint({ code: 'invalid_value', path: ['kind'] }, {})).toBeUndefined();
  });
});
