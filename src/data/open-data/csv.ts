/**
 * /data/briefings.csv: briefings.json as one row per briefing, for a
 * spreadsheet. The columns follow the conflict datasets researchers already
 * load (ACLED's export, GDELT's event table): lowercase snake_case names, one
 * row per event, an ISO date with its year beside it for grouping, names
 * beside the ids and codes they stand for, the sources' publishers and
 * addresses, and the page's address last. A list is one cell, its items
 * joined with `;`, as ACLED joins its sources.
 *
 * Written with csv-stringify (RFC 4180: CRLF line ends, quotes doubled), in
 * UTF-8 with a byte order mark, without which Excel reads UTF-8 as the
 * system's legacy code page and garbles every dash and accent. A cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'`, so that a spreadsheet shows it as text rather than running it as a
 * formula: the content comes from pull requests.
 */
import { stringify } from 'csv-stringify/sync';
import type { BriefingRecord } from './schemas.ts';

/** Id → display name of the actors, countries and places the records name. */
export interface Names {
  actors: ReadonlyMap<string, string>;
  countries: ReadonlyMap<string, string>;
  places: ReadonlyMap<string, string>;
}

export interface Column {
  name: string;
  description: string;
  value: (briefing: BriefingRecord, names: Names) => string | number;
}

export const LIST_SEPARATOR = ';';

/** A list as one cell; an item holding the separator would split in two when read back, so it stops the build. */
function joined(items: readonly string[], column: string, briefing: BriefingRecord): string {
  const split = items.find((item) => item.includes(LIST_SEPARATOR));
  if (split !== undefined) {
    throw new Error(
      `briefings.csv: the ${column} of ${briefing.id} include "${split}", which holds "${LIST_SEPARATOR}", the character that separates the items of a list; ` +
        `write it without one (percent-encode it as %3B in an address).`,
    );
  }
  return items.join(LIST_SEPARATOR);
}

export function namesById(entries: Iterable<{ id: string; data: { name: string } }>): Map<string, string> {
  return new Map(Array.from(entries, ({ id, data }) => [id, data.name]));
}

const namesOf = (ids: readonly string[], known: ReadonlyMap<string, string>) => ids.map((id) => known.get(id) ?? id);

export const briefingColumns: readonly Column[] = [
  { name: 'id', description: 'The briefing’s id, as in briefings.json.', value: (b) => b.id },
  { name: 'date', description: 'The day the event happened or was announced, YYYY-MM-DD.', value: (b) => b.date },
  { name: 'year', description: 'The year of the date, for grouping.', value: (b) => Number(b.date.slice(0, 4)) },
  { name: 'title', description: 'Its headline.', value: (b) => b.title },
  { name: 'summary', description: 'What happened, in one or two sentences.', value: (b) => b.summary },
  { name: 'status', description: 'How established its main claim is, by id.', value: (b) => b.status },
  { name: 'topics', description: 'Its topics, by id.', value: (b) => joined(b.topics, 'topics', b) },
  { name: 'actors', description: 'The names of the people and organisations it names.', value: (b, n) => joined(namesOf(b.actors, n.actors), 'actors', b) },
  { name: 'actor_ids', description: 'Their ids in actors.json, in the same order.', value: (b) => joined(b.actors, 'actor ids', b) },
  { name: 'countries', description: 'The names of the countries it names.', value: (b, n) => joined(namesOf(b.countries, n.countries), 'countries', b) },
  {
    name: 'country_codes',
    description: 'Their lowercase ISO 3166-1 alpha-2 codes, ids in countries.json, in the same order.',
    value: (b) => joined(b.countries, 'country codes', b),
  },
  { name: 'places', description: 'The names of the places it names.', value: (b, n) => joined(namesOf(b.places, n.places), 'places', b) },
  {
    name: 'place_ids',
    description: 'Their ids in places.json, in the same order; places.json gives their coordinates.',
    value: (b) => joined(b.places, 'place ids', b),
  },
  {
    name: 'source_publishers',
    description: 'Who published each source, in the order the briefing numbers them.',
    value: (b) =>
      joined(
        b.sources.map((s) => s.publisher),
        'source publishers',
        b,
      ),
  },
  {
    name: 'source_urls',
    description: 'The address of each source, in the same order.',
    value: (b) =>
      joined(
        b.sources.map((s) => s.url),
        'source addresses',
        b,
      ),
  },
  { name: 'updated', description: 'The day it was last updated; empty if it has not been.', value: (b) => b.updated ?? '' },
  { name: 'correction_count', description: 'How many corrections it has had; briefings.json has their dates and text.', value: (b) => b.corrections.length },
  { name: 'url', description: 'The briefing’s page.', value: (b) => b.url },
];

export function briefingsCsv(records: readonly BriefingRecord[], names: Names): string {
  return stringify(
    records.map((b) => briefingColumns.map((column) => column.value(b, names))),
    {
      header: true,
      columns: briefingColumns.map((column) => column.name),
      bom: true,
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
}
