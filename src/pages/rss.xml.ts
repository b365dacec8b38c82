import type { APIRoute } from 'astro';
import { siteIndex } from '../collections.ts';
import { briefingFeed } from '../feeds.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { briefings } = await siteIndex();
  return briefingFeed(siteUrl, site.name, site.description, briefings);
};
