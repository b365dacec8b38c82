import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { BriefingEntry } from './site-index.ts';
import { site } from '../site.config.ts';

/** Feeds carry the latest briefings only; readers that want more follow the link. */
const FEED_LENGTH = 50;

/** What a feed says: the cache key of a feed page hashes this. */
export interface Feed {
  title: string;
  description: string;
  items: RSSFeedItem[];
}

export function briefingFeed(title: string, description: string, briefings: readonly BriefingEntry[]): Feed {
  return {
    title,
    description,
    items: briefings.slice(0, FEED_LENGTH).map((b) => ({
      title: b.data.title,
      link: `/briefings/${b.id}/`,
      pubDate: new Date(`${b.data.date}T00:00:00Z`),
      description: b.data.summary,
      categories: [...b.data.topics.map((t) => site.topics[t])],
    })),
  };
}

export function feedResponse(siteUrl: URL | undefined, feed: Feed): Promise<Response> {
  return rss({ ...feed, site: siteUrl ?? site.url, trailingSlash: true, customData: `<language>${site.language}</language>` });
}
