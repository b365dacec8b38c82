import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, feedResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { actors, byActor } = await siteIndex();
  return withPageKeys(
    [...actors.values()].map((actor) => {
      const feed = briefingFeed(`${actor.data.name} · ${site.name}`, `Briefings that name ${actor.data.name}.`, byActor.get(actor.id)?.briefings ?? []);
      return { params: { id: actor.id }, props: { feed } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => feedResponse(siteUrl, props.feed);
