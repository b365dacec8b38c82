import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndex } from '../../../collections.ts';
import { briefingFeed } from '../../../feeds.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { actors } = await siteIndex();
  return [...actors.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const { actors, byActor } = await siteIndex();
  const actor = actors.get(params.id!)!;
  return briefingFeed(siteUrl, `${actor.data.name} · ${site.name}`, `Briefings that name ${actor.data.name}.`, byActor.get(actor.id)?.briefings ?? []);
};
