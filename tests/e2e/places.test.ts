/** What a reader does with places: find them from briefings and the index, read a place's briefings, and use the maps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { placeAncestors, placeFiles, publishedBriefings, type BriefingFile } from '../helpers/content.ts';
import { openSite, type Site } from '../helpers/site.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.page();
});
afterAll(() => site.close());

const newestFirst = (list: BriefingFile[]) =>
  [...list].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id)).map((b) => b.id);

/** A place's briefings: those that name it, or a place inside it. */
const briefingsOf = (id: string) => publishedBriefings().filter((b) => b.places.some((p) => p === id || placeAncestors(p).includes(id)));

const hrefs = (selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

describe('places', () => {
  it('the places index lists every place under its country, with its count, and links to its page', async () => {
    await page.goto(`${site.url}/places/`);
    for (const place of placeFiles()) {
      const row = page.locator(`section[aria-labelledby="places-${place.country}"] li`, { has: page.locator(`a[href="/places/${place.id}/"]`) });
      const count = briefingsOf(place.id).length;
      expect((await row.textContent())?.replace(/\s+/g, ' '), place.id).toContain(`${count} ${count === 1 ? 'briefing' : 'briefings'}`);
    }
  });

  it.each(placeFiles())('the page of $id lists exactly its briefings and its towns’, newest first', async (place) => {
    await page.goto(`${site.url}/places/${place.id}/`);
    expect(await page.locator('h1').textContent()).toBe(place.name);
    const listed = (await hrefs('section[aria-labelledby="briefings-heading"] .briefing-card h3 a')).map((h) => h.replace(/^\/briefings\/|\/$/g, ''));
    expect(listed).toEqual(newestFirst(briefingsOf(place.id)));
    expect(await page.locator(`a[href="/places/${place.id}/rss.xml"]`).count()).toBeGreaterThan(0);
  });

  it('a region’s page lists what happened in a town inside it, and links to the town', async () => {
    const town = placeFiles().find((p) => p.parent && publishedBriefings().some((b) => b.places.includes(p.id)))!;
    expect(town, 'the fixture has a town with briefings inside a region').toBeDefined();
    await page.goto(`${site.url}/places/${town.parent}/`);
    const listed = await hrefs('section[aria-labelledby="briefings-heading"] .briefing-card h3 a');
    for (const b of publishedBriefings().filter((b) => b.places.includes(town.id))) expect(listed).toContain(`/briefings/${b.id}/`);
    expect(await hrefs('section[aria-labelledby="within-heading"] a')).toContain(`/places/${town.id}/`);
  });

  it('goes from a briefing to its place, and the place lists the briefing', async () => {
    const briefing = publishedBriefings().find((b) => b.places.length > 0)!;
    await page.goto(`${site.url}/briefings/${briefing.id}/`);
    const place = briefing.places[0]!;
    await page.locator(`ul[aria-label="Places"] a[href="/places/${place}/"]`).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/places/${place}/`);
    expect(await hrefs('section[aria-labelledby="briefings-heading"] .briefing-card h3 a')).toContain(`/briefings/${briefing.id}/`);
  });

  it('a country map has one marker per place in that country named in briefings, each a named link to its page, also listed beside it', async () => {
    const named = new Set(publishedBriefings().flatMap((b) => b.places));
    const inUkraine = placeFiles().filter((p) => p.country === 'ua' && named.has(p.id));
    expect(inUkraine.length, 'the fixture names several places in Ukraine').toBeGreaterThan(1);
    await page.goto(`${site.url}/countries/ua/`);
    const map = page.locator('svg.place-map');
    expect(await map.count()).toBe(1);
    expect(await map.locator('title').first().textContent()).toMatch(/Ukraine/);
    const markers = map.locator('.markers a');
    expect((await markers.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort()).toEqual(inUkraine.map((p) => `/places/${p.id}/`).sort());
    for (const place of inUkraine) {
      const count = publishedBriefings().filter((b) => b.places.includes(place.id)).length;
      expect(await map.locator(`a[href="/places/${place.id}/"]`).getAttribute('aria-label'), place.id).toBe(
        `${place.name}, ${count} ${count === 1 ? 'briefing' : 'briefings'}`,
      );
    }
    expect((await hrefs('section[aria-labelledby="own-places-heading"] ul a')).sort()).toEqual(inUkraine.map((p) => `/places/${p.id}/`).sort());
    await markers.first().focus();
    await markers.first().press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/places\/[a-z-]+\/$/);
  });

  it('maps are in the HTML, with a text alternative, and the pages that show them load no script', async () => {
    const briefing = publishedBriefings().find((b) => b.places.length > 0)!;
    for (const path of ['/', `/briefings/${briefing.id}/`, `/places/${briefing.places[0]}/`, '/countries/ua/']) {
      await page.goto(site.url + path);
      const map = page.locator('svg.place-map');
      expect(await map.count(), path).toBe(1);
      expect((await map.locator('desc').textContent())?.length, path).toBeGreaterThan(10);
      const scripts = await page.locator('script[src], script:not([type])').evaluateAll((list) => list.map((s) => s.getAttribute('src') ?? 'inline'));
      // The one inline script every page has is the search shortcut; nothing is loaded for the map.
      expect(
        scripts.filter((s) => s !== 'inline'),
        path,
      ).toEqual([]);
    }
  });
});
