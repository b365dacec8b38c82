import { describe, expect, it } from 'vitest';
import { countryRegistry } from '../../src/data/countries.ts';
import { countryIdRegistry, createRegistry } from '../../src/check/registry.ts';
import { findUnknownReferences, referenceProblems } from '../../src/check/rules/references.ts';

const actors = createRegistry([
  { id: 'rustem-umerov', names: ['Rustem Umerov', 'Umerov'] },
  { id: 'volodymyr-zelensky', names: ['Volodymyr Zelensky', 'Zelenskyy'] },
  { id: 'antonio-guterres', names: ['António Guterres'] },
]);

const countries = countryIdRegistry();

const places = createRegistry([
  { id: 'kursk-oblast', names: ['Kursk Oblast', 'Kursk region'] },
  { id: 'zaporizhzhia', names: ['Zaporizhzhia', 'Zaporozhye'] },
]);

const registries = { actors, countries, places };

describe('createRegistry', () => {
  it('keeps ids as given and keys other names by their normalised form', () => {
    expect([...actors.ids]).toEqual(['rustem-umerov', 'volodymyr-zelensky', 'antonio-guterres']);
    expect(actors.names.get('zelenskyy')).toBe('volodymyr-zelensky');
    expect(actors.names.get('antonio-guterres')).toBe('antonio-guterres');
  });

  it('gives a name shared by two entries to the first one', () => {
    const registry = createRegistry([
      { id: 'a', names: ['Shared'] },
      { id: 'b', names: ['shared'] },
    ]);
    expect(registry.names.get('shared')).toBe('a');
  });
});

describe('findUnknownReferences', () => {
  it('returns nothing when every id is known', () => {
    expect(findUnknownReferences({ actors: ['rustem-umerov'], countries: ['ua'], places: ['kursk-oblast'] }, registries)).toEqual([]);
  });

  it('reports each unknown id with its path and kind', () => {
    const found = findUnknownReferences(
      {
        actors: ['rustem-umerov', 'rustem-umierov'],
        countries: ['ua', 'uk'],
        places: ['zaporizhzhia', 'kursk'],
      },
      registries,
    );
    expect(found).toEqual([
      { path: ['actors', 1], id: 'rustem-umierov', kind: 'actor' },
      { path: ['countries', 1], id: 'uk', kind: 'country' },
      { path: ['places', 1], id: 'kursk', kind: 'place' },
    ]);
  });

  it("checks an actor's or a place's country field, and a place's parent", () => {
    expect(findUnknownReferences({ country: 'uk' }, registries)).toEqual([{ path: ['country'], id: 'uk', kind: 'country' }]);
    expect(findUnknownReferences({ country: 'ua' }, registries)).toEqual([]);
    expect(findUnknownReferences({ country: 'ru', parent: 'kursk-region' }, registries)).toEqual([{ path: ['parent'], id: 'kursk-region', kind: 'place' }]);
  });

  it('does not accept an alias in place of the id', () => {
    expect(findUnknownReferences({ actors: ['Zelenskyy'] }, registries)).toEqual([{ path: ['actors', 0], id: 'Zelenskyy', kind: 'actor' }]);
    expect(findUnknownReferences({ places: ['Zaporozhye'] }, registries)).toEqual([{ path: ['places', 0], id: 'Zaporozhye', kind: 'place' }]);
  });
});

describe('referenceProblems', () => {
  it('reports each unknown id at its field, with a did-you-mean from the registry of its kind', () => {
    const locate = (path: readonly PropertyKey[]) => ({ line: path.length, column: 1 });
    expect(referenceProblems('b.mdx', { actors: ['Zelenskyy'], places: ['zaporozhe', 'sudzha'], countries: ['uk'] }, locate, registries)).toEqual([
      {
        file: 'b.mdx',
        line: 2,
        column: 1,
        rule: 'reference/unknown-actor',
        message: 'unknown actor `Zelenskyy` in `actors[0]`',
        hint: 'Did you mean `volodymyr-zelensky`? Otherwise add src/content/actors/Zelenskyy.yaml if it is a new actor.',
      },
      {
        file: 'b.mdx',
        line: 2,
        column: 1,
        rule: 'reference/unknown-country',
        message: 'unknown country `uk` in `countries[0]`',
        hint: 'Did you mean `gb`? Otherwise use a lowercase ISO 3166-1 alpha-2 code.',
      },
      {
        file: 'b.mdx',
        line: 2,
        column: 1,
        rule: 'reference/unknown-place',
        message: 'unknown place `zaporozhe` in `places[0]`',
        hint: 'Did you mean `zaporizhzhia`? Otherwise add src/content/places/zaporozhe.yaml if it is a new place.',
      },
      {
        file: 'b.mdx',
        line: 2,
        column: 1,
        rule: 'reference/unknown-place',
        message: 'unknown place `sudzha` in `places[1]`',
        hint: 'Add src/content/places/sudzha.yaml if it is a new place.',
      },
    ]);
  });
});

describe('unknownReferenceProblem for places', () => {
  it('suggests the place whose name or alias was written as its id', () => {
    const locate = () => ({ line: 6, column: 10 });
    expect(referenceProblems('b.mdx', { places: ['zaporozhye', 'kursk-region'] }, locate, registries).map((p) => p.hint)).toEqual([
      'Did you mean `zaporizhzhia`? Otherwise add src/content/places/zaporozhye.yaml if it is a new place.',
      'Did you mean `kursk-oblast`? Otherwise add src/content/places/kursk-region.yaml if it is a new place.',
    ]);
  });
});

describe('countryIdRegistry', () => {
  it('knows each country by its code, names, aliases and demonyms, labelled with its common name', () => {
    expect(countries.ids.has('gb')).toBe(true);
    expect(countries.names.get('united-kingdom')).toBe('gb');
    expect(countries.names.get('british')).toBe('gb');
    expect(countries.names.get('uk')).toBe('gb');
    expect(countries.labels.get('gb')).toBe('United Kingdom');
  });
});

describe('countryRegistry', () => {
  it('lists countries by lowercase alpha-2 code with names, flag, aliases and demonyms', () => {
    const gb = countryRegistry().find((c) => c.id === 'gb');
    expect(gb).toMatchObject({ name: 'United Kingdom', flag: '🇬🇧', demonyms: ['British'] });
    expect(gb!.aliases).toEqual(expect.arrayContaining(['GB', 'GBR', 'UK']));
    // A short name in common use that world-countries lacks.
    expect(gb!.aliases).toContain('Britain');
    expect(gb!.aliases).not.toContain('United Kingdom');
    expect(countryRegistry().every((c) => /^[a-z]{2}$/.test(c.id))).toBe(true);
  });

  it('adds the demonyms English uses every day, and splits an entry that holds two', () => {
    const demonyms = (id: string) => countryRegistry().find((c) => c.id === id)!.demonyms;
    expect(demonyms('uz')).toEqual(['Uzbekistani', 'Uzbek']);
    expect(demonyms('ba')).toEqual(['Bosnian', 'Herzegovinian']);
  });
});
