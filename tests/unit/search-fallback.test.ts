import { describe, expect, it } from 'vitest';
import { beginsWith, matchesAsOneIndex, queryWords } from '../../src/search/client/fallback.ts';

describe('queryWords', () => {
  it('checks each word once, and none of a quoted phrase or an empty query', () => {
    expect(queryWords('drone strikes drone')).toEqual(['drone', 'strikes']);
    expect(queryWords('  kursk  ')).toEqual(['kursk']);
    expect(queryWords('"air defence"')).toEqual([]);
    expect(queryWords(null)).toEqual([]);
  });

  it('drops stray quotes, which would make the exact search a phrase', () => {
    expect(queryWords('"kursk oblast')).toEqual(['kursk', 'oblast']);
  });
});

describe('beginsWith', () => {
  it('takes a longer word the query word begins as a match, as one index finds it', () => {
    expect(beginsWith('Vilmarmyrska,', 'vilmarmyr')).toBe(true);
    expect(beginsWith('quillwortine', 'quillwort')).toBe(true);
  });

  it('lets the last letter of the query word differ, as the stemmer does', () => {
    expect(beginsWith('striker', 'strikes')).toBe(true);
    expect(beginsWith('Kyivan', 'kyiv')).toBe(true);
  });

  it('takes a shorter word the query word begins as a fallback', () => {
    expect(beginsWith('Vilmar', 'vilmarmyr')).toBe(false);
    // Two letters short: a name one syllable shorter, as the corpus's names often are.
    expect(beginsWith('Zaplyn', 'zaplynpe')).toBe(false);
    expect(beginsWith('vilmaring', 'vilmarmy')).toBe(false);
    expect(beginsWith('vilmars', 'vilmarmyr')).toBe(false);
    expect(beginsWith('drone', 'vilmarmyr')).toBe(false);
  });
});

describe('matchesAsOneIndex', () => {
  const fragment = { content: 'Shelling near Vilmar overnight, officials said.', locations: [2] };

  it('reads the words at the hit locations', () => {
    expect(matchesAsOneIndex(fragment, 'vilmarmyr')).toBe(false);
    expect(matchesAsOneIndex(fragment, 'vilmar')).toBe(true);
    expect(matchesAsOneIndex({ ...fragment, locations: [0, 2] }, 'shells')).toBe(true);
  });

  it('counts a hit in the names, with no location in the text, as a match', () => {
    expect(matchesAsOneIndex({ ...fragment, locations: [] }, 'vilmarmyr')).toBe(true);
  });
});
