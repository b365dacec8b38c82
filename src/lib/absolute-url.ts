import { site } from '../site.config.ts';

/**
 * A site path under the base (`link.*`) as an absolute URL, for what leaves the
 * site: feeds, JSON-LD. `siteUrl` is the URL the site is built for (Astro's
 * `site`); the configured one when there is none.
 */
export const absoluteUrl = (path: string, siteUrl: URL | undefined): string => new URL(path, siteUrl ?? site.url).href;
