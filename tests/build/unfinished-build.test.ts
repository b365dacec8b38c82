/**
 * Astro's incremental build writes each page into its cache as it renders,
 * and records the pages' keys only when the build succeeds. A build that fails
 * part-way must therefore not leave its pages for the next build to copy:
 * after a failed build, `npm run build` renders every page again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, copyProject, removeCopies } from '../helpers/project.ts';

afterAll(removeCopies);

/** Paths of the HTML files under `dir` that contain `text`. */
function containing(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => readFileSync(path, 'utf8').includes(text));
}

/** `text` with `from` replaced; fails the test if the template no longer has `from`. */
function replace(text: string, from: RegExp, to: string): string {
  expect(text, 'the page template changed: update this test').toMatch(from);
  return text.replace(from, to);
}

it('publishes nothing of a build that failed, once the change that broke it is undone', { timeout: 180_000 }, async () => {
  const root = copyProject();
  expect((await build(root)).code).toBe(0);

  // A change to every briefing page that also breaks the oldest one, which is rendered last: the pages
  // before it are written, with the change, before the build fails.
  const page = join(root, 'src/pages/briefings/[id].astro');
  const original = readFileSync(page, 'utf8');
  const throwing = replace(
    original,
    /^const \{ briefing\b.*\} = Astro\.props;$/m,
    "$&\nif (briefing.id === '2024-11-03-un-warns-internationalisation') throw new Error('a broken page');",
  );
  writeFileSync(page, replace(throwing, /<article\b/, '$& data-unfinished-build'));
  const failed = await build(root);
  expect(failed.code, failed.output).not.toBe(0);

  writeFileSync(page, original);
  const next = await build(root);
  expect(next.code, next.output).toBe(0);
  expect(next.output).toContain('The last build did not finish');
  expect(containing(join(root, 'dist'), 'data-unfinished-build')).toEqual([]);

  // And the build after that copies pages again.
  const after = await build(root);
  expect(after.code, after.output).toBe(0);
  expect(after.output).toMatch(/\((?:restored|cached)\)/);
});
