/**
 * Fails `astro build` before anything is written when any content file breaks
 * the content model, with every problem listed at once. In `astro dev` the
 * problems are logged instead, so a typo does not stop the server.
 *
 * What the check finds per briefing is kept in node_modules/.astro (next to
 * Astro's own content cache), so a rebuild re-checks only the files that
 * changed, and the check hands its parse of each body to the briefings loader,
 * so a build parses and renders each file once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { briefingSchema, actorSchema, contentDirs, countryNoteSchema } from '../content.config.ts';
import { checkContent, todayIso } from '../check/content-check.ts';
import { ContentError } from '../check/problems.ts';

/** Where the check keeps its results between runs: inside the project's node_modules, which is never committed. */
export function checkCacheFile(root: string): string | undefined {
  if (process.env.SITREP_CHECK_CACHE === '0' || !existsSync(join(root, 'node_modules'))) return undefined;
  return join(root, 'node_modules', '.astro', 'sitrep-content-check.json');
}

export function checkSiteContent(root: string, options: { shareRendered?: boolean } = {}) {
  return checkContent({
    root,
    dirs: contentDirs,
    schemas: { briefing: briefingSchema, actor: actorSchema, countryNote: countryNoteSchema },
    today: todayIso(),
    cacheFile: checkCacheFile(root),
    shareRendered: options.shareRendered,
  });
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'sitrep:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const started = performance.now();
        // Only a build or the dev server loads the briefings afterwards; `astro sync` or `preview` would keep the bodies for nothing.
        const problems = await checkSiteContent(fileURLToPath(config.root), { shareRendered: command === 'build' || command === 'dev' });
        logger.info(`checked the content in ${Math.round(performance.now() - started)} ms`);
        if (!problems.length) return;
        const error = new ContentError(problems);
        if (command === 'build') throw error;
        logger.error(error.message);
      },
    },
  };
}
