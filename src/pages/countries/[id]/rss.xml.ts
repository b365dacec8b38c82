import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, feedResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';
import { link } from '../../../routes.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { listedCountries, byCountry } = await siteIndex();
  return withPageKeys(
    listedCountries.map((country) => {
      const channel = {
        title: `${country.data.name} · ${site.name}`,
        description: `Briefings about ${country.data.name}.`,
        page: link.country(country.id),
        self: link.countryFeed(country.id),
      };
      return { params: { id: country.id }, props: { feed: briefingFeed(channel, byCountry.get(country.id)?.briefings ?? []) } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => feedResponse(siteUrl, props.feed);
