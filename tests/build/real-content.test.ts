/**
 * The one build of the real content (src/content) that `npm test` runs; every other build and browser
 * test runs on the frozen fixture site. It fails when an editor's change breaks the build, not when it
 * changes what a page says. (`npm run check` on the real content: tests/unit/check-cli.test.ts.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { publishedBriefings } from '../helpers/content.ts';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

const repo = fileURLToPath(new URL('../..', import.meta.url));
const INDEX_PAGES = [
  'index.html',
  'actors/index.html',
  'countries/index.html',
  'timeline/index.html',
  'search/index.html',
  'about/index.html',
  '404.html',
  'rss.xml',
  'sitemap-index.xml',
];

it('builds the real content: a page per published briefing, and the index pages', { timeout: 180_000 }, async () => {
  const root = copyProject({ content: 'real' });
  const published = publishedBriefings(repo)
    .map((b) => b.id)
    .sort();
  expect(
    publishedBriefings(root)
      .map((b) => b.id)
      .sort(),
    'the copy holds the real briefings',
  ).toEqual(published);
  const { code, output } = await build(root);
  expect(code, output).toBe(0);
  const dist = join(root, 'dist');
  const built = existsSync(join(dist, 'briefings')) ? readdirSync(join(dist, 'briefings')).sort() : [];
  expect(built).toEqual(published);
  for (const id of published) expect(existsSync(join(dist, 'briefings', id, 'index.html')), id).toBe(true);
  for (const page of INDEX_PAGES) expect(existsSync(join(dist, page)), page).toBe(true);
});
