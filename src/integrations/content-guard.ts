/**
 * Fails `astro build` before anything is written when any content file breaks
 * the content model, with every problem listed at once. In `astro dev` the
 * problems are logged instead, so a typo does not stop the server.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { briefingSchema, actorSchema, contentDirs, countryNoteSchema } from '../content.config.ts';
import { checkContent, todayIso } from '../lib/content-check.ts';
import { ContentError } from '../lib/problems.ts';

export function checkSiteContent(root: string) {
  return checkContent({
    root,
    dirs: contentDirs,
    schemas: { briefing: briefingSchema, actor: actorSchema, countryNote: countryNoteSchema },
    today: todayIso(),
  });
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'sitrep:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const problems = await checkSiteContent(fileURLToPath(config.root));
        if (!problems.length) return;
        const error = new ContentError(problems);
        if (command === 'build') throw error;
        logger.error(error.message);
      },
    },
  };
}
