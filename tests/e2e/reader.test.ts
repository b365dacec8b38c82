/** What a reader does on the built site: open pages, follow links, and find exactly the right briefings listed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { actorFiles, countryNotes, publishedBriefings, type BriefingFile } from '../helpers/content.ts';
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

/** Briefing ids linked from the cards of a listing, in page order. */
async function listedIds(selector: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${selector} .briefing-card h2 a, ${selector} .briefing-card h3 a, ${selector} .briefing-card h4 a`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/^\/briefings\/|\/$/g, ''));
}

describe('reading the site', () => {
  it('home lists the latest briefings newest first and links to each', async () => {
    await page.goto(site.url + '/');
    expect(await listedIds('section[aria-labelledby="latest-heading"]')).toEqual(newestFirst(publishedBriefings()).slice(0, 10));
  });

  it('goes from home to a briefing, to an actor, to a country', async () => {
    await page.goto(site.url + '/');
    const first = publishedBriefings().find((b) => b.id === newestFirst(publishedBriefings())[0])!;
    await page.locator('section[aria-labelledby="latest-heading"] .briefing-card a').first().click();
    await expect.poll(() => page.url()).toBe(`${site.url}/briefings/${first.id}/`);
    expect(await page.locator('h1').textContent()).toBe(first.title);
    expect(await page.locator('article header time').first().getAttribute('datetime')).toBe(first.date);

    const actorId = first.actors[0]!;
    await page.locator(`a[href="/actors/${actorId}/"]`).first().click();
    await expect.poll(() => page.url()).toBe(`${site.url}/actors/${actorId}/`);
    const naming = publishedBriefings().filter((b) => b.actors.includes(actorId));
    expect(await listedIds('section[aria-labelledby="briefings-heading"]')).toEqual(newestFirst(naming));

    const countryId = naming.flatMap((b) => b.countries)[0]!;
    await page.locator(`aside a[href="/countries/${countryId}/"]`).first().click();
    await expect.poll(() => page.url()).toBe(`${site.url}/countries/${countryId}/`);
    expect(await listedIds('section[aria-labelledby="briefings-heading"]')).toEqual(
      newestFirst(publishedBriefings().filter((b) => b.countries.includes(countryId))),
    );
  });

  it.each(actorFiles())('the page of $id lists exactly the briefings that name the actor, newest first', async (actor) => {
    await page.goto(`${site.url}/actors/${actor.id}/`);
    expect(await page.locator('h1').textContent()).toBe(actor.name);
    expect(await listedIds('section[aria-labelledby="briefings-heading"]')).toEqual(
      newestFirst(publishedBriefings().filter((b) => b.actors.includes(actor.id))),
    );
  });

  it('the actors index groups people and organisations and counts their briefings', async () => {
    await page.goto(`${site.url}/actors/`);
    for (const actor of actorFiles()) {
      const group = actor.kind === 'person' ? 'person' : 'organisation';
      const row = page.locator(`section[aria-labelledby="${group}-heading"] li`, { has: page.locator(`a[href="/actors/${actor.id}/"]`) });
      const count = publishedBriefings().filter((b) => b.actors.includes(actor.id)).length;
      expect((await row.textContent())?.replace(/\s+/g, ' '), actor.id).toContain(`${count} ${count === 1 ? 'briefing' : 'briefings'}`);
    }
  });

  it('every country named in a briefing has a page listing exactly its briefings', async () => {
    const countries = new Set(publishedBriefings().flatMap((b) => b.countries));
    await page.goto(`${site.url}/countries/`);
    for (const id of countries) expect(await page.locator(`a[href="/countries/${id}/"]`).count(), id).toBe(1);
    for (const id of countries) {
      await page.goto(`${site.url}/countries/${id}/`);
      expect(await listedIds('section[aria-labelledby="briefings-heading"]'), id).toEqual(
        newestFirst(publishedBriefings().filter((b) => b.countries.includes(id))),
      );
    }
  });

  it('a country page lists the actors of that country', async () => {
    const [country, ...rest] = [...new Set(actorFiles().flatMap((a) => (a.country ? [a.country] : [])))];
    expect(country, 'some actor has a country').toBeDefined();
    void rest;
    await page.goto(`${site.url}/countries/${country}/`);
    const listed = await page.locator('section[aria-labelledby="own-actors-heading"] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(
      actorFiles()
        .filter((a) => a.country === country)
        .map((a) => `/actors/${a.id}/`)
        .sort(),
    );
  });

  it('the timeline groups every briefing by month and day and links to month archives', async () => {
    await page.goto(`${site.url}/timeline/`);
    expect(await listedIds('main')).toEqual(newestFirst(publishedBriefings()));
    const days = await page.locator('main section[aria-labelledby^="day-"] h3 time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(days).toEqual([...new Set(newestFirst(publishedBriefings()).map((id) => publishedBriefings().find((b) => b.id === id)!.date))]);

    const month = publishedBriefings()[0]!.date.slice(0, 7);
    await page.locator(`nav[aria-label="Months"] a[href="/timeline/${month.replace('-', '/')}/"]`).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/timeline/${month.replace('-', '/')}/`);
    expect(await listedIds('main')).toEqual(newestFirst(publishedBriefings().filter((b) => b.date.startsWith(month))));
  });

  it('a briefing shows its sources as numbered external links and links to its source file', async () => {
    const briefing = publishedBriefings()[0]!;
    await page.goto(`${site.url}/briefings/${briefing.id}/`);
    const sources = page.locator('#sources-heading + ol > li');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const rel of await sources.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('rel')))) expect(rel).toBe('noopener noreferrer');
    const citations = await page.locator('.prose sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of citations) expect(await page.locator(href!).count(), href!).toBe(1);
    expect(await page.getByRole('link', { name: 'Edit this briefing' }).getAttribute('href')).toMatch(
      new RegExp(`/edit/main/src/content/briefings/${briefing.id}\\.mdx$`),
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: briefing.title, datePublished: briefing.date });
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(briefing.title);
  });

  it('a corrected briefing shows when it was updated and each correction, dated; the others show none', async () => {
    expect(
      publishedBriefings().some((b) => b.corrections.length > 0 && b.updated),
      'the fixture has a corrected briefing',
    ).toBe(true);
    for (const briefing of publishedBriefings()) {
      await page.goto(`${site.url}/briefings/${briefing.id}/`);
      expect(await page.locator('article header time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))), briefing.id).toEqual(
        [briefing.date, briefing.updated].filter(Boolean),
      );
      const corrections = page.locator('section[aria-labelledby="corrections-heading"] li');
      expect(await corrections.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))), briefing.id).toEqual(
        briefing.corrections.map((c) => c.date),
      );
      const texts = await corrections.allTextContents();
      expect(texts.length, briefing.id).toBe(briefing.corrections.length);
      briefing.corrections.forEach((c, i) => expect(texts[i]!.replace(/\s+/g, ' ')).toContain(c.text));
    }
  });

  it("a country page shows the desk's note on the country", async () => {
    const notes = countryNotes().filter((c) => c.note);
    expect(notes.length, 'the fixture has a country note').toBeGreaterThan(0);
    for (const { id, note } of notes) {
      await page.goto(`${site.url}/countries/${id}/`);
      expect(await page.locator('main p', { hasText: note! }).count(), id).toBe(1);
    }
  });

  it('a keyboard user can skip straight to the content', async () => {
    await page.goto(`${site.url}/actors/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('an unknown address gets the 404 page with status 404', async () => {
    const response = await page.goto(`${site.url}/briefings/no-such-briefing/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });

  it('stays readable at 320 px without horizontal scrolling', async () => {
    const narrow = await site.page({ width: 320 });
    for (const path of ['/', `/briefings/${publishedBriefings()[0]!.id}/`, '/timeline/', '/actors/']) {
      await narrow.goto(site.url + path);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});
