import type { APIRoute } from 'astro';
import { correctionsFeed } from '../../data/corrections.ts';
import { rssResponse } from '../../data/feeds.ts';
import { siteIndex } from '../../data/site-index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => rssResponse(siteUrl, correctionsFeed((await siteIndex()).corrections));
