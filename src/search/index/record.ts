/**
 * What the search index holds for a briefing, made from the content rather
 * than read back from the built page: the indexed text (title, summary and
 * body), the names it is also found by (../names.ts), the filters a reader
 * narrows by, the sort key and the metadata a result shows. The index is built
 * from these records while the rest of the site is built (build-parts.ts, run
 * by the integration in pagefind.ts), and this module is the only place that
 * decides what goes into it.
 */
import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import { formatDate } from '../../lib/dates.ts';
import { treeToHtml } from '../../render/html.ts';
import { searchPartName } from '../parts.ts';
import { NAMES_FIELD, namesValue } from '../names.ts';
import type { FacetValues } from '../facets.ts';
import type { DisplayMeta } from '../meta.ts';
import { ancestorsOf, type PlaceLike } from '../../data/places.ts';
import { newestFirst } from '../../data/taxonomy.ts';
import { paths } from '../../routes.ts';
import { site, type StatusId, type TopicId } from '../../site.config.ts';

export interface SearchableBriefing {
  id: string;
  title: string;
  date: string;
  summary: string;
  status: StatusId;
  topics: readonly TopicId[];
  /** The rendered body, as the briefing page shows it. */
  html: string;
  /** In the briefing's order. */
  actors: readonly RecordActor[];
  countries: readonly RecordCountry[];
  /** The places it names and the places that contain them (a town's region), each once. */
  places: readonly { name: string; aliases: readonly string[] }[];
}

/** An actor as the records need it: the name results and filters show, and the others it is known by. */
export interface RecordActor {
  name: string;
  aliases: readonly string[];
}

/** A country as the records need it: the name and flag results show, and every other name a reader may type. */
export interface RecordCountry {
  name: string;
  flag?: string;
  officialName?: string;
  /** The registry's codes and alternative spellings ("DPRK") and the desk's notes' aliases. */
  aliases: readonly string[];
  /** "North Korean". */
  demonyms: readonly string[];
}

export interface SearchRecord {
  /** The briefing's site path, without the base: the search page puts results under the base it is served from. */
  url: string;
  title: string;
  summary: string;
  html: string;
  /** Names the briefing is found by but never shows: searched, weighted low, kept out of excerpts (../names.ts). */
  names: readonly string[];
  /** Readable values, as the search page shows them and search URLs carry them. */
  filters: FacetValues;
  /**
   * The date, then the id: unique, so that Pagefind's date order of a part is
   * the records' order by this key, which the facet file's rows follow
   * (../facets.ts); Pagefind would otherwise order a day's briefings as it
   * happened to read their files.
   */
  sort: { date: string };
  meta: readonly (readonly [name: DisplayMeta, value: string])[];
}

export function searchRecord(briefing: SearchableBriefing): SearchRecord {
  const { id, title, date, summary, status, topics, html, actors, countries, places } = briefing;
  return {
    url: paths.briefing(id),
    title,
    summary,
    html,
    names: uniqueNames([
      ...places.flatMap((place) => [place.name, ...place.aliases]),
      ...actors.flatMap((actor) => [actor.name, ...actor.aliases]),
      ...countries.flatMap((c) => [c.name, ...(c.officialName ? [c.officialName] : []), ...c.aliases, ...c.demonyms]),
    ]),
    filters: [
      ...actors.map(({ name }) => ['actor', name] as const),
      ...countries.map(({ name }) => ['country', name] as const),
      ...places.map(({ name }) => ['place', name] as const),
      ...topics.map((topic) => ['topic', site.topics[topic]] as const),
      ['year', date.slice(0, 4)],
      ['status', site.statuses[status].label],
    ],
    sort: { date: `${date} ${id}` },
    meta: [
      ['date', formatDate(date)],
      ['datetime', date],
      ['summary', summary],
      [
        'flag',
        countries
          .map((c) => c.flag ?? '')
          .join(' ')
          .trim(),
      ],
      ['status', status],
    ],
  };
}

/**
 * Each name once, in order. Pagefind lowercases what it indexes, so names
 * that differ only in case ("Kyiv oblast", "Kyiv Oblast") are one.
 */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });
const attribute = (kind: string, name: string, value: string) => element('span', { [`data-pagefind-${kind}`]: `${name}[data-value]`, dataValue: value });

/**
 * The record as the HTML document Pagefind indexes. The title is the `<h1>`, so
 * it weighs more in ranking and becomes the result's title; filters, sort and
 * metadata sit in attributes of empty elements, so they are not indexed as
 * text and need no escaping of commas or colons. The names are metadata too:
 * searched, but never part of the text excerpts are cut from.
 */
export function searchDocument(record: SearchRecord, language: string = site.language): string {
  return treeToHtml(searchDocumentTree(record, language), { allowRaw: true });
}

/** The search document as a tree: the record's body goes in as it is, raw. */
export function searchDocumentTree(record: SearchRecord, language: string = site.language): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang: language }, [
        element('head', {}, [element('title', {}, [text(record.title)])]),
        element('body', {}, [
          element('main', { dataPagefindBody: true }, [
            element('h1', {}, [text(record.title)]),
            element('p', {}, [text(record.summary)]),
            element('div', {}, [{ type: 'raw', value: record.html } as unknown as ElementContent]),
            element('div', { hidden: true }, [
              ...record.filters.map(([name, value]) => attribute('filter', name, value)),
              attribute('sort', 'date', record.sort.date),
              ...record.meta.map(([name, value]) => attribute('meta', name, value)),
              ...(record.names.length ? [attribute('meta', NAMES_FIELD, namesValue(record.names))] : []),
            ]),
          ]),
        ]),
      ]),
    ],
  };
}

/** A briefing as the content layer stores it: validated front matter, the digest of its source, and where its rendered body is. */
export interface StoredBriefing {
  id: string;
  data: {
    title: string;
    date: string;
    summary: string;
    status: StatusId;
    topics: readonly TopicId[];
    actors: readonly string[];
    countries: readonly string[];
    places: readonly string[];
    draft: boolean;
  };
  /** Changes whenever the source file or the body renderer does, so it stands for the rendered body. */
  digest?: string | number;
  rendered?: { metadata?: { bodyFile?: string } };
}

export interface RecordNames {
  actors: ReadonlyMap<string, RecordActor>;
  countries: ReadonlyMap<string, RecordCountry>;
  places: ReadonlyMap<string, RecordPlace>;
}

/**
 * A place as the records need it: its names, and what contains it. Shaped as
 * the place pages' registry is (src/data/places.ts), so that a town rolls up
 * into its region by the pages' own function.
 */
export interface RecordPlace extends PlaceLike {
  data: PlaceLike['data'] & { aliases: readonly string[] };
}

export interface SearchPart {
  /** As searchPartName gives it from the briefings' ids (src/search/parts.ts). */
  name: string;
  /**
   * Changes whenever a record or a body in the part does. How records become
   * Pagefind's documents is code, which the cache key adds (part-key.ts).
   */
  key: string;
  /** The part's records, newest first, bodies included (read from the body cache only when called). */
  records(): SearchRecord[];
  /** The same records without their bodies, which the facet file needs (../facets.ts). */
  heads: readonly SearchRecord[];
}

/**
 * The search index parts of the published briefings (by a hash of their ids,
 * ../parts.ts), in the parts' order, each part's records newest first as the
 * site lists them. An actor, country or
 * place without a name here is an error, not a filter value of a bare id: the
 * content check makes it impossible in a build.
 */
export function searchParts(briefings: Iterable<StoredBriefing>, names: RecordNames, bodyOf: (briefing: StoredBriefing) => string): SearchPart[] {
  const named = <T>(map: ReadonlyMap<string, T>, kind: string, id: string, briefing: string): T => {
    const found = map.get(id);
    if (found === undefined)
      throw new Error(
        `Search records: ${kind} \`${id}\` of briefing \`${briefing}\` has no name: the content check (sitrep:content-guard in astro.config.mjs) must run before the briefings are loaded`,
      );
    return found;
  };
  const placeAncestors = ancestorsOf(names.places);
  const parts = new Map<string, { briefing: StoredBriefing; record: SearchRecord }[]>();
  for (const briefing of [...briefings].filter((b) => !b.data.draft).sort(newestFirst)) {
    // Without its body, which is read only for a part that is indexed; the digest stands for it in the key.
    const record = searchRecord({
      ...briefing.data,
      id: briefing.id,
      html: '',
      actors: briefing.data.actors.map((id) => named(names.actors, 'actor', id, briefing.id)),
      countries: briefing.data.countries.map((id) => named(names.countries, 'country', id, briefing.id)),
      // What happened in a town happened in its region: the region's filter and names find it, as the region's
      // page lists it (src/data/site-index.ts), so the page's link to this search finds what the page shows.
      places: [...new Set(briefing.data.places.flatMap((id) => [id, ...placeAncestors(id)]))].map((id) => named(names.places, 'place', id, briefing.id).data),
    });
    const name = searchPartName(briefing.id);
    const part = parts.get(name);
    if (part) part.push({ briefing, record });
    else parts.set(name, [{ briefing, record }]);
  }
  return [...parts]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([name, items]) => {
      const key = createHash('sha1');
      for (const { briefing, record } of items) key.update(`\n${JSON.stringify(record)}\n${briefing.digest ?? bodyOf(briefing)}`);
      return {
        name,
        key: key.digest('hex'),
        records: () => items.map(({ briefing, record }) => ({ ...record, html: bodyOf(briefing) })),
        heads: items.map(({ record }) => record),
      };
    });
}
