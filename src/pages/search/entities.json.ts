/** /search/entities.json: the actors, countries and places search offers as cards (src/search/entities.ts). */
import type { APIRoute } from 'astro';
import { siteIndex } from '../../data/site-index.ts';
import { searchEntities } from '../../search/entities.ts';

export const GET: APIRoute = async () => {
  const { actors, listedCountries, places } = await siteIndex();
  const entities = searchEntities({
    actors: [...actors.values()].map(({ id, data }) => ({ id, ...data })),
    countries: listedCountries.map(({ id, data }) => ({ id, ...data })),
    places: [...places.values()].map(({ id, data }) => ({ id, ...data })),
  });
  return new Response(JSON.stringify(entities), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
