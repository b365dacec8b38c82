/**
 * Builds the Pagefind search index during `astro build`, from the briefings'
 * search records (src/lib/search-record.ts) rather than from the built HTML.
 * The briefings loader sends the records at the end of the content layer
 * sync, and Pagefind, in its own process, indexes them while Vite bundles and
 * Astro renders the pages; at the end of the build the finished bundle moves
 * to dist/pagefind/.
 *
 * The build fails on any error Pagefind reports, with every error listed, and
 * when the index and the built briefing pages disagree (a page with no
 * record, or a record with no page), so a broken index is never deployed.
 * The post-build audit (site-audit.ts) then counts the written index.
 */
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchDocument, searchRecords, type SearchRecord } from '../lib/search-record.ts';

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
 * Documents in flight to Pagefind at once: enough to keep its process busy,
 * few enough that thousands of documents are not all buffered in the pipe.
 */
const IN_FLIGHT = 16;

/** Indexes the records and writes the bundle to `outputPath`. Returns the URLs indexed. */
export async function indexRecords(records: readonly SearchRecord[], outputPath: string): Promise<string[]> {
  try {
    const { index } = check('create an index', await pagefind.createIndex());
    if (!index) throw new PagefindError('create an index', ['no index was returned']);
    const indexed: string[] = [];
    let next = 0;
    const feed = async () => {
      while (next < records.length) {
        const record = records[next++]!;
        const { file } = check(`index ${record.url}`, await index.addHTMLFile({ url: record.url, content: searchDocument(record) }));
        indexed.push(file.url);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, feed));
    check('write the index', await index.writeFiles({ outputPath }));
    return indexed;
  } finally {
    await pagefind.close();
  }
}

/** What differs between the URLs indexed and the briefing pages built, as messages; empty when they match. */
export function indexMismatch(indexed: readonly string[], built: readonly string[]): string[] {
  const inIndex = new Set(indexed);
  const onSite = new Set(built);
  const missing = built.filter((url) => !inIndex.has(url));
  const extra = indexed.filter((url) => !onSite.has(url));
  const show = (urls: string[]) => urls.slice(0, 10).join(', ') + (urls.length > 10 ? ` and ${urls.length - 10} more` : '');
  return [
    ...(missing.length ? [`briefing pages missing from the search index (${missing.length}): ${show(missing)}`] : []),
    ...(extra.length ? [`search records with no briefing page (${extra.length}): ${show(extra)}`] : []),
  ];
}

export interface PagefindIndexOptions {
  /** Which built pages (Astro pathnames, such as `briefings/<id>/`) the index must hold, one record each. */
  indexed?: RegExp;
}

export function pagefindIndex({ indexed = /^briefings\/[^/]+\/$/ }: PagefindIndexOptions = {}): AstroIntegration {
  let staging = '';
  let indexing: Promise<{ urls: string[]; ms: number }> | undefined;
  let received = false;
  // The run of a previous build in this process (a build called from a script), which may still be indexing
  // into the staging directory and holds Pagefind's one service process: wait for it before starting again.
  let running: Promise<unknown> | undefined;

  return {
    name: 'sitrep:pagefind',
    hooks: {
      // Set up before the content layer syncs: the briefings loader sends the records at the end of it.
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        await running?.catch(() => {});
        const cacheDir = fileURLToPath(config.cacheDir);
        staging = join(cacheDir, 'sitrep-pagefind');
        await rm(staging, { recursive: true, force: true });
        await mkdir(cacheDir, { recursive: true });
        searchRecords.open();
        received = false;
        indexing = searchRecords.receive().then(async (records) => {
          received = true;
          const started = performance.now();
          const run = indexRecords(records(), staging);
          running = run;
          const urls = await run;
          return { urls, ms: performance.now() - started };
        });
        // Awaited in build:done; a build that fails before then must not also report an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const waited = performance.now();
        if (!indexing || !received) {
          throw new PagefindError('index the briefings', ['no search records were sent: src/loaders/briefings.ts sends them when it has loaded the briefings']);
        }
        const { urls, ms } = await indexing;
        const mismatch = indexMismatch(
          urls,
          pages.filter((p) => indexed.test(p.pathname)).map((p) => `/${p.pathname}`),
        );
        if (mismatch.length) throw new PagefindError('index exactly the briefing pages', mismatch);
        const bundle = join(fileURLToPath(dir), 'pagefind');
        await rm(bundle, { recursive: true, force: true });
        await rename(staging, bundle).catch(async (error: NodeJS.ErrnoException) => {
          // The cache directory may be on another file system than dist/ (an outDir elsewhere).
          if (error.code !== 'EXDEV') throw error;
          await cp(staging, bundle, { recursive: true });
          await rm(staging, { recursive: true, force: true });
        });
        const files = (await readdir(bundle, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
        logger.info(`Indexed ${urls.length} briefings into ${files} files in ${Math.round(ms)} ms, while the site was built (waited ${Math.round(performance.now() - waited)} ms for it)`);
      },
    },
  };
}
