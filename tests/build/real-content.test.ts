/**
 * The one build of the real content (src/content) that `npm test` runs; every other build and browser
 * test runs on the frozen fixture site. It fails when an editor's change breaks the build, not when it
 * changes what a page says. (`npm run check` on the real content: tests/unit/check-cli.test.ts.)
 *
 * Then search relevance on it (issue #17): queries a reader types, with the briefing a desk editor
 * expects first and the set that must be found, labelled by hand from src/content. Runs the search page in
 * Chromium against the build, as a reader would.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchState, serialiseSearchState } from '../../src/search/client/state.ts';
import { publishedBriefings } from '../helpers/content.ts';
import { openSite, type Site } from '../helpers/site.ts';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

const UN = '2024-11-03-un-warns-internationalisation';
const BAERBOCK = '2024-11-04-baerbock-kyiv-visit';
const EU_KOREA = '2024-11-04-eu-south-korea-withdrawal-call';
const KURSK = '2024-11-04-north-korean-troops-kursk';
const ROSTOV = '2024-11-04-rostov-governor-resigns';
const RUTTE = '2024-11-04-rutte-german-defence-spending';
const STRIKE = '2024-11-05-zaporizhzhia-missile-strike';
const RESPONSE = '2024-11-05-zelensky-strong-response';
const TRUMP = '2024-11-06-zelensky-congratulates-trump';

/** [query, the briefing expected first, every briefing that must be found]. */
/**
 * Where every result matches only through a hidden name (no text uses that spelling), they tie, and any of the
 * set may come first.
 */
const ANY = 'any of the set';

/** [query, the briefing (or briefings, equally right) expected first, every briefing that must be found]. */
const QUERIES: [string, string | string[], string[]][] = [
  // The report's own spellings and the registries' aliases: every briefing tagged with the entity, whatever its text says.
  ['Umierov', KURSK, [KURSK, RESPONSE]],
  ['Umerov', KURSK, [KURSK, RESPONSE]],
  ['Zelensky', [TRUMP, RESPONSE, KURSK], [BAERBOCK, KURSK, RESPONSE, TRUMP]],
  ['Zelenskyy', ANY, [BAERBOCK, KURSK, RESPONSE, TRUMP]],
  ['Zelenskiy', ANY, [BAERBOCK, KURSK, RESPONSE, TRUMP]],
  ['DPRK', ANY, [UN, EU_KOREA, KURSK, RESPONSE]],
  ['North Korean', [RESPONSE, KURSK], [UN, EU_KOREA, KURSK, RESPONSE]],
  ['South Korean', EU_KOREA, [EU_KOREA, KURSK]],
  ['Zaporozhye', STRIKE, [STRIKE]],
  ['Zaporizhzhia', STRIKE, [STRIKE]],
  ['Kiev', BAERBOCK, [BAERBOCK]],
  ['Kyiv', BAERBOCK, [BAERBOCK, KURSK]],
  ['Kursk', KURSK, [KURSK, RESPONSE, UN]],
  ['Kursk region', KURSK, [KURSK, RESPONSE]],
  // Two-word queries.
  ['Rostov governor', ROSTOV, [ROSTOV]],
  ['winter aid', BAERBOCK, [BAERBOCK]],
  ['Rutte Germany', RUTTE, [RUTTE]],
  ['missile strike', STRIKE, [STRIKE]],
  ['UN Secretary-General', UN, [UN]],
  // A query per development, in the words a reader would use.
  ['Guterres', UN, [UN]],
  ['Baerbock', BAERBOCK, [BAERBOCK]],
  ['Borrell', EU_KOREA, [EU_KOREA]],
  ['Seoul', EU_KOREA, [EU_KOREA]],
  ['Buryats', KURSK, [KURSK]],
  ['11,000', KURSK, [KURSK]],
  ['Slyusar', ROSTOV, [ROSTOV]],
  ['Golubev', ROSTOV, [ROSTOV]],
  ['Rutte', RUTTE, [RUTTE, TRUMP]],
  ['Berlin', RUTTE, [RUTTE]],
  ['air force drones', STRIKE, [STRIKE]],
  ['Fedorov', STRIKE, [STRIKE]],
  ['Pyongyang', RESPONSE, [RESPONSE]],
  ['Trump', TRUMP, [TRUMP]],
];

const repo = fileURLToPath(new URL('../..', import.meta.url));
const INDEX_PAGES = [
  'index.html',
  'actors/index.html',
  'countries/index.html',
  'places/index.html',
  'timeline/index.html',
  'search/index.html',
  'about/index.html',
  'corrections/index.html',
  'data/index.html',
  '404.html',
  'rss.xml',
  'feed.json',
  'sitemap-index.xml',
];

let root: string;
let site: Site;
let page: Page;

beforeAll(async () => {
  root = copyProject({ content: 'real' });
  const { code, output } = await build(root);
  expect(code, output).toBe(0);
  site = await openSite(join(root, 'dist'));
  page = await site.page();
}, 180_000);

afterAll(async () => {
  await site?.close();
  removeCopies();
});

async function search(query: string): Promise<string[]> {
  const q = `?q=${encodeURIComponent(query)}`;
  await page.goto(`${site.url}/search/${q}`);
  const state = serialiseSearchState(parseSearchState(q));
  await page.waitForFunction((s) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done === s, state, { timeout: 10_000 });
  const hrefs = await page.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/briefings\/([^/]+)\/.*$/, '$1'));
}

it('builds the real content: a page per published briefing, and the index pages', () => {
  const published = publishedBriefings(repo)
    .map((b) => b.id)
    .sort();
  expect(
    publishedBriefings(root)
      .map((b) => b.id)
      .sort(),
    'the copy holds the real briefings',
  ).toEqual(published);
  const dist = join(root, 'dist');
  const built = existsSync(join(dist, 'briefings')) ? readdirSync(join(dist, 'briefings')).sort() : [];
  expect(built).toEqual(published);
  for (const id of published) expect(existsSync(join(dist, 'briefings', id, 'index.html')), id).toBe(true);
  for (const page of INDEX_PAGES) expect(existsSync(join(dist, page)), page).toBe(true);
});

describe('search on the real content finds what a reader means', () => {
  it.each(QUERIES)('%s', async (query, first, expected) => {
    const found = await search(query);
    const firsts = first === ANY ? expected : [first].flat();
    expect(firsts, `first result for "${query}"`).toContain(found[0]);
    expect(found, `results for "${query}"`).toEqual(expect.arrayContaining(expected));
  });
});
