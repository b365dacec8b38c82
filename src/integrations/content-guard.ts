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
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSiteContent } from '../check/site.ts';
import { ContentError } from '../check/problems.ts';

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
