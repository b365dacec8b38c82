import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, feedResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { listedCountries, byCountry } = await siteIndex();
  return withPageKeys(
    listedCountries.map((country) => {
      const feed = briefingFeed(`${country.data.name} · ${site.name}`, `Briefings about ${country.data.name}.`, byCountry.get(country.id)?.briefings ?? []);
      return { params: { id: country.id }, props: { feed } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => feedResponse(siteUrl, props.feed);
