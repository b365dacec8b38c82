import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../src/lib/dates.ts';
import { searchUrl } from '../../src/search/url.ts';
import { groupByMonth, recentMonths } from '../../src/data/timeline.ts';

const b = (id: string, date: string) => ({ id, data: { date, title: id } });
const newestFirst = [b('e', '2024-12-01'), b('d', '2024-11-05'), b('c', '2024-11-05'), b('b', '2024-11-04'), b('a', '2023-01-31')];

describe('groupByMonth', () => {
  it('groups a newest-first list by month and day, keeping its order', () => {
    const months = groupByMonth(newestFirst);
    expect(months.map((m) => [m.key, m.count])).toEqual([
      ['2024-12', 1],
      ['2024-11', 3],
      ['2023-01', 1],
    ]);
    expect(months[1]!.days.map((d) => [d.date, d.briefings.map((x) => x.id)])).toEqual([
      ['2024-11-05', ['d', 'c']],
      ['2024-11-04', ['b']],
    ]);
    expect(months[1]).toMatchObject({ year: '2024', month: '11' });
  });

  it('keeps the timeline page to about a limit of briefings, but always shows the newest month', () => {
    const months = groupByMonth(newestFirst);
    expect(recentMonths(months, 4).map((m) => m.key)).toEqual(['2024-12', '2024-11']);
    expect(recentMonths(months, 3).map((m) => m.key)).toEqual(['2024-12']);
    expect(recentMonths(months, 0).map((m) => m.key)).toEqual(['2024-12']);
  });
});

describe('dates and links', () => {
  it('formats calendar dates without shifting them across time zones', () => {
    expect(formatDate('2024-11-04')).toBe('4 November 2024');
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
    expect(formatMonth('2024-11')).toBe('November 2024');
  });

  it('links to search with readable filter values', () => {
    expect(searchUrl({ actor: 'Stéphane Dujarric' })).toBe('/search/?actor=St%C3%A9phane+Dujarric');
    expect(searchUrl({ q: 'Kursk', country: 'North Korea' })).toBe('/search/?q=Kursk&country=North+Korea');
    expect(searchUrl({})).toBe('/search/');
  });
});
