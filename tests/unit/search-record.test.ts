import { describe, expect, it } from 'vitest';
import { paths } from '../../src/routes.ts';
import { searchDocument, searchParts, searchRecord, type RecordPlace, type SearchableBriefing, type StoredBriefing } from '../../src/search/index/record.ts';
import { NAMES_FIELD } from '../../src/search/names.ts';
import { indexMismatch } from '../../src/search/index/pagefind.ts';

const KURSK: SearchableBriefing = {
  id: '2024-11-04-north-korean-troops-kursk',
  title: 'North Korean troops in Kursk, "engaged" & counted',
  date: '2024-11-04',
  summary: 'Ukraine says 11,000 troops: Seoul, Washington agree.',
  status: 'reported',
  topics: ['foreign-forces', 'diplomacy'],
  html: '<p>Ukraine reported<sup class="cite" data-pagefind-ignore><a href="#source-1">[1]</a></sup> troops.</p>',
  actors: [
    { name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Zelenskiy'] },
    { name: 'Korean People’s Army', aliases: ['KPA', 'zelenskyy'] },
  ],
  countries: [
    { name: 'Ukraine', flag: '🇺🇦', officialName: 'Ukraine', aliases: ['UA', 'UKR', 'Ukrayina'], demonyms: ['Ukrainian'] },
    {
      name: 'North Korea',
      flag: '🇰🇵',
      officialName: "Democratic People's Republic of Korea",
      aliases: ['KP', "Democratic People's Republic of Korea", 'DPRK'],
      demonyms: ['North Korean'],
    },
    { name: 'Nowhere', aliases: [], demonyms: [] },
  ],
  places: [
    { name: 'Sudzha', aliases: ['Suja'] },
    { name: 'Kursk Oblast', aliases: ['Kursk region', 'Suja'] },
  ],
};

describe('searchRecord', () => {
  const record = searchRecord(KURSK);

  it('links to the briefing page by its site path, without the base', () => {
    expect(record.url).toBe('/briefings/2024-11-04-north-korean-troops-kursk/');
    expect(record.url).toBe(paths.briefing(KURSK.id));
  });

  it('filters by readable names: actors, countries and places in order, topic and status labels, year', () => {
    expect(record.filters).toEqual([
      ['actor', 'Volodymyr Zelensky'],
      ['actor', 'Korean People’s Army'],
      ['country', 'Ukraine'],
      ['country', 'North Korea'],
      ['country', 'Nowhere'],
      ['place', 'Sudzha'],
      ['place', 'Kursk Oblast'],
      ['topic', 'Foreign forces'],
      ['topic', 'Diplomacy'],
      ['year', '2024'],
      ['status', 'Reported'],
    ]);
  });

  it('is found by the names and aliases of its places, actors and countries, each once, apart from the text and the metadata a result shows', () => {
    expect(record.names).toEqual([
      ...['Sudzha', 'Suja', 'Kursk Oblast', 'Kursk region'],
      ...['Volodymyr Zelensky', 'Zelenskyy', 'Zelenskiy', 'Korean People’s Army', 'KPA'],
      ...['Ukraine', 'UA', 'UKR', 'Ukrayina', 'Ukrainian'],
      ...['North Korea', "Democratic People's Republic of Korea", 'KP', 'DPRK', 'North Korean'],
      'Nowhere',
    ]);
    expect(record.meta.map(([name]) => name)).not.toContain(NAMES_FIELD);
    expect(searchRecord({ ...KURSK, places: [], actors: [], countries: [] }).names).toEqual([]);
  });

  it('keeps each name once, whatever its case, where it first comes', () => {
    expect(searchRecord(KURSK).names).toEqual(record.names);
    expect(searchRecord({ ...KURSK, actors: [...KURSK.actors].reverse() }).names.slice(4, 9)).toEqual([
      'Korean People’s Army',
      'KPA',
      'zelenskyy',
      'Volodymyr Zelensky',
      'Zelenskiy',
    ]);
  });

  it('sorts by the ISO date, then the id, so that no two briefings tie, and carries what a result shows', () => {
    expect(record.sort).toEqual({ date: '2024-11-04 2024-11-04-north-korean-troops-kursk' });
    expect(Object.fromEntries(record.meta)).toEqual({
      date: '4 November 2024',
      datetime: '2024-11-04',
      summary: KURSK.summary,
      flag: '🇺🇦 🇰🇵',
      status: 'reported',
    });
  });
});

describe('searchParts', () => {
  const stored = (id: string, date: string, more: Partial<StoredBriefing['data']> = {}): StoredBriefing => ({
    id,
    data: { title: id, date, summary: 'S', status: 'confirmed', topics: [], actors: ['nato'], countries: ['ua'], places: [], draft: false, ...more },
    digest: `digest of ${id}`,
    rendered: { metadata: { bodyFile: `/cache/${id}.html` } },
  });
  const place = (id: string, name: string, aliases: string[], parent?: string): [string, RecordPlace] => [
    id,
    { id, data: { name, aliases, country: 'ru', coordinates: { lat: 51.2, lon: 35.3 }, parent } },
  ];
  const places = new Map([
    place('kursk-oblast', 'Kursk Oblast', ['Kursk region']),
    place('sudzha', 'Sudzha', ['Suja'], 'kursk-oblast'),
    place('kyiv', 'Kyiv', []),
  ]);
  const nato = { name: 'NATO', aliases: ['North Atlantic Treaty Organization'] };
  const ukraine = { name: 'Ukraine', flag: '🇺🇦', officialName: 'Ukraine', aliases: ['UA', 'UKR'], demonyms: ['Ukrainian'] };
  const names = { actors: new Map([['nato', nato]]), countries: new Map([['ua', ukraine]]), places };
  const bodyOf = (b: StoredBriefing) => `<p>body of ${b.rendered?.metadata?.bodyFile}</p>`;
  const corpus = () => [
    stored('old', '2023-05-01'),
    stored('draft', '2024-06-01', { draft: true }),
    stored('new', '2024-03-01', { places: ['sudzha'] }),
    stored('later', '2024-04-01'),
  ];

  it('puts each published briefing in the part its id hashes to, parts in order, records newest first, with names for ids and the stored body', () => {
    const parts = searchParts(corpus(), names, bodyOf);
    // "new" and "later" hash to part 1, "old" to part 2 (searchPartName).
    expect(parts.map((p) => p.name)).toEqual(['1', '2']);
    expect(parts[0]!.records().map((r) => r.url)).toEqual(['/briefings/later/', '/briefings/new/']);
    expect(parts[1]!.records().map((r) => r.url)).toEqual(['/briefings/old/']);
    const [record] = parts[1]!.records();
    expect(record!.filters.slice(0, 2)).toEqual([
      ['actor', 'NATO'],
      ['country', 'Ukraine'],
    ]);
    expect(record!.html).toBe('<p>body of /cache/old.html</p>');
  });

  it('rolls a town up into its region, as the place pages do: a briefing in Sudzha has the filter and the names of Kursk Oblast too', () => {
    const [record] = searchParts([stored('a', '2024-01-01', { places: ['sudzha', 'kyiv', 'kursk-oblast'] })], names, bodyOf)[0]!.records();
    expect(record!.filters.filter(([name]) => name === 'place')).toEqual([
      ['place', 'Sudzha'],
      ['place', 'Kursk Oblast'],
      ['place', 'Kyiv'],
    ]);
    expect(record!.names.slice(0, 5)).toEqual(['Sudzha', 'Suja', 'Kursk Oblast', 'Kursk region', 'Kyiv']);
  });

  it('reads the bodies only when a part is indexed', () => {
    let reads = 0;
    const parts = searchParts(corpus(), names, (b) => (reads++, bodyOf(b)));
    expect(reads).toBe(0);
    parts[0]!.records();
    expect(reads).toBe(2);
  });

  it('keys each part by what it indexes: a change to a briefing changes the key of its part only', () => {
    const keys = (briefings: StoredBriefing[]) => searchParts(briefings, names, bodyOf).map((p) => p.key);
    const [keyOfNew, keyOfOld] = keys(corpus());
    expect(keys(corpus())).toEqual([keyOfNew, keyOfOld]);
    const changes: StoredBriefing[][] = [
      corpus().map((b) => (b.id === 'new' ? { ...b, digest: 'edited body' } : b)),
      corpus().map((b) => (b.id === 'new' ? { ...b, data: { ...b.data, title: 'Retitled' } } : b)),
      corpus().map((b) => (b.id === 'new' ? { ...b, data: { ...b.data, status: 'disputed' as const } } : b)),
      [...corpus(), stored('extra', '2024-02-01')],
      corpus().filter((b) => b.id !== 'later'),
    ];
    for (const changed of changes) expect(keys(changed)).toEqual([expect.not.stringMatching(keyOfNew!), keyOfOld]);
    // A renamed actor, a new alias of an actor or a country changes every part that names it.
    for (const changed of [
      { ...names, actors: new Map([['nato', { ...nato, name: 'North Atlantic Alliance' }]]) },
      { ...names, actors: new Map([['nato', { ...nato, aliases: [...nato.aliases, 'OTAN'] }]]) },
      { ...names, countries: new Map([['ua', { ...ukraine, aliases: [...ukraine.aliases, 'Ukrayina'] }]]) },
    ]) {
      const renamed = searchParts(corpus(), changed, bodyOf).map((p) => p.key);
      expect(renamed[0]).not.toBe(keyOfNew);
      expect(renamed[1]).not.toBe(keyOfOld);
    }
    // A new alias or parent of a place changes the parts that name it or a place inside it, and only those.
    const withPlaces = (changed: Map<string, RecordPlace>) => searchParts(corpus(), { ...names, places: changed }, bodyOf).map((p) => p.key);
    for (const changed of [
      new Map([...places, place('kursk-oblast', 'Kursk Oblast', ['Kursk region', 'Kurskaya oblast'])]),
      new Map([...places, place('sudzha', 'Sudzha', ['Suja'])]),
      new Map([...places, place('kursk-oblast', 'Kursk Province', ['Kursk region'])]),
    ])
      expect(withPlaces(changed)).toEqual([expect.not.stringMatching(keyOfNew!), keyOfOld]);
    expect(withPlaces(new Map([...places, place('kyiv', 'Kyiv', ['Kiev'])]))).toEqual([keyOfNew, keyOfOld]);
    // A draft is not indexed, so publishing nothing new changes nothing.
    expect(keys([...corpus(), stored('another-draft', '2024-07-01', { draft: true })])).toEqual([keyOfNew, keyOfOld]);
  });

  it('refuses an actor, country or place it has no name for, rather than filtering by a bare id', () => {
    expect(() => searchParts([stored('a', '2024-01-01', { actors: ['ghost'] })], names, bodyOf)).toThrow('actor `ghost` of briefing `a` has no name');
    expect(() => searchParts([stored('a', '2024-01-01', { countries: ['zz'] })], names, bodyOf)).toThrow('country `zz` of briefing `a` has no name');
    expect(() => searchParts([stored('a', '2024-01-01', { places: ['atlantis'] })], names, bodyOf)).toThrow('place `atlantis` of briefing `a` has no name');
  });
});

describe('searchDocument', () => {
  const html = searchDocument(searchRecord(KURSK));

  it('indexes the title as the heading, then the summary and the body as rendered', () => {
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain(
      '<main data-pagefind-body><h1>North Korean troops in Kursk, "engaged" &#x26; counted</h1><p>Ukraine says 11,000 troops: Seoul, Washington agree.</p>',
    );
    expect(html).toContain(`<div>${KURSK.html}</div>`);
  });

  it('puts filters, sort and metadata in attributes of hidden empty elements, escaped', () => {
    expect(html).toContain('<div hidden><span data-pagefind-filter="actor[data-value]" data-value="Volodymyr Zelensky"></span>');
    expect(html).toContain('<span data-pagefind-sort="date[data-value]" data-value="2024-11-04 2024-11-04-north-korean-troops-kursk"></span>');
    expect(html).toContain('<span data-pagefind-meta="summary[data-value]" data-value="Ukraine says 11,000 troops: Seoul, Washington agree."></span>');
    expect(searchDocument({ ...searchRecord(KURSK), meta: [['summary', 'a "quoted" <b>']] })).toContain('data-value="a &#x22;quoted&#x22; <b>"');
  });

  it('holds the names in a metadata attribute, which Pagefind searches but never cuts an excerpt from, and none when there are none', () => {
    expect(html).toContain(
      `<span data-pagefind-meta="${NAMES_FIELD}[data-value]" data-value="Sudzha · Suja · Kursk Oblast · Kursk region · Volodymyr Zelensky · `,
    );
    const text = html.replace(/<[^>]*>/g, ' ');
    for (const alias of ['Suja', 'Kursk region', 'Zelenskyy', 'DPRK', 'Ukrainian']) expect(text).not.toContain(alias);
    expect(searchDocument(searchRecord({ ...KURSK, places: [], actors: [], countries: [] }))).not.toContain(`${NAMES_FIELD}[`);
  });

  it('takes the language of the site unless told', () => {
    expect(searchDocument(searchRecord(KURSK), 'uk')).toMatch(/^<!doctype html><html lang="uk">/);
  });
});

describe('indexMismatch', () => {
  it('is empty when the index holds exactly the briefing pages', () => {
    expect(indexMismatch(['/briefings/b/', '/briefings/a/'], ['/briefings/a/', '/briefings/b/'])).toEqual([]);
  });

  it('names the pages missing from the index and the records with no page', () => {
    expect(indexMismatch(['/briefings/a/', '/briefings/draft/'], ['/briefings/a/', '/briefings/b/'])).toEqual([
      'briefing pages missing from the search index (1): /briefings/b/',
      'search records with no briefing page (1): /briefings/draft/',
    ]);
  });

  it('shortens a long list', () => {
    const built = Array.from({ length: 12 }, (_, i) => `/briefings/${i}/`);
    expect(indexMismatch([], built)[0]).toMatch(/^briefing pages missing from the search index \(12\): \/briefings\/0\/.*\/briefings\/9\/ and 2 more$/);
  });
});
