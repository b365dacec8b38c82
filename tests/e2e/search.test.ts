/**
 * Search on the built site: Pagefind's index, the /search/ page, the keyboard
 * shortcut and result highlighting on briefing pages, and what a first query
 * costs in bytes. Expectations come from the content files, never hard-coded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFiles, dist, publishedBriefings, root } from '../helpers/content.ts';
import { openSite, type Site } from '../helpers/site.ts';
import { countryRegistry } from '../../src/data/countries.ts';
import { parseSource, parseYaml } from '../../src/check/frontmatter.ts';
import { parseSearchState, serialiseSearchState } from '../../src/search/client/state.ts';
import { searchPartName } from '../../src/search/parts.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.page();
});
afterAll(() => site.close());

const KURSK = '2024-11-04-north-korean-troops-kursk';
const BAERBOCK = '2024-11-04-baerbock-kyiv-visit';

/** Opens /search/ with a query string and waits until that search has been answered. */
async function openSearch(query = '', target: Page = page): Promise<void> {
  await target.goto(`${site.url}/search/${query}`);
  await searched(serialiseSearchState(parseSearchState(query)), target);
}

/** Waits until the page has answered the search for this state (the form's data-done attribute). */
async function searched(state: string, target: Page = page): Promise<void> {
  await target.waitForFunction((s) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done === s, state, { timeout: 10_000 });
}

/** Briefing ids of the results, in order. */
async function resultIds(target: Page = page): Promise<string[]> {
  const hrefs = await target.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/briefings\/([^/]+)\/.*$/, '$1'));
}

const status = () => page.locator('#search-status').textContent();
const country = (code: string) => countryRegistry().find((c) => c.id === code)!;
const countryName = (code: string) => country(code).name;
const filterBox = (key: string, value: string) => page.locator(`fieldset[data-filter="${key}"] input[type="checkbox"][value="${value}"]`);
/** The count shown beside a filter value. */
const filterCount = (key: string, value: string) =>
  page
    .locator(`fieldset[data-filter="${key}"] li`)
    .filter({ has: page.locator(`input[value="${value}"]`) })
    .locator('[data-count]')
    .getAttribute('data-count', { timeout: 5_000 });
const sameSet = (a: string[], b: string[]) => expect([...a].sort()).toEqual([...b].sort());

interface PlaceFile {
  id: string;
  name: string;
  aliases: string[];
  parent?: string;
}
/** The fixture's places, by id. */
function placeFiles(): Map<string, PlaceFile> {
  const dir = `${root}src/content/places/`;
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const data = parseYaml(readFileSync(dir + f, 'utf8')).data as Omit<PlaceFile, 'id'>;
        return [f.replace(/\.yaml$/, ''), { id: f.replace(/\.yaml$/, ''), ...data, aliases: data.aliases ?? [] }];
      }),
  );
}
/** A briefing's own words, as its search record indexes them: title, summary and body. */
function briefingSource(id: string): { text: string; places: string[] } {
  const { data, body } = parseSource(readFileSync(`${root}src/content/briefings/${id}.mdx`, 'utf8'));
  const { title, summary, places = [] } = data as { title: string; summary: string; places?: string[] };
  return { text: `${title}\n${summary}\n${body}`, places };
}
/** The places a briefing names and the places containing them: a town's briefings are its region's too, as on the place pages. */
function placesOf(id: string): PlaceFile[] {
  const places = placeFiles();
  const found = new Map<string, PlaceFile>();
  for (let pending = [...briefingSource(id).places]; pending.length;) {
    const place = places.get(pending.shift()!)!;
    found.set(place.id, place);
    if (place.parent && !found.has(place.parent)) pending.push(place.parent);
  }
  return [...found.values()];
}
/** Published briefings, by whether their own text has a word starting with `word`, or only a name of one of their places does. */
function usingWord(word: string): { inText: string[]; onlyTagged: string[] } {
  const has = (text: string) => new RegExp(`\\b${word}`, 'i').test(text);
  const ids = publishedBriefings().map((b) => b.id);
  const inText = ids.filter((id) => has(briefingSource(id).text));
  const onlyTagged = ids.filter((id) => !inText.includes(id) && placesOf(id).some((p) => [p.name, ...p.aliases].some(has)));
  return { inText, onlyTagged };
}

describe('the index', () => {
  it('holds exactly the published briefings, each in the part its id hashes to, not actor, country or other pages', () => {
    const expected = new Map<string, number>();
    for (const b of publishedBriefings()) expected.set(searchPartName(b.id), (expected.get(searchPartName(b.id)) ?? 0) + 1);
    const parts = readdirSync(`${dist}pagefind`, { withFileTypes: true }).filter((d) => d.isDirectory());
    const indexed = new Map(
      parts.map((d) => {
        const entry = JSON.parse(readFileSync(`${dist}pagefind/${d.name}/pagefind-entry.json`, 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        return [d.name, Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)];
      }),
    );
    expect(indexed).toEqual(expected);
  });

  it('finds words of the chrome in no briefing: header, footer and the briefing page around the body are not indexed', async () => {
    // "code" is in the footer's "Source code" link; "spotted" is in "Spotted a mistake?" under every briefing, outside data-pagefind-body.
    const briefingHtml = readFileSync(`${dist}briefings/${KURSK}/index.html`, 'utf8');
    for (const word of ['code', 'spotted']) {
      expect(briefingHtml.toLowerCase()).toMatch(new RegExp(`\\b${word}\\b`));
      for (const b of publishedBriefings()) {
        expect(readFileSync(`${root}src/content/briefings/${b.id}.mdx`, 'utf8'), `${b.id} contains "${word}"`).not.toMatch(new RegExp(`\\b${word}`, 'i'));
      }
      await openSearch(`?q=${word}`);
      expect(await resultIds()).toEqual([]);
      expect(await status()).toMatch(/^No briefings found/);
    }
  });
});

describe('searching', () => {
  it('typing "Kursk" puts the North Korean troops briefing first, with a highlighted excerpt, date, flags and a link that highlights', async () => {
    await openSearch();
    await page.locator('#search-input').fill('Kursk');
    await searched('?q=Kursk');
    expect(page.url()).toBe(`${site.url}/search/?q=Kursk`);
    const ids = await resultIds();
    expect(ids[0]).toBe(KURSK);
    expect(ids.every((id) => publishedBriefings().some((b) => b.id === id))).toBe(true);
    const first = page.locator('[data-results] > li').first();
    expect(await first.locator('mark').first().textContent()).toMatch(/^Kursk/i);
    expect(await first.locator('time').getAttribute('datetime')).toBe('2024-11-04');
    expect(await first.locator('time').textContent()).toBe('4 November 2024');
    expect(await first.textContent()).toContain(
      publishedBriefings()
        .find((b) => b.id === KURSK)!
        .countries.map((c) => country(c).flag)
        .join(' '),
    );
    expect(await first.locator('h3 a').getAttribute('href')).toBe(`/briefings/${KURSK}/?highlight=kursk`);
    expect(await status()).toBe(`${ids.length} briefings found for “Kursk”.`);
  });

  it('shows excerpts without the citation markers ([1]) that bodies carry', async () => {
    await openSearch('?q=Zelensky');
    const excerpts = await page.locator('[data-results] > li > p:last-child').allTextContents();
    expect(excerpts.length).toBeGreaterThan(2);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\[\d+\]/);
    // The bodies do cite sources where these excerpts come from.
    const bodies = publishedBriefings().map((b) => readFileSync(`${root}src/content/briefings/${b.id}.mdx`, 'utf8'));
    expect(bodies.some((body) => /Zelensky[^\n]{0,200}<Cite source=/.test(body))).toBe(true);
  });

  it('"Baerbock" puts the Kyiv visit first', async () => {
    await openSearch('?q=Baerbock');
    expect((await resultIds())[0]).toBe(BAERBOCK);
  });

  it('shows per-value counts that match the content, and the North Korea filter narrows to briefings tagged kp', async () => {
    const taggedKp = publishedBriefings().filter((b) => b.countries.includes('kp'));
    const northKorea = countryName('kp');
    await openSearch();
    expect(await filterCount('country', northKorea)).toBe(String(taggedKp.length));
    for (const year of new Set(publishedBriefings().map((b) => b.date.slice(0, 4)))) {
      expect(await filterCount('year', year)).toBe(String(publishedBriefings().filter((b) => b.date.startsWith(year)).length));
    }
    await filterBox('country', northKorea).check();
    await searched(`?country=${encodeURIComponent(northKorea).replace(/%20/g, '+')}`);
    sameSet(
      await resultIds(),
      taggedKp.map((b) => b.id),
    );
    expect(await status()).toBe(`${taggedKp.length} briefings match the filters, newest first.`);
    expect(await filterCount('country', northKorea)).toBe(String(taggedKp.length));
  });

  it('narrows a query by a filter, and several values must all match', async () => {
    await openSearch('?q=Kursk');
    const before = await resultIds();
    const kp = publishedBriefings()
      .filter((b) => b.countries.includes('kp'))
      .map((b) => b.id);
    const expected = before.filter((id) => kp.includes(id));
    expect(await filterCount('country', countryName('kp'))).toBe(String(expected.length));
    await filterBox('country', countryName('kp')).check();
    await searched('?q=Kursk&country=North+Korea');
    sameSet(await resultIds(), expected);

    await openSearch('?country=North+Korea&country=Ukraine');
    const both = publishedBriefings().filter((b) => b.countries.includes('kp') && b.countries.includes('ua'));
    sameSet(
      await resultIds(),
      both.map((b) => b.id),
    );
  });

  it('restores query, filter and order from a shared URL, and lists newest first in date order', async () => {
    await openSearch('?q=Zelensky&country=Ukraine&sort=newest');
    expect(await page.locator('#search-input').inputValue()).toBe('Zelensky');
    expect(await filterBox('country', 'Ukraine').isChecked()).toBe(true);
    expect(await page.locator('input[name="sort"][value="newest"]').isChecked()).toBe(true);
    const ids = await resultIds();
    expect(ids.length).toBeGreaterThan(1);
    const ua = publishedBriefings()
      .filter((b) => b.countries.includes('ua'))
      .map((b) => b.id);
    expect(ids.every((id) => ua.includes(id))).toBe(true);
    const dates = await page.locator('[data-results] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual(ids.map((id) => publishedBriefings().find((b) => b.id === id)!.date));
    expect(dates).toEqual([...dates].sort().reverse());

    // The same search by relevance finds the same briefings.
    await page.locator('input[name="sort"][value="relevance"]').check();
    await searched('?q=Zelensky&country=Ukraine');
    sameSet(await resultIds(), ids);
  });

  it('lists a filter-only search newest first across the parts, by date, however the parts split the briefings', async () => {
    const ua = publishedBriefings().filter((b) => b.countries.includes('ua'));
    expect(new Set(ua.map((b) => searchPartName(b.id))).size).toBeGreaterThan(1);
    await openSearch('?country=Ukraine');
    const ids = await resultIds();
    expect(ids.length).toBe(Math.min(10, ua.length));
    expect(ids.every((id) => ua.some((b) => b.id === id))).toBe(true);
    const dates = ids.map((id) => ua.find((b) => b.id === id)!.date);
    expect(dates).toEqual([...ua.map((b) => b.date)].sort().reverse().slice(0, ids.length));
  });

  it('puts each change in the history, so Back undoes it', async () => {
    await openSearch('?q=Kursk');
    const unfiltered = await resultIds();
    await filterBox('country', 'Ukraine').check();
    await searched('?q=Kursk&country=Ukraine');
    await page.locator('input[name="sort"][value="newest"]').check();
    await searched('?q=Kursk&country=Ukraine&sort=newest');
    await page.goBack();
    await searched('?q=Kursk&country=Ukraine');
    expect(await page.locator('input[name="sort"][value="relevance"]').isChecked()).toBe(true);
    await page.goBack();
    await searched('?q=Kursk');
    expect(await filterBox('country', 'Ukraine').isChecked()).toBe(false);
    expect(await resultIds()).toEqual(unfiltered);
  });

  it('honours the links from actor and country pages', async () => {
    const actor = actorFiles().find((a) => a.id === 'volodymyr-zelensky')!;
    await page.goto(`${site.url}/actors/${actor.id}/`);
    await page.getByRole('link', { name: `Search briefings that name ${actor.name}` }).click();
    await searched(`?actor=${encodeURIComponent(actor.name).replace(/%20/g, '+')}`);
    expect(await filterBox('actor', actor.name).isChecked()).toBe(true);
    sameSet(
      await resultIds(),
      publishedBriefings()
        .filter((b) => b.actors.includes(actor.id))
        .map((b) => b.id),
    );

    await page.goto(`${site.url}/countries/de/`);
    await page.getByRole('link', { name: `Search briefings about ${countryName('de')}` }).click();
    await searched(`?country=${countryName('de')}`);
    sameSet(
      await resultIds(),
      publishedBriefings()
        .filter((b) => b.countries.includes('de'))
        .map((b) => b.id),
    );
  });

  it('removes a chosen filter from its chip', async () => {
    await openSearch('?q=Zelensky&country=Ukraine');
    await page.getByRole('button', { name: 'Remove filter Countries: Ukraine' }).click();
    await searched('?q=Zelensky');
    expect(await filterBox('country', 'Ukraine').isChecked()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });
});

describe('searching by place', () => {
  const ZAPORIZHZHIA = ['2024-11-05-zaporizhzhia-missile-strike', '2024-11-06-zaporizhzhia-toll-rises'];
  /** Published briefings filed under a place by name, its towns' included. */
  const filedUnder = (name: string) =>
    publishedBriefings()
      .filter((b) => placesOf(b.id).some((p) => p.name === name))
      .map((b) => b.id);
  const excerpts = () => page.locator('[data-results] > li > p:last-child').allInnerTexts();

  it('"Zaporozhye", an alias no briefing uses, finds the Zaporizhzhia briefings first, and no excerpt shows it', async () => {
    const { inText, onlyTagged } = usingWord('Zaporozhye');
    expect(inText).toEqual([]);
    sameSet(onlyTagged, ZAPORIZHZHIA);
    await openSearch('?q=Zaporozhye');
    const ids = await resultIds();
    sameSet(ids.slice(0, ZAPORIZHZHIA.length), ZAPORIZHZHIA);
    expect(await status()).toBe(`${ids.length} briefings found for “Zaporozhye”.`);
    const shown = await excerpts();
    expect(shown.length).toBe(ids.length);
    for (const excerpt of shown) expect(excerpt).not.toMatch(/zaporozh/i);
    expect(await page.locator('[data-results] mark').count()).toBe(0);
  });

  it('ranks a briefing whose own text uses the word above one only tagged with a place named with it', async () => {
    // "region": in the text of some briefings, and in names of places others are filed under (Kursk region, Zaporizhzhia region).
    const { inText, onlyTagged } = usingWord('region');
    expect(inText.length).toBeGreaterThan(0);
    expect(onlyTagged.length).toBeGreaterThan(0);
    await openSearch('?q=region');
    const ids = await resultIds();
    sameSet(ids, [...inText, ...onlyTagged]);
    sameSet(ids.slice(0, inText.length), inText);
    // The alias is not in the excerpts of the briefings found by it alone.
    const shown = await excerpts();
    for (const id of onlyTagged) expect(shown[ids.indexOf(id)]).not.toMatch(/region/i);
  });

  it("filters by place with counts, a region counting its towns' briefings, and narrows a query", async () => {
    await openSearch();
    for (const place of placeFiles().values()) {
      const count = filedUnder(place.name).length;
      if (count) expect(await filterCount('place', place.name), place.name).toBe(String(count));
      else expect(await filterBox('place', place.name).count(), place.name).toBe(0);
    }
    expect(filedUnder('Zaporizhzhia Oblast')).toEqual(filedUnder('Zaporizhzhia'));
    await filterBox('place', 'Zaporizhzhia Oblast').check();
    await searched('?place=Zaporizhzhia+Oblast');
    sameSet(await resultIds(), ZAPORIZHZHIA);
    expect(await status()).toBe(`${ZAPORIZHZHIA.length} briefings match the filters, newest first.`);

    await openSearch('?q=Kyiv');
    const found = await resultIds();
    const inKyiv = found.filter((id) => filedUnder('Kyiv').includes(id));
    expect(inKyiv.length).toBeGreaterThan(0);
    expect(inKyiv.length).toBeLessThan(found.length);
    expect(await filterCount('place', 'Kyiv')).toBe(String(inKyiv.length));
    await filterBox('place', 'Kyiv').check();
    await searched('?q=Kyiv&place=Kyiv');
    sameSet(await resultIds(), inKyiv);
  });

  it('opens a shared ?place= link with the filter chosen, as a place page links to it, and finds what the page lists', async () => {
    await page.goto(`${site.url}/search/?place=Kursk%20Oblast`);
    await searched('?place=Kursk+Oblast');
    expect(await filterBox('place', 'Kursk Oblast').isChecked()).toBe(true);
    sameSet(await resultIds(), filedUnder('Kursk Oblast'));
    expect(await page.getByRole('button', { name: 'Remove filter Places: Kursk Oblast' }).count()).toBe(1);

    await page.goto(`${site.url}/places/zaporizhzhia-oblast/`);
    const listed = await page
      .locator('section[aria-labelledby="briefings-heading"] a[href^="/briefings/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/')[2]!));
    sameSet([...new Set(listed)], ZAPORIZHZHIA);
    await page.getByRole('link', { name: 'Search briefings about Zaporizhzhia Oblast' }).click();
    await searched('?place=Zaporizhzhia+Oblast');
    sameSet(await resultIds(), [...new Set(listed)]);
  });
});

describe('briefing pages', () => {
  it('"/" and Ctrl+K focus the header search box, but "/" types normally in a field', async () => {
    await page.goto(`${site.url}/briefings/${KURSK}/`);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('/');
    expect(await focused()).toBe('header-search');
    expect(await page.locator('#header-search').inputValue()).toBe('');
    await page.keyboard.type('a/b');
    expect(await page.locator('#header-search').inputValue()).toBe('a/b');
    await page.locator('h1').click();
    expect(await focused()).not.toBe('header-search');
    await page.keyboard.press('Control+k');
    expect(await focused()).toBe('header-search');
  });

  it('on /search/, "/" focuses the page\'s own search box', async () => {
    await openSearch('?q=Kursk');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });

  it('load no script file, unless opened from a result with ?highlight=, which marks the words searched for', async () => {
    site.server.sent.clear();
    await page.goto(`${site.url}/briefings/${KURSK}/`, { waitUntil: 'networkidle' });
    expect([...site.server.sent.keys()].filter((path) => /\.(m?js|wasm)$|pagefind/.test(path))).toEqual([]);
    expect(await page.locator('mark').count()).toBe(0);

    await page.goto(`${site.url}/briefings/${KURSK}/?highlight=Kursk`);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    const marks = await page.locator('mark.pagefind-highlight').allTextContents();
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every((m) => /^kursk$/i.test(m))).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('the header form still lands on /search/, which says search needs JavaScript and links to the indexes', async () => {
    const noJs = await site.page({ javaScript: false });
    await noJs.goto(`${site.url}/briefings/${KURSK}/`);
    await noJs.locator('#header-search').fill('Kursk');
    await noJs.locator('#header-search').press('Enter');
    await noJs.waitForURL(`${site.url}/search/?q=Kursk`);
    const note = noJs.locator('noscript + *, main p').filter({ hasText: 'Search needs JavaScript' });
    expect(await note.count()).toBe(1);
    for (const href of ['/timeline/', '/actors/', '/countries/', '/places/']) expect(await note.locator(`a[href="${href}"]`).count()).toBe(1);
    await noJs.context().close();
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('axe finds no violations on /search/ with results and a filter, in %s mode', async (colorScheme) => {
    const p = await site.page({ colorScheme });
    for (const query of ['?q=Kursk', '?q=Zelensky&country=Ukraine&sort=newest']) {
      await openSearch(query, p);
      expect((await resultIds(p)).length).toBeGreaterThan(0);
      const { violations } = await new AxeBuilder({ page: p }).analyze();
      expect(violations.map((v) => `${query}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
    await p.context().close();
  });

  it('announces the result count in a live region', async () => {
    await openSearch('?q=Baerbock');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await status()).toMatch(/^\d+ briefings? found for “Baerbock”\.$/);
  });
});

describe('weight', () => {
  it('a first query transfers at most 200 KB', async () => {
    const fresh = await site.page();
    site.server.sent.clear();
    await fresh.goto(`${site.url}/search/?q=Kursk`, { waitUntil: 'networkidle' });
    await searched('?q=Kursk', fresh);
    const kind = (path: string) =>
      /\/pagefind\/fragment\//.test(path)
        ? 'fragments'
        : /\/pagefind\/(index|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(path)
          ? 'index'
          : /\.pagefind$/.test(path)
            ? 'wasm'
            : /\.m?js$/.test(path)
              ? 'js'
              : extname(path) === '.css'
                ? 'css'
                : 'html and other';
    const split: Record<string, number> = {};
    const gzipped: Record<string, number> = {};
    for (const [path, bytes] of site.server.sent) {
      split[kind(path)] = (split[kind(path)] ?? 0) + bytes;
      // What a host that compresses text would send (Pagefind's own files are already gzipped).
      const file = `${dist}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
      const text = /\.(html|css|m?js|json|svg)$/.test(file);
      gzipped[kind(path)] = (gzipped[kind(path)] ?? 0) + (text ? gzipSync(readFileSync(file), { level: 9 }).length : bytes);
    }
    const total = Object.values(split).reduce((a, b) => a + b, 0);
    const totalGzipped = Object.values(gzipped).reduce((a, b) => a + b, 0);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `First query /search/?q=Kursk: ${kb(total)} in ${site.server.sent.size} responses as served (${kb(totalGzipped)} with gzip)\n` +
        Object.keys(split)
          .sort()
          .map((k) => `  ${k}: ${kb(split[k]!)} (${kb(gzipped[k]!)} gzipped)`)
          .join('\n'),
    );
    expect(total).toBeLessThanOrEqual(200 * 1024);
    await fresh.context().close();
  });
});
