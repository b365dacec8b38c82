import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { BriefingEntry } from './site-index.ts';
import { link } from '../routes.ts';
import { site } from '../site.config.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

/** What a feed says: the cache key of a feed page hashes this, so everything the feed writes is here. */
export interface Feed {
  title: string;
  description: string;
  /** The page this is the feed of (a term's page, or the home page), under the base. */
  page: string;
  /** The feed's own address, under the base: its `atom:link rel="self"`. */
  self: string;
  /** When the newest briefing in the feed was published or updated; none for an empty feed. */
  lastBuildDate?: Date;
  items: RSSFeedItem[];
}

export type FeedChannel = Pick<Feed, 'title' | 'description' | 'page' | 'self'>;

/** What a feed shows of a briefing. */
export type FeedBriefing = Pick<BriefingEntry, 'id'> & { data: Pick<BriefingEntry['data'], 'title' | 'date' | 'updated' | 'summary' | 'topics'> };

const utcDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/**
 * The latest change among `briefings` (`updated`, else `date`). A feed's
 * lastBuildDate comes from its content, not the clock, so that building the
 * same content twice writes the same feed (incremental builds rely on it).
 */
export function newestChange(briefings: readonly Pick<FeedBriefing, 'data'>[]): Date | undefined {
  let newest: string | undefined;
  for (const { data } of briefings) {
    const changed = data.updated ?? data.date;
    if (newest === undefined || changed > newest) newest = changed;
  }
  return newest === undefined ? undefined : utcDay(newest);
}

/** A feed of the latest briefings only (`pageSizes.feed`): readers that want more follow the link. */
export function briefingFeed(channel: FeedChannel, briefings: readonly FeedBriefing[]): Feed {
  const shown = briefings.slice(0, site.pageSizes.feed);
  return {
    ...channel,
    lastBuildDate: newestChange(shown),
    items: shown.map((b) => ({
      title: b.data.title,
      // Under the base; @astrojs/rss makes it absolute against the site's host.
      link: link.briefing(b.id),
      pubDate: utcDay(b.data.date),
      description: b.data.summary,
      categories: b.data.topics.map((t) => site.topics[t]),
    })),
  };
}

/** The feed as RSS 2.0, its addresses made absolute against the site's URL. */
export function feedResponse(siteUrl: URL | undefined, feed: Feed): Promise<Response> {
  const absolute = (path: string) => new URL(path, siteUrl ?? site.url).href;
  // Not escaped here: @astrojs/rss parses customData leniently and escapes it when it writes the feed, and a URL's
  // href has no quote or angle bracket left.
  const customData = [
    `<language>${site.language}</language>`,
    `<atom:link href="${absolute(feed.self)}" rel="self" type="application/rss+xml"/>`,
    feed.lastBuildDate ? `<lastBuildDate>${feed.lastBuildDate.toUTCString()}</lastBuildDate>` : '',
  ].join('');
  return rss({
    title: feed.title,
    description: feed.description,
    // The channel's <link>; item links are site paths and resolve against its host.
    site: absolute(feed.page),
    items: feed.items,
    xmlns: { atom: ATOM },
    trailingSlash: true,
    customData,
  });
}
