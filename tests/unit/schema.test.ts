import { describe, expect, it } from 'vitest';
import { actorSchema, briefingSchema, contentDirs, countryNoteSchema, placeSchema } from '../../src/content.config.ts';

const source = (overrides: Record<string, unknown> = {}) => ({
  title: 'North Korean troops in Kursk',
  publisher: 'Reuters',
  url: 'https://www.reuters.com/world/europe/a',
  date: '2024-11-04',
  ...overrides,
});

const briefing = (overrides: Record<string, unknown> = {}) => ({
  title: 'North Korean troops deployed to Kursk',
  date: '2024-11-04',
  summary: 'Ukraine says North Korean troops are fighting in the Kursk region.',
  actors: ['rustem-umerov'],
  countries: ['ua', 'kp'],
  places: ['kursk-oblast'],
  topics: ['foreign-forces'],
  status: 'reported',
  sources: [source()],
  ...overrides,
});

const actor = (overrides: Record<string, unknown> = {}) => ({
  name: 'Rustem Umerov',
  kind: 'person',
  role: 'Minister of Defence of Ukraine',
  country: 'ua',
  aliases: ['Umerov'],
  wikidata: 'Q3874799',
  description: 'Ukrainian politician.',
  ...overrides,
});

/** The issues of a failed parse, reduced to what a test should pin down. */
function issues(
  schema: { safeParse(d: unknown): { success: boolean; error?: { issues: { code: string; path: PropertyKey[]; message: string }[] } } },
  data: unknown,
) {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map(({ code, path, message }) => ({ code, path, message }));
}

describe('briefingSchema', () => {
  it('accepts a valid briefing and fills in defaults', () => {
    const result = briefingSchema.safeParse(briefing({ places: undefined, topics: undefined }));
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ places: [], topics: [], corrections: [], draft: false });
    expect(result.data!.date).toBe('2024-11-04');
  });

  it('refuses an unknown key', () => {
    expect(issues(briefingSchema, briefing({ tags: ['x'] }))).toEqual([{ code: 'unrecognized_keys', path: [], message: 'Unrecognized key: "tags"' }]);
  });

  it('refuses an unknown key inside a source', () => {
    expect(issues(briefingSchema, briefing({ sources: [source({ author: 'x' })] }))).toEqual([
      { code: 'unrecognized_keys', path: ['sources', 0], message: 'Unrecognized key: "author"' },
    ]);
  });

  it('refuses a wrong type', () => {
    expect(issues(briefingSchema, briefing({ title: 42 }))).toEqual([
      { code: 'invalid_type', path: ['title'], message: 'Invalid input: expected string, received number' },
    ]);
    expect(issues(briefingSchema, briefing({ draft: 'maybe' }))[0]).toMatchObject({ code: 'invalid_type', path: ['draft'] });
  });

  it('refuses a missing required field', () => {
    expect(issues(briefingSchema, briefing({ summary: undefined }))).toEqual([
      { code: 'invalid_type', path: ['summary'], message: 'Invalid input: expected string, received undefined' },
    ]);
  });

  it('refuses a title of whitespace only', () => {
    expect(issues(briefingSchema, briefing({ title: '   ' }))).toEqual([{ code: 'too_small', path: ['title'], message: 'must not be empty' }]);
  });

  it('trims the title', () => {
    expect(briefingSchema.safeParse(briefing({ title: '  Troops  ' })).data?.title).toBe('Troops');
  });

  it('refuses a title over 120 characters', () => {
    expect(issues(briefingSchema, briefing({ title: 'x'.repeat(121) }))).toEqual([
      { code: 'too_big', path: ['title'], message: 'must be at most 120 characters' },
    ]);
  });

  it('refuses an impossible date, in the briefing and in a source', () => {
    const message = 'must be a real date written YYYY-MM-DD, such as 2024-11-04';
    expect(issues(briefingSchema, briefing({ date: '2024-02-30' }))).toEqual([{ code: 'invalid_format', path: ['date'], message }]);
    expect(issues(briefingSchema, briefing({ sources: [source({ date: '2023-02-29' })] }))).toEqual([
      { code: 'invalid_format', path: ['sources', 0, 'date'], message },
    ]);
    expect(briefingSchema.safeParse(briefing({ date: '2024-02-29' })).success).toBe(true);
  });

  it('refuses a date that is not written YYYY-MM-DD', () => {
    expect(issues(briefingSchema, briefing({ date: '4 November 2024' }))[0]).toMatchObject({ path: ['date'] });
    expect(issues(briefingSchema, briefing({ date: new Date('2024-11-04') }))[0]).toMatchObject({ code: 'invalid_type', path: ['date'] });
  });

  it.each(['ftp://example.org/a', 'javascript:alert(1)', 'mailto:desk@example.org', 'www.reuters.com/a', 'http://localhost/a'])(
    'refuses the source url %s',
    (url) => {
      expect(issues(briefingSchema, briefing({ sources: [source({ url })] }))).toEqual([
        { code: 'invalid_format', path: ['sources', 0, 'url'], message: 'must be a full http(s) address, such as https://example.org/article' },
      ]);
    },
  );

  it('accepts an http source url', () => {
    expect(briefingSchema.safeParse(briefing({ sources: [source({ url: 'http://example.org/a' })] })).success).toBe(true);
  });

  it('refuses a briefing without sources', () => {
    expect(issues(briefingSchema, briefing({ sources: [] }))).toEqual([
      { code: 'too_small', path: ['sources'], message: 'a briefing needs at least one source' },
    ]);
  });

  it('refuses a briefing that names neither actors nor countries', () => {
    const expected = [{ code: 'custom', path: ['actors'], message: 'a briefing must name at least one actor or country' }];
    expect(issues(briefingSchema, briefing({ actors: [], countries: [] }))).toEqual(expected);
    expect(issues(briefingSchema, briefing({ actors: undefined, countries: undefined }))).toEqual(expected);
  });

  it('accepts a briefing that names only a country', () => {
    expect(briefingSchema.safeParse(briefing({ actors: undefined, countries: ['ua'] })).success).toBe(true);
  });

  it('refuses the same id twice in a list', () => {
    expect(issues(briefingSchema, briefing({ countries: ['ua', 'ua'] }))).toEqual([
      { code: 'custom', path: ['countries'], message: 'lists the same id twice' },
    ]);
    expect(issues(briefingSchema, briefing({ actors: ['a', 'a'] }))).toEqual([{ code: 'custom', path: ['actors'], message: 'lists the same id twice' }]);
    expect(issues(briefingSchema, briefing({ topics: ['aid', 'aid'] }))).toEqual([{ code: 'custom', path: ['topics'], message: 'lists the same id twice' }]);
    expect(issues(briefingSchema, briefing({ places: ['sudzha', 'sudzha'] }))).toEqual([
      { code: 'custom', path: ['places'], message: 'lists the same id twice' },
    ]);
  });

  it('refuses ids that are not lowercase slugs or alpha-2 codes', () => {
    expect(issues(briefingSchema, briefing({ actors: ['Rustem Umerov'] }))[0]).toMatchObject({ code: 'invalid_format', path: ['actors', 0] });
    expect(issues(briefingSchema, briefing({ countries: ['UA'] }))[0]).toEqual({
      code: 'invalid_format',
      path: ['countries', 0],
      message: 'must be a lowercase ISO 3166-1 alpha-2 code, such as `ua`',
    });
    expect(issues(briefingSchema, briefing({ places: ['Kursk Oblast'] }))[0]).toMatchObject({ code: 'invalid_format', path: ['places', 0] });
    expect(issues(briefingSchema, briefing({ places: [{ name: 'Kursk', country: 'ru' }] }))[0]).toMatchObject({ code: 'invalid_type', path: ['places', 0] });
  });

  it('refuses a status or topic outside the controlled lists', () => {
    expect(issues(briefingSchema, briefing({ status: 'rumour' }))).toEqual([
      { code: 'invalid_value', path: ['status'], message: 'Invalid option: expected one of "confirmed"|"reported"|"claimed"|"disputed"' },
    ]);
    expect(issues(briefingSchema, briefing({ topics: ['weather'] }))[0]).toMatchObject({ code: 'invalid_value', path: ['topics', 0] });
  });

  it('refuses `updated` earlier than `date`, and accepts it on or after', () => {
    expect(issues(briefingSchema, briefing({ updated: '2024-11-01' }))).toEqual([
      { code: 'custom', path: ['updated'], message: 'must not be earlier than `date`' },
    ]);
    expect(briefingSchema.safeParse(briefing({ updated: '2024-11-04' })).success).toBe(true);
    expect(briefingSchema.safeParse(briefing({ updated: '2024-11-05' })).success).toBe(true);
  });
});

describe('actorSchema', () => {
  it('accepts a valid actor', () => {
    const result = actorSchema.safeParse(actor());
    expect(result.success).toBe(true);
    expect(result.data).toEqual(actor());
  });

  it('defaults aliases and allows leaving out country and wikidata', () => {
    const result = actorSchema.safeParse(actor({ aliases: undefined, country: undefined, wikidata: undefined }));
    expect(result.success).toBe(true);
    expect(result.data!.aliases).toEqual([]);
  });

  it.each(['Q0123', '3874799', 'q3874799', 'Q'])('refuses the wikidata id %s', (wikidata) => {
    expect(issues(actorSchema, actor({ wikidata }))).toEqual([
      { code: 'invalid_format', path: ['wikidata'], message: 'must be a Wikidata item id such as Q3874799' },
    ]);
  });

  it('refuses an unknown kind and an unknown key', () => {
    expect(issues(actorSchema, actor({ kind: 'country' }))[0]).toMatchObject({ code: 'invalid_value', path: ['kind'] });
    expect(issues(actorSchema, actor({ born: '1982' }))).toEqual([{ code: 'unrecognized_keys', path: [], message: 'Unrecognized key: "born"' }]);
  });
});

describe('countryNoteSchema', () => {
  it('accepts a note and defaults aliases', () => {
    expect(countryNoteSchema.safeParse({ note: 'Occupied in part since 2014.' }).data).toEqual({ note: 'Occupied in part since 2014.', aliases: [] });
  });

  it('refuses an unknown key', () => {
    expect(issues(countryNoteSchema, { notes: 'x' })[0]).toMatchObject({ code: 'unrecognized_keys' });
  });
});

describe('placeSchema', () => {
  const place = (overrides: Record<string, unknown> = {}) => ({
    name: 'Zaporizhzhia',
    kind: 'city',
    country: 'ua',
    coordinates: { lat: 47.82289, lon: 35.19031 },
    aliases: ['Zaporozhye'],
    wikidata: 'Q157835',
    geonames: 687700,
    parent: 'zaporizhzhia-oblast',
    ...overrides,
  });

  it('accepts a valid place, with either id, and defaults aliases', () => {
    expect(placeSchema.safeParse(place()).data).toEqual(place());
    expect(placeSchema.safeParse(place({ geonames: undefined, aliases: undefined, parent: undefined })).data).toEqual(
      place({ geonames: undefined, aliases: [], parent: undefined }),
    );
    expect(placeSchema.safeParse(place({ wikidata: undefined })).success).toBe(true);
  });

  it('refuses a place with neither a Wikidata nor a GeoNames id, at its coordinates', () => {
    expect(issues(placeSchema, place({ wikidata: undefined, geonames: undefined }))).toEqual([
      { code: 'custom', path: ['coordinates'], message: 'a place needs `wikidata` or `geonames`: the entry its coordinates were taken from' },
    ]);
  });

  it.each([
    [{ lat: 91, lon: 35 }, ['coordinates', 'lat'], 'must be between -90 and 90'],
    [{ lat: -90.5, lon: 35 }, ['coordinates', 'lat'], 'must be between -90 and 90'],
    [{ lat: 47, lon: 180.1 }, ['coordinates', 'lon'], 'must be between -180 and 180'],
  ])('refuses the coordinates %o as out of range', (coordinates, path, message) => {
    expect(issues(placeSchema, place({ coordinates }))).toEqual([{ code: coordinates.lat === -90.5 ? 'too_small' : 'too_big', path, message }]);
  });

  it('accepts the edges of the ranges', () => {
    expect(placeSchema.safeParse(place({ coordinates: { lat: -90, lon: 180 } })).success).toBe(true);
  });

  it.each([
    ['text', { lat: '47.8', lon: 35.1 }, ['coordinates', 'lat'], 'must be a latitude in decimal degrees, such as 51.7373'],
    ['not a number', { lat: 47.8, lon: Number.NaN }, ['coordinates', 'lon'], 'must be a longitude in decimal degrees, such as 36.1874'],
    ['infinite', { lat: Infinity, lon: 35.1 }, ['coordinates', 'lat'], 'must be a latitude in decimal degrees, such as 51.7373'],
  ])('refuses a coordinate that is %s', (_, coordinates, path, message) => {
    expect(issues(placeSchema, place({ coordinates }))).toEqual([expect.objectContaining({ path, message })]);
  });

  it('refuses coordinates that are a list, an unknown kind, a GeoNames id written as text and a bad Wikidata id', () => {
    expect(issues(placeSchema, place({ coordinates: [47.8, 35.1] }))[0]).toMatchObject({ code: 'invalid_type', path: ['coordinates'] });
    expect(issues(placeSchema, place({ kind: 'fortress' }))[0]).toMatchObject({ code: 'invalid_value', path: ['kind'] });
    expect(issues(placeSchema, place({ geonames: '687700' }))[0]).toMatchObject({ code: 'invalid_type', path: ['geonames'] });
    expect(issues(placeSchema, place({ wikidata: 'q157835' }))[0]).toMatchObject({ path: ['wikidata'], message: 'must be a Wikidata item id such as Q2097' });
  });
});

describe('contentDirs', () => {
  it('points at the four content folders', () => {
    expect(contentDirs).toEqual({
      briefings: 'src/content/briefings',
      actors: 'src/content/actors',
      countries: 'src/content/countries',
      places: 'src/content/places',
    });
  });
});
