/**
 * Fails `astro build` before anything is written when any content file breaks
 * the content model, with every problem listed at once. In `astro dev` the
 * problems are logged and shown in the browser instead, so a typo does not stop
 * the server, and the check runs again whenever a content file changes
 * (dev-content.ts).
 *
 * What the check finds per briefing is kept in node_modules/.astro (next to
 * Astro's own content cache), so a rebuild re-checks only the files that
 * changed, and the check hands its parse of each body to the briefings loader,
 * so a build parses and renders each file once.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDirs } from '../content.config.ts';
import { checkSiteContent } from '../check/site.ts';
import { ContentError, type Problem } from '../check/problems.ts';
import { showContentProblems } from './dev-content.ts';

export function contentGuard(): AstroIntegration {
  let root = '';
  let found: Problem[] = [];
  let stopShowing: (() => void) | undefined;
  return {
    name: 'sitrep:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const started = performance.now();
        root = fileURLToPath(config.root);
        // Only a build or the dev server loads the briefings afterwards; `astro sync` or `preview` would keep the bodies for nothing.
        found = await checkSiteContent(root, { shareRendered: command === 'build' || command === 'dev' });
        logger.info(`checked the content in ${Math.round(performance.now() - started)} ms`);
        if (!found.length) return;
        const error = new ContentError(found);
        if (command === 'build') throw error;
        logger.error(error.message);
      },
      'astro:server:setup': ({ server, logger }) => {
        stopShowing = showContentProblems({
          server,
          root,
          dirs: Object.values(contentDirs).map((dir) => join(root, dir)),
          initial: found,
          // Nothing loads what these checks render: the briefings loader renders a changed file itself.
          check: () => checkSiteContent(root),
          logger,
        });
      },
      'astro:server:done': () => stopShowing?.(),
    },
  };
}
