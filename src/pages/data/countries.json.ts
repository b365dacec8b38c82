/** /data/countries.json: every country with a page, with how many briefings name it (src/data/open-data/terms.ts). */
import type { APIRoute } from 'astro';
import { jsonResponse } from '../../data/open-data/dataset.ts';
import { countriesFile } from '../../data/open-data/terms.ts';
import { siteIndex } from '../../data/site-index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const { listedCountries, byCountry } = await siteIndex();
  return jsonResponse(countriesFile(listedCountries, byCountry, siteUrl));
};
