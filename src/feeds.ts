import rss from '@astrojs/rss';
import type { BriefingEntry } from './collections.ts';
import { site } from './site.config.ts';

/** Feeds carry the latest briefings only; readers that want more follow the link. */
const FEED_LENGTH = 50;

export function briefingFeed(siteUrl: URL | undefined, title: string, description: string, briefings: readonly BriefingEntry[]) {
  return rss({
    title,
    description,
    site: siteUrl ?? site.url,
    trailingSlash: true,
    customData: `<language>${site.language}</language>`,
    items: briefings.slice(0, FEED_LENGTH).map((b) => ({
      title: b.data.title,
      link: `/briefings/${b.id}/`,
      pubDate: new Date(`${b.data.date}T00:00:00Z`),
      description: b.data.summary,
      categories: [...b.data.topics.map((t) => site.topics[t])],
    })),
  });
}
