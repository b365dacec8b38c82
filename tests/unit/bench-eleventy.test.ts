import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineLines, baselines, htmlPages } from '../../scripts/bench/baselines.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { ELEVENTY_BIN, ELEVENTY_SITE, writeEleventyBaseline } from '../../scripts/bench/eleventy-baseline.ts';
import { renderComponents } from '../../scripts/bench/eleventy-site/lib/components.js';
import { months, newestFirst, recentMonths, termIndexes, termPages, termsByKind } from '../../scripts/bench/eleventy-site/lib/collections.js';
import eleventyConfig from '../../scripts/bench/eleventy-site/eleventy.config.js';

const project = join(import.meta.dirname, '../..');
const corpus = generateCorpus({ briefings: 40, draftEvery: 10 });
const dir = mkdtempSync(join(tmpdir(), 'bench-eleventy-'));
writeEleventyBaseline(project, dir, corpus);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const labels = { confirmed: 'Confirmed', reported: 'Reported', claimed: 'Claimed', disputed: 'Disputed' };
const cite = (n: number) => `<sup class="cite" data-pagefind-ignore><a href="#source-${n}" aria-label="Source ${n}">[${n}]</a></sup>`;

/** A collection item as Eleventy gives one: its URL, its date and its front matter. */
const item = (id: string, data: { actors?: string[]; countries?: string[]; places?: string[] } = {}) => ({
  url: `/briefings/${id}/`,
  date: new Date(`${id.slice(0, 10)}T00:00:00Z`),
  data: { title: id.slice(11), actors: [], countries: [], places: [], ...data },
});

describe('the Eleventy baseline site', () => {
  it('holds every briefing file as the corpus wrote it, and the actors and places as global data', () => {
    expect(readdirSync(join(dir, 'src/briefings')).filter((f) => f.endsWith('.mdx'))).toHaveLength(corpus.briefings.length);
    for (const file of corpus.briefings) expect(readFileSync(join(dir, 'src/briefings', file.name), 'utf8')).toBe(file.text);
    expect(readdirSync(join(dir, 'src/_data/registry/actors')).sort()).toEqual(corpus.actors.map((f) => f.name).sort());
    expect(readdirSync(join(dir, 'src/_data/registry/places')).sort()).toEqual(corpus.places.map((f) => f.name).sort());
  });

  it("has the site's templates, a name for every country the corpus names, and Sitrep's labels and page sizes", () => {
    for (const file of readdirSync(ELEVENTY_SITE, { recursive: true, encoding: 'utf8' })) expect(existsSync(join(dir, file)), file).toBe(true);
    const countries = JSON.parse(readFileSync(join(dir, 'src/_data/registry/countries.json'), 'utf8')) as Record<string, { name: string }>;
    const named = corpus.briefings.flatMap((b) => b.text.match(/^countries: \[(.*)\]$/m)![1]!.split(', '));
    for (const id of named) expect(countries[id]?.name, id).toBeTruthy();
    const siteData = JSON.parse(readFileSync(join(dir, 'src/_data/site.json'), 'utf8'));
    expect(siteData).toMatchObject({ name: 'Sitrep', statuses: labels, pageSizes: { home: 10, term: 50 } });
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toMatchObject({ type: 'module' });
    expect(existsSync(join(dir, ELEVENTY_BIN))).toBe(true);
  });

  it('leaves drafts out and turns the components into the HTML Sitrep renders, before Markdown', () => {
    const preprocessors: Record<string, (data: object, content: string) => string | false> = {};
    const noop = () => {};
    eleventyConfig({
      addPreprocessor: (name: string, _ext: string, callback: (data: object, content: string) => string | false) => (preprocessors[name] = callback),
      addExtension: noop,
      addTemplateFormats: noop,
      addDataExtension: noop,
      addCollection: noop,
      addFilter: noop,
      addPassthroughCopy: noop,
    });
    const preprocess = preprocessors.briefings!;
    const data = { site: { statuses: labels } };
    expect(preprocess({ ...data, draft: true }, 'Text.')).toBe(false);
    expect(preprocess(data, 'Kyiv was hit.<Cite source="2" />')).toBe(`Kyiv was hit.${cite(2)}`);
  });

  it('renders each component, a citation inside a claim too, and leaves the rest of the text alone', () => {
    expect(renderComponents('<Claim status="claimed" source="1">Hit <b>it</b>.<Cite source="3" /></Claim> Then.', labels)).toBe(
      `<span class="claim" data-status="claimed"><span class="claim-status" data-pagefind-ignore>Claimed</span> Hit <b>it</b>.${cite(3)}${cite(1)}</span> Then.`,
    );
    expect(renderComponents('<Quote by="Smith & Sons" role="Minister" source="2">We will.</Quote>', labels)).toBe(
      `<figure class="quote"><blockquote><p>We will.</p></blockquote><figcaption>— <cite>Smith &amp; Sons</cite>, Minister${cite(2)}</figcaption></figure>`,
    );
    expect(renderComponents('## A heading\n\nA <cite>plain</cite> sentence.', labels)).toBe('## A heading\n\nA <cite>plain</cite> sentence.');
  });
});

describe('the Eleventy baseline collections', () => {
  const registry = {
    actors: { a: { name: 'Anna' }, idle: { name: 'Idle', country: 'fr' } },
    countries: { ua: { name: 'Ukraine' }, fr: { name: 'France' }, pl: { name: 'Poland' } },
    places: { kyiv: { name: 'Kyiv', country: 'ua', parent: 'oblast' }, lviv: { name: 'Lviv', country: 'ua' }, oblast: { name: 'Oblast', country: 'ua' } },
  };
  const briefings = newestFirst(
    Array.from({ length: 120 }, (_, i) =>
      item(`2024-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}-b${i}`, { actors: ['a'], countries: ['ua'], places: i % 2 ? ['kyiv'] : [] }),
    ),
  );
  const terms = termsByKind(briefings, registry);

  it('sorts briefings newest first, then by title, as Sitrep does', () => {
    expect(briefings.every((b, i) => i === 0 || briefings[i - 1]!.date >= b.date)).toBe(true);
    expect(newestFirst([item('2024-01-01-b'), item('2024-01-01-a'), item('2024-01-02-z')]).map((b) => b.data.title)).toEqual(['z', 'a', 'b']);
  });

  it("gives every actor and place a page, and the countries that a briefing, an actor or a place names, each term's briefings in pages", () => {
    const pages = termPages(terms, 50);
    const of = (kind: string, id: string) => pages.filter((p) => p.kind === kind && p.id === id);
    expect(of('actors', 'a').map((p) => [p.number, p.pages, p.briefings.length])).toEqual([
      [1, 3, 50],
      [2, 3, 50],
      [3, 3, 20],
    ]);
    expect(of('actors', 'idle').map((p) => [p.name, p.count, p.pages])).toEqual([['Idle', 0, 1]]);
    expect(of('places', 'kyiv')).toHaveLength(2);
    expect(of('places', 'lviv')).toHaveLength(1);
    // A region's page lists its towns' briefings, as Sitrep's does.
    expect(of('places', 'oblast').map((p) => p.count)).toEqual([60, 60]);
    expect(terms.countries.map((c) => c.id)).toEqual(['fr', 'ua']);
    expect(termIndexes(terms).map((index) => [index.kind, index.terms.map((t: { name: string; count: number }) => `${t.name} ${t.count}`)])).toEqual([
      ['actors', ['Anna 120', 'Idle 0']],
      ['countries', ['France 0', 'Ukraine 120']],
      ['places', ['Kyiv 60', 'Lviv 0', 'Oblast 60']],
    ]);
  });

  it('groups the timeline by month, newest first', () => {
    expect(months(briefings).map((m) => [m.key, m.year, m.month, m.briefings.length])).toEqual([
      ['2024-03', '2024', '03', 40],
      ['2024-02', '2024', '02', 40],
      ['2024-01', '2024', '01', 40],
    ]);
  });

  it('shows the newest months up to a number of briefings on the timeline page, and always one', () => {
    const keys = (limit: number) => recentMonths(months(briefings), limit).map((m: { key: string }) => m.key);
    expect(keys(80)).toEqual(['2024-03', '2024-02']);
    expect(keys(79)).toEqual(['2024-03']);
    expect(keys(10)).toEqual(['2024-03']);
  });
});

describe('the baselines', () => {
  it('expect a page in the index per briefing each one publishes: the minimal Astro site publishes drafts', () => {
    const indexed = Object.fromEntries(baselines.map((b) => [b.id, b.indexed(corpus)]));
    expect(indexed).toEqual({ astro: 40, eleventy: 36 });
  });

  it('count HTML pages, and none in a folder that does not exist', () => {
    expect(htmlPages(join(dir, 'missing'))).toBe(0);
    expect(htmlPages(join(dir, 'src'))).toBe(0);
  });

  it('print each baseline, then ours over each', () => {
    const figures = {
      seconds: 12,
      siteSeconds: 10,
      indexSeconds: 2,
      peakTreeRss: 512 * 2 ** 20,
      maxProcessRss: 0,
      dist: { bytes: 0, files: 0 },
      htmlPages: 700,
      indexedPages: 36,
    };
    expect(baselineLines({ astro: { ...figures, ratio: 0.5 }, eleventy: { ...figures, ratio: 1.25 } })).toEqual([
      'minimal Astro + Pagefind          12.0 s (site 10.0 s, Pagefind 2.0 s; 700 pages, 36 indexed; peak 512 MB)',
      'Eleventy 3 + Pagefind             12.0 s (site 10.0 s, Pagefind 2.0 s; 700 pages, 36 indexed; peak 512 MB)',
      'ours / minimal Astro              0.50',
      'ours / Eleventy 3                 1.25',
    ]);
  });
});
