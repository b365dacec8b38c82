import { describe, expect, it } from 'vitest';
import { mergeNewestFirst, partLists } from '../../src/search/client/date-merge.ts';
import type { PagefindResult } from '../../src/search/client/pagefind-api.ts';
import { partWeight } from '../../src/search/client/part-scores.ts';

/** A result of a date-sorted search: part, position in the part's date order, and its date; counts its fragment loads. */
function dated(part: number, position: number, date: string, loads: string[] = []): PagefindResult {
  const id = `${date}@${part}`;
  return {
    id,
    score: position * partWeight(part),
    data: async () => {
      loads.push(id);
      return { url: `/briefings/${id}/`, excerpt: '', meta: { datetime: date }, filters: {} };
    },
  };
}

const urls = async (results: PagefindResult[]) => Promise.all(results.map(async (r) => (await r.data()).url));

describe('partLists', () => {
  it("splits a merged date-sorted search into each part's list, newest first, and gives each part's oldest page a list of its own", () => {
    const results = [dated(1, 5, 'b'), dated(0, 9, 'c'), dated(1, 7, 'd'), dated(0, 0, 'a'), dated(1, 0, 'e')];
    expect(partLists(results).map((list) => list.map((r) => r.id))).toEqual([['c@0'], ['d@1', 'b@1'], ['a@0'], ['e@1']]);
  });
});

describe('mergeNewestFirst', () => {
  it('lists every result by date, newest first, whatever order Pagefind scored them in', async () => {
    // Part 0 is small, so its positions are low: Pagefind would list it after all of part 1.
    const results = [
      dated(1, 40, '2026-03-01'),
      dated(1, 39, '2025-02-01'),
      dated(1, 38, '2024-01-01'),
      dated(0, 2, '2026-06-01'),
      dated(0, 1, '2025-05-01'),
      dated(0, 0, '2023-01-01'),
    ];
    expect(await urls(mergeNewestFirst(partLists(results)))).toEqual(
      ['2026-06-01@0', '2026-03-01@1', '2025-05-01@0', '2025-02-01@1', '2024-01-01@1', '2023-01-01@0'].map((id) => `/briefings/${id}/`),
    );
  });

  it("loads only the fragments of the results asked for and of the parts' heads, each once", async () => {
    const loads: string[] = [];
    const lists = [
      ['2026-01-05', '2026-01-03', '2026-01-01'].map((date, i) => dated(0, 10 - i, date, loads)),
      ['2026-01-04', '2026-01-02', '2025-12-01'].map((date, i) => dated(1, 10 - i, date, loads)),
      ['2020-01-01', '2019-01-01'].map((date, i) => dated(2, 10 - i, date, loads)),
    ];
    const merged = mergeNewestFirst(lists);
    expect(merged).toHaveLength(8);
    expect(await urls(merged.slice(0, 2))).toEqual(['/briefings/2026-01-05@0/', '/briefings/2026-01-04@1/']);
    // The first two and the heads the merge compared to choose them: never a result further down a part.
    expect(new Set(loads)).toEqual(new Set(['2026-01-05@0', '2026-01-04@1', '2020-01-01@2', '2026-01-03@0']));
    expect(loads.filter((id) => id === '2026-01-05@0')).toHaveLength(1);
  });

  it('continues the merge for the next page in order, even when asked out of order', async () => {
    const lists = [[dated(0, 2, '2026-01-03'), dated(0, 1, '2026-01-01')], [dated(1, 1, '2026-01-02')]];
    const merged = mergeNewestFirst(lists);
    const [third, first] = await Promise.all([merged[2]!.data(), merged[0]!.data()]);
    expect([first.url, third.url]).toEqual(['/briefings/2026-01-03@0/', '/briefings/2026-01-01@0/']);
  });
});
