import { describe, expect, it } from 'vitest';
import { SHORT_LIST, filterListView, filterValues, type FilterRow } from '../../src/search/client/filter-list.ts';

describe('filterValues', () => {
  it('lists years newest first', () => {
    expect(filterValues('year', { '2023': 9, '2025': 1, '2024': 4 }, [])).toEqual(['2025', '2024', '2023']);
  });

  it('lists other values by count, then by name', () => {
    expect(filterValues('country', { Ukraine: 5, Germany: 2, 'North Korea': 5, Austria: 2 }, [])).toEqual(['North Korea', 'Ukraine', 'Austria', 'Germany']);
  });

  it('lists a chosen value the index lacks, last, so it can be removed', () => {
    expect(filterValues('country', { Ukraine: 5 }, ['Narnia', 'Ukraine'])).toEqual(['Ukraine', 'Narnia']);
    expect(filterValues('actor', undefined, ['Nobody'])).toEqual(['Nobody']);
  });
});

describe('filterListView', () => {
  const rows = (counts: number[], more: (i: number) => Partial<FilterRow> = () => ({})): FilterRow[] =>
    counts.map((count, i) => ({ count, selected: false, focused: false, ...more(i) }));

  it('hides values that would leave no result, unless chosen or focused', () => {
    const view = filterListView(
      rows([3, 0, 0, 1], (i) => ({ selected: i === 1, focused: i === 2 })),
      false,
    );
    expect(view.shown).toEqual([true, true, true, true]);
    expect(filterListView(rows([3, 0, 1]), false).shown).toEqual([true, false, true]);
  });

  it('hides the filter when no value is left', () => {
    expect(filterListView(rows([0, 0]), false).hidden).toBe(true);
    expect(filterListView(rows([0, 1]), false).hidden).toBe(false);
  });

  it(`cuts a long list to ${SHORT_LIST}, keeping chosen and focused values, until expanded`, () => {
    const long = rows(
      Array.from({ length: SHORT_LIST + 4 }, () => 1),
      (i) => ({ selected: i === SHORT_LIST + 1, focused: i === SHORT_LIST + 3 }),
    );
    const short = filterListView(long, false);
    expect(short.shown.filter(Boolean)).toHaveLength(SHORT_LIST + 2);
    expect(short.shown[SHORT_LIST]).toBe(false);
    expect(short.shown[SHORT_LIST + 1]).toBe(true);
    expect(short.shown[SHORT_LIST + 3]).toBe(true);
    expect(short.more).toEqual({ hidden: false, label: `Show all ${SHORT_LIST + 4}` });
    const all = filterListView(long, true);
    expect(all.shown.every(Boolean)).toBe(true);
    expect(all.more).toEqual({ hidden: false, label: 'Show fewer' });
  });

  it('does not cut a list only one longer than the short list', () => {
    const view = filterListView(rows(Array.from({ length: SHORT_LIST + 1 }, () => 1)), false);
    expect(view.shown.every(Boolean)).toBe(true);
    expect(view.more.hidden).toBe(true);
  });
});
