import { describe, expect, it } from 'vitest';
import {
  briefingPageKey,
  cardShown,
  hashKey,
  listPageShown,
  monthNavShown,
  monthShown,
  neighbourShown,
  type KeyedBriefing,
  type ListPage,
  type Names,
} from '../../src/cache/page-key.ts';

type TestBriefing = KeyedBriefing & { data: { topics: string[] } };

const briefing = (id: string, over: Partial<TestBriefing['data']> = {}): TestBriefing => ({
  id,
  digest: `digest-${id}`,
  filePath: `src/content/briefings/${id}.mdx`,
  data: { title: `Title ${id}`, date: '2024-11-04', status: 'reported', summary: `Summary ${id}`, actors: ['zelensky'], countries: ['ua'], places: [{ country: 'ru' }], topics: [], ...over },
  rendered: { metadata: { frontmatter: { minutesRead: 2 }, bodyFile: `/cache/${id}.html` } },
});

const names = (over: { zelensky?: Partial<{ name: string; kind: string; role: string }>; ru?: Partial<{ name: string; flag: string }> } = {}): Names => ({
  actors: new Map<string, { data: { name: string; kind: string; role?: string } }>([
    ['zelensky', { data: { name: 'Volodymyr Zelensky', kind: 'person', role: 'President of Ukraine', ...over.zelensky } }],
    ['rutte', { data: { name: 'Mark Rutte', kind: 'person' } }],
  ]),
  countries: new Map<string, { data: { name: string; flag: string } }>([
    ['ua', { data: { name: 'Ukraine', flag: '🇺🇦' } }],
    ['ru', { data: { name: 'Russia', flag: '🇷🇺', ...over.ru } }],
    ['de', { data: { name: 'Germany', flag: '🇩🇪' } }],
  ]),
});

describe('hashKey', () => {
  it('is the same for equal values and differs for different ones', () => {
    expect(hashKey('a', { b: [1, 2] })).toBe(hashKey('a', { b: [1, 2] }));
    expect(hashKey('a', { b: [1, 2] })).not.toBe(hashKey('a', { b: [2, 1] }));
    expect(hashKey('ab', 'c')).not.toBe(hashKey('a', 'bc'));
  });

  it('refuses what JSON would hash as {} and so never see change', () => {
    expect(() => hashKey(new Map([['a', 1]]))).toThrow(/Map/);
    expect(() => hashKey({ ids: new Set(['a']) })).toThrow(/Set/);
    expect(() => hashKey([() => 1])).toThrow(/function/);
  });
});

describe('cardShown', () => {
  it('changes with what a card shows: link, title, date, status, summary', () => {
    const base = cardShown(briefing('a'));
    for (const over of [{ title: 'New' }, { date: '2024-11-05' }, { status: 'confirmed' }, { summary: 'New' }]) {
      expect(cardShown(briefing('a', over)), JSON.stringify(over)).not.toBe(base);
    }
    expect(cardShown({ ...briefing('a'), id: 'other' })).not.toBe(base);
  });

  it('does not change with what a card does not show', () => {
    expect(cardShown(briefing('a', { actors: ['rutte'], countries: ['de'], topics: ['aid'] }))).toBe(cardShown(briefing('a')));
  });
});

describe('neighbourShown', () => {
  it('is the link, title and date of an earlier or later briefing, or nothing', () => {
    expect(neighbourShown(briefing('a'))).toEqual(['a', 'Title a', '2024-11-04']);
    expect(neighbourShown(undefined)).toBeUndefined();
  });
});

describe('listPageShown', () => {
  const page = (over: Partial<ListPage> = {}): ListPage => ({
    data: [briefing('a'), briefing('b')],
    start: 0,
    end: 1,
    size: 2,
    total: 5,
    currentPage: 1,
    lastPage: 3,
    url: { current: '/countries/ua/', next: '/countries/ua/2/', prev: undefined, first: undefined, last: '/countries/ua/3/' },
    ...over,
  });
  const key = (p: ListPage) => hashKey(listPageShown(p));

  it('changes with the cards on the page', () => {
    expect(key(page({ data: [briefing('a'), briefing('b', { title: 'New' })] }))).not.toBe(key(page()));
    expect(key(page({ data: [briefing('b'), briefing('a')] }))).not.toBe(key(page()));
  });

  it('changes with the count and the pages, even when the cards on the page do not', () => {
    expect(key(page({ total: 6 }))).not.toBe(key(page()));
    expect(key(page({ lastPage: 4, url: { ...page().url, last: '/countries/ua/4/' } }))).not.toBe(key(page()));
  });
});

describe('briefingPageKey', () => {
  const shown = (over: Partial<Parameters<typeof briefingPageKey>[1]> = {}) => ({
    related: [briefing('r1'), briefing('r2')],
    older: briefing('older'),
    newer: briefing('newer'),
    ...over,
  });
  const base = briefingPageKey(briefing('a'), shown(), names());

  it('changes with the briefing: its front matter, digest (which stands for the body), file, reading time and body file', () => {
    expect(briefingPageKey(briefing('a', { title: 'New' }), shown(), names())).not.toBe(base);
    expect(briefingPageKey(briefing('a', { places: [{ country: 'de' }] }), shown(), names())).not.toBe(base);
    expect(briefingPageKey({ ...briefing('a'), digest: 'other' }, shown(), names())).not.toBe(base);
    expect(briefingPageKey({ ...briefing('a'), filePath: 'src/content/briefings/b.mdx' }, shown(), names())).not.toBe(base);
    expect(briefingPageKey({ ...briefing('a'), rendered: { metadata: { frontmatter: { minutesRead: 3 }, bodyFile: '/cache/a.html' } } }, shown(), names())).not.toBe(base);
    expect(briefingPageKey({ ...briefing('a'), rendered: { metadata: { frontmatter: { minutesRead: 2 }, bodyFile: '/cache/other.html' } } }, shown(), names())).not.toBe(base);
  });

  it('changes with the cards of related briefings and the earlier and later links', () => {
    expect(briefingPageKey(briefing('a'), shown({ related: [briefing('r1'), briefing('r2', { summary: 'New' })] }), names())).not.toBe(base);
    expect(briefingPageKey(briefing('a'), shown({ related: [briefing('r1')] }), names())).not.toBe(base);
    expect(briefingPageKey(briefing('a'), shown({ older: briefing('older', { title: 'New' }) }), names())).not.toBe(base);
    expect(briefingPageKey(briefing('a'), shown({ newer: undefined }), names())).not.toBe(base);
  });

  it('changes with the names it shows of its actors and countries, places’ countries included', () => {
    expect(briefingPageKey(briefing('a'), shown(), names({ zelensky: { name: 'Volodymyr Zelenskyy' } }))).not.toBe(base);
    expect(briefingPageKey(briefing('a'), shown(), names({ zelensky: { kind: 'organisation' } }))).not.toBe(base);
    expect(briefingPageKey(briefing('a'), shown(), names({ ru: { name: 'Russian Federation' } }))).not.toBe(base);
    expect(briefingPageKey(briefing('a'), shown(), names({ ru: { flag: '🏳' } }))).not.toBe(base);
  });

  it('does not change with what the page does not show', () => {
    expect(briefingPageKey(briefing('a'), shown(), names({ zelensky: { role: 'Former president' } }))).toBe(base);
    expect(briefingPageKey(briefing('a'), shown({ related: [briefing('r1', { topics: ['aid'] }), briefing('r2')] }), names())).toBe(base);
  });
});

describe('monthShown and monthNavShown', () => {
  const month = (over: { title?: string; count?: number } = {}) => ({
    key: '2024-11',
    count: over.count ?? 2,
    days: [{ date: '2024-11-04', briefings: [briefing('a', over.title ? { title: over.title } : {}), briefing('b')] }],
  });

  it('a month changes with its cards and its count', () => {
    expect(hashKey(monthShown(month({ title: 'New' })))).not.toBe(hashKey(monthShown(month())));
    expect(hashKey(monthShown(month({ count: 3 })))).not.toBe(hashKey(monthShown(month())));
  });

  it('the navigation changes with any month’s count, and with a new month', () => {
    const nav = [{ key: '2024-11', year: '2024', count: 2 }, { key: '2024-10', year: '2024', count: 1 }];
    const base = hashKey(monthNavShown(nav));
    expect(hashKey(monthNavShown([nav[0]!, { ...nav[1]!, count: 2 }]))).not.toBe(base);
    expect(hashKey(monthNavShown([{ key: '2024-12', year: '2024', count: 1 }, ...nav]))).not.toBe(base);
  });
});
