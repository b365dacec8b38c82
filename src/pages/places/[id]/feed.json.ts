import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { jsonFeedResponse } from '../../../data/json-feed.ts';
import { getStaticPaths } from './rss.xml.ts';

// The RSS feed's paths and props: one feed, two formats.
export { getStaticPaths };

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => jsonFeedResponse(siteUrl, props.feed);
