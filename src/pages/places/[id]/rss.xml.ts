import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, feedResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';
import { link } from '../../../routes.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { places, byPlace } = await siteIndex();
  return withPageKeys(
    [...places.values()].map((place) => {
      const channel = {
        title: `${place.data.name} · ${site.name}`,
        description: `Briefings about ${place.data.name}.`,
        page: link.place(place.id),
        self: link.placeFeed(place.id),
      };
      return { params: { id: place.id }, props: { feed: briefingFeed(channel, byPlace.get(place.id)?.briefings ?? []) } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => feedResponse(siteUrl, props.feed);
