/**
 * The built site's JSON Feeds, its corrections log and its linked data: every JSON Feed is valid JSON Feed 1.1 and
 * lists what its RSS feed lists; the log lists every correction of a published briefing, newest first, and its
 * feeds carry them; the JSON-LD of briefing, actor and place pages links their entities to Wikidata.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPDATE_TEXT } from '../../src/data/corrections.ts';
import { actorFiles, briefingFiles, countryNotes, dist, placeFiles, publishedBriefings, root } from '../helpers/content.ts';
import { jsonFeedErrors } from '../helpers/json-feed-schema.ts';
import { openSite, type Site } from '../helpers/site.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.page();
});
afterAll(() => site.close());

/** Site paths of the built files whose name is `name`. */
const builtFiles = (name: string) =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).replace(/\\/g, '/')}`);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const sitePath = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

interface JsonFeed {
  version: string;
  feed_url: string;
  home_page_url: string;
  items: { id: string; url: string; title: string; summary: string; date_published: string }[];
}
const jsonFeed = (path: string) => JSON.parse(read(path)) as JsonFeed;

interface RssItem {
  title: string;
  link: string;
  guid: string;
  description: string;
  pubDate: string;
}
const rssItems = (path: string): RssItem[] => [new XMLParser().parse(read(path)).rss.channel.item ?? []].flat();

/** Each `<script type="application/ld+json">` of a built page, parsed. */
const jsonLd = (path: string) => [...read(path).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

const jsonFeeds = builtFiles('feed.json');

describe('JSON Feeds', () => {
  it('sit beside every RSS feed, and only there', () => {
    expect(jsonFeeds.sort()).toEqual(
      builtFiles('rss.xml')
        .map((rss) => rss.replace(/rss\.xml$/, 'feed.json'))
        .sort(),
    );
    expect(jsonFeeds).toEqual(expect.arrayContaining(['/feed.json', '/corrections/feed.json', '/actors/volodymyr-zelensky/feed.json']));
  });

  it.each(jsonFeeds)('%s is valid JSON Feed 1.1, at its own address', (path) => {
    const feed = jsonFeed(path);
    expect(jsonFeedErrors(feed)).toEqual([]);
    expect(sitePath(feed.feed_url)).toBe(path);
  });

  it.each(jsonFeeds)('%s lists what its RSS feed lists, in the same order', (path) => {
    const json = jsonFeed(path).items;
    const rss = rssItems(path.replace(/feed\.json$/, 'rss.xml'));
    expect(json.map((i) => [i.id, i.url, i.title, i.summary, new Date(i.date_published).toUTCString()])).toEqual(
      rss.map((i) => [i.guid, i.link, i.title, i.description, i.pubDate]),
    );
  });

  it('the site feed lists the published briefings, newest first', () => {
    expect(jsonFeed('/feed.json').items.map((i) => sitePath(i.url))).toEqual(
      [...publishedBriefings()].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)).map((b) => `/briefings/${b.id}/`),
    );
  });

  it('every page that offers an RSS feed offers its JSON Feed too', () => {
    const alternates = (html: string, type: string) =>
      [...html.matchAll(new RegExp(`<link rel="alternate" type="${type.replace('+', '\\+')}"[^>]*href="([^"]+)"`, 'g'))].map((m) => m[1]!);
    const pages = builtFiles('index.html');
    expect(pages.length).toBeGreaterThan(publishedBriefings().length);
    for (const path of pages) {
      const html = read(path);
      const rss = alternates(html, 'application/rss+xml');
      expect(rss.length, path).toBeGreaterThan(0);
      expect(alternates(html, 'application/feed+json'), path).toEqual(rss.map((href) => href.replace(/rss\.xml$/, 'feed.json')));
    }
  });
});

/** The log the fixture should give: each correction and each update no correction of its day explains, newest first. */
const expectedLog = () =>
  publishedBriefings()
    .flatMap((b) => [
      ...b.corrections.map((c) => ({ date: c.date, text: c.text, title: b.title })),
      ...(b.updated && !b.corrections.some((c) => c.date === b.updated) ? [{ date: b.updated, text: UPDATE_TEXT, title: b.title }] : []),
    ])
    .sort((a, b) => b.date.localeCompare(a.date));

describe('the corrections log', () => {
  const drafts = briefingFiles().filter((b) => b.draft && b.corrections.length > 0);

  it('lists every correction of a published briefing, newest first, with its briefing and date, and never a draft’s', async () => {
    expect(drafts.length, 'the fixture has a corrected draft').toBeGreaterThan(0);
    const expected = expectedLog();
    expect(expected.filter((e) => e.text !== UPDATE_TEXT).length, 'the fixture has corrections').toBeGreaterThanOrEqual(2);
    await page.goto(`${site.url}/corrections/`);
    const rows = await page.locator('main ol > li').evaluateAll((items) =>
      items.map((li) => ({
        date: li.querySelector('time')?.getAttribute('datetime'),
        title: li.querySelector('a')?.textContent?.trim(),
        text: li.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim(),
      })),
    );
    expect(rows).toEqual(expected.map((e) => ({ date: e.date, title: e.title, text: `${e.text === UPDATE_TEXT ? 'Update' : 'Correction'}: ${e.text}` })));
    const html = read('/corrections/index.html');
    for (const draft of drafts) for (const c of draft.corrections) expect(html).not.toContain(c.text);
  });

  it('links each entry to its correction on the briefing page', async () => {
    await page.goto(`${site.url}/corrections/`);
    const hrefs = await page.locator('main ol > li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      await page.goto(site.url + href);
      const target = page.locator(`#${new URL(href, site.url).hash.slice(1)}`);
      expect(await target.count(), href).toBe(1);
    }
  });

  it('its feeds carry the same entries, one item each, with the entry’s address as id', () => {
    const log = expectedLog();
    for (const path of ['/corrections/rss.xml', '/corrections/feed.json']) {
      const items = path.endsWith('.xml')
        ? rssItems(path).map((i) => ({ id: i.guid, summary: i.description, title: i.title }))
        : jsonFeed(path).items.map((i) => ({ id: i.id, summary: i.summary, title: i.title }));
      expect(items.map((i) => i.summary)).toEqual(log.map((e) => e.text));
      expect(items.map((i) => i.title)).toEqual(log.map((e) => `${e.text === UPDATE_TEXT ? 'Update' : 'Correction'}: ${e.title}`));
      for (const item of items) expect(sitePath(item.id)).toMatch(/^\/briefings\/[a-z0-9-]+\/#(correction-\d{4}-\d\d-\d\d-\d+|updated-\d{4}-\d\d-\d\d)$/);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    }
  });

  it('is linked from the About page and from each corrected briefing', async () => {
    await page.goto(`${site.url}/about/`);
    expect(await page.locator('main a[href="/corrections/"]').count()).toBe(1);
    for (const b of publishedBriefings().filter((b) => b.corrections.length > 0)) {
      await page.goto(`${site.url}/briefings/${b.id}/`);
      expect(await page.locator('section[aria-labelledby="corrections-heading"] a[href="/corrections/"]').count(), b.id).toBe(1);
    }
  });
});

describe('linked data', () => {
  type Thing = {
    '@type': string;
    name: string;
    url?: string;
    sameAs?: string;
    geo?: object;
    text?: string;
    review?: { reviewRating: { alternateName: string } };
  };
  const wikidata = (id: string) => `https://www.wikidata.org/wiki/${id}`;

  it('every page’s JSON-LD parses', () => {
    for (const path of builtFiles('index.html')) expect(() => jsonLd(path), path).not.toThrow();
  });

  it('a briefing is about its actors, linked to Wikidata, and mentions its places with coordinates', () => {
    const actors = actorFiles() as { id: string; name: string; wikidata?: string }[];
    const places = placeFiles() as { id: string; name: string; wikidata?: string }[];
    const b = publishedBriefings().find((b) => b.actors.some((id) => actors.find((a) => a.id === id)?.wikidata) && b.places.length > 0)!;
    const actor = actors.find((a) => b.actors.includes(a.id) && a.wikidata)!;
    const place = places.find((p) => b.places.includes(p.id))!;
    const [article] = jsonLd(`/briefings/${b.id}/index.html`) as { about: Thing[]; mentions: Thing[] }[];
    expect(article!.about).toContainEqual(
      expect.objectContaining({ name: actor.name, url: expect.stringMatching(`/actors/${actor.id}/$`), sameAs: wikidata(actor.wikidata!) }),
    );
    expect(place.wikidata, 'the fixture place has a Wikidata id').toBeDefined();
    expect(article!.mentions).toContainEqual(
      expect.objectContaining({
        '@type': 'Place',
        name: place.name,
        sameAs: wikidata(place.wikidata!),
        geo: expect.objectContaining({ '@type': 'GeoCoordinates' }),
      }),
    );
  });

  it('actor, country and place pages describe their entity, linked to Wikidata', () => {
    const actor = (actorFiles() as { id: string; name: string; wikidata?: string }[]).find((a) => a.wikidata)!;
    const place = (placeFiles() as { id: string; name: string; wikidata?: string }[]).find((p) => p.wikidata)!;
    const country = countryNotes().find((c) => c.wikidata)!;
    expect(jsonLd(`/actors/${actor.id}/index.html`)).toEqual([expect.objectContaining({ name: actor.name, sameAs: wikidata(actor.wikidata!) })]);
    expect(jsonLd(`/places/${place.id}/index.html`)).toEqual([
      expect.objectContaining({ '@type': 'Place', name: place.name, sameAs: wikidata(place.wikidata!) }),
    ]);
    expect(jsonLd(`/countries/${country.id}/index.html`)).toEqual([expect.objectContaining({ '@type': 'Country', sameAs: wikidata(country.wikidata!) })]);
  });

  it('a briefing with a <Claim> publishes it as a Claim with its status', () => {
    const source = (id: string) => readFileSync(join(root, 'src/content/briefings', `${id}.mdx`), 'utf8');
    const withClaim = publishedBriefings().filter((b) => source(b.id).includes('<Claim'));
    expect(withClaim.length, 'a fixture briefing has a <Claim>').toBeGreaterThan(0);
    for (const b of withClaim) {
      const [, status, text] = source(b.id).match(/<Claim status="(\w+)" source="\d+">([^<]+)<\/Claim>/)!;
      const [article] = jsonLd(`/briefings/${b.id}/index.html`) as { about: Thing[] }[];
      const claims = article!.about.filter((t) => t['@type'] === 'Claim');
      expect(claims).toContainEqual(expect.objectContaining({ text: text!.trim() }));
      expect(claims.find((c) => c.text === text!.trim())!.review!.reviewRating.alternateName.toLowerCase()).toBe(status);
    }
  });
});
