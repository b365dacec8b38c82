import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { BriefingEntry } from './site-index.ts';
import { link } from '../routes.ts';
import { site } from '../site.config.ts';

/** What a feed says: the cache key of a feed page hashes this. */
export interface Feed {
  title: string;
  description: string;
  items: RSSFeedItem[];
}

/** A feed of the latest briefings only (`pageSizes.feed`): readers that want more follow the link. */
export function briefingFeed(title: string, description: string, briefings: readonly BriefingEntry[]): Feed {
  return {
    title,
    description,
    items: briefings.slice(0, site.pageSizes.feed).map((b) => ({
      title: b.data.title,
      // Under the base; @astrojs/rss makes it absolute against the site's host.
      link: link.briefing(b.id),
      pubDate: new Date(`${b.data.date}T00:00:00Z`),
      description: b.data.summary,
      categories: [...b.data.topics.map((t) => site.topics[t])],
    })),
  };
}

/** The feed as RSS; its channel links to the home page, under the base. */
export function feedResponse(siteUrl: URL | undefined, feed: Feed): Promise<Response> {
  const home = new URL(link.home(), siteUrl ?? site.url);
  return rss({ ...feed, site: home, trailingSlash: true, customData: `<language>${site.language}</language>` });
}
