/**
 * Search by the names a briefing is tagged with but need not use (issue #17):
 * actors' names and aliases, countries' names, alternative spellings and
 * demonyms, places' aliases. Expectations come from the fixture's files and
 * the country registry, never hard-coded ids. (Beside search.test.ts, which is
 * long enough.)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFiles, countryNotes, placeAncestors, placeFiles, publishedBriefings, root } from '../helpers/content.ts';
import { openSite, type Site } from '../helpers/site.ts';
import { countryRegistry } from '../../src/data/countries.ts';
import { parseSource } from '../../src/check/frontmatter.ts';
import { parseSearchState, serialiseSearchState } from '../../src/search/client/state.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.page();
});
afterAll(() => site.close());

/** Opens /search/ for a query and waits until it is answered; the result ids in order and their excerpts. */
async function search(q: string): Promise<{ ids: string[]; excerpts: string[]; marks: string[] }> {
  const query = `?q=${encodeURIComponent(q)}`;
  await page.goto(`${site.url}/search/${query}`);
  const state = serialiseSearchState(parseSearchState(query));
  await page.waitForFunction((s) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done === s, state, { timeout: 10_000 });
  const hrefs = await page.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return {
    ids: hrefs.map((href) => href.replace(/^\/briefings\/([^/]+)\/.*$/, '$1')),
    excerpts: await page.locator('[data-results] > li > p:last-child').allInnerTexts(),
    marks: await page.locator('[data-results] mark').allInnerTexts(),
  };
}

/** A briefing's own words, as its search record indexes them: title, summary and body. */
function ownText(id: string): string {
  const { data, body } = parseSource(readFileSync(`${root}src/content/briefings/${id}.mdx`, 'utf8'));
  const { title, summary } = data as { title: string; summary: string };
  return `${title}\n${summary}\n${body}`;
}
const uses = (id: string, word: string) => new RegExp(`\\b${word}`, 'i').test(ownText(id));

const actor = (id: string) => actorFiles().find((a) => a.id === id) as { name: string; aliases?: string[] };
const country = (code: string) => {
  const c = countryRegistry().find((r) => r.id === code)!;
  return { ...c, aliases: [...c.aliases, ...(countryNotes().find((n) => n.id === code)?.aliases ?? [])] };
};
const tagged = (kind: 'actors' | 'countries' | 'places', id: string) =>
  publishedBriefings()
    .filter((b) => b[kind].includes(id) || (kind === 'places' && b.places.some((p) => placeAncestors(p).includes(id))))
    .map((b) => b.id);

describe('searching by a name the briefings do not use', () => {
  const cases: { query: string; names: () => string[]; expected: () => string[] }[] = [
    { query: 'Umierov', names: () => actor('rustem-umerov').aliases ?? [], expected: () => tagged('actors', 'rustem-umerov') },
    { query: 'Zelenskyy', names: () => actor('volodymyr-zelensky').aliases ?? [], expected: () => tagged('actors', 'volodymyr-zelensky') },
    { query: 'DPRK', names: () => country('kp').aliases, expected: () => tagged('countries', 'kp') },
    { query: 'Kiev', names: () => placeFiles().find((p) => p.id === 'kyiv')?.aliases ?? [], expected: () => tagged('places', 'kyiv') },
  ];

  for (const { query, names, expected } of cases)
    it(`"${query}" finds every briefing tagged with what it names, and no excerpt shows it`, async () => {
      expect(names()).toContain(query);
      const want = expected();
      expect(want.length).toBeGreaterThan(0);
      const { ids, excerpts, marks } = await search(query);
      expect(ids).toEqual(expect.arrayContaining(want));
      // Found by the hidden names alone: the excerpt is cut from the text, which does not have the word.
      for (const id of want.filter((id) => !uses(id, query))) expect(excerpts[ids.indexOf(id)]).not.toMatch(new RegExp(query, 'i'));
      if (!ids.some((id) => uses(id, query))) expect(marks).toEqual([]);
    });

  it('finds the same briefings by each spelling of a name', async () => {
    const { name, aliases = [] } = actor('volodymyr-zelensky');
    const surnames = [name, ...aliases].map((n) => n.split(' ').at(-1)!);
    expect(new Set(surnames).size).toBeGreaterThan(2);
    const want = tagged('actors', 'volodymyr-zelensky');
    for (const surname of surnames) expect((await search(surname)).ids, surname).toEqual(expect.arrayContaining(want));
  });

  it('ranks a briefing whose own text uses a name above one only tagged with its actor', async () => {
    // The first actor's surname that some briefings use and others are only tagged with.
    const pick = actorFiles()
      .map((a) => ({ word: a.name.split(' ').at(-1)!, ids: tagged('actors', a.id) }))
      .map(({ word, ids }) => ({
        word,
        inText: publishedBriefings()
          .map((b) => b.id)
          .filter((id) => uses(id, word)),
        onlyTagged: ids.filter((id) => !uses(id, word)),
      }))
      .find(({ inText, onlyTagged }) => inText.length && onlyTagged.length);
    expect(pick).toBeDefined();
    const { word, inText, onlyTagged } = pick!;
    const { ids } = await search(word);
    expect(Math.max(...inText.map((id) => ids.indexOf(id)))).toBeLessThan(Math.min(...onlyTagged.map((id) => ids.indexOf(id))));
    expect(ids).toEqual(expect.arrayContaining([...inText, ...onlyTagged]));
  });
});
