import { describe, expect, it } from 'vitest';
import { countryIdRegistry, createRegistry } from '../../src/check/registry.ts';
import { closeMatches, suggestId } from '../../src/check/suggest.ts';

const actors = createRegistry([
  { id: 'rustem-umerov', names: ['Rustem Umerov', 'Umerov'] },
  { id: 'volodymyr-zelensky', names: ['Volodymyr Zelensky', 'Zelenskyy'] },
  { id: 'antonio-guterres', names: ['António Guterres'] },
]);

const countries = countryIdRegistry();

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

describe('closeMatches', () => {
  const leaders = createRegistry([
    { id: 'mark-rutte', names: ['Mark Rutte'] },
    { id: 'volodymyr-zelensky', names: ['Volodymyr Zelensky', 'Zelenskyy'] },
    { id: 'vladimir-putin', names: ['Vladimir Putin'] },
    { id: 'united-nations', names: ['United Nations', 'UN'] },
  ]);

  it('finds ids by a word of the id or name, by a prefix, or within a few edits', () => {
    expect(closeMatches('rute', leaders)).toEqual(['mark-rutte']);
    expect(closeMatches('zelen', leaders)).toEqual(['volodymyr-zelensky']);
    expect(closeMatches('Zelenskyy', leaders)[0]).toBe('volodymyr-zelensky');
    expect(closeMatches('putin', leaders)).toEqual(['vladimir-putin']);
  });

  it('finds countries by name, alias and demonym', () => {
    expect(closeMatches('Ukraine', countries)[0]).toBe('ua');
    expect(closeMatches('north korean', countries)[0]).toBe('kp');
    expect(closeMatches('korea', countries)).toEqual(expect.arrayContaining(['kp', 'kr']));
  });

  it('does not guess from edit distance for codes of three letters or fewer', () => {
    expect(closeMatches('xq', countries)).toEqual([]);
  });

  it('lists only guesses one edit away from a word of four or five letters', () => {
    expect(closeMatches('Peru', countries)).toEqual(['pe']);
  });

  it('includes the id suggestId gives, even when it is too far for a list', () => {
    for (const typed of ['Zelenskiy', 'Mark Rute', 'UN', 'vladimir-putn']) expect(closeMatches(typed, leaders), typed).toContain(suggestId(typed, leaders));
    for (const typed of ['Germny', 'DPRK', 'uk', 'Ukrainian']) expect(closeMatches(typed, countries), typed).toContain(suggestId(typed, countries));
    // Two edits from `nato`: close enough for the one best guess, not for each guess of a list.
    const alliances = createRegistry([{ id: 'nato' }, { id: 'osce' }]);
    expect(suggestId('ntao', alliances)).toBe('nato');
    expect(closeMatches('ntao', alliances)).toEqual(['nato']);
  });

  it('gives at most `limit` ids', () => {
    expect(closeMatches('korea', countries, 1)).toHaveLength(1);
  });
});
