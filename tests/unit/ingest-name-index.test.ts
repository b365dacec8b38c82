/** The names the registries know each actor, country and place by (src/ingest/name-index.ts). */
import { describe, expect, it } from 'vitest';
import { buildNameIndex, capitalsOf, nameWords, type NameEntry } from '../../src/ingest/name-index.ts';
import type { RegistryActor, RegistryCountry } from '../../src/ingest/types.ts';

describe('nameWords', () => {
  it('normalises a name as the project does, without the dots of an abbreviation or a possessive', () => {
    expect(nameWords('António Guterres')).toEqual(['antonio', 'guterres']);
    // A possessive inside a name too, so that the text's "People's" meets the registry's "People's Republic of China".
    expect(nameWords("People's Republic of China")).toEqual(['people', 'republic', 'of', 'china']);
    expect(nameWords('O’Sullivan')).toEqual(['osullivan']);
    expect(nameWords('U.S.')).toEqual(['us']);
    expect(nameWords("Ukraine's")).toEqual(['ukraine']);
    expect(nameWords('Rostov-on-Don')).toEqual(['rostov', 'on', 'don']);
  });
});

describe('capitalsOf', () => {
  it('gives a name written in capitals without its dots, and nothing for a name with lowercase letters', () => {
    expect(capitalsOf('U.N.')).toBe('UN');
    expect(capitalsOf('DPRK')).toBe('DPRK');
    expect(capitalsOf('Ukraine')).toBeUndefined();
  });
});

const person = (id: string, name: string, aliases: string[] = []): RegistryActor => ({ id, name, kind: 'person', role: 'Minister', aliases });
const country: RegistryCountry = {
  id: 'kp',
  name: 'North Korea',
  officialName: "Democratic People's Republic of Korea",
  aliases: ['DPRK'],
  demonyms: ['North Korean'],
};

describe('buildNameIndex', () => {
  const index = buildNameIndex({
    actors: [person('rustem-umerov', 'Rustem Umerov', ['Umierov']), person('cho-tae-yul', 'Cho Tae-yul')],
    countries: [country],
    places: [
      { id: 'kyiv', name: 'Kyiv', kind: 'city', country: 'ua', aliases: ['Kiev'] },
      { id: 'kyiv-oblast', name: 'Kyiv Oblast', kind: 'region', country: 'ua', aliases: [] },
    ],
  });
  const entries = (word: string) => (index.get(word) ?? []).map((e: NameEntry) => [e.id, e.words.join(' '), e.form]);

  it('holds names and aliases, and a person’s first name with a one-word alias of the surname', () => {
    expect(entries('rustem')).toEqual([
      ['rustem-umerov', 'rustem umerov', 'name'],
      ['rustem-umerov', 'rustem umierov', 'name'],
    ]);
    expect(entries('kiev')).toEqual([['kyiv', 'kiev', 'name']]);
  });

  it('holds surnames as such, and a family name written before a hyphenated given name', () => {
    expect(entries('umerov')).toEqual([['rustem-umerov', 'umerov', 'surname']]);
    expect(entries('cho')).toContainEqual(['cho-tae-yul', 'cho', 'surname']);
  });

  it('holds demonyms in the singular and the plural', () => {
    expect(entries('north')).toEqual([
      ['kp', 'north korea', 'name'],
      ['kp', 'north korean', 'demonym'],
      ['kp', 'north koreans', 'demonym'],
    ]);
  });

  it('puts the longest names first, so the longest match wins, and a region’s bare name before a city’s', () => {
    expect(entries('kyiv')).toEqual([
      ['kyiv-oblast', 'kyiv oblast', 'name'],
      ['kyiv-oblast', 'kyiv', 'region'],
      ['kyiv', 'kyiv', 'name'],
    ]);
  });

  it('holds a region’s name without its kind, whether or not a place bears that name', () => {
    const regions = buildNameIndex({
      actors: [],
      countries: [],
      places: [
        { id: 'lviv-oblast', name: 'Lviv Oblast', kind: 'region', country: 'ua', aliases: [] },
        { id: 'lviv', name: 'Lviv', kind: 'city', country: 'ua', aliases: [] },
        { id: 'tver-oblast', name: 'Tver Oblast', kind: 'region', country: 'ru', aliases: [] },
      ],
    });
    const region = (word: string) => regions.get(word)?.find((e) => e.form === 'region');
    expect(region('lviv')).toEqual({ kind: 'place', id: 'lviv-oblast', words: ['lviv'], form: 'region', placeKind: 'region' });
    expect(region('tver')).toEqual({ kind: 'place', id: 'tver-oblast', words: ['tver'], form: 'region', placeKind: 'region' });
  });

  it('holds an organisation’s name with its country in the possessive: "Moldova’s Border Police"', () => {
    const moldova: RegistryCountry = { id: 'md', name: 'Moldova', officialName: 'Republic of Moldova', aliases: [], demonyms: ['Moldovan'] };
    const organisation = (id: string, name: string): RegistryActor => ({ id, name, kind: 'organisation', role: 'Agency', aliases: [], country: 'md' });
    const withOrganisations = buildNameIndex({
      actors: [organisation('moldovan-border-police', 'Moldovan Border Police'), organisation('customs-service-of-moldova', 'Customs Service of Moldova')],
      countries: [moldova],
      places: [],
    });
    expect((withOrganisations.get('moldova') ?? []).filter((e) => e.kind === 'actor').map((e) => [e.id, e.words.join(' ')])).toEqual([
      ['moldovan-border-police', 'moldova border police'],
      ['customs-service-of-moldova', 'moldova customs service'],
    ]);
  });

  it('holds the end of an official name after the word for a state, marked as such, unless two countries end in it or a country bears it already', () => {
    const state = (id: string, name: string, officialName: string): RegistryCountry => ({ id, name, officialName, aliases: [], demonyms: [] });
    const tails = buildNameIndex({
      actors: [],
      countries: [
        state('us', 'United States', 'United States of America'),
        state('kr', 'South Korea', 'Republic of Korea'),
        country,
        state('cn', 'China', "People's Republic of China"),
        state('im', 'Isle of Man', 'Isle of Man'),
      ],
      places: [],
    });
    expect(tails.get('america')).toEqual([{ kind: 'country', id: 'us', words: ['america'], form: 'name', tail: true }]);
    for (const word of ['korea', 'man']) expect(tails.get(word), word).toBeUndefined();
    expect(tails.get('china')!.map((e) => [e.id, e.tail])).toEqual([['cn', undefined]]);
  });

  it('holds the end of a former official name among the aliases ("Turkey"), once for a name in both, and no end that is not a name', () => {
    const tails = buildNameIndex({
      actors: [],
      countries: [
        { id: 'us', name: 'United States', officialName: 'United States of America', aliases: ['United States of America'], demonyms: [] },
        { id: 'tr', name: 'Türkiye', officialName: 'Republic of Türkiye', aliases: ['Republic of Türkiye', 'Republic of Turkey'], demonyms: [] },
        { id: 'cd', name: 'DR Congo', officialName: 'Democratic Republic of the Congo', aliases: ['Congo, the Democratic Republic of the'], demonyms: [] },
      ],
      places: [],
    });
    expect(tails.get('turkey')).toEqual([{ kind: 'country', id: 'tr', words: ['turkey'], form: 'name', tail: true }]);
    expect(tails.get('america')).toEqual([{ kind: 'country', id: 'us', words: ['america'], form: 'name', tail: true }]);
    expect(tails.get('the')).toBeUndefined();
  });

  it('marks a name written in capitals, which matches only in capitals', () => {
    expect(index.get('dprk')?.[0]?.capitals).toBe('DPRK');
    expect(index.get('kyiv')?.[0]?.capitals).toBeUndefined();
  });
});
