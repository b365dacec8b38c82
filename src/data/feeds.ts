/**
 * The site's feeds as data, and as RSS 2.0. Every feed is offered in two
 * formats, RSS and JSON Feed (json-feed.ts), written from the same `Feed`, so
 * the two cannot list different items: a feed's endpoints share their
 * getStaticPaths, and its cache key hashes the `Feed`.
 */
import rss from '@astrojs/rss';
import type { BriefingEntry } from './site-index.ts';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { link } from '../routes.ts';
import { site } from '../site.config.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

/** What a feed is the feed of, and where it lives. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page this is the feed of (a term's page, the home page, the corrections log), under the base. */
  page: string;
  /** The RSS feed's address, under the base: its `atom:link rel="self"`. */
  rss: string;
  /** The JSON Feed's address, under the base: its `feed_url`. */
  json: string;
}

/** One entry of a feed, in neither format's terms. */
export interface FeedItem {
  title: string;
  /** The item's page under the base, with a fragment when items share a page; made absolute, it is the item's id in both formats. */
  link: string;
  published: Date;
  /** The last change, if any. */
  updated?: Date | undefined;
  summary: string;
  tags: string[];
}

/** What a feed says: the cache key of a feed's endpoints hashes this, so everything either format writes is here. */
export interface Feed extends FeedChannel {
  /** When the newest item was published or updated; none for an empty feed. */
  lastBuildDate?: Date | undefined;
  items: FeedItem[];
}

/** What a feed shows of a briefing. */
export type FeedBriefing = Pick<BriefingEntry, 'id'> & { data: Pick<BriefingEntry['data'], 'title' | 'date' | 'updated' | 'summary' | 'topics'> };

/** A calendar day as the instant it starts, in UTC: how both formats date an item. */
export const utcDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

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
      link: link.briefing(b.id),
      published: utcDay(b.data.date),
      updated: b.data.updated === undefined ? undefined : utcDay(b.data.updated),
      summary: b.data.summary,
      tags: b.data.topics.map((t) => site.topics[t]),
    })),
  };
}

export const siteFeedChannel = (): FeedChannel => ({
  title: site.name,
  description: site.description,
  page: link.home(),
  rss: link.feed(),
  json: link.jsonFeed(),
});

export const actorFeedChannel = (actor: { id: string; data: { name: string } }): FeedChannel => ({
  title: `${actor.data.name} · ${site.name}`,
  description: `Briefings that name ${actor.data.name}.`,
  page: link.actor(actor.id),
  rss: link.actorFeed(actor.id),
  json: link.actorJsonFeed(actor.id),
});

export const countryFeedChannel = (country: { id: string; data: { name: string } }): FeedChannel => ({
  title: `${country.data.name} · ${site.name}`,
  description: `Briefings about ${country.data.name}.`,
  page: link.country(country.id),
  rss: link.countryFeed(country.id),
  json: link.countryJsonFeed(country.id),
});

export const placeFeedChannel = (place: { id: string; data: { name: string } }): FeedChannel => ({
  title: `${place.data.name} · ${site.name}`,
  description: `Briefings about ${place.data.name}.`,
  page: link.place(place.id),
  rss: link.placeFeed(place.id),
  json: link.placeJsonFeed(place.id),
});

/** The feed as RSS 2.0, its addresses made absolute against the site's URL. */
export function rssResponse(siteUrl: URL | undefined, feed: Feed): Promise<Response> {
  const absolute = (path: string) => absoluteUrl(path, siteUrl);
  // Not escaped here: @astrojs/rss parses customData leniently and escapes it when it writes the feed, and a URL's
  // href has no quote or angle bracket left.
  const customData = [
    `<language>${site.language}</language>`,
    `<atom:link href="${absolute(feed.rss)}" rel="self" type="application/rss+xml"/>`,
    feed.lastBuildDate ? `<lastBuildDate>${feed.lastBuildDate.toUTCString()}</lastBuildDate>` : '',
  ].join('');
  return rss({
    title: feed.title,
    description: feed.description,
    // The channel's <link>; item links are site paths and resolve against its host.
    site: absolute(feed.page),
    // @astrojs/rss makes each link absolute and writes it as the item's permalink guid.
    items: feed.items.map((item) => ({
      title: item.title,
      link: absolute(item.link),
      pubDate: item.published,
      description: item.summary,
      categories: item.tags,
    })),
    xmlns: { atom: ATOM },
    trailingSlash: true,
    customData,
  });
}
