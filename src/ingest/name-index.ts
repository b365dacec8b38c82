/**
 * Every name the registries know an actor, a country or a place by, as
 * sequences of normalised words, so that a report's words can be looked up
 * in it. Names come from the registries only: the actors' and places' names
 * and aliases, and the countries' names, aliases and demonyms from the
 * country data and the desk's notes. The few forms derived here are spelled
 * out where they are made.
 */
import { normaliseName } from '../check/text.ts';
import type { IngestRegistries } from './types.ts';

export type EntityKind = 'actor' | 'country' | 'place';

export interface NameEntry {
  kind: EntityKind;
  id: string;
  /** The name's words, normalised (`nameWords`). */
  words: readonly string[];
  /**
   * `surname`: a person's surname, which names them only after the report has
   * named them in full; `demonym`: "North Korean", "Ukrainians"; `region`:
   * the name of a region without its kind ("Kharkiv" of "Kharkiv Oblast"),
   * which names the region only where the text says so (linking.ts): alone,
   * it is the name of the region's town, in the registry or not ("Odesa").
   */
  form: 'name' | 'demonym' | 'surname' | 'region';
  /** For a place: its kind, as metonyms and region names are told by it. */
  placeKind?: string;
  /** Set for a name written in capitals ("DPRK", "U.S.", "NATO"): it matches only as written, so "us" is never the United States. */
  capitals?: string;
  /** A country's name cut from the end of its official name ("America"), or one of its aliases, which names it only where no other name runs into it ("Latin America", "Snake Island", linking.ts). */
  tail?: true;
}

/** Entries by their first word, longest first. */
export type NameIndex = ReadonlyMap<string, readonly NameEntry[]>;

/** A name's words as the index compares them: "U.S." → ["us"], "Rostov-on-Don" → ["rostov", "on", "don"], "Ukraine's" → ["ukraine"], "People's Republic" → ["people", "republic"]. */
export function nameWords(name: string): string[] {
  return normaliseName(withoutDots(name).replace(/['’]s\b/gu, ''))
    .split('-')
    .filter(Boolean);
}

/** The name written in capitals without the dots of an abbreviation, or undefined when it has lowercase letters. */
export function capitalsOf(name: string): string | undefined {
  const bare = withoutDots(name).replace(/['’]s$/u, '');
  return /\p{Lu}/u.test(bare) && !/\p{Ll}/u.test(bare) ? bare : undefined;
}

function withoutDots(name: string): string {
  return name.replace(/(?<=\p{Lu})\.(?=\p{Lu}|$|\s|['’])/gu, '');
}

export function buildNameIndex(registries: Pick<IngestRegistries, 'actors' | 'countries' | 'places'>): NameIndex {
  const entries: NameEntry[] = [];
  const add = (kind: EntityKind, id: string, name: string, form: NameEntry['form'] = 'name', extra: Partial<NameEntry> = {}) => {
    const words = nameWords(name);
    const capitals = capitalsOf(name);
    if (words.length) entries.push({ kind, id, words, form, ...(capitals !== undefined && { capitals }), ...extra });
  };
  for (const place of registries.places) {
    for (const name of [place.name, ...place.aliases]) add('place', place.id, name, 'name', { placeKind: place.kind });
    const stem = place.kind === 'region' ? REGION_KIND.exec(place.name)?.[1] : undefined;
    if (stem) add('place', place.id, stem, 'region', { placeKind: place.kind });
  }
  for (const actor of registries.actors) {
    for (const name of [actor.name, ...actor.aliases]) add('actor', actor.id, name);
    if (actor.kind === 'organisation') for (const name of possessiveForms(actor, registries.countries)) add('actor', actor.id, name);
    if (actor.kind === 'person') {
      const [first, ...rest] = actor.name.split(/\s+/);
      // A one-word alias is another spelling of the surname, so the first name goes with it: "Rustem Umierov".
      for (const alias of actor.aliases) if (first && rest.length && !/\s/.test(alias)) add('actor', actor.id, `${first} ${alias}`);
      for (const surname of surnames(actor.name)) add('actor', actor.id, surname, 'surname');
    }
  }
  for (const [id, name] of officialTails(registries.countries)) add('country', id, name, 'name', { tail: true });
  for (const country of registries.countries) {
    for (const name of [country.name, country.officialName]) add('country', country.id, name);
    // Another one-word spelling ("Island", Iceland's own name) names the country only where no other name runs into it: "Snake Island".
    for (const alias of country.aliases) add('country', country.id, alias, 'name', /\s/.test(alias) || capitalsOf(alias) !== undefined ? {} : { tail: true });
    for (const demonym of country.demonyms) {
      add('country', country.id, demonym, 'demonym');
      if (!/s$/.test(demonym)) add('country', country.id, `${demonym}s`, 'demonym');
    }
  }
  const index = new Map<string, NameEntry[]>();
  for (const entry of entries) {
    const list = index.get(entry.words[0]!) ?? [];
    list.push(entry);
    index.set(entry.words[0]!, list);
  }
  // Longest first; at equal length a region's bare name (which names it only in a region's context, linking.ts) before a city's, then the first registered: places, actors, countries in registry order.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || Number(b.form === 'region') - Number(a.form === 'region'));
  return index;
}

/** The word for a state, "of", and the name after it, to the end of an official name; the name starts with a capital ("Congo, the Democratic Republic of the" has none). */
const STATE_OF =
  /\b(?:Republic|Kingdom|States?|Federation|Commonwealth|Principality|Sultanate|Emirate|Union|Confederation|Duchy)\s+of\s+(?:the\s+)?(\p{Lu}[^(),]*?)\s*$/u;

/** A region's name and its kind: "Kharkiv Oblast" → "Kharkiv". */
const REGION_KIND = /^(.+?)\s+(?:oblast|region|province|krai|kraj|governorate|voivodeship)$/i;

/**
 * An organisation's name as a report writes it with its country's name in
 * the possessive: "Ukrainian Air Force" → "Ukraine's Air Force", "Defence
 * Intelligence of Ukraine" → "Ukraine's Defence Intelligence". The country
 * is the organisation's own, or the one whose demonym opens its name.
 */
function possessiveForms(actor: IngestRegistries['actors'][number], countries: IngestRegistries['countries']): string[] {
  const forms: string[] = [];
  for (const country of countries) {
    if (actor.country !== undefined && actor.country !== country.id) continue;
    const demonym = country.demonyms.find((d) => actor.name.startsWith(`${d} `));
    if (demonym) forms.push(`${country.name} ${actor.name.slice(demonym.length + 1)}`);
    const suffix = ` of ${country.name}`;
    if (actor.name.endsWith(suffix)) forms.push(`${country.name} ${actor.name.slice(0, -suffix.length)}`);
  }
  return forms;
}

/**
 * The names English cuts from the end of an official name, after the word for
 * a state and "of": "United States of America" → "America", "Islamic Republic
 * of Iran" → "Iran" (not "Isle of Man" → "Man": an isle is no state). The
 * official names among a country's aliases count too, as a former official
 * name keeps the short name English still uses: "Republic of Turkey" →
 * "Turkey", where the name is now "Türkiye". A name that more than one
 * country's official names end in ("Korea", "Congo"), or that is another
 * country's name ("China", of "Republic of China"), names none of them.
 */
function officialTails(countries: IngestRegistries['countries']): [string, string][] {
  const key = (name: string) => nameWords(name).join(' ');
  const tails = countries.flatMap((country): [string, string][] => {
    const own = new Map<string, string>();
    for (const name of [country.officialName, ...country.aliases]) {
      const tail = STATE_OF.exec(name)?.[1];
      if (tail && !own.has(key(tail))) own.set(key(tail), tail);
    }
    return [...own.values()].map((tail): [string, string] => [country.id, tail]);
  });
  // Names a country already has, its own ("Germany") or another's ("China"), are not added again.
  const names = new Set(countries.flatMap((c) => [c.name, c.officialName, ...c.aliases, ...c.demonyms].map(key)));
  const count = new Map<string, number>();
  for (const [, tail] of tails) count.set(key(tail), (count.get(key(tail)) ?? 0) + 1);
  return tails.filter(([, tail]) => count.get(key(tail)) === 1 && !names.has(key(tail)));
}

/**
 * The words a report may use alone for a person it has named: the last word
 * of the name, and the first where the last is a hyphenated given name
 * written after the family name ("Cho Tae-yul" → "Cho").
 */
function surnames(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const last = words.at(-1)!;
  return last.includes('-') && words.length === 2 ? [words[0]!, last] : [last];
}
