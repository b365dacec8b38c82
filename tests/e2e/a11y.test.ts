/** axe on every page type, in light and dark mode. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFiles, countryNotes, publishedBriefings } from '../helpers/content.ts';
import { openSite, type Site } from '../helpers/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site.close());

const briefing = publishedBriefings()[0]!;
const corrected = publishedBriefings().find((b) => b.corrections.length > 0)!;
const noted = countryNotes().find((c) => c.note)!.id;
const pageTypes = [
  '/',
  `/briefings/${briefing.id}/`,
  `/briefings/${corrected.id}/`,
  '/actors/',
  `/actors/${actorFiles()[0]!.id}/`,
  '/countries/',
  `/countries/${briefing.countries.find((id) => id !== noted)}/`,
  `/countries/${noted}/`,
  '/timeline/',
  `/timeline/${briefing.date.slice(0, 4)}/${briefing.date.slice(5, 7)}/`,
  '/about/',
  '/no-such-page/',
];

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.page({ colorScheme });
  });
  afterAll(() => page.context().close());

  it.each(pageTypes)('axe finds no violations on %s', async (path) => {
    await page.goto(site.url + path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
});
