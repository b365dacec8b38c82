/**
 * A feed (feeds.ts) as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/),
 * the format offered beside each RSS feed for readers and scripts that would
 * rather not parse XML.
 */
import { absoluteUrl } from '../lib/absolute-url.ts';
import { link } from '../routes.ts';
import { site } from '../site.config.ts';
import type { Feed } from './feeds.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  /** RFC 3339. */
  date_published: string;
  date_modified?: string;
  tags?: string[];
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  favicon: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** RFC 3339 in UTC, to the second: `2024-11-06T00:00:00Z`. */
const rfc3339 = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function jsonFeed(siteUrl: URL | undefined, feed: Feed): JsonFeed {
  const absolute = (path: string) => absoluteUrl(path, siteUrl);
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: absolute(feed.page),
    feed_url: absolute(feed.json),
    description: feed.description,
    language: site.language,
    // The spec asks for one so that readers need not scrape the page for it; the touch icon is a square 180 px PNG.
    favicon: absolute(link.touchIcon()),
    // The desk writes every briefing; the about page says who it is and how it works.
    authors: [{ name: site.name, url: absolute(link.about()) }],
    items: feed.items.map((item) => {
      const url = absolute(item.link);
      return {
        // The same id as the RSS item's guid, so a reader that follows both sees one item.
        id: url,
        url,
        title: item.title,
        summary: item.summary,
        // A feed carries what the RSS description carries, the summary; the page has the rest.
        content_text: item.summary,
        date_published: rfc3339(item.published),
        ...(item.updated && { date_modified: rfc3339(item.updated) }),
        ...(item.tags.length > 0 && { tags: item.tags }),
      };
    }),
  };
}

/** The feed as the text of a `feed.json` file. */
export const jsonFeedText = (siteUrl: URL | undefined, feed: Feed): string => JSON.stringify(jsonFeed(siteUrl, feed));

export function jsonFeedResponse(siteUrl: URL | undefined, feed: Feed): Response {
  return new Response(jsonFeedText(siteUrl, feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
