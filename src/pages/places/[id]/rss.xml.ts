import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, placeFeedChannel, rssResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';

/** Also the paths of the place's JSON Feed (feed.json.ts), so that both formats are written from the same feed. */
export const getStaticPaths = (async () => {
  const { places, byPlace } = await siteIndex();
  return withPageKeys(
    [...places.values()].map((place) => ({
      params: { id: place.id },
      props: { feed: briefingFeed(placeFeedChannel(place), byPlace.get(place.id)?.briefings ?? []) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => rssResponse(siteUrl, props.feed);
