import { describe, expect, it } from 'vitest';
import { idf, partFactors } from '../../src/search/client/idf.ts';

describe('idf', () => {
  it("is Pagefind's: lower for a word more pages hold", () => {
    expect(idf(100, 1)).toBeCloseTo(Math.log(99.5 / 1.5 + 1));
    expect(idf(100, 90)).toBeLessThan(idf(100, 10));
  });
});

describe('partFactors', () => {
  it('turns each part’s IDF of a word into the IDF of one index over every part', () => {
    const pages = [1000, 1000];
    const containing = [[10, 2]];
    const factors = partFactors(pages, containing);
    const global = idf(2000, 12);
    expect(factors[0]! * idf(1000, 10)).toBeCloseTo(global);
    expect(factors[1]! * idf(1000, 2)).toBeCloseTo(global);
    // The part where the word is commoner had scored it lower: its scores go up, the other's down.
    expect(factors[0]).toBeGreaterThan(1);
    expect(factors[1]).toBeLessThan(1);
  });

  it('sums the IDF of several words', () => {
    const factors = partFactors(
      [500, 500, 500],
      [
        [5, 0, 0],
        [50, 40, 0],
      ],
    );
    expect(factors[0]! * (idf(500, 5) + idf(500, 50))).toBeCloseTo(idf(1500, 5) + idf(1500, 90));
    expect(factors[1]! * (idf(500, 0) + idf(500, 40))).toBeCloseTo(idf(1500, 5) + idf(1500, 90));
  });
});
