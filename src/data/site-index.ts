/**
 * The site's content and its indexes, computed once per build: the one place
 * that reads the collections. Pages with getStaticPaths take what they show
 * from here as props (src/data/views.ts); the few pages without (home, the
 * indexes of actors, countries and places, the timeline) are rendered on every build
 * and read it directly. A build with 10,000 briefings sorts and groups them
 * once, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isUnreviewedActor } from '../lib/review-markers.ts';
import { buildTaxonomy, newestFirst } from './taxonomy.ts';
import { ancestorsOf, childrenOf } from './places.ts';
import { groupByMonth } from './timeline.ts';
import { toCard } from './views.ts';
import { correctionLog } from './corrections.ts';

export type BriefingEntry = CollectionEntry<'briefings'>;
export type ActorEntry = CollectionEntry<'actors'>;
export type CountryEntry = CollectionEntry<'countries'>;
export type PlaceEntry = CollectionEntry<'places'>;

async function buildIndex() {
  const [briefingEntries, actorEntries, countryEntries, placeEntries] = await Promise.all([
    getCollection('briefings', ({ data }) => !data.draft),
    // An unreviewed stub from `npm run ingest` is named only by drafts (the check's actor/unreviewed), so it gets no page, card or listing.
    getCollection('actors', ({ data }) => !isUnreviewedActor(data)),
    getCollection('countries'),
    getCollection('places'),
  ]);
  const briefings = briefingEntries.sort(newestFirst);
  const actors = new Map(actorEntries.map((a) => [a.id, a]));
  const countries = new Map(countryEntries.map((c) => [c.id, c]));
  const byActor = buildTaxonomy(briefings, 'actors');
  const byCountry = buildTaxonomy(briefings, 'countries');
  const places = new Map(placeEntries.map((p) => [p.id, p]));
  const placeAncestors = ancestorsOf(places);
  // A region's page lists what happened in its towns as well.
  const byPlace = buildTaxonomy(briefings, 'places', placeAncestors);
  // How many briefings name each place itself, for maps, where a region and its towns are separate markers.
  const placeMentions = new Map<string, number>();
  for (const b of briefings) for (const id of b.data.places) placeMentions.set(id, (placeMentions.get(id) ?? 0) + 1);
  // A country has a page when a briefing, an actor or a place names it.
  const countryIds = new Set([
    ...byCountry.keys(),
    ...actorEntries.flatMap((a) => (a.data.country ? [a.data.country] : [])),
    ...placeEntries.map((p) => p.data.country),
  ]);
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
    places,
    placeAncestors,
    placeChildren: childrenOf(places),
    byPlace,
    placeMentions,
    listedCountries: [...countryIds].flatMap((id) => countries.get(id) ?? []).sort((a, b) => a.data.name.localeCompare(b.data.name)),
    actorsByCountry,
    months: groupByMonth(briefings.map(toCard)),
    corrections: correctionLog(briefings),
  };
}

let index: ReturnType<typeof buildIndex> | undefined;

export function siteIndex() {
  index ??= buildIndex();
  return index;
}
