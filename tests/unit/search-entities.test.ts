import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countryRegistry } from '../../src/data/countries.ts';
import { actorEntity, countryEntity, entityShards, placeEntity, searchEntities, shardOf } from '../../src/search/entities.ts';

const ukraine = countryRegistry().find((c) => c.id === 'ua')!;
const northKorea = countryRegistry().find((c) => c.id === 'kp')!;

describe('actorEntity', () => {
  it('links to the actor page, labels it with the role and keeps the aliases normalised', () => {
    expect(actorEntity({ id: 'rustem-umerov', name: 'Rustem Umerov', role: 'Minister of Defence', aliases: ['Umierov', 'Умєров'] })).toEqual({
      href: '/actors/rustem-umerov/',
      name: 'Rustem Umerov',
      label: 'Minister of Defence',
      aliases: ['umierov', 'умєров'],
    });
  });

  it('stores no alias that is the name again, or twice, and no empty list', () => {
    expect(actorEntity({ id: 'un', name: 'United Nations', role: 'Organisation', aliases: ['UN', 'un', 'united nations'] }).aliases).toEqual(['un']);
    expect(actorEntity({ id: 'x', name: 'Mark Rutte', role: 'NATO Secretary General', aliases: [] })).not.toHaveProperty('aliases');
  });
});

describe('countryEntity', () => {
  it('carries the flag, the official name as label, and the codes, spellings and demonyms as names', () => {
    const entity = countryEntity({ ...northKorea, aliases: [...northKorea.aliases, 'DPRK'] });
    expect(entity).toMatchObject({ href: '/countries/kp/', name: northKorea.name, label: northKorea.officialName, flag: northKorea.flag });
    expect(entity.aliases).toEqual(expect.arrayContaining(['kp', 'prk', 'dprk', 'north-korean']));
  });

  it('has no label when the official name is the name', () => {
    expect(countryEntity({ ...ukraine, officialName: ukraine.name })).not.toHaveProperty('label');
  });
});

describe('placeEntity', () => {
  it("labels a place with its kind and its country's name", () => {
    const place = { id: 'kyiv', name: 'Kyiv', kind: 'city', country: 'ua', aliases: ['Kiev'] };
    expect(placeEntity(place, () => 'Ukraine')).toEqual({ href: '/places/kyiv/', name: 'Kyiv', label: 'City, Ukraine', aliases: ['kiev'] });
    expect(placeEntity({ ...place, kind: 'border-crossing' }, () => undefined).label).toBe('Border crossing');
  });
});

describe('searchEntities', () => {
  it('lists actors, then countries, then places, each place with its country named', () => {
    const entities = searchEntities({
      actors: [{ id: 'a', name: 'A Person', role: 'Role', aliases: [] }],
      countries: [ukraine],
      places: [{ id: 'kyiv', name: 'Kyiv', kind: 'city', country: 'ua', aliases: [] }],
    });
    expect(entities.map((e) => e.href)).toEqual(['/actors/a/', '/countries/ua/', '/places/kyiv/']);
    expect(entities[2]!.label).toBe(`City, ${ukraine.name}`);
  });

  it('shards the entities by the initial of every word of every name, keeping each one’s place in the full list', () => {
    const entities = searchEntities({
      actors: [{ id: 'rustem-umerov', name: 'Rustem Umerov', role: 'Minister', aliases: ['Umierov', 'Умєров'] }],
      countries: [],
      places: [{ id: 'kyiv', name: 'Kyiv', kind: 'city', country: 'ua', aliases: ['Kiev'] }],
    });
    const shards = entityShards(entities);
    expect([...shards.keys()]).toEqual(['_', 'k', 'r', 'u']);
    expect(shards.get('u')!.map((e) => [e.href, e.order])).toEqual([['/actors/rustem-umerov/', 0]]);
    expect(shards.get('k')!.map((e) => [e.href, e.order])).toEqual([['/places/kyiv/', 1]]);
    expect(shards.get('_')!.map((e) => e.href)).toEqual(['/actors/rustem-umerov/']);
    expect([shardOf('umierov'), shardOf('7th'), shardOf('умєров'), shardOf('')]).toEqual(['u', '7', '_', '_']);
  });

  it('stays a few KB gzipped for 300 actors, 300 places and 40 countries, and a shard a fraction of that', () => {
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const entities = searchEntities({
      actors: range(300).map((i) => ({
        id: `actor-${i}`,
        name: `Firstname${i} Lastname${i}`,
        role: `Deputy Minister of Something ${i}`,
        aliases: [`Firstnam${i} Lastnam${i}`, `F. Lastname${i}`],
      })),
      countries: countryRegistry().slice(0, 40),
      places: range(300).map((i) => ({ id: `place-${i}`, name: `Place ${i}`, kind: 'town', country: 'ua', aliases: [`Plac ${i}`, `Mesto ${i}`] })),
    });
    expect(gzipSync(JSON.stringify(entities)).length).toBeLessThan(25_000);
    const largest = Math.max(...[...entityShards(entities).values()].map((shard) => gzipSync(JSON.stringify(shard)).length));
    expect(largest).toBeLessThan(8_000);
  });
});
