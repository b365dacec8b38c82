/**
 * The cards search offers for the actors, countries and places a query names
 * (src/search/client/entity-cards.ts), on the built fixture site. Which entity
 * each query names comes from the content files and the country registry.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFiles, placeFiles, publishedBriefings } from '../helpers/content.ts';
import { openSite, type Site } from '../helpers/site.ts';
import { countryRegistry } from '../../src/data/countries.ts';

import { parseSearchState, serialiseSearchState } from '../../src/search/client/state.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.page();
});
afterAll(() => site.close());

const CARDS = '[data-entities]';

/** Waits until the page has answered the search for this query (the form's data-done attribute). */
async function searched(query: string, target: Page = page): Promise<void> {
  const state = serialiseSearchState(parseSearchState(new URLSearchParams({ q: query })));
  await target.waitForFunction((s) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done === s, state, { timeout: 10_000 });
}

async function openSearch(query: string, target: Page = page): Promise<void> {
  await target.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await searched(query, target);
}

/** Whether the cards' list is hidden: an empty list has no box, so Playwright's isHidden() cannot tell. */
const cardsHidden = (target: Page = page) => target.locator(CARDS).evaluate((list) => (list as HTMLElement).hidden);

/** The cards shown, in order: each link's href and name. */
async function cards(target: Page = page): Promise<{ href: string; name: string }[]> {
  if (await cardsHidden(target)) return [];
  return target
    .locator(`${CARDS} a`)
    .evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.firstElementChild?.textContent?.trim() ?? '' })));
}

const resultCount = () => page.locator('[data-results] > li').count();

/** The fixture's actor with this alias. */
function actorWithAlias(alias: string) {
  const actor = (actorFiles() as { id: string; name: string; aliases?: string[] }[]).find((a) => a.aliases?.includes(alias));
  expect(actor, `an actor with the alias ${alias}`).toBeDefined();
  return { href: `/actors/${actor!.id}/`, name: actor!.name };
}

describe('entity cards', () => {
  it('"Umierov" opens with the card of the actor who has that alias, then the briefings', async () => {
    const umerov = actorWithAlias('Umierov');
    expect(umerov.href).toBe('/actors/rustem-umerov/');
    await openSearch('Umierov');
    expect((await cards())[0]).toEqual(umerov);
    expect(await page.locator(`${CARDS} li`).first().textContent()).toContain('Minister');
    const cardsFirst = await page.evaluate(
      () => document.querySelector('[data-entities]')!.compareDocumentPosition(document.querySelector('[data-results]')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(cardsFirst).toBeTruthy();
  });

  it('"Kiev" offers the place that has that alias first', async () => {
    const kyiv = placeFiles().find((p) => p.aliases?.includes('Kiev'))!;
    await openSearch('Kiev');
    expect((await cards())[0]).toEqual({ href: `/places/${kyiv.id}/`, name: kyiv.name });
  });

  it('"DPRK" offers the country it names, with its flag', async () => {
    const country = countryRegistry().find((c) => c.aliases.includes('DPRK'))!;
    expect(
      publishedBriefings().some((b) => b.countries.includes(country.id)),
      'a briefing names the country, so it has a page',
    ).toBe(true);
    await openSearch('DPRK');
    expect((await cards())[0]).toEqual({ href: `/countries/${country.id}/`, name: `${country.flag}${country.name}` });
  });

  it('shows no card when the query names no entity, and the results still show', async () => {
    await openSearch('missile');
    expect(await cardsHidden()).toBe(true);
    expect(await page.locator(`${CARDS} li`).count()).toBe(0);
    expect(await resultCount()).toBeGreaterThan(0);
  });

  it('follows the query as it changes, and goes when it is cleared', async () => {
    await openSearch('Umierov');
    expect(await cards()).not.toEqual([]);
    await page.locator('#search-input').fill('Kiev');
    await searched('Kiev');
    expect((await cards())[0]?.href).toMatch(/^\/places\//);
    await page.locator('#search-input').fill('');
    await searched('');
    expect(await cards()).toEqual([]);
  });

  it("the card's link opens the entity's page", async () => {
    const umerov = actorWithAlias('Umierov');
    await openSearch('Umierov');
    await page.locator(`${CARDS} a`).first().click();
    await page.waitForURL(`${site.url}${umerov.href}`);
    expect(await page.locator('h1').textContent()).toContain(umerov.name);
  });

  it("a briefing page's header search form leads to the same cards", async () => {
    await page.goto(`${site.url}/briefings/${publishedBriefings()[0]!.id}/`);
    await page.locator('#header-search').fill('Umierov');
    await page.locator('#header-search').press('Enter');
    await searched('Umierov');
    expect((await cards())[0]).toEqual(actorWithAlias('Umierov'));
  });

  it('fetches only the shards of the entities a query’s words need, once a query is searched for, each once', async () => {
    const p = await site.page();
    const fetched: string[] = [];
    p.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/search/entities/')) fetched.push(path);
    });
    await p.goto(`${site.url}/search/`);
    await searched('', p);
    expect(fetched).toEqual([]);
    for (const query of ['Kiev', 'Umierov', 'Kyiv']) {
      await p.locator('#search-input').fill(query);
      await searched(query, p);
    }
    expect(fetched).toEqual(['/search/entities/k.json', '/search/entities/u.json']);
    await p.context().close();
  });

  it.each(['light', 'dark'] as const)('axe finds no violations in the cards in %s mode', async (colorScheme) => {
    const p = await site.page({ colorScheme });
    await openSearch('Kiev', p);
    expect((await cards(p)).length).toBeGreaterThan(0);
    const { violations } = await new AxeBuilder({ page: p }).include(CARDS).analyze();
    expect(violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(await p.locator(CARDS).getAttribute('aria-label')).toBe('Matching actors, countries and places');
    await p.context().close();
  });
});
