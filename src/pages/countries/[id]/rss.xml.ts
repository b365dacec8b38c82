import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, countryFeedChannel, rssResponse } from '../../../data/feeds.ts';
import { withPageKeys } from '../../../cache/page-key.ts';

/** Also the paths of the country's JSON Feed (feed.json.ts), so that both formats are written from the same feed. */
export const getStaticPaths = (async () => {
  const { listedCountries, byCountry } = await siteIndex();
  return withPageKeys(
    listedCountries.map((country) => ({
      params: { id: country.id },
      props: { feed: briefingFeed(countryFeedChannel(country), byCountry.get(country.id)?.briefings ?? []) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => rssResponse(siteUrl, props.feed);
