import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES, DEFAULT_END, generateCorpus } from '../../scripts/bench/corpus.ts';
import { writeCorpus } from '../../scripts/bench/project.ts';
import { actorSchema, briefingSchema } from '../../src/content.config.ts';
import { renderBody } from '../../src/render/body.ts';
import { BRIEFING_FILE, todayIso } from '../../src/check/index.ts';
import { countryRegistry } from '../../src/data/countries.ts';
import { parseSource, parseYaml } from '../../src/check/frontmatter.ts';
import { checkSiteContent } from '../../src/check/site.ts';

const corpus = generateCorpus({ briefings: 120, draftEvery: 40 });

describe('the benchmark corpus', () => {
  it('is the same for the same seed and size, and differs for another seed', () => {
    expect(generateCorpus({ briefings: 120, draftEvery: 40 })).toEqual(corpus);
    expect(generateCorpus({ briefings: 120, draftEvery: 40, seed: 7 }).briefings[0]).not.toEqual(corpus.briefings[0]);
  });

  it('has the requested number of briefings and 300 actors, drafts left out of the published list', () => {
    expect(corpus.briefings).toHaveLength(120);
    expect(corpus.actors).toHaveLength(300);
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
