/** /data/actors.json: every actor, with how many briefings name it (src/data/open-data/terms.ts). */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../data/open-data/dataset.ts';
import { actorsFile } from '../../data/open-data/terms.ts';
import { siteIndex } from '../../data/site-index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { actors, byActor } = await siteIndex();
  return jsonResponse(actorsFile(actors.values(), byActor, siteUrl));
};
