import { describe, expect, it } from 'vitest';
import type { SearchEntity } from '../../src/search/entities.ts';
import { entityMatcher, MAX_CARDS } from '../../src/search/client/entity-match.ts';

const entity = (name: string, aliases: string[] = []): SearchEntity => ({ href: `/${name}/`, name, ...(aliases.length ? { aliases } : {}) });
const umerov = entity('Rustem Umerov', ['umierov']);
const northKorea = entity('North Korea', ['kp', 'prk', 'dprk', 'north-korean']);
const kyiv = entity('Kyiv', ['kiev']);
const kyivOblast = entity('Kyiv Oblast', ['kyiv-region', 'kiev-oblast']);
const rostovOblast = entity('Rostov Oblast', ['rostov-region']);
const rostovOnDon = entity('Rostov-on-Don');
const un = entity('United Nations', ['un']);
const india = entity('India', ['in', 'ind']);
const match = entityMatcher([umerov, un, india, northKorea, kyivOblast, kyiv, rostovOblast, rostovOnDon]);
const names = (query: string) => match(query).map((e) => e.name);

describe('entityMatcher', () => {
  it('offers an entity by its name or an alias, in any case and with or without accents', () => {
    expect(names('Umierov')).toEqual(['Rustem Umerov']);
    expect(names('rustem UMÉROV')).toEqual(['Rustem Umerov']);
    expect(names('DPRK')).toEqual(['North Korea']);
    expect(names('UN')).toEqual(['United Nations']);
  });

  it('ranks the name before an alias before a partial match', () => {
    expect(names('Kyiv')).toEqual(['Kyiv', 'Kyiv Oblast']);
    expect(names('Kiev')).toEqual(['Kyiv', 'Kyiv Oblast']);
    expect(names('Kyiv Oblast')).toEqual(['Kyiv Oblast', 'Kyiv']);
  });

  it('offers an entity whose name the query holds as whole words, but no short code read out of a word', () => {
    expect(names('North Korean troops')).toEqual(['North Korea']);
    expect(names('troops in Kursk')).toEqual([]);
    expect(names('UN warns')).toEqual([]);
  });

  it('offers an entity when every word of a query of 3 characters or more is a word of its name', () => {
    expect(names('Umerov')).toEqual(['Rustem Umerov']);
    expect(names('Rostov')).toEqual(['Rostov Oblast', 'Rostov-on-Don']);
    expect(names('Don')).toEqual(['Rostov-on-Don']);
    expect(names('on')).toEqual([]);
    expect(names('Rostov governor')).toEqual([]);
    expect(names('Umer')).toEqual([]);
  });

  it('offers nothing for an empty query or one that matches nothing', () => {
    expect(names('')).toEqual([]);
    expect(names(' — ')).toEqual([]);
    expect(names('winter aid')).toEqual([]);
  });

  it(`offers at most ${MAX_CARDS} cards`, () => {
    const many = entityMatcher(Array.from({ length: 5 }, (_, i) => entity(`Oblast ${i}`)));
    expect(many('oblast')).toHaveLength(MAX_CARDS);
  });
});
