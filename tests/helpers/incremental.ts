/**
 * Incremental builds (`experimental.incrementalBuild`): a rebuild copies from
 * the last build every page whose cacheKey is unchanged. After each kind of
 * change, the rebuild must write exactly what a full build (`--force`) writes,
 * and must have reused pages, or it would pass by rendering everything.
 *
 * A suite is one project copy (of the fixture site) for its changes, in order,
 * each rebuilt on top of the last. Its listings are paged by 2 and its feeds
 * hold 3 items, so that with a dozen briefings a change moves cards from page
 * to page and in and out of the feeds. The changes are split between two test
 * files (content; code) so that their builds run side by side.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopies, writeBriefing } from './project.ts';

/** What a change can do to the project copy. */
export interface ProjectEdits {
  /** Replaces `from` in `file` (relative to the copy), and fails when it is not there. */
  edit(file: string, from: string | RegExp, to: string): void;
  /** A briefing of its own, `slug` dated `date`. */
  addBriefing(slug: string, date: string, actors: string[], countries: string[]): void;
  remove(file: string): void;
}

/** A change's name, what it does, and whether pages can be reused after it (a change to code shared by every page re-renders them all). */
export type Change = [string, (project: ProjectEdits) => void, { reuses: boolean }];

export const BRIEFINGS = 'src/content/briefings';

export function rebuildSuite(changes: readonly Change[]): void {
  let root = '';
  const project: ProjectEdits = {
    edit(file, from, to) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`${file}: found nothing to replace for ${from}`);
      writeFileSync(path, changed);
    },
    addBriefing(slug, date, actors, countries) {
      writeBriefing(root, {
        id: `${date}-${slug}`,
        title: `Extra briefing ${slug}`,
        summary: `A briefing added by the incremental build test (${slug}).`,
        actors,
        countries,
      });
    },
    remove(file) {
      rmSync(join(root, file));
    },
  };

  afterAll(removeCopies);

  beforeAll(async () => {
    root = copyProject();
    project.edit('src/site.config.ts', 'pageSizes: { home: 10, term: 50, feed: 50 }', 'pageSizes: { home: 10, term: 2, feed: 3 }');
    project.addBriefing('october', '2024-10-15', ['volodymyr-zelensky', 'mark-rutte'], ['ua', 'nl']);
    project.addBriefing('umerov-seoul', '2024-11-05', ['rustem-umerov'], ['ua', 'kr']);
    project.addBriefing('september', '2024-09-30', ['andriy-yermak'], ['ua']);
    const first = await build(root);
    expect(first.code, first.output).toBe(0);
  }, 180_000);

  describe('a rebuild after a change writes what a full build writes', () => {
    it.each(changes)('%s', { timeout: 180_000 }, async (_name, change, { reuses }) => {
      change(project);
      const rebuild = await build(root);
      expect(rebuild.code, rebuild.output).toBe(0);
      const reused = rebuild.output.match(/\((?:restored|cached)\)/g)?.length ?? 0;
      if (reuses) expect(reused, 'the rebuild rendered every page again').toBeGreaterThan(0);
      const incremental = files(join(root, 'dist'));

      // A forced build keeps the card cache (a card is keyed by what it shows) and the search index's, so it would
      // repeat a key that missed a field: without them, it draws every card and writes the search page's files again.
      rmSync(join(root, 'node_modules/.astro/sitrep-cards'), { recursive: true, force: true });
      rmSync(join(root, 'node_modules/.astro/sitrep-pagefind'), { recursive: true, force: true });
      const full = await build(root, ['--force']);
      expect(full.code, full.output).toBe(0);
      expect(full.output).not.toMatch(/\((?:restored|cached)\)/);
      expect(differences(incremental, files(join(root, 'dist'))), 'files that differ from a full build').toEqual([]);
    });
  });
}

/**
 * Every file under `dir` but Pagefind's own (whose parts have a cache of their
 * own, tested by search-parts.test.ts), by path. The search page's own files
 * beside them (facets, date order) are compared.
 */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (path.startsWith('pagefind/') && !path.startsWith('pagefind/sitrep-')) continue;
    found.set(path, readFileSync(join(dir, path)));
  }
  return found;
}

function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !a.get(path) || !b.get(path) || !a.get(path)!.equals(b.get(path)!)).sort();
}
