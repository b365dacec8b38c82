/**
 * Places through the whole content check (src/check/index.ts) on small trees:
 * a briefing's place ids, and each rule a place file must pass. Each problem
 * carries its file, line, rule and hint. The rules alone are in
 * place-rules.test.ts, the schema in schema.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BRIEFING, briefing, check, P, place, removeTrees } from '../helpers/check-tree.ts';

afterAll(removeTrees);

const ZAPORIZHZHIA = `${P}zaporizhzhia.yaml`;
const OBLAST = `${P}zaporizhzhia-oblast.yaml`;
const oblast = (fields: Record<string, string | undefined> = {}) =>
  place({
    name: 'Zaporizhzhia Oblast',
    kind: 'region',
    coordinates: '{ lat: 47.8333, lon: 35.1667 }',
    aliases: '[Zaporizhzhia region]',
    wikidata: 'Q171334',
    geonames: undefined,
    ...fields,
  });
/** The tree's briefing, naming these places (from line 16). */
const naming = (...ids: string[]) => briefing({ places: ids.map((id) => `\n  - ${id}`).join('') });

describe('checkContent: places named in a briefing', () => {
  it('accepts a briefing that names places by id, and a place inside its parent', async () => {
    expect(
      await check({ [ZAPORIZHZHIA]: place({ parent: 'zaporizhzhia-oblast' }), [OBLAST]: oblast(), [BRIEFING]: naming('zaporizhzhia', 'zaporizhzhia-oblast') }),
    ).toEqual([]);
  });

  it.each([
    ['an alias', 'zaporozhye'],
    ['a misspelt id', 'zaporizhzia'],
    ['another alias', 'zaporizhia'],
  ])('refuses an unknown place id, suggesting the place it is %s of', async (_, id) => {
    expect(await check({ [ZAPORIZHZHIA]: place(), [BRIEFING]: naming('zaporizhzhia-oblast', id) })).toEqual([
      expect.objectContaining({
        file: BRIEFING,
        line: 16,
        column: 5,
        rule: 'reference/unknown-place',
        message: 'unknown place `zaporizhzhia-oblast` in `places[0]`',
      }),
      {
        file: BRIEFING,
        line: 17,
        column: 5,
        rule: 'reference/unknown-place',
        message: `unknown place \`${id}\` in \`places[1]\``,
        hint: `Did you mean \`zaporizhzhia\`? Otherwise add src/content/places/${id}.yaml if it is a new place.`,
      },
    ]);
  });

  it('refuses a place whose file is invalid as unknown, besides the file’s own problem', async () => {
    const problems = await check({ [ZAPORIZHZHIA]: place({ kind: 'metropolis' }), [BRIEFING]: naming('zaporizhzhia') });
    expect(problems.map((p) => [p.file, p.line, p.rule])).toEqual([
      [ZAPORIZHZHIA, 2, 'yaml/invalid-value'],
      [BRIEFING, 16, 'reference/unknown-place'],
    ]);
  });
});

describe('checkContent: place files', () => {
  it('refuses a misnamed place file', async () => {
    expect(await check({ [`${P}Zaporizhzhia.yaml`]: place() })).toEqual([
      {
        file: `${P}Zaporizhzhia.yaml`,
        rule: 'file/name',
        message: '`Zaporizhzhia.yaml` does not follow the naming pattern, so it would not be published',
        hint: 'Name it the place id and .yaml, such as kursk-oblast.yaml.',
      },
    ]);
  });

  it('refuses a name or an alias that another place already has, at that name', async () => {
    const other = `${P}zaporozhye.yaml`;
    expect(await check({ [ZAPORIZHZHIA]: place(), [other]: place({ name: 'Zaporozhye City', aliases: '[Запоріжжя, zaporozhye]' }) })).toEqual([
      {
        file: other,
        line: 5,
        column: 22,
        rule: 'place/duplicate-name',
        message: '`zaporozhye` is already a name of place `zaporizhzhia`',
        hint: 'If they are the same place, keep one file and list the other spelling in its aliases; if not, name this one so that readers can tell them apart.',
      },
    ]);
  });

  it('refuses a place with neither a Wikidata nor a GeoNames id, at its coordinates', async () => {
    expect(await check({ [ZAPORIZHZHIA]: place({ wikidata: undefined, geonames: undefined }) })).toEqual([
      {
        file: ZAPORIZHZHIA,
        line: 4,
        column: 1,
        rule: 'yaml/invalid-value',
        message: '`coordinates` a place needs `wikidata` or `geonames`: the entry its coordinates were taken from',
        hint: 'Take the coordinates from the place’s Wikidata entry (its “coordinate location”) or GeoNames entry, and name that entry in the file, such as `wikidata: Q157835` or `geonames: 687700`. Never estimate them.',
      },
    ]);
  });

  it('refuses a latitude out of range with its value, and says when latitude and longitude look swapped', async () => {
    expect(await check({ [ZAPORIZHZHIA]: place({ coordinates: '{ lat: 135.19031, lon: 47.82289 }' }) })).toEqual([
      {
        file: ZAPORIZHZHIA,
        line: 4,
        column: 16,
        rule: 'yaml/invalid-value',
        message: '`coordinates.lat` is 135.19031, but must be between -90 and 90',
        hint: 'Latitude and longitude look swapped: latitude (north–south, -90 to 90) comes first. Write `coordinates: { lat: 47.82289, lon: 135.19031 }`, after checking them against the entry the file names.',
      },
    ]);
  });

  it.each([
    ['a longitude out of range', '{ lat: 47.82289, lon: 235.19031 }', 31, '`coordinates.lon` is 235.19031, but must be between -180 and 180'],
    ['degrees and minutes', '{ lat: 47°49′N, lon: 35.19031 }', 16, '`coordinates.lat` must be a latitude in decimal degrees, such as 51.7373'],
    ['a quoted number', '{ lat: "47.82289", lon: 35.19031 }', 16, '`coordinates.lat` must be a latitude in decimal degrees, such as 51.7373'],
    ['.nan', '{ lat: 47.82289, lon: .nan }', 31, '`coordinates.lon` must be a longitude in decimal degrees, such as 36.1874'],
  ])('refuses %s, saying where coordinates come from', async (_, coordinates, column, message) => {
    expect(await check({ [ZAPORIZHZHIA]: place({ coordinates }) })).toEqual([
      {
        file: ZAPORIZHZHIA,
        line: 4,
        column,
        rule: 'yaml/invalid-value',
        message,
        hint: 'Copy them from the place’s Wikidata entry (its “coordinate location”) or GeoNames entry in decimal degrees, latitude first: `coordinates: { lat: 47.82289, lon: 35.19031 }`. Never estimate them.',
      },
    ]);
  });

  it('refuses a place more than 100 km outside its country, naming the entry to copy the coordinates from', async () => {
    expect(await check({ [ZAPORIZHZHIA]: place({ country: 'de' }) })).toEqual([
      {
        file: ZAPORIZHZHIA,
        line: 4,
        column: 1,
        rule: 'place/outside-country',
        message: '`coordinates` (lat 47.82289, lon 35.19031) lie 1,499 km outside Germany (`de`)',
        hint: 'Check `country`, or copy the coordinates again, latitude first, from the entry the file names: Wikidata Q157835 (https://www.wikidata.org/wiki/Q157835, “coordinate location”) or GeoNames 687700 (https://www.geonames.org/687700).',
      },
    ]);
  });

  it('says when swapping latitude and longitude would put the place in its country', async () => {
    expect(await check({ [ZAPORIZHZHIA]: place({ coordinates: '{ lat: 35.19031, lon: 47.82289 }' }) })).toEqual([
      {
        file: ZAPORIZHZHIA,
        line: 4,
        column: 1,
        rule: 'place/outside-country',
        message: '`coordinates` (lat 35.19031, lon 47.82289) lie 1,463 km outside Ukraine (`ua`)',
        hint: 'Latitude and longitude look swapped: lat 47.82289, lon 35.19031 would put it in Ukraine (`ua`). Write `coordinates: { lat: 47.82289, lon: 35.19031 }`, after checking them against the entry the file names.',
      },
    ]);
  });

  it('allows a sea its distance from the shore, and does not check a country the atlas has no shape for', async () => {
    const sea = `${P}black-sea.yaml`;
    const fields = { name: 'Black Sea', kind: 'body-of-water', aliases: '[]', geonames: '630673', wikidata: 'Q166' };
    expect(await check({ [sea]: place({ ...fields, coordinates: '{ lat: 43.4, lon: 34.3 }' }) })).toEqual([]);
    expect(await check({ [sea]: place({ ...fields, coordinates: '{ lat: 38.4, lon: 34.3 }' }) })).toEqual([
      expect.objectContaining({ file: sea, line: 4, rule: 'place/outside-country' }),
    ]);
    expect(await check({ [ZAPORIZHZHIA]: place({ country: 'gi' }) })).toEqual([]);
  });

  it('refuses an unknown parent, suggesting one by name', async () => {
    expect(await check({ [ZAPORIZHZHIA]: place({ parent: 'zaporizhzhia-region' }), [OBLAST]: oblast() })).toEqual([
      {
        file: ZAPORIZHZHIA,
        line: 8,
        column: 1,
        rule: 'reference/unknown-place',
        message: 'unknown place `zaporizhzhia-region` in `parent`',
        hint: 'Did you mean `zaporizhzhia-oblast`? Otherwise add src/content/places/zaporizhzhia-region.yaml if it is a new place.',
      },
    ]);
  });

  it('refuses a parent cycle, at the parent of each place on it', async () => {
    const problems = await check({ [ZAPORIZHZHIA]: place({ parent: 'zaporizhzhia-oblast' }), [OBLAST]: oblast({ parent: 'zaporizhzhia' }) });
    expect(problems).toEqual([
      {
        file: OBLAST,
        line: 7,
        column: 1,
        rule: 'place/parent-cycle',
        message: '`parent` leads back to `zaporizhzhia-oblast`: zaporizhzhia-oblast → zaporizhzhia → zaporizhzhia-oblast',
        hint: 'A parent is the larger place that contains this one (a town’s region); remove `parent` from the larger place.',
      },
      expect.objectContaining({ file: ZAPORIZHZHIA, line: 8, rule: 'place/parent-cycle' }),
    ]);
  });

  it('refuses an isolate in a place name', async () => {
    expect(await check({ [ZAPORIZHZHIA]: place({ name: '"Zaporizhzhia\u2066"' }) })).toEqual([
      expect.objectContaining({
        file: ZAPORIZHZHIA,
        line: 1,
        column: 1,
        rule: 'text/invisible-character',
        message: '`name` contains the invisible character U+2066 (left-to-right isolate) after “Zaporizhzhia”',
      }),
    ]);
  });
});
