import type { APIRoute } from 'astro';
import { siteIndex } from '../data/site-index.ts';
import { briefingFeed, siteFeedChannel } from '../data/feeds.ts';
import { jsonFeedResponse } from '../data/json-feed.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => jsonFeedResponse(siteUrl, briefingFeed(siteFeedChannel(), (await siteIndex()).briefings));
