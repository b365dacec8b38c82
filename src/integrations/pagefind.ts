/**
 * Indexes the built site with Pagefind at the end of `astro build`, writing the
 * search bundle to dist/pagefind/. Only pages with `data-pagefind-body` (the
 * briefings) are indexed. Any error Pagefind reports fails the build, with
 * every error listed, so a broken index is never deployed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export class PagefindError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Pagefind failed to ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'PagefindError';
  }
}

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new PagefindError(step, response.errors);
  return response;
}

/**
 * Builds the index for the site in `dir` and writes it to `dir/pagefind`.
 * Returns how many HTML files were read and how many pages were indexed (those
 * with `data-pagefind-body`).
 */
export async function indexSite(dir: string): Promise<{ files: number; pages: number; outputPath: string }> {
  try {
    const { index } = check('create an index', await pagefind.createIndex());
    if (!index) throw new PagefindError('create an index', ['no index was returned']);
    const { page_count: files } = check(`index ${dir}`, await index.addDirectory({ path: dir }));
    const { outputPath } = check('write the index', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    return { files, pages, outputPath };
  } finally {
    await pagefind.close();
  }
}

export interface PagefindIndexOptions {
  /**
   * The built pages (Astro pathnames, such as `briefings/<id>/`) that should be
   * in the index. The build fails if the index holds a different number of
   * pages: Pagefind indexes every page when none has `data-pagefind-body`, so
   * a lost attribute would otherwise put actor and country pages in search.
   */
  indexed?: RegExp;
}

export function pagefindIndex({ indexed = /^briefings\/[^/]+\/$/ }: PagefindIndexOptions = {}): AstroIntegration {
  return {
    name: 'sitrep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages: built, logger }) => {
        const started = performance.now();
        const { files, pages, outputPath } = await indexSite(fileURLToPath(dir));
        const expected = built.filter((p) => indexed.test(p.pathname)).length;
        if (pages !== expected) {
          throw new PagefindError('index only the briefings', [
            `the index holds ${pages} pages but the site has ${expected} briefing pages: data-pagefind-body belongs on each briefing page's content and on no other page`,
          ]);
        }
        logger.info(`Indexed ${pages} briefings (of ${files} HTML files) into ${outputPath} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
