import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../data/corrections.ts';
import { jsonFeedResponse } from '../../data/json-feed.ts';
import { siteIndex } from '../../data/site-index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => jsonFeedResponse(siteUrl, correctionsFeed((await siteIndex()).corrections));
