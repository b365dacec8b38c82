import type { APIRoute, GetStaticPaths } from 'astro';
import { siteIndex } from '../../../collections.ts';
import { briefingFeed } from '../../../feeds.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { listedCountries } = await siteIndex();
  return listedCountries.map((c) => ({ params: { id: c.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const { countries, byCountry } = await siteIndex();
  const country = countries.get(params.id!)!;
  return briefingFeed(siteUrl, `${country.data.name} · ${site.name}`, `Briefings about ${country.data.name}.`, byCountry.get(country.id)?.briefings ?? []);
};
