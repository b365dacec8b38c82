/**
 * The content model: the one place that says what a briefing, an actor, a
 * country and a place are. The build, `npm run check` and the scaffold all validate against
 * these schemas, so a rule changed here changes everywhere.
 *
 * `defineCollection` comes from `astro/content/config` rather than the
 * `astro:content` virtual module so that plain Node scripts (the content check)
 * can import this file too.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { briefingsLoader } from './loaders/briefings.ts';
import { countriesLoader } from './loaders/countries.ts';
import { site } from './site.config.ts';

export const contentDirs = {
  briefings: 'src/content/briefings',
  actors: 'src/content/actors',
  countries: 'src/content/countries',
  places: 'src/content/places',
} as const;

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD, such as 2024-11-04' });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase id of letters, digits and single hyphens, such as `volodymyr-zelensky`');
const countryCode = z.string().regex(/^[a-z]{2}$/, 'must be a lowercase ISO 3166-1 alpha-2 code, such as `ua`');
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be a full http(s) address, such as https://example.org/article' });
const uniqueList = <T extends z.ZodType<string>>(item: T) => z.array(item).refine((list) => new Set(list).size === list.length, 'lists the same id twice');
const topicIds = Object.keys(site.topics) as [keyof typeof site.topics, ...(keyof typeof site.topics)[]];
const statusIds = Object.keys(site.statuses) as [keyof typeof site.statuses, ...(keyof typeof site.statuses)[]];

export const sourceSchema = z.strictObject({
  title: text,
  publisher: text,
  url: httpUrl,
  date: isoDate,
});

export const briefingSchema = z
  .strictObject({
    title: text.max(120, 'must be at most 120 characters'),
    date: isoDate,
    summary: text.max(320, 'must be at most 320 characters: one or two sentences'),
    actors: uniqueList(slug).default([]),
    countries: uniqueList(countryCode).default([]),
    places: uniqueList(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a place id (its file name in src/content/places/), such as `kursk-oblast`'),
    ).default([]),
    topics: uniqueList(z.enum(topicIds)).default([]),
    status: z.enum(statusIds),
    sources: z.array(sourceSchema).min(1, 'a briefing needs at least one source'),
    updated: isoDate.optional(),
    corrections: z.array(z.strictObject({ date: isoDate, text })).default([]),
    draft: z.boolean().default(false),
  })
  .refine((b) => b.actors.length + b.countries.length > 0, {
    message: 'a briefing must name at least one actor or country',
    path: ['actors'],
  })
  .refine((b) => b.updated === undefined || b.updated >= b.date, {
    message: 'must not be earlier than `date`',
    path: ['updated'],
  });

export const actorSchema = z.strictObject({
  name: text,
  kind: z.enum(['person', 'organisation']),
  role: text,
  country: countryCode.optional(),
  aliases: z.array(text).default([]),
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q3874799')
    .optional(),
  description: text.max(600, 'must be at most 600 characters'),
});

/** What a place is; a small list so that filters and maps stay readable. */
export const placeKinds = ['city', 'town', 'village', 'region', 'district', 'facility', 'border-crossing', 'body-of-water'] as const;

export const placeSchema = z
  .strictObject({
    name: text,
    kind: z.enum(placeKinds),
    country: countryCode,
    coordinates: z.strictObject({
      lat: z
        .number({ error: 'must be a latitude in decimal degrees, such as 51.7373' })
        .min(-90, 'must be between -90 and 90')
        .max(90, 'must be between -90 and 90'),
      lon: z
        .number({ error: 'must be a longitude in decimal degrees, such as 36.1874' })
        .min(-180, 'must be between -180 and 180')
        .max(180, 'must be between -180 and 180'),
    }),
    aliases: z.array(text).default([]),
    wikidata: z
      .string()
      .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q2097')
      .optional(),
    geonames: z
      .number()
      .int('must be a GeoNames id, a whole number such as 538560')
      .positive('must be a GeoNames id, a whole number such as 538560')
      .optional(),
    parent: slug.optional(),
  })
  // Coordinates are copied from a gazetteer, never estimated: the file names the entry they come from.
  .refine((p) => p.wikidata !== undefined || p.geonames !== undefined, {
    message: 'a place needs `wikidata` or `geonames`: the entry its coordinates were taken from',
    path: ['coordinates'],
  });

/** Optional editorial additions to a country; names, codes and flags come from the registry. */
export const countryNoteSchema = z.strictObject({
  note: text.optional(),
  aliases: z.array(text).default([]),
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q212')
    .optional(),
});

export const countrySchema = z.strictObject({
  name: text,
  officialName: text,
  flag: z.string(),
  aliases: z.array(z.string()),
  demonyms: z.array(z.string()),
  note: z.string().optional(),
  wikidata: z.string().optional(),
});

export type Briefing = z.output<typeof briefingSchema>;
export type Actor = z.output<typeof actorSchema>;
export type Country = z.output<typeof countrySchema>;
export type Place = z.output<typeof placeSchema>;
export type PlaceKind = (typeof placeKinds)[number];

export const collections = {
  briefings: defineCollection({ loader: briefingsLoader(contentDirs.briefings), schema: briefingSchema }),
  actors: defineCollection({ loader: glob({ pattern: '*.yaml', base: contentDirs.actors }), schema: actorSchema }),
  countries: defineCollection({ loader: countriesLoader(contentDirs.countries), schema: countrySchema }),
  places: defineCollection({ loader: glob({ pattern: '*.yaml', base: contentDirs.places }), schema: placeSchema }),
};
