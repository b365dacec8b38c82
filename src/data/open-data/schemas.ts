/**
 * The shapes of the open-data JSON files (/data/*.json), defined once. The
 * builders (briefings.ts, terms.ts) are typed by them, the JSON Schema served
 * beside each file is generated from them (Zod 4's z.toJSONSchema), and the
 * /data/ page lists their fields from the same descriptions, so a file, its
 * schema and its documentation cannot drift apart.
 *
 * Field types follow the content model (src/content.config.ts), which is not
 * imported: it loads the content check and the loaders. The builders copy
 * content values into these types, so a content value these shapes do not
 * admit (a new place kind, say) fails the type check.
 */
import { z } from 'astro/zod';
import { site, type StatusId, type TopicId } from '../../site.config.ts';

const text = z.string().min(1);
const isoDate = z.iso.date();
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const countryCode = z.string().regex(/^[a-z]{2}$/);
const count = z.number().int().nonnegative();
const wikidata = z
  .string()
  .regex(/^Q[1-9][0-9]*$/)
  .describe('Its Wikidata item id, such as Q212, when the desk has recorded it.');
const aliases = z.array(text).describe('Other names and spellings it is known by.');

const topicIds = Object.keys(site.topics) as [TopicId, ...TopicId[]];
const statusIds = Object.keys(site.statuses) as [StatusId, ...StatusId[]];
const listOf = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([id, label]) => `${id} (${label})`)
    .join(', ');

export const briefingRecord = z.strictObject({
  id: slug.describe('The briefing’s id: its file name, and the last part of its address.'),
  url: z.url().describe('The briefing’s page.'),
  title: text.describe('Its headline.'),
  date: isoDate.describe('The day the event happened or was announced, YYYY-MM-DD.'),
  summary: text.describe('What happened, in one or two sentences.'),
  actors: z.array(slug).describe('The people and organisations it names: ids in actors.json.'),
  countries: z.array(countryCode).describe('The countries it names: lowercase ISO 3166-1 alpha-2 codes, ids in countries.json.'),
  places: z.array(slug).describe('The places it names: ids in places.json.'),
  topics: z.array(z.enum(topicIds)).describe(`Its topics, by id: ${listOf(site.topics)}.`),
  status: z
    .enum(statusIds)
    .describe(`How established its main claim is: ${listOf(Object.fromEntries(Object.entries(site.statuses).map(([id, s]) => [id, s.label])))}.`),
  sources: z
    .array(
      z.strictObject({
        title: text.describe('The source’s headline or title.'),
        publisher: text.describe('Who published it.'),
        url: z.url().describe('Where it was published.'),
        date: isoDate.describe('When it was published, YYYY-MM-DD.'),
      }),
    )
    .describe('The sources it rests on, in the order its notes number them.'),
  updated: isoDate.optional().describe('The day it was last updated, when it has been.'),
  corrections: z
    .array(z.strictObject({ date: isoDate.describe('When it was corrected.'), text: text.describe('What was corrected.') }))
    .describe('Its corrections, as the briefing lists them.'),
});

const briefingCount = count.describe('How many published briefings name it.');

export const actorRecord = z.strictObject({
  id: slug.describe('The actor’s id, as briefings name it, and the last part of its address.'),
  url: z.url().describe('The actor’s page.'),
  name: text.describe('Its name.'),
  kind: z.enum(['person', 'organisation']).describe('A person or an organisation.'),
  role: text.describe('Who they are, in a few words.'),
  country: countryCode.optional().describe('The country it belongs to, when it has one: an id in countries.json.'),
  aliases,
  wikidata: wikidata.optional(),
  description: text.describe('A short description.'),
  briefingCount,
});

export const countryRecord = z.strictObject({
  id: countryCode.describe('Its lowercase ISO 3166-1 alpha-2 code, as briefings name it, and the last part of its address.'),
  url: z.url().describe('The country’s page.'),
  name: text.describe('Its common English name.'),
  officialName: text.describe('Its official English name.'),
  flag: z.string().describe('Its flag, as an emoji.'),
  aliases: aliases.describe('Other names, spellings and codes it is known by (ISO alpha-2 and alpha-3 included).'),
  demonyms: z.array(text).describe('What its people are called in English.'),
  note: text.optional().describe('The desk’s note on it, when there is one.'),
  wikidata: wikidata.optional(),
  briefingCount,
});

export const placeRecord = z.strictObject({
  id: slug.describe('The place’s id, as briefings name it, and the last part of its address.'),
  url: z.url().describe('The place’s page.'),
  name: text.describe('Its English name.'),
  kind: z.enum(['city', 'town', 'village', 'region', 'district', 'facility', 'border-crossing', 'body-of-water']).describe('What kind of place it is.'),
  country: countryCode.describe('The country it is in: an id in countries.json.'),
  coordinates: z
    .strictObject({
      lat: z.number().min(-90).max(90).describe('Latitude in decimal degrees (WGS 84).'),
      lon: z.number().min(-180).max(180).describe('Longitude in decimal degrees (WGS 84).'),
    })
    .describe('Where it is, copied from its Wikidata or GeoNames entry.'),
  aliases,
  wikidata: wikidata.optional(),
  geonames: z.number().int().positive().optional().describe('Its GeoNames id, when the desk has recorded it.'),
  parent: slug.optional().describe('The place it lies within (a town’s region), when there is one: an id in places.json.'),
  briefingCount: count.describe('How many published briefings name it or a place within it, as its page lists them.'),
  directBriefingCount: count.describe('How many published briefings name it itself.'),
});

/** What every JSON file says about itself before its records. */
const header = {
  $schema: z.url().describe('The JSON Schema this file follows.'),
  title: text.describe('What the file holds.'),
  publisher: z.strictObject({ name: text.describe('The site’s name.'), url: z.url().describe('The site’s address.') }).describe('Who publishes the data.'),
  licence: z
    .strictObject({ name: text.describe('Its short name.'), url: z.url().describe('Its text.') })
    .describe('The licence the records are published under.'),
  generatedFrom: z.url().describe('The repository and branch whose content the file is built from.'),
  count: count.describe('How many records the file holds.'),
};

export const headerSchema = z.strictObject(header);

export const exportSchemas = {
  briefings: z
    .strictObject({
      ...header,
      updated: isoDate.optional().describe('The latest date or update among the briefings: when the data last changed.'),
      briefings: z.array(briefingRecord).describe('Every published briefing, newest first.'),
    })
    .meta({ title: `${site.name} briefings`, description: `Every published ${site.name} briefing, with its sources and corrections.` }),
  actors: z
    .strictObject({ ...header, actors: z.array(actorRecord).describe('Every actor, by id.') })
    .meta({ title: `${site.name} actors`, description: 'The people and organisations the briefings name.' }),
  countries: z
    .strictObject({ ...header, countries: z.array(countryRecord).describe('Every country with a page, by id.') })
    .meta({ title: `${site.name} countries`, description: 'The countries a briefing, an actor or a place names.' }),
  places: z
    .strictObject({ ...header, places: z.array(placeRecord).describe('Every place, by id.') })
    .meta({ title: `${site.name} places`, description: 'The cities, regions and other places the briefings name, with coordinates.' }),
};

export type JsonExport = keyof typeof exportSchemas;
export const jsonExports = Object.keys(exportSchemas) as JsonExport[];

export type BriefingRecord = z.output<typeof briefingRecord>;
export type ActorRecord = z.output<typeof actorRecord>;
export type CountryRecord = z.output<typeof countryRecord>;
export type PlaceRecord = z.output<typeof placeRecord>;
export type FileHeader = z.output<typeof headerSchema>;
export type ExportFile<N extends JsonExport> = z.output<(typeof exportSchemas)[N]>;

/** The JSON Schema of a file, identified by the address it is served at. */
export function jsonSchemaOf(name: JsonExport, schemaUrl: string): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(exportSchemas[name], { target: 'draft-2020-12', io: 'output' });
  return { $schema, $id: schemaUrl, ...schema };
}

/** A field as the /data/ page documents it; a nested field is named by its path (`sources[].url`). */
export interface FieldDoc {
  name: string;
  type: string;
  description: string;
  optional: boolean;
}

interface JsonSchemaNode {
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  description?: string;
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
}

/** The fields of a record or of the header, from their JSON Schema: what the file holds is what the page says. */
export function fieldDocs(schema: z.ZodObject): FieldDoc[] {
  return fieldsOf(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as JsonSchemaNode, '');
}

function fieldsOf(node: JsonSchemaNode, prefix: string): FieldDoc[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const own = { name, type: typeOf(field), description: field.description ?? '', optional: !node.required?.includes(key) };
    const inner = field.type === 'array' ? field.items : field;
    return inner?.type === 'object' ? [own, ...fieldsOf(inner, `${name}${field.type === 'array' ? '[]' : ''}.`)] : [own];
  });
}

const plural: Record<string, string> = { id: 'ids', text: 'texts', date: 'dates', URL: 'URLs', object: 'objects', 'whole number': 'whole numbers' };

function typeOf(field: JsonSchemaNode): string {
  if (field.type === 'array') {
    const item = typeOf(field.items ?? {});
    return `list of ${plural[item] ?? item}`;
  }
  if (field.format === 'date') return 'date';
  if (field.format === 'uri') return 'URL';
  // Slugs, codes and enums: values to match, not prose.
  if (field.enum || field.pattern) return 'id';
  if (field.type === 'integer') return 'whole number';
  if (field.type === 'string') return 'text';
  return field.type ?? 'any';
}
