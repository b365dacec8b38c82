/**
 * The schema.org JSON-LD of briefing, actor, country and place pages. Actors,
 * countries and places are linked to Wikidata by `sameAs` wherever the desk's
 * registry gives their id, so that a reader's tools can tell which Kyiv or
 * which Kim a briefing means; a briefing's `<Claim>`s are published as
 * `Claim`s with the desk's status as the rating of a `ClaimReview`.
 *
 * In a briefing, `about` holds who and which states it concerns (its actors
 * and countries) and the claims it weighs; `mentions` holds where it happened
 * (its places, with coordinates).
 */
import { absoluteUrl } from '../lib/absolute-url.ts';
import type { BodyClaim } from '../render/body.ts';
import { link } from '../routes.ts';
import { site, type StatusId } from '../site.config.ts';
import type { NamedTerm } from './views.ts';

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

const sameAs = (wikidata: string | undefined) => (wikidata ? { sameAs: `https://www.wikidata.org/wiki/${wikidata}` } : {});
const alternateNames = (names: readonly string[]) => (names.length > 0 ? { alternateName: names } : {});

/** The desk, which writes every briefing and rates every claim; the about page says who it is and how it works. */
const desk = (siteUrl: URL | undefined): JsonLd => ({ '@type': 'Organization', name: site.name, url: absoluteUrl(link.about(), siteUrl) });

type Entity = Pick<NamedTerm, 'href' | 'name' | 'kind' | 'wikidata' | 'coordinates'>;

export function actorThing(actor: Entity, siteUrl: URL | undefined): JsonLd {
  return { '@type': actor.kind === 'person' ? 'Person' : 'Organization', name: actor.name, url: absoluteUrl(actor.href, siteUrl), ...sameAs(actor.wikidata) };
}

export function countryThing(country: Entity, siteUrl: URL | undefined): JsonLd {
  return { '@type': 'Country', name: country.name, url: absoluteUrl(country.href, siteUrl), ...sameAs(country.wikidata) };
}

export function placeThing(place: Entity, siteUrl: URL | undefined): JsonLd {
  return {
    '@type': 'Place',
    name: place.name,
    url: absoluteUrl(place.href, siteUrl),
    ...sameAs(place.wikidata),
    ...(place.coordinates && { geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lon } }),
  };
}

interface Source {
  title: string;
  publisher: string;
  url: string;
  date: string;
}

const sourceWork = (s: Source): JsonLd => ({ '@type': 'CreativeWork', name: s.title, url: s.url, datePublished: s.date, publisher: s.publisher });

/** A claim as the source it cites made it, rated by the desk with the status `<Claim>` gives it. */
export function claimThing(claim: BodyClaim, sources: readonly Source[], siteUrl: URL | undefined): JsonLd {
  const source = sources[claim.source - 1];
  const status = site.statuses[claim.status as StatusId];
  return {
    '@type': 'Claim',
    text: claim.text,
    ...(source && { appearance: sourceWork(source) }),
    review: {
      '@type': 'ClaimReview',
      author: desk(siteUrl),
      reviewRating: { '@type': 'Rating', alternateName: status?.label ?? claim.status, ...(status && { ratingExplanation: status.meaning }) },
    },
  };
}

/** What a briefing page holds in its props: its entry, and the terms it names with what JSON-LD needs of them (views.ts). */
export interface BriefingLinks {
  briefing: {
    id: string;
    data: { title: string; summary: string; date: string; updated?: string | undefined; sources: readonly Source[] };
    /** The briefings loader stores the body's claims here (src/loaders/briefings.ts). */
    rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
  };
  actors: readonly Entity[];
  countries: readonly Entity[];
  places: readonly Entity[];
}

/** A briefing's NewsArticle. `image`, an absolute URL, is the one place its picture goes. */
export function briefingJsonLd({ briefing, actors, countries, places }: BriefingLinks, siteUrl: URL | undefined, image?: string): JsonLd {
  const { title, summary, date, updated, sources } = briefing.data;
  const url = absoluteUrl(link.briefing(briefing.id), siteUrl);
  const claims = (briefing.rendered?.metadata?.claims ?? []) as BodyClaim[];
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: title,
    description: summary,
    datePublished: date,
    dateModified: updated ?? date,
    url,
    mainEntityOfPage: url,
    ...(image && { image }),
    author: desk(siteUrl),
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: absoluteUrl(link.home(), siteUrl),
      logo: { '@type': 'ImageObject', url: absoluteUrl(link.touchIcon(), siteUrl), width: 180, height: 180 },
    },
    about: [
      ...actors.map((a) => actorThing(a, siteUrl)),
      ...countries.map((c) => countryThing(c, siteUrl)),
      ...claims.map((c) => claimThing(c, sources, siteUrl)),
    ],
    mentions: places.map((p) => placeThing(p, siteUrl)),
    citation: sources.map(sourceWork),
  };
}

/** The JSON-LD of an actor's own page. */
export function actorJsonLd(
  actor: {
    id: string;
    data: { name: string; kind: 'person' | 'organisation'; description: string; aliases: readonly string[]; wikidata?: string | undefined };
  },
  siteUrl: URL | undefined,
): JsonLd {
  const { name, kind, description, aliases, wikidata } = actor.data;
  return {
    '@context': CONTEXT,
    ...actorThing({ href: link.actor(actor.id), name, kind, wikidata }, siteUrl),
    description,
    ...alternateNames(aliases),
  };
}

/** The JSON-LD of a country's own page. */
export function countryJsonLd(
  country: { id: string; data: { name: string; officialName: string; note?: string | undefined; wikidata?: string | undefined } },
  siteUrl: URL | undefined,
): JsonLd {
  const { name, officialName, note, wikidata } = country.data;
  return {
    '@context': CONTEXT,
    ...countryThing({ href: link.country(country.id), name, wikidata }, siteUrl),
    ...alternateNames(officialName === name ? [] : [officialName]),
    ...(note && { description: note }),
  };
}

/** The JSON-LD of a place's own page. */
export function placeJsonLd(
  place: { id: string; data: { name: string; aliases: readonly string[]; coordinates: { lat: number; lon: number }; wikidata?: string | undefined } },
  siteUrl: URL | undefined,
): JsonLd {
  const { name, aliases, coordinates, wikidata } = place.data;
  return { '@context': CONTEXT, ...placeThing({ href: link.place(place.id), name, wikidata, coordinates }, siteUrl), ...alternateNames(aliases) };
}

/** JSON-LD as the text of a `<script type="application/ld+json">`: no text in it can close the script. */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
