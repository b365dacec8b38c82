/**
 * A site whose briefings are all drafts builds, with nothing published and an empty search index. (That a draft
 * is published nowhere, beside published briefings, is checked on the fixture site's draft: tests/e2e/output.test.ts.)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { publishedBriefings } from '../helpers/content.ts';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

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
