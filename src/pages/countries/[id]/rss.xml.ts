import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { siteIndex } from '../../../data/site-index.ts';
import { briefingFeed, countryFeedChannel, rssResponse } from '../../../data/feeds.ts';

/**
 * Also the paths of the country's JSON Feed (feed.json.ts), so that both formats are written from the same feed.
 * A build writes both from these props outside Astro's route loop (src/integrations/term-feeds.ts), so they need
 * no cacheKey; the dev server serves them from these endpoints.
 */
export const getStaticPaths = (async () => {
  const { listedCountries, byCountry } = await siteIndex();
  return listedCountries.map((country) => ({
    params: { id: country.id },
    props: { feed: briefingFeed(countryFeedChannel(country), byCountry.get(country.id)?.briefings ?? []) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site: siteUrl }) => rssResponse(siteUrl, props.feed);
