/**
 * axe on every page type, with the WCAG 2.0–2.2 A and AA rules (target size included) and its best practices,
 * in light and dark mode, at a phone's width and a desktop's.
 */
import AxeBuilder from '@axe-core/playwright';
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
  '/countries/ua/',
  '/places/',
  '/places/zaporizhzhia/',
  '/places/zaporizhzhia-oblast/',
  '/timeline/',
  `/timeline/${briefing.date.slice(0, 4)}/${briefing.date.slice(5, 7)}/`,
  '/about/',
  '/corrections/',
  '/data/',
  '/no-such-page/',
];

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The two modes side by side, each on its own page going through every page type in turn: axe keeps a core
// busy, and the machine has two. One test per mode, with every violation of every page type in its failure.
describe('axe finds no violations on any page type', () => {
  it.concurrent.each([
    ['light', 390],
    ['dark', 1280],
  ] as const)('in %s mode at %i px', { timeout: 300_000 }, async (colorScheme, width) => {
    const page = await site.page({ colorScheme, width });
    const violations: string[] = [];
    try {
      for (const path of pageTypes) {
        await page.goto(site.url + path);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        violations.push(...results.violations.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
      }
    } finally {
      await page.context().close();
    }
    expect(violations).toEqual([]);
  });
});
