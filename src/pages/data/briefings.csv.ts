/** /data/briefings.csv: briefings.json as one row per briefing (src/data/open-data/csv.ts). */
import type { APIRoute } from 'astro';
import { briefingRecords } from '../../data/open-data/briefings.ts';
import { briefingsCsv, namesById } from '../../data/open-data/csv.ts';
import { siteIndex } from '../../data/site-index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { briefings, actors, countries, places } = await siteIndex();
  const names = { actors: namesById(actors.values()), countries: namesById(countries.values()), places: namesById(places.values()) };
  return new Response(briefingsCsv(briefingRecords(briefings, siteUrl), names), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
