/**
 * The registries a report is linked against: the project's actors, places and
 * briefings, read with the content check's own file reading and parsing, and
 * every ISO country with the desk's aliases from its country notes.
 *
 * A file the check would refuse for its shape is skipped here rather than
 * reported: `npm run check` says what is wrong with it, and the ingest links
 * only against entries it can read.
 */
import { readContentDir, type ContentFile } from '../check/files.ts';
import { parseSource, parseYaml } from '../check/frontmatter.ts';
import type { PlaceKind } from '../content.config.ts';
import worldCountries from 'world-countries';
import { countryRegistry } from '../data/countries.ts';
import type { ExistingBriefing, IngestRegistries, RegistryActor, RegistryCountry, RegistryPlace } from './types.ts';

type Fields = Record<string, unknown>;

export async function loadRegistries(contentRoot: string): Promise<IngestRegistries> {
  const [actorFiles, placeFiles, countryFiles, briefingFiles] = await Promise.all([
    readContentDir(contentRoot, 'actors', 'actors'),
    readContentDir(contentRoot, 'places', 'places'),
    readContentDir(contentRoot, 'countries', 'countries'),
    readContentDir(contentRoot, 'briefings', 'briefings'),
  ]);
  return {
    actors: readEntries(actorFiles, '.yaml', yamlFields, toActor),
    places: readEntries(placeFiles, '.yaml', yamlFields, toPlace),
    countries: withNoteAliases(new Map(readEntries(countryFiles, '.yaml', yamlFields, (id, fields) => [id, strings(fields.aliases)] as const))),
    briefings: readEntries(briefingFiles, '.mdx', briefingFields, toBriefing),
  };
}

function readEntries<T>(
  files: readonly ContentFile[],
  extension: string,
  parse: (text: string) => Fields | undefined,
  toEntry: (id: string, fields: Fields) => T | undefined,
): T[] {
  return files.flatMap((file) => {
    const fields = file.text === undefined ? undefined : parse(file.text);
    const entry = fields && toEntry(file.name.slice(0, -extension.length), fields);
    return entry === undefined ? [] : [entry];
  });
}

function yamlFields(text: string): Fields | undefined {
  return asFields(parseYaml(text).data);
}

/** A briefing's front matter, with its body under `body`. */
function briefingFields(text: string): Fields | undefined {
  const { data, body } = parseSource(text);
  const fields = asFields(data);
  return fields && { ...fields, body };
}

function toActor(id: string, f: Fields): RegistryActor | undefined {
  if (typeof f.name !== 'string' || typeof f.role !== 'string' || (f.kind !== 'person' && f.kind !== 'organisation')) return undefined;
  return { id, name: f.name, kind: f.kind, role: f.role, aliases: strings(f.aliases), ...(typeof f.country === 'string' && { country: f.country }) };
}

function toPlace(id: string, f: Fields): RegistryPlace | undefined {
  if (typeof f.name !== 'string' || typeof f.country !== 'string' || typeof f.kind !== 'string') return undefined;
  // The kind is taken as written: the check refuses a place of another kind, and the analysis does not read it.
  return {
    id,
    name: f.name,
    kind: f.kind as PlaceKind,
    country: f.country,
    aliases: strings(f.aliases),
    ...(typeof f.parent === 'string' && { parent: f.parent }),
  };
}

function toBriefing(id: string, f: Fields): ExistingBriefing | undefined {
  if (typeof f.date !== 'string' || typeof f.title !== 'string') return undefined;
  return {
    id,
    date: f.date,
    title: f.title,
    summary: typeof f.summary === 'string' ? f.summary : '',
    actors: strings(f.actors),
    countries: strings(f.countries),
    places: strings(f.places),
    body: typeof f.body === 'string' ? f.body : '',
    draft: f.draft === true,
  };
}

/**
 * Every ISO country, with the aliases its country note adds (a note is named by
 * the country's code). UN member states come first, so that a name some
 * territories share with their state ("American", "French", "Dutch") links to the state.
 */
function withNoteAliases(noteAliases: ReadonlyMap<string, readonly string[]>): RegistryCountry[] {
  const members = new Set(worldCountries.filter((c) => c.unMember).map((c) => c.cca2.toLowerCase()));
  const countries = countryRegistry().sort((a, b) => Number(members.has(b.id)) - Number(members.has(a.id)));
  return countries.map(({ id, name, officialName, aliases, demonyms }) => ({
    id,
    name,
    officialName,
    aliases: [...new Set([...aliases, ...(noteAliases.get(id) ?? [])])],
    demonyms,
  }));
}

function asFields(data: unknown): Fields | undefined {
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Fields) : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
