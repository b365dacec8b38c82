/**
 * The Astro integration that publishes the social cards (src/cards/): one
 * 1200×630 PNG per published briefing at /og/<id>.png, and the site card at
 * /og/site.png for every other page.
 *
 * The cards are drawn from the front matter the content check validated at
 * the start of the build, like the post-build audit's facts, and as the build
 * starts: worker threads draw the cards missing from the card cache while
 * Astro syncs, bundles and renders. At the end of the build the cards are
 * linked from the cache into dist/ (0.3 s for 10,000). As endpoints with a
 * cacheKey, Astro's incremental build would restore them too, but one by one
 * through its renderer, about 9 s for 10,000 on every rebuild, and it would
 * draw them on the main thread (BENCHMARKS.md).
 *
 * A card that cannot be drawn fails the build, naming it; so does a briefing
 * page without its card.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBriefingData } from '../check/index.ts';
import { contentDirs } from '../content.config.ts';
import { cardFiles, type CardBriefing } from '../cards/card-data.ts';
import { CardCache, cardCode, cardKey } from '../cards/cache.ts';
import { drawCards, type CardDrawing } from '../cards/pool.ts';
import { countryRegistry } from '../data/countries.ts';
import { paths } from '../routes.ts';
import { site } from '../site.config.ts';

export class SocialCardError extends Error {
  constructor(problems: readonly string[]) {
    super(`Social cards: the build cannot publish every card:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SocialCardError';
  }
}

/** The briefing pages (Astro pathnames, `briefings/<id>/`) that have no card among `cardPaths`. */
export function pagesWithoutCards(pages: readonly string[], cardPaths: ReadonlySet<string>): string[] {
  return pages.flatMap((page) => {
    const id = /^briefings\/([^/]+)\/$/.exec(page)?.[1];
    return id && !cardPaths.has(paths.briefingCard(id)) ? [`/${page}`] : [];
  });
}

export function socialCards(): AstroIntegration {
  let cache: CardCache | undefined;
  let cards: { key: string; to: string }[] = [];
  let drawing: CardDrawing | undefined;
  let drawn = 0;
  let planned = 0;

  return {
    name: 'sitrep:social-cards',
    hooks: {
      // After the content guard, whose check has read the briefings by now.
      'astro:config:setup': async ({ config, command }) => {
        if (command !== 'build') return;
        const began = performance.now();
        const root = fileURLToPath(config.root);
        const cardCache = (cache = new CardCache(fileURLToPath(config.cacheDir)));
        const names = new Map(countryRegistry().map((c) => [c.id, c.name]));
        // Front matter the content guard's check has just validated against the schema.
        const briefings = (await readBriefingData(root, contentDirs.briefings)) as unknown as CardBriefing[];
        const code = cardCode(root);
        const files = cardFiles(briefings, (country) => names.get(country) ?? country, site).map(({ path, card }) => ({
          to: path,
          card,
          key: cardKey(card, code),
        }));
        cards = files.map(({ key, to }) => ({ key, to }));
        // Two briefings can show the same card (a title, date, status and countries in common): it is drawn once.
        const missing = new Map(files.filter(({ key }) => !cardCache.has(key)).map(({ key, card }) => [key, card]));
        drawn = missing.size;
        planned = performance.now() - began;
        drawing = drawCards([...missing].map(([key, card]) => ({ card, file: cardCache.fileFor(key) })));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!cache || !drawing) throw new SocialCardError(['the cards were not started: the integration did not see the build start']);
        const waited = performance.now();
        const failed = await drawing.finish();
        const missingPages = pagesWithoutCards(
          pages.map((p) => p.pathname),
          new Set(cards.map(({ to }) => to)),
        );
        const problems = [...failed.map(({ file, error }) => `${error} (${file})`), ...missingPages.map((page) => `${page} has no card`)];
        if (problems.length) throw new SocialCardError(problems);
        await cache.publish(cards, fileURLToPath(dir));
        await cache.keepOnly(cards.map(({ key }) => key));
        logger.info(
          `Published ${cards.length} social cards: drew ${drawn}, the others from the card cache; keyed in ${Math.round(planned)} ms, ${Math.round(performance.now() - waited)} ms after the pages`,
        );
      },
    },
  };
}
