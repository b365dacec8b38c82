/**
 * The search index in parts, by a hash of each briefing's id: built, merged in
 * the browser (newest first by date across the parts, and without a part's
 * hits for a shorter word when another part holds the word), and indexed again
 * only where briefings changed. The fixture's briefings are all from 2024, so
 * this copy of the project adds briefings in two later years.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedBriefings } from '../helpers/content.ts';
import { DATE_ORDER_FILE } from '../../src/search/date-order.ts';
import { FACETS, facetFileName } from '../../src/search/facets.ts';
import { searchPartName, searchPartNames } from '../../src/search/parts.ts';
import { openSite, type Site } from '../helpers/site.ts';
import { build, copyProject, removeCopies, writeBriefing } from '../helpers/project.ts';

const ADDED = [
  { id: '2026-02-01-larkspur-follow-up', title: 'Larkspur follow-up on the Kursk deployment' },
  { id: '2025-03-10-larkspur-review', title: 'Larkspur review of the Kursk deployment' },
  { id: '2025-01-15-larkspur-winter', title: 'Larkspur winter assessment for Kursk' },
];

/** One of the added briefings, with this body. */
function addBriefing({ id, title }: (typeof ADDED)[number], body: string): void {
  writeBriefing(root, { id, title, summary: 'A briefing added by the test, in a year of its own.', actors: ['volodymyr-zelensky'], countries: ['ua'], body });
}

let root: string;
/** Every briefing the index must hold: the fixture's published ones and the added ones. */
let indexed: number;
let firstBuild: string;
let site: Site;
let page: Page;

beforeAll(async () => {
  root = copyProject();
  for (const briefing of ADDED) addBriefing(briefing, 'Larkspur analysts reviewed the North Korean deployment in Kursk.');
  // A word only the first added briefing holds; the last test gives another part a shorter word it begins with.
  addBriefing(ADDED[0]!, 'Larkspur analysts reviewed the North Korean deployment in Kursk, and quillwortine traces.');
  indexed = publishedBriefings(root).length;
  const { code, output } = await build(root);
  expect(code, output).toBe(0);
  firstBuild = output;
  site = await openSite(join(root, 'dist'));
  page = await site.page();
}, 180_000);

afterAll(async () => {
  await site?.close();
  removeCopies();
});

/** Opens /search/ and waits until it has answered; returns the results' briefing ids and dates, in order. */
async function search(query: string): Promise<{ id: string; date: string }[]> {
  await page.goto(`${site.url}/search/${query}`);
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done !== undefined, undefined, { timeout: 10_000 });
  while (await page.locator('[data-more-results]').isVisible()) {
    const shown = await page.locator('[data-results] > li').count();
    await page.locator('[data-more-results]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, shown);
  }
  return page.locator('[data-results] > li').evaluateAll((items) =>
    items.map((li) => ({
      id: li
        .querySelector('h3 a')!
        .getAttribute('href')!
        .replace(/^\/briefings\/([^/]+)\/.*$/, '$1'),
      date: li.querySelector('time')!.getAttribute('datetime')!,
    })),
  );
}

const isNewestFirst = (dates: string[]) => dates.every((date, i) => i === 0 || dates[i - 1]! >= date);

describe('an index in parts', () => {
  it('writes one part per hash of the ids present, and Pagefind’s scripts once', () => {
    const ids = publishedBriefings(root).map((b) => b.id);
    const parts = searchPartNames(ids);
    expect(parts.length).toBeGreaterThan(3);
    expect(firstBuild).toContain(`Indexed ${indexed} briefings in ${parts.length} part(s) (${parts.join(', ')})`);
    for (const part of parts) expect(existsSync(join(root, 'dist/pagefind', part, 'pagefind-entry.json')), part).toBe(true);
    for (const file of ['pagefind.js', 'pagefind-highlight.js', ...FACETS.map(facetFileName), DATE_ORDER_FILE])
      expect(existsSync(join(root, 'dist/pagefind', file)), file).toBe(true);
    expect(readFileSync(join(root, 'dist/search/index.html'), 'utf8')).toContain(`data-index-parts="${parts.join(' ')}"`);
  });

  it('finds briefings of every year, and in date order lists them newest first across the parts', async () => {
    const byRelevance = await search('?q=larkspur');
    expect(byRelevance.map((r) => r.id).sort()).toEqual(ADDED.map((b) => b.id).sort());
    const newest = await search('?q=larkspur&sort=newest');
    expect(newest.map((r) => r.id)).toEqual(ADDED.map((b) => b.id));

    // Kursk is in the three added briefings and in several of 2024, spread over the parts: they must be merged by date.
    const kursk = await search('?q=kursk&sort=newest');
    expect(kursk.length).toBeGreaterThan(ADDED.length);
    expect(isNewestFirst(kursk.map((r) => r.date)), kursk.map((r) => r.date).join(' ')).toBe(true);
  });

  it('lists a filter-only search newest first across the parts, with counts from every part', async () => {
    const ukraine = await search('?country=Ukraine');
    expect(ukraine.slice(0, 3).map((r) => r.id)).toEqual(ADDED.map((b) => b.id));
    expect(isNewestFirst(ukraine.map((r) => r.date))).toBe(true);
    const yearCounts = await page
      .locator('fieldset[data-filter="year"] li')
      .evaluateAll((items: HTMLLIElement[]) =>
        Object.fromEntries(
          items.filter((li) => !li.hidden).map((li) => [li.querySelector('input')!.value, li.querySelector('[data-count]')!.getAttribute('data-count')]),
        ),
      );
    expect(yearCounts).toMatchObject({ '2026': '1', '2025': '2' });
    expect(Number(yearCounts['2024'])).toBe(ukraine.filter((r) => r.date.startsWith('2024')).length);

    const only2025 = await search('?country=Ukraine&year=2025');
    expect(only2025.map((r) => r.id)).toEqual([ADDED[1]!.id, ADDED[2]!.id]);
  });

  it('counts from the facet file what Pagefind finds with each filter, so each result is joined to its own row', async () => {
    // Many of the fixture's briefings share a date, where a wrong row would show first.
    const kursk = await search('?q=kursk');
    const counts = await page
      .locator('fieldset[data-filter="actor"] li')
      .evaluateAll((items: HTMLLIElement[]) =>
        items.map((li) => ({ value: li.querySelector('input')!.value, count: Number(li.querySelector('[data-count]')!.getAttribute('data-count')) })),
      );
    const found = counts.filter((c) => c.count > 0);
    expect(found.length).toBeGreaterThan(2);
    expect(Math.max(...found.map((c) => c.count))).toBeLessThanOrEqual(kursk.length);
    for (const { value, count } of found) expect((await search(`?q=kursk&actor=${encodeURIComponent(value)}`)).length, value).toBe(count);
  });

  it('indexes again only the part whose briefing changed, and the change is found', async () => {
    addBriefing(ADDED[1]!, 'Larkspur analysts revised their quillwort estimate.');
    const { code, output } = await build(root);
    expect(code, output).toBe(0);
    const part = searchPartName(ADDED[1]!.id);
    const inPart = publishedBriefings(root).filter((b) => searchPartName(b.id) === part).length;
    const reused = searchPartNames(publishedBriefings(root).map((b) => b.id)).length - 1;
    expect(output).toMatch(
      new RegExp(`Indexed ${inPart} briefings in 1 part\\(s\\) \\(${part}\\) .*; reused ${reused} unchanged part\\(s\\); ${indexed} briefings in the index`),
    );
    // "quillwort" finds the word and the longer word it begins, as one index would.
    expect((await search('?q=quillwort')).map((r) => r.id).sort()).toEqual([ADDED[1]!.id, ADDED[0]!.id].sort());
    expect((await search('?q=larkspur')).length).toBe(ADDED.length);
  });

  it('finds a word one part holds there only, not by a shorter word in another part', async () => {
    expect(searchPartName(ADDED[0]!.id)).not.toBe(searchPartName(ADDED[1]!.id));
    // Without the fix, the part of ADDED[1], which lacks "quillwortine", falls back to "quillwort".
    expect((await search('?q=quillwortine')).map((r) => r.id)).toEqual([ADDED[0]!.id]);
    expect((await search('?q=quillwortine&sort=newest')).map((r) => r.id)).toEqual([ADDED[0]!.id]);
  });
});
