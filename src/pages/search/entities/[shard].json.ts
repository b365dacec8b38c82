/** /search/entities/<shard>.json: the actors, countries and places search offers as cards, by initial (src/search/entities.ts). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { withPageKeys } from '../../../cache/page-key.ts';
import { siteIndex } from '../../../data/site-index.ts';
import { entityShards, searchEntities } from '../../../search/entities.ts';

export const getStaticPaths = (async () => {
  const { actors, listedCountries, places } = await siteIndex();
  const entities = searchEntities({
    actors: [...actors.values()].map(({ id, data }) => ({ id, ...data })),
    countries: listedCountries.map(({ id, data }) => ({ id, ...data })),
    places: [...places.values()].map(({ id, data }) => ({ id, ...data })),
  });
  return withPageKeys([...entityShards(entities)].map(([shard, list]) => ({ params: { shard }, props: { entities: list } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.entities), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
