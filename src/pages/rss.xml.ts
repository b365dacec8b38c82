import type { APIRoute } from 'astro';
import { siteIndex } from '../data/site-index.ts';
import { briefingFeed, feedResponse } from '../data/feeds.ts';
import { link } from '../routes.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { briefings } = await siteIndex();
  return feedResponse(siteUrl, briefingFeed({ title: site.name, description: site.description, page: link.home(), self: link.feed() }, briefings));
};
