import type { APIRoute } from 'astro';
import { siteIndex } from '../data/site-index.ts';
import { briefingFeed, rssResponse, siteFeedChannel } from '../data/feeds.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => rssResponse(siteUrl, briefingFeed(siteFeedChannel(), (await siteIndex()).briefings));
