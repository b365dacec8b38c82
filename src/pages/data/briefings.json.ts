/** /data/briefings.json: every published briefing (src/data/open-data/briefings.ts). */
import type { APIRoute } from 'astro';
import { briefingRecords, briefingsFile } from '../../data/open-data/briefings.ts';
import { jsonResponse } from '../../data/open-data/dataset.ts';
import { siteIndex } from '../../data/site-index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { briefings } = await siteIndex();
  return jsonResponse(briefingsFile(briefingRecords(briefings, siteUrl), siteUrl));
};
