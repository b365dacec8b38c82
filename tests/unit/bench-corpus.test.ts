import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES, DEFAULT_END, generateCorpus, type Corpus } from '../../scripts/bench/corpus.ts';
import { ALIAS_EVERY, respell } from '../../scripts/bench/aliases.ts';
import { MIN_PLACES, placeCount } from '../../scripts/bench/places.ts';
import { writeCorpus } from '../../scripts/bench/project.ts';
import { actorSchema, briefingSchema, placeSchema } from '../../src/content.config.ts';
import { renderBody } from '../../src/render/body.ts';
import { BRIEFING_FILE, todayIso } from '../../src/check/index.ts';
import { countryRegistry } from '../../src/data/countries.ts';
import { parseSource, parseYaml } from '../../src/check/frontmatter.ts';
import { checkSiteContent } from '../../src/check/site.ts';
import { normaliseName } from '../../src/check/text.ts';
import { kmOutsideCountry } from '../../src/geo/country-distance.ts';

const corpus = generateCorpus({ briefings: 120, draftEvery: 40 });

const placesOf = (c: Corpus) => new Map(c.places.map((f) => [f.name.replace(/\.yaml$/, ''), placeSchema.parse(parseYaml(f.text).data)]));
const placeIdsOf = (briefing: { text: string }) => (parseSource(briefing.text).data as { places?: string[] }).places ?? [];

describe('the benchmark corpus', () => {
  it('is the same for the same seed and size, and differs for another seed', () => {
    expect(generateCorpus({ briefings: 120, draftEvery: 40 })).toEqual(corpus);
    const other = generateCorpus({ briefings: 120, draftEvery: 40, seed: 7 });
    expect(other.briefings[0]).not.toEqual(corpus.briefings[0]);
    const coordinates = (c: Corpus) => [...placesOf(c).values()].map((p) => p.coordinates);
    expect(coordinates(other)).not.toEqual(coordinates(corpus));
  });

  it('has the requested number of briefings, 300 actors and the fewest places, drafts left out of the published list', () => {
    expect(corpus.briefings).toHaveLength(120);
    expect(corpus.actors).toHaveLength(300);
    expect(corpus.places).toHaveLength(MIN_PLACES);
    expect(corpus.published).toHaveLength(117);
    expect(new Set(corpus.briefings.map((b) => b.name)).size).toBe(120);
  });

  it('writes briefings that the real schema and MDX policy accept, with 300–600 words of body', () => {
    const today = todayIso();
    // The corpus ends on a fixed day (so it does not change from day to day), or yesterday if that is earlier.
    const end = [DEFAULT_END, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)].sort()[0]!;
    const threeYearsBefore = new Date(Date.parse(end) - 3 * 365 * 86_400_000).toISOString().slice(0, 10);
    const isoCountries = new Set(countryRegistry().map((c) => c.id));
    const actorIds = new Set(corpus.actors.map((a) => a.name.replace(/\.yaml$/, '')));
    const placeIds = new Set(placesOf(corpus).keys());
    for (const file of corpus.briefings) {
      expect(file.name).toMatch(BRIEFING_FILE);
      const parsed = parseSource(file.text);
      const result = briefingSchema.safeParse(parsed.data);
      expect(result.success, `${file.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      const data = result.data!;
      expect(file.name.startsWith(data.date)).toBe(true);
      expect(data.date < today && data.date <= end && data.date > threeYearsBefore, data.date).toBe(true);
      expect(data.actors.length).toBeGreaterThanOrEqual(1);
      expect(data.actors.length).toBeLessThanOrEqual(4);
      expect(data.countries.length).toBeGreaterThanOrEqual(1);
      expect(data.countries.length).toBeLessThanOrEqual(3);
      for (const id of data.actors) expect(actorIds.has(id)).toBe(true);
      for (const code of data.countries) expect(isoCountries.has(code)).toBe(true);
      expect(data.places.length).toBeLessThanOrEqual(3);
      for (const id of data.places) expect(placeIds.has(id), `${file.name}: ${id}`).toBe(true);
      const body = renderBody(file.text, data.sources.length);
      expect(body.violations).toEqual([]);
      expect(body.words).toBeGreaterThanOrEqual(300);
      expect(body.words).toBeLessThanOrEqual(600);
    }
  });

  it('uses the allowed components, a quote on lines of its own', () => {
    const all = corpus.briefings.map((b) => b.text).join('\n');
    expect(all).toMatch(/<Cite source="\d" \/>/);
    expect(all).toMatch(/<Claim status="(confirmed|reported|claimed|disputed)" source="\d">[^<]+<\/Claim>/);
    expect(all).toMatch(/\n\n<Quote by="[^"]+" source="\d">[^<]+<\/Quote>\n/);
  });

  it('writes actors that the real schema accepts, with real country codes', () => {
    for (const file of corpus.actors) {
      const result = actorSchema.safeParse(parseYaml(file.text).data);
      expect(result.success, `${file.name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      if (result.data!.country) expect(COUNTRY_CODES).toContain(result.data!.country);
    }
  });

  it('writes places that the real schema accepts: mixed kinds, towns inside regions, aliases, no name twice', () => {
    const places = placesOf(corpus);
    expect(new Set([...places.values()].map((p) => p.kind))).toEqual(new Set(['city', 'region', 'town', 'facility', 'border-crossing']));
    const children = [...places.values()].filter((p) => p.parent !== undefined);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) {
      const parent = places.get(child.parent!);
      expect(parent?.kind, child.name).toBe('region');
      expect(parent?.country).toBe(child.country);
      // Regions have no parent, so no chain can come back to where it started.
      expect(parent?.parent).toBeUndefined();
    }
    expect([...places.values()].filter((p) => p.aliases.length > 0).length).toBeGreaterThan(5);
    const names = [...places.values()].flatMap((p) => [p.name, ...p.aliases]).map(normaliseName);
    expect(new Set(names).size).toBe(names.length);
    for (const [id, place] of places) {
      expect(id).toBe(normaliseName(place.name));
      expect(COUNTRY_CODES).toContain(place.country);
    }
  });

  it('gives one actor in seven another transliteration of its name as alias, deterministically', () => {
    const actors = corpus.actors.map((f) => ({ id: f.name.replace(/\.yaml$/, ''), ...actorSchema.parse(parseYaml(f.text).data) }));
    const withAlias = actors.filter((a) => a.aliases.length > 0);
    expect(withAlias).toHaveLength(Math.ceil(actors.length / ALIAS_EVERY));
    expect(corpus.aliases.map((a) => [a.id, a.name, [a.alias]])).toEqual(withAlias.map((a) => [a.id, a.name, a.aliases]));
    for (const { name, alias } of corpus.aliases) {
      expect(alias).not.toBe(name);
      expect(normaliseName(alias)).not.toBe(normaliseName(name));
      // A letter or a few respelt in the surname, as Zelenskyy / Zelenskiy: the first name is kept.
      expect(editDistance(name.toLowerCase(), alias.toLowerCase()), `${name} / ${alias}`).toBeGreaterThanOrEqual(1);
      expect(editDistance(name.toLowerCase(), alias.toLowerCase()), `${name} / ${alias}`).toBeLessThanOrEqual(3);
      expect(alias.split(' ')[0]).toBe(name.split(' ')[0]);
    }
    // No name twice among actors, their aliases, places and theirs (the check refuses duplicates).
    const names = [...actors.flatMap((a) => [a.name, ...a.aliases]), ...[...placesOf(corpus).values()].flatMap((p) => [p.name, ...p.aliases])].map(
      normaliseName,
    );
    expect(new Set(names).size).toBe(names.length);
    // The alias is in no briefing's text, so a search for it finds the briefings by their tags only.
    const texts = corpus.briefings.map((b) => b.text);
    for (const { alias } of corpus.aliases) expect(texts.some((t) => t.includes(alias.split(' ').at(-1)!))).toBe(false);
    expect(generateCorpus({ briefings: 120, draftEvery: 40 }).aliases).toEqual(corpus.aliases);
    expect(generateCorpus({ briefings: 5 }).aliases.map((a) => a.alias)).toEqual(corpus.aliases.map((a) => a.alias));
    expect(respell('Olena Kharkiv')).toBe('Olena Kharkyv');
    expect(respell('Olena Kharkiv', new Set(['kharkyv']))).toBe('Olena Kharkiw');
    expect(respell('Olena Kharko')).toBe('Olena Harko');
  });

  it('counts the published briefings tagged with each actor that has an alias', () => {
    const tagged = new Map<string, number>();
    for (const file of corpus.briefings) {
      const data = parseSource(file.text).data as { actors: string[]; draft?: boolean };
      if (!data.draft) for (const id of data.actors) tagged.set(id, (tagged.get(id) ?? 0) + 1);
    }
    for (const a of corpus.aliases) expect(a.published, a.id).toBe(tagged.get(a.id) ?? 0);
    expect(corpus.aliases.some((a) => a.published > 0)).toBe(true);
  });

  it('puts every place inside its country', () => {
    for (const place of placesOf(corpus).values()) expect(kmOutsideCountry(place.country, place.coordinates), place.name).toBe(0);
  });

  it('names places with a skew: a few in very many briefings, most in a few, mostly in the briefing’s countries', { timeout: 60_000 }, () => {
    const large = generateCorpus({ briefings: 1000 });
    const places = placesOf(large);
    expect(places.size).toBe(placeCount(1000));
    const named = new Map<string, number>();
    let naming = 0;
    let all = 0;
    const elsewhere: string[] = [];
    for (const briefing of large.briefings) {
      const ids = placeIdsOf(briefing);
      const countries = (parseSource(briefing.text).data as { countries: string[] }).countries;
      if (ids.length > 0) naming++;
      for (const id of ids) {
        named.set(id, (named.get(id) ?? 0) + 1);
        if (!countries.includes(places.get(id)!.country)) elsewhere.push(places.get(id)!.country);
        all++;
      }
    }
    expect(naming / large.briefings.length).toBeGreaterThan(0.45);
    expect(naming / large.briefings.length).toBeLessThan(0.55);
    const counts = [...places.keys()].map((id) => named.get(id) ?? 0).sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(1);
    expect(counts[0]!).toBeGreaterThan(10 * median);
    expect(elsewhere.length / all).toBeLessThan(0.3);
    // A place outside the briefing's own countries is most often one of the busiest country's prominent places.
    expect(elsewhere.filter((country) => country === 'ua').length / elsewhere.length).toBeGreaterThan(0.5);
  });

  it('spreads dates over three years', () => {
    const dates = corpus.briefings.map((b) => b.name.slice(0, 10)).sort();
    const days = (Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)) / 86_400_000;
    expect(days).toBeGreaterThan(2.9 * 365);
    expect(days).toBeLessThan(3 * 365);
  });

  it('picks a search word that occurs in the corpus', () => {
    expect(corpus.briefings.some((b) => b.text.includes(corpus.searchWord))).toBe(true);
  });

  describe('as a project', () => {
    const root = mkdtempSync(join(tmpdir(), 'sitrep-corpus-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('passes the whole content check (references, duplicates, dates)', async () => {
      writeCorpus(root, corpus);
      expect(await checkSiteContent(root)).toEqual([]);
    });
  });
});

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}
