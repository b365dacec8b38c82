/**
 * Newest first across the parts of the index. Pagefind orders a merged,
 * date-sorted search by each result's position within its own part, which
 * interleaves the parts roughly, not by date. Within a part the order is
 * exact, so the parts' lists are merged by date: the newest of the parts'
 * heads goes next. A head's date is read from its fragment (the metadata a
 * result shows), so listing the first ten loads their ten fragments and one
 * more per part, and never the fragments of results not reached.
 */
import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';
import { datePlace } from './part-scores.ts';

/**
 * The parts' lists, each newest first, from the results of a date-sorted
 * search over the merged parts. A part's oldest page (whose part its score
 * cannot tell) gets a list of its own: being the oldest of its part, it is
 * placed by date among the others all the same.
 */
export function partLists(results: readonly PagefindResult[]): PagefindResult[][] {
  const byPart = new Map<number, PagefindResult[]>();
  const alone: PagefindResult[][] = [];
  for (const result of results) {
    const place = datePlace(result.score);
    if (!place) {
      alone.push([result]);
      continue;
    }
    const list = byPart.get(place.part) ?? [];
    list.push(result);
    byPart.set(place.part, list);
  }
  const position = (result: PagefindResult) => datePlace(result.score)!.position;
  for (const list of byPart.values()) list.sort((a, b) => position(b) - position(a));
  return [...[...byPart].sort(([a], [b]) => a - b).map(([, list]) => list), ...alone];
}

/** The date a result's fragment carries (`datetime`, YYYY-MM-DD, ../meta.ts). */
export const fragmentDate = (fragment: PagefindFragment): string => fragment.meta.datetime ?? '';

/**
 * The results of the lists, newest first, as results whose `data()` finds
 * its place in the merge when first called. The merge runs in order, one
 * step at a time, so asking for the 11th to 20th after the first ten only
 * continues it. Equal dates keep the lists' order.
 */
export function mergeNewestFirst(lists: readonly PagefindResult[][]): PagefindResult[] {
  const next = lists.map(() => 0);
  // Each result's fragment is loaded once: for its date as a head, and again when it is shown.
  const fragments = new Map<PagefindResult, Promise<PagefindFragment>>();
  const fragmentOf = (result: PagefindResult) => {
    let fragment = fragments.get(result);
    if (!fragment) fragments.set(result, (fragment = result.data()));
    return fragment;
  };
  const dateOf = (result: PagefindResult) => fragmentOf(result).then(fragmentDate);
  const merged: PagefindResult[] = [];
  let step: Promise<unknown> = Promise.resolve();

  /** Takes the next result of the merge: the list whose head is newest. */
  async function take(): Promise<PagefindResult> {
    const heads = lists.map((list, i) => list[next[i]!]);
    const headDates = await Promise.all(heads.map((head) => (head ? dateOf(head) : undefined)));
    let best = -1;
    headDates.forEach((date, i) => {
      if (date !== undefined && (best < 0 || date > headDates[best]!)) best = i;
    });
    next[best]!++;
    return heads[best]!;
  }

  /** The n-th result of the merge, taking results until it is reached. */
  function nth(n: number): Promise<PagefindResult> {
    const reached = step.then(async () => {
      while (merged.length <= n) merged.push(await take());
      return merged[n]!;
    });
    step = reached;
    return reached;
  }

  const total = lists.reduce((sum, list) => sum + list.length, 0);
  return Array.from({ length: total }, (_, n) => ({
    id: `newest-${n}`,
    score: total - n,
    data: async () => fragmentOf(await nth(n)),
  }));
}
