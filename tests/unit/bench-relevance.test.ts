import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { hostGzipBytes, splitAtResults, type Transfer } from '../../scripts/bench/first-query.ts';
import { briefingWords, chooseQueries, spread } from '../../scripts/bench/queries.ts';
import { compareAnswers, relevanceLines, summarise } from '../../scripts/bench/relevance-compare.ts';

describe('the relevance queries', () => {
  const corpus = generateCorpus({ briefings: 300 });
  const queries = chooseQueries(corpus);

  it('reads the words a reader sees: title, summary and body, without front matter keys or MDX tags', () => {
    const text =
      '---\ntitle: "Drone strike on Kyiv"\ndate: 2024-01-01\nsummary: "Air defence."\nstatus: reported\n---\n\n<Claim status="claimed" source="1">Shelling</Claim> overnight.\n';
    expect(briefingWords(text)).toEqual(['drone', 'strike', 'on', 'kyiv', 'air', 'defence', 'shelling', 'overnight']);
  });

  it('spreads a choice evenly over a ranked list', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8], 4)).toEqual([1, 3, 5, 7]);
    expect(spread([1, 2], 4)).toEqual([1, 2]);
  });

  it('chooses 20 queries of the four kinds the issue asks for, whatever order the files come in', () => {
    expect(chooseQueries({ briefings: [...corpus.briefings].reverse(), published: corpus.published })).toEqual(queries);
    expect(queries).toHaveLength(20);
    const kinds = (kind: string) => queries.filter((q) => q.kind === kind);
    expect(kinds('common')).toHaveLength(6);
    expect(kinds('rare').every((q) => q.briefings >= 3 && q.briefings <= 12 && q.years.length > 1)).toBe(true);
    expect(kinds('one year').every((q) => q.briefings >= 3 && q.briefings <= 40)).toBe(true);
    // Two words that are not in nearly every briefing, as a reader would type them.
    expect(kinds('two words').every((q) => q.query.split(' ').length === 2 && q.briefings < corpus.published.length / 2)).toBe(true);
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
  });
});

describe('comparing with one index', () => {
  const ten = (prefix: string) => Array.from({ length: 10 }, (_, i) => `/briefings/${prefix}${i}/`);

  it('counts the shared top 10, whether the first agrees, and the hits one index does not find', () => {
    const reference = { top: ten('a'), found: 40 };
    const site = { top: [...ten('a').slice(1, 9), '/briefings/x/', '/briefings/y/'], found: 43 };
    expect(compareAnswers('drones', 'common', site, reference)).toEqual({
      query: 'drones',
      kind: 'common',
      shared: 8,
      possible: 10,
      firstAgrees: false,
      siteFound: 43,
      referenceFound: 40,
      extraHits: 3,
    });
  });

  it('asks for every result when one index finds fewer than ten, and 9 of 10 otherwise', () => {
    const few = compareAnswers('vilmarmyr', 'one year', { top: ['/a/', '/b/', '/c/'], found: 3 }, { top: ['/a/', '/b/', '/c/', '/d/'], found: 4 });
    const nine = compareAnswers('drones', 'common', { top: [...ten('a').slice(0, 9), '/z/'], found: 50 }, { top: ten('a'), found: 50 });
    const summary = summarise([few, nine]);
    expect(summary).toMatchObject({ queries: 2, nineOfTen: 1, firstAgrees: 2, extraHits: 0, meetsTargets: false });
    expect(summary.worst).toEqual({ query: 'vilmarmyr', shared: 3, possible: 4 });
    expect(summarise([nine, nine]).meetsTargets).toBe(true);
    expect(relevanceLines([few, nine])[0]).toContain('1/2 queries share ≥9 of the top 10');
  });
});

describe('first query bytes', () => {
  it('gzips text as a host would, and counts Pagefind files as they are', () => {
    const text = Buffer.from('<p>'.repeat(1000));
    expect(hostGzipBytes('/search/index.html', text)).toBeLessThan(100);
    expect(hostGzipBytes('/pagefind/0/index/en_1.pf_index', text)).toBe(3000);
  });

  it('splits what a first query loads at the moment its results show', () => {
    const transfers: Transfer[] = [
      { path: '/search/', bytes: 100, gzipBytes: 30, end: 10 },
      { path: '/pagefind/0/index/a.pf_index', bytes: 50, gzipBytes: 50, end: 90 },
      { path: '/pagefind/0/filter/b.pf_filter', bytes: 70, gzipBytes: 70, end: 120 },
    ];
    expect(splitAtResults(transfers, 100)).toEqual({
      untilResults: { raw: 150, gzip: 80, requests: 2 },
      withCounts: { raw: 220, gzip: 150, requests: 3 },
    });
  });
});
