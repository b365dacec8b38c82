import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, placeFeedChannel, rssResponse } from '../../../data/feeds.ts';

/**
 * Also the paths of the place's JSON Feed (feed.json.ts), so that both formats are written from the same feed.
 * A build writes both from these props outside Astro's route loop (src/integrations/term-feeds.ts), so they need
 * no cacheKey; the dev server serves them from these endpoints.
 */
export const getStaticPaths = (async () => {
  const { places, byPlace } = await siteIndex();
  return [...places.values()].map((place) => ({
    params: { id: place.id },
    props: { feed: briefingFeed(placeFeedChannel(place), byPlace.get(place.id)?.briefings ?? []) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => rssResponse(siteUrl, props.feed);
