/**
 * The Astro integration that builds the Pagefind search index during `astro
 * build`, from the briefings' search records (record.ts) rather than from the
 * built HTML. The briefings loader sends the index parts (../parts.ts) at
 * the end of the content layer sync, and Pagefind, in its own process,
 * indexes them while Vite bundles and Astro renders the pages. At the end of
 * the build the parts are copied to dist/pagefind/<part>/, with Pagefind's
 * scripts beside them (build-parts.ts, which reuses the parts cached under an
 * unchanged key: part-key.ts).
 *
 * The build fails on any error Pagefind reports, with every error listed, and
 * when the index and the built briefing pages disagree (a page with no
 * record, or a record with no page), so a broken index is never deployed.
 * The post-build audit (site-audit.ts) then counts the written index.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handoff } from '../../cache/handoff.ts';
import { buildParts, PagefindError, publishParts, type BuiltIndex } from './build-parts.ts';
import { indexCode } from './part-key.ts';

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
  let indexing: Promise<{ index: BuiltIndex; ms: number }> | undefined;
  let received = false;
  // The run of a previous build in this process (a build called from a script), which may still be indexing
  // into the cache and holds Pagefind's one service process: wait for it before starting again.
  let running: Promise<unknown> | undefined;

  return {
    name: 'sitrep:pagefind',
    hooks: {
      // Set up before the content layer syncs: the briefings loader sends the parts at the end of it.
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        await running?.catch(() => {});
        const cacheRoot = join(fileURLToPath(config.cacheDir), 'sitrep-pagefind');
        const code = indexCode(fileURLToPath(config.root));
        handoff.searchParts.open();
        received = false;
        indexing = handoff.searchParts.receive().then(async (parts) => {
          received = true;
          const started = performance.now();
          const run = buildParts(parts, cacheRoot, code);
          running = run;
          return { index: await run, ms: performance.now() - started };
        });
        // Awaited in build:done; a build that fails before then must not also report an unhandled rejection.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const waited = performance.now();
        if (!indexing || !received) {
          throw new PagefindError('index the briefings', [
            'no search index parts were sent: src/loaders/briefings.ts sends them when it has loaded the briefings',
          ]);
        }
        const { index, ms } = await indexing;
        const { parts } = index;
        const urls = parts.flatMap((part) => part.urls);
        const mismatch = indexMismatch(
          urls,
          pages.filter((p) => indexed.test(p.pathname)).map((p) => `/${p.pathname}`),
        );
        if (mismatch.length) throw new PagefindError('index exactly the briefing pages', mismatch);
        await publishParts(index, join(fileURLToPath(dir), 'pagefind'));
        const fresh = parts.filter((part) => part.indexed);
        const reused = parts.length - fresh.length;
        logger.info(
          `Indexed ${fresh.reduce((n, part) => n + part.urls.length, 0)} briefings in ${fresh.length} part(s) (${fresh.map((p) => p.name).join(', ') || 'none'}) in ${Math.round(ms)} ms, while the site was built` +
            `${reused ? `; reused ${reused} unchanged part(s)` : ''}; ${urls.length} briefings in the index (waited ${Math.round(performance.now() - waited)} ms for it)`,
        );
      },
    },
  };
}
