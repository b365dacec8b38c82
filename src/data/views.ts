/**
 * What each page shows, shaped for it: the props of the pages, computed from
 * the site index. A page renders from these alone, so its cacheKey (a digest
 * of its props, src/cache/page-key.ts) covers everything it shows.
 *
 * Shapes are small on purpose: a list page carries cards, not whole entries.
 * Cards are frozen so that each is serialised once for the page keys.
 */
import type { MapPlace } from '../geo/map.ts';
import { link } from '../routes.ts';
import type { StatusId } from '../site.config.ts';
import { neighbours, relatedBriefings, type Term } from './taxonomy.ts';
import type { Month } from './timeline.ts';

/** A briefing as a card shows it (src/render/briefing-card.ts), and as list pages and feeds carry it. */
export interface Card {
  readonly id: string;
  readonly data: { readonly title: string; readonly date: string; readonly status: StatusId; readonly summary: string };
}

export interface BriefingLike {
  id: string;
  data: { title: string; date: string; status: StatusId; summary: string; actors: readonly string[]; countries: readonly string[]; places: readonly string[] };
}

export interface ActorLike {
  id: string;
  data: { name: string; kind: 'person' | 'organisation'; role: string; country?: string | undefined; wikidata?: string | undefined };
}

export interface CountryLike {
  id: string;
  data: { name: string; flag: string; wikidata?: string | undefined };
}

/** A row of a list of actors or countries with counts (TermCounts). */
export interface TermRow {
  href: string;
  name: string;
  count: number;
  flag?: string | undefined;
  note?: string | undefined;
}

const cards = new WeakMap<object, Card>();

export function toCard(briefing: BriefingLike): Card {
  let card = cards.get(briefing);
  if (!card) {
    const { title, date, status, summary } = briefing.data;
    card = Object.freeze({ id: briefing.id, data: Object.freeze({ title, date, status, summary }) });
    cards.set(briefing, card);
  }
  return card;
}

/** A month of the timeline with cards in place of entries. */
export function monthOfCards(month: Month<BriefingLike>): Month<Card> {
  return { ...month, days: month.days.map((day) => ({ date: day.date, briefings: day.briefings.map(toCard) })) };
}

export function actorRows(actors: ReadonlyMap<string, ActorLike>, counted: readonly { id: string; count: number }[]): TermRow[] {
  return counted.map(({ id, count }) => ({ href: link.actor(id), name: actors.get(id)?.data.name ?? id, count }));
}

export function countryRows(countries: ReadonlyMap<string, CountryLike>, counted: readonly { id: string; count: number }[]): TermRow[] {
  return counted.map(({ id, count }) => ({ href: link.country(id), name: countries.get(id)?.data.name ?? id, flag: countries.get(id)?.data.flag, count }));
}

/** An actor, a country or a place a briefing names, as its chips and JSON-LD (json-ld.ts) show it. */
export interface NamedTerm {
  id: string;
  href: string;
  name: string;
  flag?: string | undefined;
  kind?: 'person' | 'organisation' | undefined;
  wikidata?: string | undefined;
  coordinates?: { lat: number; lon: number } | undefined;
}

export interface BriefingIndex<B extends BriefingLike> {
  briefings: readonly B[];
  actors: ReadonlyMap<string, ActorLike>;
  countries: ReadonlyMap<string, CountryLike>;
  places: ReadonlyMap<string, PlaceLikeEntry>;
  byActor: Map<string, Term<B>>;
  byCountry: Map<string, Term<B>>;
}

/** Everything a briefing page shows besides its own entry. */
export function briefingPageView<B extends BriefingLike>(briefing: B, index: BriefingIndex<B>) {
  const { older, newer } = neighbours(index.briefings, briefing.id);
  const country = (id: string): NamedTerm => ({
    id,
    href: link.country(id),
    name: index.countries.get(id)?.data.name ?? id,
    flag: index.countries.get(id)?.data.flag,
    wikidata: index.countries.get(id)?.data.wikidata,
  });
  return {
    actors: briefing.data.actors.map((id): NamedTerm => ({
      id,
      href: link.actor(id),
      name: index.actors.get(id)?.data.name ?? id,
      kind: index.actors.get(id)?.data.kind,
      wikidata: index.actors.get(id)?.data.wikidata,
    })),
    countries: briefing.data.countries.map(country),
    places: briefing.data.places.map((id): NamedTerm => {
      const place = index.places.get(id);
      return { id, href: link.place(id), name: place?.data.name ?? id, wikidata: place?.data.wikidata, coordinates: place?.data.coordinates };
    }),
    map: placesMap(briefing.data.places.flatMap((id) => (index.places.has(id) ? [{ place: index.places.get(id)! }] : []))),
    related: relatedBriefings(briefing, index.byActor, index.byCountry, 4).map(toCard),
    older: older && toCard(older),
    newer: newer && toCard(newer),
  };
}

export interface PlaceLikeEntry {
  id: string;
  data: {
    name: string;
    kind: string;
    country: string;
    coordinates: { lat: number; lon: number };
    parent?: string | undefined;
    wikidata?: string | undefined;
  };
}

/** A point on a map (src/components/maps/): a place, its link and how many briefings name it; the map module's own input. */
export type MapMarker = MapPlace;

/** What a map shows: its markers, and the countries it is framed on and emphasises. */
export interface MapView {
  markers: MapMarker[];
  focus: string[];
}

export function placeMarker(place: PlaceLikeEntry, count?: number): MapMarker {
  return { id: place.id, name: place.data.name, href: link.place(place.id), lat: place.data.coordinates.lat, lon: place.data.coordinates.lon, count };
}

/** A map of places, framed on their countries: a briefing's, a country's, the home page's. */
export function placesMap(places: readonly { place: PlaceLikeEntry; count?: number }[], focus?: readonly string[]): MapView {
  return {
    markers: places.map(({ place, count }) => placeMarker(place, count)),
    focus: [...new Set(focus ?? places.map(({ place }) => place.data.country))].sort(),
  };
}

/** `border-crossing` → `Border crossing`. */
export function placeKindLabel(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return `${words[0]!.toUpperCase()}${words.slice(1)}`;
}

export function placeRows(places: ReadonlyMap<string, PlaceLikeEntry>, counted: readonly { id: string; count: number }[]): TermRow[] {
  return counted.flatMap(({ id, count }) => {
    const place = places.get(id);
    return place ? [{ href: link.place(id), name: place.data.name, count, note: placeKindLabel(place.data.kind) }] : [];
  });
}

/** The places a list of briefings names, with how many of them name each, most named first: the home page's "where". */
export function placesNamedIn(briefings: readonly BriefingLike[], places: ReadonlyMap<string, PlaceLikeEntry>): { place: PlaceLikeEntry; count: number }[] {
  const counts = new Map<string, number>();
  for (const b of briefings) for (const id of b.data.places) if (places.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ place: places.get(id)!, count }))
    .sort((a, b) => b.count - a.count || a.place.data.name.localeCompare(b.place.data.name));
}

/**
 * A term's overview (its map, its counts, the terms it appears with) in the props of the first page of its
 * briefings only; later pages list older briefings and link back to it. Repeated on every page, the overview
 * was most of each page's weight: a country named in half of 30,000 briefings has 300 pages, each 190 KB, of
 * which 150 KB overview.
 */
export function overviewOnFirstPage<P extends { props: { page: { currentPage: number }; overview?: unknown } }>(paths: readonly P[]): P[] {
  return paths.map((path) => (path.props.page.currentPage === 1 ? path : ({ ...path, props: { ...path.props, overview: undefined } } as P)));
}
