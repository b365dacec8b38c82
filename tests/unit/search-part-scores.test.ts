import { describe, expect, it } from 'vitest';
import { datePlace, partWeight } from '../../src/search/client/part-scores.ts';

describe('part scores', () => {
  it('gives the first part the weight 1, so its relevance scores are unchanged, and the others barely more', () => {
    expect(partWeight(0)).toBe(1);
    expect(partWeight(7)).toBeGreaterThan(1);
    expect(partWeight(7)).toBeLessThan(1.00001);
  });

  it('reads back the part and the position from a date-sorted score, as Pagefind makes it (position × indexWeight)', () => {
    for (const part of [0, 1, 5, 7]) {
      for (const position of [1, 2, 999, 3750, 16_383]) {
        expect(datePlace(position * partWeight(part))).toEqual({ part, position });
      }
    }
  });

  it("cannot tell the part of a part's oldest page, whose position is 0", () => {
    expect(datePlace(0)).toBeUndefined();
    expect(datePlace(0 * partWeight(3))).toBeUndefined();
  });
});
