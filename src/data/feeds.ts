/**
 * The site's feeds as data, and as RSS 2.0. Every feed is offered in two
 * formats, RSS and JSON Feed (json-feed.ts), written from the same `Feed`, so
 * the two cannot list different items: a term's two endpoints share their
 * getStaticPaths, and a build writes both from each `Feed`
 * (src/integrations/term-feeds.ts).
 */
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

/** What a feed says: everything either format writes is here, so both are written from one value. */
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

/** Characters XML 1.0 cannot hold at all, even escaped: C0 controls but tab, line feed and return; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };

/** Text as XML character data or an attribute value: what XML cannot hold dropped, the five special characters escaped. */
export const xmlText = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>'"]/g, (c) => ENTITIES[c]!);

/**
 * The feed as RSS 2.0, its addresses made absolute against the site's URL. Written as a string, byte for
 * byte what @astrojs/rss wrote (fast-xml-parser's builder, no indentation; tests/unit/feeds.test.ts compares
 * them), which checked every item with Zod and parsed its own XML again for each of about a thousand feeds.
 */
export function rssXml(siteUrl: URL | undefined, feed: Feed): string {
  const absolute = (path: string) => xmlText(absoluteUrl(path, siteUrl));
  const element = (name: string, text: string) => (text ? `<${name}>${xmlText(text)}</${name}>` : '');
  const items = feed.items.map((item) => {
    const url = absolute(item.link);
    return (
      `<item>${element('title', item.title)}<link>${url}</link><guid isPermaLink="true">${url}</guid>` +
      `${element('description', item.summary)}<pubDate>${item.published.toUTCString()}</pubDate>` +
      `${item.tags.map((tag) => element('category', tag)).join('')}</item>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="${ATOM}"><channel>` +
    `<title>${xmlText(feed.title)}</title><description>${xmlText(feed.description)}</description><link>${absolute(feed.page)}</link>` +
    `${element('language', site.language)}<atom:link href="${absolute(feed.rss)}" rel="self" type="application/rss+xml"/>` +
    `${feed.lastBuildDate ? `<lastBuildDate>${feed.lastBuildDate.toUTCString()}</lastBuildDate>` : ''}${items.join('')}</channel></rss>`
  );
}

export function rssResponse(siteUrl: URL | undefined, feed: Feed): Response {
  return new Response(rssXml(siteUrl, feed), { headers: { 'Content-Type': 'application/xml' } });
}
