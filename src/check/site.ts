/**
 * The content check as the site runs it, with the content model's folders and
 * schemas: the build (src/integrations/content-guard.ts) and `npm run check`
 * (scripts/check.ts) both call checkSiteContent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { actorSchema, briefingSchema, contentDirs, countryNoteSchema, placeSchema } from '../content.config.ts';
import { checkContent, todayIso } from './index.ts';

/** Where the check keeps its results between runs: inside the project's node_modules, which is never committed. */
function checkCacheFile(root: string): string | undefined {
  if (process.env.SITREP_CHECK_CACHE === '0' || !existsSync(join(root, 'node_modules'))) return undefined;
  return join(root, 'node_modules', '.astro', 'sitrep-content-check.json');
}

export function checkSiteContent(root: string, options: { shareRendered?: boolean } = {}) {
  return checkContent({
    root,
    dirs: contentDirs,
    schemas: { briefing: briefingSchema, actor: actorSchema, countryNote: countryNoteSchema, place: placeSchema },
    today: todayIso(),
    cacheFile: checkCacheFile(root),
    shareRendered: options.shareRendered,
  });
}
