/**
 * The sitemap's `lastmod`: each briefing page's `updated`, else its `date`.
 * Listing pages get none: a date there would claim more than a crawler needs.
 *
 * @astrojs/sitemap runs in the Astro config, where the content collections
 * cannot be read, so the dates come from the briefings' front matter (as the
 * content check validated it at the start of the build). The integration
 * reads them once per build, before the sitemap's own hook: put it first.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SitemapItem } from '@astrojs/sitemap';
import { paths, withoutBase } from '../routes.ts';

/** A briefing's id and front matter, as the content check hands them over. */
export interface BriefingDates {
  id: string;
  data: { date: string; updated?: unknown };
}

/** Site path (no base) → lastmod, for every briefing. */
export function briefingLastmods(briefings: readonly BriefingDates[]): Map<string, string> {
  return new Map(briefings.map(({ id, data }) => [paths.briefing(id), typeof data.updated === 'string' ? data.updated : data.date]));
}

/** The sitemap entry with its lastmod, when `lastmods` has one for its page. */
export function withLastmod(item: SitemapItem, lastmods: ReadonlyMap<string, string>, base: string): SitemapItem {
  const path = withoutBase(new URL(item.url).pathname, base);
  const lastmod = path === undefined ? undefined : lastmods.get(path);
  return lastmod === undefined ? item : { ...item, lastmod };
}

/**
 * The integration that reads the dates, and the `serialize` option to give
 * @astrojs/sitemap. `read` returns the briefings under the project root.
 */
export function sitemapLastmod(read: (root: string) => Promise<readonly BriefingDates[]>): {
  integration: AstroIntegration;
  serialize: (item: SitemapItem) => SitemapItem;
} {
  let root = '';
  let base = '/';
  let lastmods: Map<string, string> | undefined;
  return {
    integration: {
      name: 'sitrep:sitemap-lastmod',
      hooks: {
        'astro:config:done': ({ config }) => {
          root = fileURLToPath(config.root);
          base = config.base;
          lastmods = undefined;
        },
        // Here rather than in `serialize`: @astrojs/sitemap logs an error thrown there and writes no sitemap, while
        // an error here fails the build.
        'astro:build:done': async () => {
          lastmods = briefingLastmods(await read(root));
        },
      },
    },
    serialize(item) {
      if (!lastmods) throw new Error('sitemap lastmod: the briefing dates were not read; list sitrep:sitemap-lastmod before the sitemap integration');
      return withLastmod(item, lastmods, base);
    },
  };
}
