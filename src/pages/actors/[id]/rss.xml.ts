import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, actorFeedChannel, rssResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';

/** Also the paths of the actor's JSON Feed (feed.json.ts), so that both formats are written from the same feed. */
export const getStaticPaths = (async () => {
  const { actors, byActor } = await siteIndex();
  return withPageKeys(
    [...actors.values()].map((actor) => ({
      params: { id: actor.id },
      props: { feed: briefingFeed(actorFeedChannel(actor), byActor.get(actor.id)?.briefings ?? []) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => rssResponse(siteUrl, props.feed);
