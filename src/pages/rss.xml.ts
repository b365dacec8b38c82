import type { APIRoute } from 'astro';
import { siteIndex } from '../data/site-index.ts';
import { briefingFeed, feedResponse } from '../data/feeds.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { briefings } = await siteIndex();
  return feedResponse(siteUrl, briefingFeed(site.name, site.description, briefings));
};
