/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose getStaticPaths entry returns the same `cacheKey` as in the last
 * build, and whose code is unchanged, is copied from that build instead of
 * rendered. Astro tracks the code; it does not track the content (the data
 * store, the rendered bodies), so a key must change whenever anything its page
 * shows changes. Each key hashes what its page shows, in the form the page
 * shows it, and no more, so that a change re-renders only the pages that show
 * it: an actor's new description re-renders that actor's pages, not every
 * briefing that names the actor.
 *
 * A page that starts to show something new must add it to its key.
 */
import { createHash } from 'node:crypto';

/**
 * A digest of `parts`, which must be JSON: strings, numbers, booleans, null,
 * undefined, arrays and plain objects. A Map or a Set would turn into `{}`,
 * and its changes would go unseen, so they are refused.
 */
export function hashKey(...parts: unknown[]): string {
  const json = JSON.stringify(parts, (_key, value: unknown) => {
    const notJson = value instanceof Map ? 'Map' : value instanceof Set ? 'Set' : typeof value === 'function' ? 'function' : undefined;
    if (notJson) throw new TypeError(`hashKey: a ${notJson} is not JSON, and would be hashed as if it were empty`);
    return value;
  });
  return createHash('sha1').update(json).digest('base64url');
}

/** A briefing as a card (BriefingCard) shows it. */
export interface CardBriefing {
  id: string;
  data: { title: string; date: string; status: string; summary: string };
}

const cards = new WeakMap<CardBriefing, string>();

/**
 * What a card shows of a briefing: its link, title, date, status and summary.
 * Remembered per briefing, since a briefing's card is on its actors', its
 * countries' and its month's pages, and on the pages of related briefings.
 */
export function cardShown(briefing: CardBriefing): string {
  let card = cards.get(briefing);
  if (card === undefined) {
    const { title, date, status, summary } = briefing.data;
    cards.set(briefing, (card = JSON.stringify([briefing.id, title, date, status, summary])));
  }
  return card;
}

export interface DatedBriefing {
  id: string;
  data: { title: string; date: string };
}

/** What the "Earlier" and "Later" links of a briefing page show of a briefing. */
export function neighbourShown(briefing: DatedBriefing | undefined): [string, string, string] | undefined {
  return briefing && [briefing.id, briefing.data.title, briefing.data.date];
}

/** One page of a paginated list of briefings, as Astro's paginate() gives it. */
export interface ListPage {
  data: readonly CardBriefing[];
  start: number;
  end: number;
  size: number;
  total: number;
  currentPage: number;
  lastPage: number;
  url: Record<string, string | undefined>;
}

/** What a page of a list shows: its cards, its position (counts, "page 2 of 9") and its links to the others. */
export function listPageShown({ data, ...pagination }: ListPage): unknown[] {
  return [data.map(cardShown), pagination];
}

export interface KeyedBriefing extends CardBriefing {
  digest?: string | number;
  filePath?: string;
  data: CardBriefing['data'] & { actors: readonly string[]; countries: readonly string[]; places: readonly { country: string }[] };
  rendered?: { metadata?: Record<string, unknown> };
}

export interface Names {
  actors: ReadonlyMap<string, { data: { name: string; kind: string } }>;
  countries: ReadonlyMap<string, { data: { name: string; flag: string } }>;
}

/**
 * The key of a briefing's page: everything in its entry (front matter, digest,
 * file, reading time, body file), the cards of its related briefings, its
 * earlier and later neighbours, and the names it shows of its actors (with
 * their kind, in the page's JSON-LD) and of its and its places' countries
 * (with their flags). The digest covers the source and the body renderer's
 * version, so it stands for the rendered body, as in the search index's keys.
 */
export function briefingPageKey(
  briefing: KeyedBriefing,
  shown: { related: readonly CardBriefing[]; older?: DatedBriefing | undefined; newer?: DatedBriefing | undefined },
  names: Names,
): string {
  const { actors, countries, places } = briefing.data;
  const countryIds = [...countries, ...places.map((p) => p.country)];
  return hashKey(
    briefing.id,
    briefing.digest,
    briefing.filePath,
    briefing.data,
    briefing.rendered?.metadata,
    shown.related.map(cardShown),
    neighbourShown(shown.older),
    neighbourShown(shown.newer),
    actors.map((id) => [id, names.actors.get(id)?.data.name, names.actors.get(id)?.data.kind]),
    countryIds.map((id) => [id, names.countries.get(id)?.data.name, names.countries.get(id)?.data.flag]),
  );
}

/** What a month's archive page shows of the month: its briefings by day, as cards. */
export function monthShown(month: { key: string; count: number; days: readonly { date: string; briefings: readonly CardBriefing[] }[] }): unknown[] {
  return [month.key, month.count, month.days.map((day) => [day.date, day.briefings.map(cardShown)])];
}

/** What the month navigation (MonthNav, on every month page) shows: every month and its count. */
export function monthNavShown(months: readonly { key: string; year: string; count: number }[]): unknown[] {
  return months.map((m) => [m.key, m.year, m.count]);
}
