/**
 * The site's content and its indexes, computed once per build: the one place
 * that reads the collections. Pages with getStaticPaths take what they show
 * from here as props (src/data/views.ts); the few pages without (home, the
 * indexes of actors and countries, the timeline) are rendered on every build
 * and read it directly. A build with 10,000 briefings sorts and groups them
 * once, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTaxonomy, newestFirst } from './taxonomy.ts';
import { groupByMonth } from './timeline.ts';
import { toCard } from './views.ts';

export type BriefingEntry = CollectionEntry<'briefings'>;
export type ActorEntry = CollectionEntry<'actors'>;
export type CountryEntry = CollectionEntry<'countries'>;

async function buildIndex() {
  const [briefingEntries, actorEntries, countryEntries] = await Promise.all([
    getCollection('briefings', ({ data }) => !data.draft),
    getCollection('actors'),
    getCollection('countries'),
  ]);
  const briefings = briefingEntries.sort(newestFirst);
  const actors = new Map(actorEntries.map((a) => [a.id, a]));
  const countries = new Map(countryEntries.map((c) => [c.id, c]));
  const byActor = buildTaxonomy(briefings, 'actors');
  const byCountry = buildTaxonomy(briefings, 'countries');
  // A country has a page when a briefing or an actor names it.
  const countryIds = new Set([...byCountry.keys(), ...actorEntries.flatMap((a) => (a.data.country ? [a.data.country] : []))]);
  const actorsByCountry = new Map<string, ActorEntry[]>();
  for (const actor of actorEntries) {
    if (!actor.data.country) continue;
    actorsByCountry.set(actor.data.country, [...(actorsByCountry.get(actor.data.country) ?? []), actor]);
  }
  return {
    briefings,
    actors,
    countries,
    byActor,
    byCountry,
    listedCountries: [...countryIds].flatMap((id) => countries.get(id) ?? []).sort((a, b) => a.data.name.localeCompare(b.data.name)),
    actorsByCountry,
    months: groupByMonth(briefings.map(toCard)),
  };
}

let index: ReturnType<typeof buildIndex> | undefined;

export function siteIndex() {
  index ??= buildIndex();
  return index;
}
