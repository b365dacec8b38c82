/**
 * The site's content and its indexes, computed once per build. Pages ask here
 * rather than calling getCollection themselves, so that a build with 10,000
 * briefings sorts and groups them once, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTaxonomy, newestFirst } from './taxonomy.ts';
import { groupByMonth } from './timeline.ts';

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
    months: groupByMonth(briefings),
  };
}

let index: ReturnType<typeof buildIndex> | undefined;

export function siteIndex() {
  index ??= buildIndex();
  return index;
}

/** The actor's name, or the id if the actor is unknown (the content check makes that impossible in a build). */
export function actorName(actors: Map<string, ActorEntry>, id: string): string {
  return actors.get(id)?.data.name ?? id;
}

/** Rows for a list of countries with counts (TermCounts): link, name, flag. */
export function countryRows(countries: Map<string, CountryEntry>, counted: readonly { id: string; count: number }[]) {
  return counted.map(({ id, count }) => ({ href: `/countries/${id}/`, name: countries.get(id)?.data.name ?? id, flag: countries.get(id)?.data.flag, count }));
}

/** Rows for a list of actors with counts (TermCounts): link and name. */
export function actorRows(actors: Map<string, ActorEntry>, counted: readonly { id: string; count: number }[]) {
  return counted.map(({ id, count }) => ({ href: `/actors/${id}/`, name: actorName(actors, id), count }));
}
