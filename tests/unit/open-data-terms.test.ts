import { describe, expect, it } from 'vitest';
import { exportSchemas } from '../../src/data/open-data/schemas.ts';
import { actorsFile, countriesFile, placesFile } from '../../src/data/open-data/terms.ts';
import { actor, country, listed, place, SITE } from '../helpers/open-data.ts';

describe('actorsFile', () => {
  it('lists every actor by id, with its fields and how many briefings name it', () => {
    const file = actorsFile(
      [actor('nato'), actor('mark-rutte', { kind: 'person', role: 'NATO Secretary General', country: 'nl', aliases: ['Rutte'], wikidata: 'Q57792' })],
      listed({ nato: 3 }),
      SITE,
    );
    expect(file.count).toBe(2);
    expect(file.$schema).toBe('https://news.example/data/schema/actors.schema.json');
    expect(file.actors).toEqual([
      {
        id: 'mark-rutte',
        url: 'https://news.example/actors/mark-rutte/',
        name: 'Name of mark-rutte',
        kind: 'person',
        role: 'NATO Secretary General',
        country: 'nl',
        aliases: ['Rutte'],
        wikidata: 'Q57792',
        description: 'About mark-rutte.',
        briefingCount: 0,
      },
      {
        id: 'nato',
        url: 'https://news.example/actors/nato/',
        name: 'Name of nato',
        kind: 'organisation',
        role: 'Alliance',
        aliases: [],
        description: 'About nato.',
        briefingCount: 3,
      },
    ]);
    expect(exportSchemas.actors.parse(file)).toEqual(file);
  });
});

describe('countriesFile', () => {
  it('lists the countries it is given by code, with their names, note and count', () => {
    const file = countriesFile([country('ua', 'Ukraine', { note: 'A note.', wikidata: 'Q212' }), country('nl', 'Netherlands')], listed({ ua: 5 }), SITE);
    expect(file.countries.map((c) => [c.id, c.briefingCount])).toEqual([
      ['nl', 0],
      ['ua', 5],
    ]);
    expect(file.countries[1]).toMatchObject({ url: 'https://news.example/countries/ua/', name: 'Ukraine', officialName: 'Official Ukraine', note: 'A note.' });
    expect(file.countries[0]).not.toHaveProperty('note');
    expect(exportSchemas.countries.parse(file)).toEqual(file);
  });
});

describe('placesFile', () => {
  it('counts a region’s towns’ briefings in `briefingCount` and only its own in `directBriefingCount`', () => {
    const file = placesFile(
      [place('sudzha', { kind: 'town', country: 'ru', parent: 'kursk-oblast', geonames: 487928 }), place('kursk-oblast', { kind: 'region', country: 'ru' })],
      listed({ sudzha: 2, 'kursk-oblast': 3 }),
      new Map([
        ['sudzha', 2],
        ['kursk-oblast', 1],
      ]),
      SITE,
    );
    expect(file.places.map((p) => [p.id, p.briefingCount, p.directBriefingCount])).toEqual([
      ['kursk-oblast', 3, 1],
      ['sudzha', 2, 2],
    ]);
    expect(file.places[1]).toMatchObject({ parent: 'kursk-oblast', geonames: 487928, coordinates: { lat: 50.45, lon: 30.52 } });
    expect(file.places[0]).not.toHaveProperty('parent');
    expect(exportSchemas.places.parse(file)).toEqual(file);
  });
});
