import { describe, expect, it } from 'vitest';
import { countryRegistry } from '../../src/data/countries.ts';
import { createRegistry, findUnknownReferences, normaliseName, suggestId } from '../../src/check/references.ts';

const actors = createRegistry([
  { id: 'rustem-umerov', names: ['Rustem Umerov', 'Umerov'] },
  { id: 'volodymyr-zelensky', names: ['Volodymyr Zelensky', 'Zelenskyy'] },
  { id: 'antonio-guterres', names: ['António Guterres'] },
]);

/** Built the way content-check builds it. */
const countries = createRegistry(countryRegistry().map((c) => ({ id: c.id, names: [c.name, c.officialName, ...c.aliases, ...c.demonyms] })));

describe('normaliseName', () => {
  it('lowercases, strips accents and turns spaces into hyphens', () => {
    expect(normaliseName('António Guterres')).toBe('antonio-guterres');
  });

  it('drops apostrophes and collapses and trims separators', () => {
    expect(normaliseName("  O’Neil  --  D'Arcy! ")).toBe('oneil-darcy');
    expect(normaliseName('Kim Jong Un')).toBe('kim-jong-un');
  });
});

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

describe('suggestId', () => {
  it('finds an id by a small typo', () => {
    expect(suggestId('rustem-umierov', actors)).toBe('rustem-umerov');
  });

  it('finds an id by a registered alias, whatever its case', () => {
    expect(suggestId('Zelenskyy', actors)).toBe('volodymyr-zelensky');
    expect(suggestId('zelenskyy', actors)).toBe('volodymyr-zelensky');
  });

  it('finds an id by a typo in an alias', () => {
    expect(suggestId('Zelenskiy', actors)).toBe('volodymyr-zelensky');
  });

  it('returns the id itself for a name that normalises to it', () => {
    expect(suggestId('Rustem Umerov', actors)).toBe('rustem-umerov');
  });

  it('returns undefined for something unrelated', () => {
    expect(suggestId('emmanuel-macron', actors)).toBeUndefined();
    expect(suggestId('putin', actors)).toBeUndefined();
  });

  it('returns undefined for an empty registry', () => {
    expect(suggestId('anything', createRegistry([]))).toBeUndefined();
  });

  describe('with the country registry', () => {
    it('maps a two-letter code only through an exact alias', () => {
      expect(suggestId('uk', countries)).toBe('gb');
      expect(suggestId('UK', countries)).toBe('gb');
    });

    it('does not guess a code one letter away from real ones', () => {
      expect(suggestId('xx', countries)).toBeUndefined();
      expect(suggestId('zz', countries)).toBeUndefined();
      expect(suggestId('urk', countries)).toBeUndefined();
    });

    it('finds countries by name, demonym, alias and typo', () => {
      expect(suggestId('Ukraine', countries)).toBe('ua');
      expect(suggestId('Ukrainian', countries)).toBe('ua');
      expect(suggestId('DPRK', countries)).toBe('kp');
      expect(suggestId('rus', countries)).toBe('ru');
      expect(suggestId('Germny', countries)).toBe('de');
    });
  });
});

describe('findUnknownReferences', () => {
  it('returns nothing when every id is known', () => {
    expect(findUnknownReferences({ actors: ['rustem-umerov'], countries: ['ua'], places: [{ country: 'ru' }] }, actors, countries)).toEqual([]);
  });

  it('reports each unknown id with its path, kind and suggestion', () => {
    const found = findUnknownReferences(
      {
        actors: ['rustem-umerov', 'rustem-umierov'],
        countries: ['ua', 'uk'],
        places: [{ country: 'ua' }, { country: 'xx' }],
      },
      actors,
      countries,
    );
    expect(found).toEqual([
      { path: ['actors', 1], id: 'rustem-umierov', kind: 'actor', suggestion: 'rustem-umerov' },
      { path: ['countries', 1], id: 'uk', kind: 'country', suggestion: 'gb' },
      { path: ['places', 1, 'country'], id: 'xx', kind: 'country', suggestion: undefined },
    ]);
  });

  it('reports a place by its index', () => {
    expect(findUnknownReferences({ places: [{ country: 'xx' }] }, actors, countries).map((p) => p.path)).toEqual([['places', 0, 'country']]);
  });

  it("checks an actor's country field", () => {
    expect(findUnknownReferences({ country: 'uk' }, actors, countries)).toEqual([{ path: ['country'], id: 'uk', kind: 'country', suggestion: 'gb' }]);
    expect(findUnknownReferences({ country: 'ua' }, actors, countries)).toEqual([]);
  });

  it('does not accept an alias in place of the id', () => {
    expect(findUnknownReferences({ actors: ['Zelenskyy'] }, actors, countries)).toEqual([
      { path: ['actors', 0], id: 'Zelenskyy', kind: 'actor', suggestion: 'volodymyr-zelensky' },
    ]);
  });
});

describe('countryRegistry', () => {
  it('lists countries by lowercase alpha-2 code with names, flag, aliases and demonyms', () => {
    const gb = countryRegistry().find((c) => c.id === 'gb');
    expect(gb).toMatchObject({ name: 'United Kingdom', flag: '🇬🇧', demonyms: ['British'] });
    expect(gb!.aliases).toEqual(expect.arrayContaining(['GB', 'GBR', 'UK']));
    expect(gb!.aliases).not.toContain('United Kingdom');
    expect(countryRegistry().every((c) => /^[a-z]{2}$/.test(c.id))).toBe(true);
  });
});
