/** /data/places.json: every place, with its coordinates and how many briefings name it (src/data/open-data/terms.ts). */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../data/open-data/dataset.ts';
import { placesFile } from '../../data/open-data/terms.ts';
import { siteIndex } from '../../data/site-index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { places, byPlace, placeMentions } = await siteIndex();
  return jsonResponse(placesFile(places.values(), byPlace, placeMentions, siteUrl));
};
