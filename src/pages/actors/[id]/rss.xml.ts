import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, feedResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';
import { link } from '../../../routes.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { actors, byActor } = await siteIndex();
  return withPageKeys(
    [...actors.values()].map((actor) => {
      const channel = {
        title: `${actor.data.name} · ${site.name}`,
        description: `Briefings that name ${actor.data.name}.`,
        page: link.actor(actor.id),
        self: link.actorFeed(actor.id),
      };
      return { params: { id: actor.id }, props: { feed: briefingFeed(channel, byActor.get(actor.id)?.briefings ?? []) } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => feedResponse(siteUrl, props.feed);
