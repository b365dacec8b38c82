/**
 * The open-data files of the built fixture site (/data/): they list exactly the published briefings, as their
 * files state them, and never a draft; each JSON file validates against the schema it names, as served; the CSV
 * reads back, with csv-parse, as the same rows and values as briefings.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/check/frontmatter.ts';
import { briefingSchema } from '../../src/content.config.ts';
import type { ActorRecord, BriefingRecord, CountryRecord, ExportFile, JsonExport, PlaceRecord } from '../../src/data/open-data/schemas.ts';
import { briefingFiles, dist, placeAncestors, publishedBriefings, root } from '../helpers/content.ts';

const readData = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');
const readJson = <N extends JsonExport>(name: N) => JSON.parse(readData(`${name}.json`)) as ExportFile<N>;
const briefings = readJson('briefings');
const records = briefings.briefings;
const actors = readJson('actors').actors;
const countries = readJson('countries').countries;
const places = readJson('places').places;
const published = publishedBriefings();
/** The ids of a term's built pages: /actors/<id>/ and so on. */
const pageIds = (dir: string) => readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? [d.name] : []));
const namingCount = (key: 'actors' | 'countries' | 'places', id: string) => published.filter((b) => b[key].includes(id)).length;

describe('briefings.json', () => {
  it('lists exactly the published briefings, newest first', () => {
    const expected = [...published].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).map((b) => b.id);
    expect(records.map((r) => r.id)).toEqual(expected);
    expect(briefings.count).toBe(expected.length);
  });

  it('gives each briefing as its file states it, with its page’s address', () => {
    for (const record of records) {
      const { draft, ...data } = briefingSchema.parse(parseSource(readFileSync(join(root, 'src/content/briefings', `${record.id}.mdx`), 'utf8')).data);
      expect(draft).toBe(false);
      const { id, url, ...fields } = record;
      expect(fields, id).toEqual(data);
      expect(new URL(url).pathname, id).toBe(`/briefings/${id}/`);
    }
  });

  it('dates the data by its latest change', () => {
    expect(briefings.updated).toBe(
      published
        .map((b) => b.updated ?? b.date)
        .sort()
        .at(-1),
    );
  });
});

describe('the term files', () => {
  it('list every actor, country and place with a page, by id, with how many published briefings name each', () => {
    expect(actors.map((a) => a.id)).toEqual(pageIds('actors').sort());
    expect(countries.map((c) => c.id)).toEqual(pageIds('countries').sort());
    expect(places.map((p) => p.id)).toEqual(pageIds('places').sort());
    for (const actor of actors) expect(actor.briefingCount, actor.id).toBe(namingCount('actors', actor.id));
    for (const country of countries) expect(country.briefingCount, country.id).toBe(namingCount('countries', country.id));
    for (const place of places) {
      expect(place.directBriefingCount, place.id).toBe(namingCount('places', place.id));
      const within = published.filter((b) => b.places.some((id) => id === place.id || placeAncestors(id).includes(place.id)));
      expect(place.briefingCount, place.id).toBe(within.length);
    }
    expect(
      places.some((p) => p.briefingCount > p.directBriefingCount),
      'a region counts its towns’ briefings',
    ).toBe(true);
  });
});

describe('every export', () => {
  it('never names a draft', () => {
    const drafts = briefingFiles().filter((b) => b.draft);
    expect(drafts.map((d) => d.id)).toContain('2024-11-06-draft-kharkiv-shelling');
    const files = readdirSync(join(dist, 'data'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(json|csv)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const file of files) {
      const text = readData(file);
      for (const draft of drafts) {
        expect(text, file).not.toContain(draft.id);
        expect(text, file).not.toContain(draft.title);
      }
    }
  });

  it.each(['briefings', 'actors', 'countries', 'places'] as const)('%s.json validates against the schema it names, as served', (name) => {
    const file = readJson(name);
    const schemaPath = new URL(file.$schema).pathname;
    expect(schemaPath).toBe(`/data/schema/${name}.schema.json`);
    const schema = JSON.parse(readFileSync(join(dist, schemaPath), 'utf8'));
    expect(schema.$id).toBe(file.$schema);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
    expect(file.count).toBe((file as unknown as Record<JsonExport, unknown[]>)[name].length);
  });
});

describe('briefings.csv', () => {
  const csv = readData('briefings.csv');
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  const name = (list: readonly (ActorRecord | CountryRecord | PlaceRecord)[]) => (id: string) => list.find((t) => t.id === id)!.name;
  /** What a spreadsheet is shown: a cell it would run as a formula starts with '. */
  const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const expectedRow = (b: BriefingRecord) => ({
    id: b.id,
    date: b.date,
    year: b.date.slice(0, 4),
    title: cell(b.title),
    summary: cell(b.summary),
    status: b.status,
    topics: b.topics.join(';'),
    actors: b.actors.map(name(actors)).join(';'),
    actor_ids: b.actors.join(';'),
    countries: b.countries.map(name(countries)).join(';'),
    country_codes: b.countries.join(';'),
    places: b.places.map(name(places)).join(';'),
    place_ids: b.places.join(';'),
    source_publishers: b.sources.map((s) => s.publisher).join(';'),
    source_urls: b.sources.map((s) => s.url).join(';'),
    updated: b.updated ?? '',
    correction_count: String(b.corrections.length),
    url: b.url,
  });

  it('is UTF-8 with a byte order mark, with CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFid,')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(records.length);
  });

  it('reads back as the rows and values of briefings.json, one row per briefing in the same order', () => {
    expect(rows).toEqual(records.map(expectedRow));
  });
});
