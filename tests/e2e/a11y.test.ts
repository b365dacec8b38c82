/** axe on every page type, in light and dark mode. */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFiles, publishedBriefings } from '../helpers/content.ts';
import { openSite, type Site } from '../helpers/site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site.close());

const briefing = () => publishedBriefings()[0]!;
const pageTypes = () => [
  '/',
  `/briefings/${briefing().id}/`,
  '/actors/',
  `/actors/${actorFiles()[0]!.id}/`,
  '/countries/',
  `/countries/${briefing().countries[0]}/`,
  '/timeline/',
  `/timeline/${briefing().date.slice(0, 4)}/${briefing().date.slice(5, 7)}/`,
  '/about/',
  '/no-such-page/',
];

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  it('axe finds no violations on any page type', async () => {
    const page = await site.page({ colorScheme });
    for (const path of pageTypes()) {
      await page.goto(site.url + path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
});
