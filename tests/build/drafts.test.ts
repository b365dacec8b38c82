/** A draft is checked like any briefing but published nowhere: no page, no listing, no feed entry. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { publishedBriefings } from '../helpers/content.ts';
import { build, copyProject, removeCopies, writeBriefing } from '../helpers/project.ts';

afterAll(removeCopies);

const DRAFT_ID = '2024-11-04-draft-not-for-publication';

it('builds a page for every briefing but drafts', { timeout: 180_000 }, async () => {
  const root = copyProject();
  const published = publishedBriefings(root).map((b) => b.id);
  writeBriefing(root, {
    id: DRAFT_ID,
    title: 'Draft: not for publication',
    summary: 'Work in progress.',
    actors: ['volodymyr-zelensky'],
    countries: ['ua'],
    body: 'Unfinished.',
    draft: true,
  });
  const { code, output } = await build(root);
  expect(code, output).toBe(0);
  const dist = join(root, 'dist');
  expect(readdirSync(join(dist, 'briefings')).sort()).toEqual(published.sort());
  for (const page of ['actors/volodymyr-zelensky/index.html', 'countries/ua/index.html', 'timeline/2024/11/index.html', 'index.html', 'rss.xml']) {
    expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain(DRAFT_ID);
  }
});

it('builds a site with nothing published yet: every briefing a draft', { timeout: 180_000 }, async () => {
  const root = copyProject();
  const briefings = join(root, 'src/content/briefings');
  for (const { id } of publishedBriefings(root)) {
    const path = join(briefings, `${id}.mdx`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
  }
  expect(publishedBriefings(root)).toEqual([]);
  const { code, output } = await build(root);
  expect(code, output).toBe(0);
  const dist = join(root, 'dist');
  expect(existsSync(join(dist, 'briefings'))).toBe(false);
  // The search page has no index to load, and its script says nothing is published.
  expect(readFileSync(join(dist, 'search/index.html'), 'utf8')).toMatch(/data-index-parts(="")?[\s>]/);
  expect(readdirSync(join(dist, 'pagefind'))).toEqual([]);
});
